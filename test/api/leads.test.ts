import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { runLeadSla } from '../../src/modules/leads/index.js';
import { systemCtx } from '../../src/shared/context.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

async function as(email: string): Promise<Client> {
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}
const user = (key: keyof SeededApp['world']['users']) => as(t.world.users[key].email);

let seq = 0;
/** An active partner serving Europe, with its partner admin signed in. */
async function activePartner(extra: Record<string, unknown> = {}) {
  const partner = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active', regions: ['europe'], ...extra });
  const admin = await makeUser(t.system(), 'partner_admin', partner.id);
  return { partner, admin, client: await as(admin.email) };
}

/** A lead in a country no other test routes (each test its own), so rules of other tests never match it. */
function lead(country: string, extra: Record<string, unknown> = {}) {
  seq += 1;
  return {
    company: `Lead Co ${seq}`,
    domain: `lead-co-${seq}.example`,
    contact: { name: 'Dana Buyer', email: `dana${seq}@lead.example` },
    country,
    region: 'europe',
    industry: 'Manufacturing',
    size: '201-1000',
    products: ['Analytics'],
    source: 'Webinar',
    ...extra,
  };
}

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

describe('coverage model', () => {
  it('admins keep segments; the most specific one decides the motion; bad input names the field', async () => {
    const admin = await user('admin');
    const bad = await admin.post('/api/v1/coverage-segments', { name: '', countries: ['Germany'], motion: 'sideways' });
    expect(bad.status).toBe(422);
    expect([...new Set(bad.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual(['countries.0', 'motion', 'name']);
    const empty = await admin.post('/api/v1/coverage-segments', { name: 'Everything', motion: 'direct' });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].path).toBe('countries');
    expect(
      (await (await user('pm')).post('/api/v1/coverage-segments', { name: 'x', countries: ['FR'], motion: 'direct' })).status,
    ).toBe(403);

    const region = await admin.post('/api/v1/coverage-segments', {
      name: 'Europe mid-market',
      regions: ['europe'],
      motion: 'partner_led',
    });
    expect(region.status).toBe(201);
    const country = await admin.post('/api/v1/coverage-segments', { name: 'Luxembourg', countries: ['lu'], motion: 'hybrid' });
    expect(country.body.countries).toEqual(['LU']);
    const lookup = await admin.get('/api/v1/coverage', { query: { country: 'LU', region: 'europe' } });
    expect(lookup.body).toMatchObject({ motion: 'hybrid', segment: { name: 'Luxembourg' } });
    expect((await admin.get('/api/v1/coverage', { query: { country: 'BE', region: 'europe' } })).body.motion).toBe('partner_led');
    const patched = await admin.patch(`/api/v1/coverage-segments/${country.body.id}`, { motion: 'direct' });
    expect(patched.body.motion).toBe('direct');
    expect((await admin.get('/api/v1/coverage', { query: { country: 'LU' } })).body.motion).toBe('direct');
    expect((await admin.delete(`/api/v1/coverage-segments/${country.body.id}`)).status).toBe(204);
    expect((await admin.get('/api/v1/coverage', { query: { country: 'LU', region: 'europe' } })).body.motion).toBe('partner_led');
  });
});

describe('lead routing', () => {
  it('rules route in order with the reason recorded; a direct segment stays with the vendor; partners see only theirs', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const p1 = await activePartner();
    const p2 = await activePartner();
    const nl = await admin.post('/api/v1/lead-routing-rules', {
      name: 'Netherlands round robin',
      countries: ['NL'],
      partnerIds: [p1.partner.id, p2.partner.id],
      strategy: 'round_robin',
    });
    expect(nl.status).toBe(201);
    expect(nl.body.partners.map((p: { id: string }) => p.id).sort()).toEqual([p1.partner.id, p2.partner.id].sort());
    const badRule = await admin.post('/api/v1/lead-routing-rules', {
      name: 'Perf',
      strategy: 'performance',
      metricKey: 'no.such_metric',
    });
    expect(badRule.status).toBe(422);
    expect(badRule.body.errors[0].path).toBe('metricKey');
    await admin.post('/api/v1/coverage-segments', {
      name: 'NL enterprise',
      countries: ['NL'],
      sizes: ['5001+'],
      motion: 'direct',
    });

    const first = await pm.post('/api/v1/leads', lead('NL'));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'assigned', rule: { name: 'Netherlands round robin' } });
    expect(first.body.number).toMatch(/^LD-\d{6}$/);
    expect(first.body.why.summary).toContain('round robin');
    expect(first.body.why.summary).toContain('country NL');
    expect(first.body.assignments).toHaveLength(1);
    const second = await pm.post('/api/v1/leads', lead('NL'));
    expect(second.body.partnerId).not.toBe(first.body.partnerId);
    expect([first.body.partnerId, second.body.partnerId].sort()).toEqual([p1.partner.id, p2.partner.id].sort());

    const enterprise = await pm.post('/api/v1/leads', lead('NL', { size: '5001+' }));
    expect(enterprise.body).toMatchObject({ status: 'new', partnerId: null, motion: 'direct' });
    expect(enterprise.body.why.summary).toContain('NL enterprise');

    // The partner reads its own lead with the summary only, never another's.
    const mine = first.body.partnerId === p1.partner.id ? first.body : second.body;
    const theirs = mine === first.body ? second.body : first.body;
    const own = await p1.client.get(`/api/v1/leads/${mine.id}`);
    expect(own.status).toBe(200);
    expect(own.body.why.details).toEqual([]);
    expect(own.body.rule.id).toBeNull();
    expect((await pm.get(`/api/v1/leads/${mine.id}`)).body.why.details.length).toBeGreaterThan(0);
    expect((await p1.client.get(`/api/v1/leads/${theirs.id}`)).status).toBe(404);
    expect((await p1.client.get(`/api/v1/leads/${enterprise.body.id}`)).status).toBe(404);
    const listed = (await p1.client.get('/api/v1/leads')).body.data.map((l: { id: string }) => l.id);
    expect(listed).toEqual([mine.id]);
    expect((await p1.client.post('/api/v1/leads', lead('NL'))).status).toBe(403);

    // Bad input names the field and creates nothing.
    const before = (await pm.get('/api/v1/leads/summary')).body;
    const bad = await pm.post('/api/v1/leads', { company: '', country: 'Netherlands', size: 'huge', region: 'mars' });
    expect(bad.status).toBe(422);
    expect([...new Set(bad.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual([
      'company',
      'country',
      'region',
      'size',
    ]);
    expect((await pm.get('/api/v1/leads/summary')).body).toEqual(before);

    // Reordering: a rule named first is tried first.
    const catchAll = await admin.post('/api/v1/lead-routing-rules', {
      name: 'NL to p2 only',
      countries: ['NL'],
      partnerIds: [p2.partner.id],
      strategy: 'capacity',
    });
    const order = await admin.put('/api/v1/lead-routing-rules/order', { ids: [catchAll.body.id] });
    expect(order.status).toBe(200);
    expect(order.body.data[0].id).toBe(catchAll.body.id);
    const third = await pm.post('/api/v1/leads', lead('NL'));
    expect(third.body).toMatchObject({ partnerId: p2.partner.id, rule: { name: 'NL to p2 only' } });
    expect((await admin.put('/api/v1/lead-routing-rules/order', { ids: [catchAll.body.id, catchAll.body.id] })).status).toBe(422);
    await admin.patch(`/api/v1/lead-routing-rules/${catchAll.body.id}`, { active: false });
  });

  it('round robin holds under concurrent routing: six leads at once split three and three', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const p1 = await activePartner();
    const p2 = await activePartner();
    await admin.post('/api/v1/lead-routing-rules', {
      name: 'Portugal round robin',
      countries: ['PT'],
      partnerIds: [p1.partner.id, p2.partner.id],
      strategy: 'round_robin',
    });
    const made = await Promise.all(Array.from({ length: 6 }, () => pm.post('/api/v1/leads', lead('PT'))));
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const counts = new Map<string, number>();
    for (const r of made) counts.set(r.body.partnerId, (counts.get(r.body.partnerId) ?? 0) + 1);
    expect(counts.get(p1.partner.id)).toBe(3);
    expect(counts.get(p2.partner.id)).toBe(3);
  });

  it('the partner accepts or declines; a declined lead goes to the next partner; an accepted one converts', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const gold = await activePartner();
    const silver = await activePartner();
    await admin.post('/api/v1/lead-routing-rules', {
      name: 'Austria by capacity',
      countries: ['AT'],
      partnerIds: [gold.partner.id, silver.partner.id],
      strategy: 'capacity',
      maxOpenLeads: 5,
    });
    const created = await pm.post('/api/v1/leads', lead('AT'));
    const firstPartner = created.body.partnerId as string;
    const holder = firstPartner === gold.partner.id ? gold : silver;
    const next = holder === gold ? silver : gold;

    // The partner's admin was told.
    const inbox = await holder.client.get('/api/v1/me/notifications');
    expect(inbox.body.data.map((n: { title: string }) => n.title)).toContain(`New lead: ${created.body.company}`);

    const noReason = await holder.client.post(`/api/v1/leads/${created.body.id}/decline`, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe('reason');
    expect((await next.client.post(`/api/v1/leads/${created.body.id}/decline`, { reason: 'x' })).status).toBe(404);
    expect((await pm.post(`/api/v1/leads/${created.body.id}/accept`)).status).toBe(403);

    const declined = await holder.client.post(`/api/v1/leads/${created.body.id}/decline`, { reason: 'No capacity this quarter' });
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('declined');
    const moved = await eventually(
      () => pm.get(`/api/v1/leads/${created.body.id}`),
      (r) => r.body.status === 'assigned',
    );
    expect(moved.body.partnerId).toBe(next.partner.id);
    expect(moved.body.why.details.join('\n')).toContain('declined this lead');
    expect(moved.body.assignments.map((a: { outcome: string; outcomeReason: string }) => [a.outcome, a.outcomeReason])).toEqual([
      ['declined', 'No capacity this quarter'],
      ['pending', ''],
    ]);
    // The first partner no longer sees it.
    expect((await holder.client.get(`/api/v1/leads/${created.body.id}`)).status).toBe(404);

    const accepted = await next.client.post(`/api/v1/leads/${created.body.id}/accept`);
    expect(accepted.body).toMatchObject({ status: 'accepted', can: { convert: true, accept: false } });
    const again = await next.client.post(`/api/v1/leads/${created.body.id}/accept`);
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    // The estimate comes whole: an amount needs its currency, and nothing changes until it does.
    const half = await next.client.post(`/api/v1/leads/${created.body.id}/convert`, { amount: 4_500_000 });
    expect(half.status).toBe(422);
    expect(half.body.errors[0].path).toBe('currency');
    expect((await pm.get(`/api/v1/leads/${created.body.id}`)).body.status).toBe('accepted');
    const converted = await next.client.post(`/api/v1/leads/${created.body.id}/convert`, {
      amount: 4_500_000,
      currency: 'EUR',
      closeDate: '2027-06-30',
    });
    expect(converted.body).toMatchObject({ status: 'converted' });
    expect(converted.body.convertedAt).not.toBeNull();
    // It becomes an opportunity on the lead's account, the partner co-selling, linked back on the lead.
    const linked = await eventually(
      () => pm.get(`/api/v1/leads/${created.body.id}`),
      (r) => typeof r.body.opportunityId === 'string',
    );
    const opportunity = await pm.get(`/api/v1/opportunities/${linked.body.opportunityId}`);
    expect(opportunity.status).toBe(200);
    expect(opportunity.body).toMatchObject({
      amount: 4_500_000,
      currency: 'EUR',
      stage: 'qualification',
      closeDate: '2027-06-30',
    });
    expect(JSON.stringify(opportunity.body)).toContain(created.body.company);
    // The partner sees it among its shared opportunities; the partner that declined does not.
    expect((await next.client.get(`/api/v1/opportunities/${linked.body.opportunityId}`)).status).toBe(200);
    expect((await holder.client.get(`/api/v1/opportunities/${linked.body.opportunityId}`)).status).toBe(404);

    // Every change is audited.
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: created.body.id } });
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'update']));
  });

  it('the acceptance SLA: a lead not accepted in time goes to the next partner, recording why', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    expect((await admin.put('/api/v1/lead-settings', { acceptanceSlaHours: 0 })).status).toBe(422);
    expect((await admin.put('/api/v1/lead-settings', { acceptanceSlaHours: 2 })).body.acceptanceSlaHours).toBe(2);
    const a = await activePartner();
    const b = await activePartner();
    await admin.post('/api/v1/lead-routing-rules', {
      name: 'Ireland by tier weight',
      countries: ['IE'],
      partnerIds: [a.partner.id, b.partner.id],
      strategy: 'tier_weight',
    });
    const created = await pm.post('/api/v1/leads', lead('IE'));
    expect(created.body.why.summary).toContain('tier weight');
    const first = created.body.partnerId as string;
    expect(new Date(created.body.acceptDueAt).getTime() - new Date(created.body.assignedAt).getTime()).toBe(2 * 3_600_000);

    // Within the SLA nothing moves; after it, the job passes it on.
    await runLeadSla(systemCtx(t.system().db, 'leads.acceptance-sla', new Date(Date.now() + 3_600_000)));
    expect((await pm.get(`/api/v1/leads/${created.body.id}`)).body.partnerId).toBe(first);
    const result = await runLeadSla(systemCtx(t.system().db, 'leads.acceptance-sla', new Date(Date.now() + 3 * 3_600_000)));
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const after = await pm.get(`/api/v1/leads/${created.body.id}`);
    expect(after.body.status).toBe('assigned');
    expect(after.body.partnerId).not.toBe(first);
    expect(after.body.assignments[0]).toMatchObject({ outcome: 'expired', outcomeReason: 'Not accepted within 2 h' });
    expect(after.body.why.details.join('\n')).toContain('let this lead lapse');
    // Both have lapsed: it comes back to the vendor, unrouted, with the reason.
    await runLeadSla(systemCtx(t.system().db, 'leads.acceptance-sla', new Date(Date.now() + 6 * 3_600_000)));
    const back = await pm.get(`/api/v1/leads/${created.body.id}`);
    expect(back.body).toMatchObject({ status: 'new', partnerId: null });
    expect(back.body.why.summary).toContain('assign it by hand');
    // By hand: the vendor assigns it, naming why.
    const manual = await pm.post(`/api/v1/leads/${created.body.id}/assign`, { partnerId: a.partner.id, reason: 'Named account' });
    expect(manual.body).toMatchObject({
      status: 'assigned',
      partnerId: a.partner.id,
      why: { summary: 'Assigned by hand: Named account' },
    });
    const disq = await pm.post(`/api/v1/leads/${created.body.id}/disqualify`, { reason: 'Duplicate' });
    expect(disq.body.status).toBe('disqualified');
    await admin.put('/api/v1/lead-settings', { acceptanceSlaHours: 48 });
  });

  it('imports leads from CSV: bad cells named, nothing written; a clean file is created and routed', async () => {
    const admin = await user('admin');
    const p = await activePartner();
    await admin.post('/api/v1/lead-routing-rules', {
      name: 'Denmark',
      countries: ['DK'],
      partnerIds: [p.partner.id],
      strategy: 'capacity',
    });
    const client = await user('pm');
    const send = (csv: string, dryRun: boolean) =>
      t.request('POST', '/api/v1/imports/leads', {
        cookie: client.cookie,
        query: { dryRun: String(dryRun) },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
        body: csv,
      });
    const bad = await send('Company,Country,Email,Size\nOne,Atlantis,not-an-email,huge\n', false);
    expect(bad.body.errors.map((e: { column: string }) => e.column).sort()).toEqual(['contactEmail', 'country', 'size']);
    const ok = await send(
      `Company,Domain,Country,Region,Product interest\nImported A,imp-a-${seq}.example,DK,EMEA,Analytics\nImported B,imp-b-${seq}.example,dk,europe,\n`,
      false,
    );
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toEqual([]);
    const listed = await eventually(
      () => client.get('/api/v1/leads', { query: { partnerId: p.partner.id } }),
      (r) => r.body.data.length === 2,
    );
    expect(listed.body.data.map((l: { status: string; rule: { name: string } }) => [l.status, l.rule.name])).toEqual([
      ['assigned', 'Denmark'],
      ['assigned', 'Denmark'],
    ]);
  });
});

describe('editing in place', () => {
  it('a manager corrects a lead’s fields (audited, with an event); bad input names the field; partners and closed leads refuse', async () => {
    const pm = await user('pm');
    const admin = await user('admin');
    const p = await activePartner();
    const created = await pm.post('/api/v1/leads', lead('IS', { notes: '' }));
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.can.edit).toBe(true);

    const edited = await pm.patch(`/api/v1/leads/${id}`, {
      company: 'Reykjavik Freight',
      contact: { phone: '+354 555 0100' },
      industry: 'Logistics',
      size: '1001-5000',
      products: ['Analytics', 'Payments'],
      notes: 'Met at the roadshow',
      domain: null,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      company: 'Reykjavik Freight',
      domain: null,
      contact: { name: 'Dana Buyer', phone: '+354 555 0100' },
      country: 'IS',
      industry: 'Logistics',
      size: '1001-5000',
      products: ['Analytics', 'Payments'],
      notes: 'Met at the roadshow',
    });
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'lead', entityId: id } });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toContain('update');
    const events = await withTx(t.system(), (c) =>
      c.tx.execute(sql`select name, data from domain_events where entity_id = ${id} and name = 'lead.updated'`),
    );
    expect(events.rows).toHaveLength(1);
    expect((events.rows[0] as { data: { fields: string[] } }).data.fields.sort()).toEqual(
      ['company', 'contactPhone', 'domain', 'industry', 'notes', 'products', 'size'].sort(),
    );
    // Nothing changed: no second event.
    expect((await pm.patch(`/api/v1/leads/${id}`, { industry: 'Logistics' })).status).toBe(200);

    // Bad input names every field and saves nothing.
    const bad = await pm.patch(`/api/v1/leads/${id}`, { company: '', country: 'Iceland', size: 'huge', region: 'mars' });
    expect(bad.status).toBe(422);
    expect([...new Set(bad.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual([
      'company',
      'country',
      'region',
      'size',
    ]);
    expect((await pm.get(`/api/v1/leads/${id}`)).body.company).toBe('Reykjavik Freight');

    // A partner's people never edit (the same answer for theirs, another's or a missing lead).
    await admin.post(`/api/v1/leads/${id}/assign`, { partnerId: p.partner.id });
    expect((await p.client.patch(`/api/v1/leads/${id}`, { notes: 'x' })).status).toBe(403);
    const other = await activePartner();
    expect((await other.client.patch(`/api/v1/leads/${id}`, { notes: 'x' })).status).toBe(403);
    expect((await other.client.patch('/api/v1/leads/00000000-0000-4000-8000-000000000000', { notes: 'x' })).status).toBe(403);
    expect((await (await user('finance')).patch(`/api/v1/leads/${id}`, { notes: 'x' })).status).toBe(403);
    expect((await pm.patch('/api/v1/leads/00000000-0000-4000-8000-000000000000', { notes: 'x' })).status).toBe(404);
    expect((await pm.get(`/api/v1/leads/${id}`)).body.notes).toBe('Met at the roadshow');

    // A disqualified lead is closed.
    await pm.post(`/api/v1/leads/${id}/disqualify`, { reason: 'Duplicate' });
    const closed = await pm.patch(`/api/v1/leads/${id}`, { notes: 'late' });
    expect(closed.status).toBe(409);
    expect(closed.body.type).toContain('conflict');
  });

  it('an admin edits a routing rule’s conditions and strategy in place; the next lead follows the edit', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const p1 = await activePartner();
    const p2 = await activePartner();
    const rule = await admin.post('/api/v1/lead-routing-rules', {
      name: 'Portugal',
      countries: ['PT'],
      partnerIds: [p1.partner.id],
      strategy: 'capacity',
    });
    expect(rule.status).toBe(201);
    const edited = await admin.patch(`/api/v1/lead-routing-rules/${rule.body.id}`, {
      name: 'Portugal and Greece, logistics',
      countries: ['pt', 'GR'],
      industries: ['Logistics'],
      partnerIds: [p2.partner.id],
      strategy: 'round_robin',
      maxOpenLeads: 5,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Portugal and Greece, logistics',
      countries: ['PT', 'GR'],
      industries: ['Logistics'],
      partnerIds: [p2.partner.id],
      strategy: 'round_robin',
      maxOpenLeads: 5,
      position: rule.body.position,
    });
    const routed = await pm.post('/api/v1/leads', lead('GR', { industry: 'Logistics' }));
    expect(routed.body).toMatchObject({ partnerId: p2.partner.id, rule: { name: 'Portugal and Greece, logistics' } });
    const bad = await admin.patch(`/api/v1/lead-routing-rules/${rule.body.id}`, { strategy: 'coin_flip', sizes: ['huge'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path.split('.')[0]).sort()).toEqual(['sizes', 'strategy']);
    expect((await pm.patch(`/api/v1/lead-routing-rules/${rule.body.id}`, { name: 'x' })).status).toBe(403);
    await admin.patch(`/api/v1/lead-routing-rules/${rule.body.id}`, { active: false });
  });
});
