import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { appealConflictCase, runConflictCaseSchedule } from '../../src/modules/conflict-cases/index.js';
import { systemCtx } from '../../src/shared/context.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { actingAs, makePartner, makeUser, PASSWORD } from '../support/world.js';

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
const today = () => localDateOf(new Date(), 'UTC');
let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}`;

/** A partner (owned by pm unless told) with a partner admin who signs in. */
async function partnerWithAdmin(ownerKey: 'pm' | 'pm2' = 'pm') {
  const partner = await makePartner(t.system(), t.world.users[ownerKey].id, { name: `Conflict Partner ${uniq()}` });
  const adminUser = await makeUser(t.system(), 'partner_admin', partner.id);
  return { partner, admin: await as(adminUser.email), user: adminUser };
}

function deal(customer: { name: string; domain?: string | null }) {
  return {
    customer,
    title: `Platform deal ${uniq()}`,
    amount: 5_000_000,
    currency: 'EUR',
    expectedCloseDate: addDays(today(), 60),
  };
}

async function notificationTitles(client: Client): Promise<string[]> {
  const inbox = await client.get('/api/v1/me/notifications', { query: { limit: '100' } });
  return inbox.body.data.map((x: { title: string }) => x.title);
}

/** Two partners register the same customer: the second is flagged and its case opens by itself. */
async function registrationConflict() {
  const first = await partnerWithAdmin('pm');
  const second = await partnerWithAdmin('pm2');
  const name = `Globex ${uniq()}`;
  const domain = `${name.replace(' ', '-').toLowerCase()}.example`;
  const r1 = await first.admin.post('/api/v1/deal-registrations', deal({ name: `${name} Corporation`, domain }));
  expect(r1.status).toBe(201);
  const r2 = await second.admin.post(
    '/api/v1/deal-registrations',
    deal({ name: `${name} Corp.`, domain: `https://www.${domain}/` }),
  );
  expect(r2.status).toBe(201);
  expect(r2.body.conflict.flagged).toBe(true);
  const admin = await user('admin');
  const list = await admin.get('/api/v1/conflict-cases', { query: { registrationId: r2.body.id } });
  expect(list.status).toBe(200);
  expect(list.body.data).toHaveLength(1);
  // Typed as a URL, shown as the domain both registrations share.
  expect(list.body.data[0].customer.domain).toBe(domain);
  return { first, second, r1: r1.body, r2: r2.body, caseId: list.body.data[0].id as string, name };
}

describe('conflict cases', () => {
  it('a flagged registration opens a case with both parties; each partner sees only its own side; a non-party gets 404', async () => {
    const { first, second, r1, r2, caseId, name } = await registrationConflict();
    const admin = await user('admin');
    const vendorView = await admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(vendorView.status).toBe(200);
    expect(vendorView.body).toMatchObject({ origin: 'registration', status: 'open', tier: 1, round: 0, decision: null });
    expect(vendorView.body.number).toMatch(/^CC-\d{6,}$/);
    expect(vendorView.body.customer.name).toBe(`${name} Corp.`);
    expect(vendorView.body.parties.map((p: { partnerId: string }) => p.partnerId).sort()).toEqual(
      [first.partner.id, second.partner.id].sort(),
    );
    expect(vendorView.body.parties.find((p: { partnerId: string }) => p.partnerId === first.partner.id).registration.number).toBe(
      r1.number,
    );
    // The first partner's owner runs the case... the flagged (second) partner's owner, pm2, is its owner.
    expect(vendorView.body.owner.id).toBe(t.world.users.pm2.id);

    // Both parties' statements: each reads only its own.
    const s1 = await first.admin.post(`/api/v1/conflict-cases/${caseId}/statement`, {
      statement: 'FIRST-SECRET we ran the proof of concept in March',
    });
    expect(s1.status).toBe(200);
    const s2 = await second.admin.post(`/api/v1/conflict-cases/${caseId}/statement`, {
      statement: 'SECOND-SECRET the CIO asked us to bid',
    });
    expect(s2.status).toBe(200);

    const mine = await second.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.parties).toHaveLength(1);
    expect(mine.body.myParty).toMatchObject({ partnerId: second.partner.id, statement: 'SECOND-SECRET the CIO asked us to bid' });
    expect(mine.body.myParty.registration.number).toBe(r2.number);
    expect(mine.body.owner).toBeNull();
    expect(mine.body.summary).toBe('');
    const text = JSON.stringify(mine.body);
    for (const secret of [first.partner.id, first.partner.name, r1.id, r1.number, 'FIRST-SECRET'])
      expect(text).not.toContain(secret);
    expect(mine.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'statement']);
    expect(mine.body.can).toMatchObject({ state: true, appeal: false, decide: false, escalate: false });

    // Its list says the same; the list filtered by the other registration finds nothing.
    const list = await second.admin.get('/api/v1/conflict-cases');
    const row = list.body.data.find((c: { id: string }) => c.id === caseId);
    expect(row.parties).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(first.partner.id);
    expect((await second.admin.get('/api/v1/conflict-cases', { query: { registrationId: r1.id } })).body.data).toEqual([]);
    // The export of its list, too.
    const exported = await second.admin.get('/api/v1/conflict-cases/export', { query: { format: 'csv' } });
    expect(exported.status).toBe(200);
    expect(String(exported.body)).not.toContain(first.partner.name);

    // Vendor staff read both statements in the timeline, with whose they are.
    const vendorTimeline = (await admin.get(`/api/v1/conflict-cases/${caseId}`)).body.timeline;
    expect(
      vendorTimeline.filter((e: { kind: string }) => e.kind === 'statement').map((e: { partnerName: string }) => e.partnerName),
    ).toEqual([first.partner.name, second.partner.name]);

    // The database's own wall, without the service's filters: the partner's role reads its own
    // party row, the case, and only its own or shared timeline entries.
    const raw = await withTx(actingAs(t.system(), second.user), async (c) => ({
      parties: (await c.tx.execute(sql`SELECT partner_id FROM conflict_case_parties WHERE case_id = ${caseId}`)).rows,
      cases: (await c.tx.execute(sql`SELECT id FROM conflict_cases WHERE id = ${caseId}`)).rows,
      entries: (await c.tx.execute(sql`SELECT partner_id, body FROM conflict_case_entries WHERE case_id = ${caseId}`)).rows as {
        partner_id: string | null;
        body: string;
      }[],
    }));
    expect(raw.parties).toEqual([{ partner_id: second.partner.id }]);
    expect(raw.cases).toHaveLength(1);
    expect(raw.entries.every((e) => e.partner_id === null || e.partner_id === second.partner.id)).toBe(true);
    expect(JSON.stringify(raw.entries)).not.toContain('FIRST-SECRET');

    // A partner that is no party: 404 (like a missing case), and nothing in its list.
    const outsider = await partnerWithAdmin('pm');
    const missing = await outsider.admin.get(`/api/v1/conflict-cases/00000000-0000-4000-8000-000000000000`);
    const other = await outsider.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe(missing.body.code);
    expect((await outsider.admin.post(`/api/v1/conflict-cases/${caseId}/statement`, { statement: 'hi' })).status).toBe(404);
    expect((await outsider.admin.get('/api/v1/conflict-cases')).body.data).toEqual([]);

    // Both party admins were told a case concerns them — without the other's name.
    const titles = await notificationTitles(second.admin);
    const told = titles.find((x) => x.includes(vendorView.body.number));
    expect(told).toBeDefined();
    expect(titles.join(' ')).not.toContain(first.partner.name);
    // A third registration for the customer joins the same case.
    const third = await partnerWithAdmin('pm');
    const r3 = await third.admin.post('/api/v1/deal-registrations', deal({ name: `${name} Corp`, domain: null }));
    expect(r3.body.conflict.flagged).toBe(true);
    const joined = await admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(joined.body.parties).toHaveLength(3);
    expect((await third.admin.get(`/api/v1/conflict-cases/${caseId}`)).body.myParty.registration.id).toBe(r3.body.id);
  });

  it('escalation takes the case out of the partner manager’s hands; a decision, an appeal to the next tier, a final decision', async () => {
    const { first, second, caseId } = await registrationConflict();
    const admin = await user('admin');
    const pm = await user('pm');
    const executive = await user('executive');
    const escalated = await pm.post(`/api/v1/conflict-cases/${caseId}/escalate`, { reason: 'Neither partner steps back' });
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ tier: 2, tierLabel: 'Channel chief', status: 'open' });
    expect(new Date(escalated.body.dueAt).getTime()).toBeGreaterThan(Date.now() + 119 * 3_600_000);
    // At tier 2 a partner manager no longer decides.
    const refused = await pm.post(`/api/v1/conflict-cases/${caseId}/decide`, { outcome: 'no_conflict', reasons: 'x' });
    expect(refused.status).toBe(403);
    // Bad decisions name the field and change nothing.
    const parties = escalated.body.parties as { id: string; partnerId: string }[];
    const firstParty = parties.find((p) => p.partnerId === first.partner.id)?.id as string;
    const secondParty = parties.find((p) => p.partnerId === second.partner.id)?.id as string;
    const noKeeper = await admin.post(`/api/v1/conflict-cases/${caseId}/decide`, { outcome: 'awarded', reasons: 'x' });
    expect(noKeeper.status).toBe(422);
    expect(noKeeper.body.errors[0].path).toBe('keepers');
    const badOutcome = await admin.post(`/api/v1/conflict-cases/${caseId}/decide`, { outcome: 'coin_toss', reasons: 'x' });
    expect(badOutcome.status).toBe(422);
    expect(badOutcome.body.errors[0].path).toBe('outcome');
    expect((await admin.get(`/api/v1/conflict-cases/${caseId}`)).body.status).toBe('open');

    const decided = await admin.post(`/api/v1/conflict-cases/${caseId}/decide`, {
      outcome: 'awarded',
      keepers: [firstParty],
      reasons: 'The first registration came with a signed proof of concept.',
      internalNote: 'VENDOR-ONLY the other partner has three open conflicts',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decided', round: 1, decision: { outcome: 'awarded' } });
    expect(decided.body.decision.appealUntil).toBe(addDays(today(), 10));

    // Each party reads the decision as it concerns it, never the vendor's note.
    const secondView = await second.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(secondView.body.myParty.outcome).toBe('steps_back');
    expect(secondView.body.decision).toMatchObject({
      outcome: null,
      internalNote: '',
      reasons: expect.stringContaining('proof of concept'),
    });
    expect(JSON.stringify(secondView.body)).not.toContain('VENDOR-ONLY');
    expect(secondView.body.can.appeal).toBe(true);
    const firstView = await first.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(firstView.body.myParty.outcome).toBe('keeps');
    expect(firstView.body.can.appeal).toBe(false);
    // The keeper has nothing to appeal.
    const keeperAppeal = await first.admin.post(`/api/v1/conflict-cases/${caseId}/appeal`, { statement: 'why not' });
    expect(keeperAppeal.status).toBe(422);
    expect(keeperAppeal.body.code).toBe('INVALID_TRANSITION');
    // An empty statement is a 422 naming it.
    const empty = await second.admin.post(`/api/v1/conflict-cases/${caseId}/appeal`, { statement: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].path).toBe('statement');

    const appealed = await second.admin.post(`/api/v1/conflict-cases/${caseId}/appeal`, {
      statement: 'APPEAL the customer’s CIO wrote to us first',
    });
    expect(appealed.status).toBe(200);
    expect(appealed.body).toMatchObject({ status: 'open', tier: 3, tierLabel: 'Executive', decision: null });
    expect(appealed.body.myParty.appealedThisRound).toBe(true);
    expect(appealed.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'escalated',
      'decided',
      'appealed',
      'reopened',
    ]);
    // The keeper does not read the appeal's statement, but learns the case is open again.
    const firstAfter = await first.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(JSON.stringify(firstAfter.body)).not.toContain('APPEAL the customer');
    expect(firstAfter.body.status).toBe('open');
    expect((await notificationTitles(first.admin)).some((x) => x.includes('was appealed'))).toBe(true);
    // The executives (tier 3) were told.
    expect((await notificationTitles(executive)).some((x) => x.includes('was appealed'))).toBe(true);

    // The executive's decision is final: no appeal from the top tier.
    const final = await executive.post(`/api/v1/conflict-cases/${caseId}/decide`, {
      outcome: 'split',
      keepers: [firstParty, secondParty],
      reasons: 'Both partners share it: one sells, one delivers.',
    });
    expect(final.status).toBe(200);
    expect(final.body.round).toBe(2);
    const secondFinal = await second.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(secondFinal.body.myParty.outcome).toBe('shares');
    expect(secondFinal.body.can.appeal).toBe(false);
    const again = await second.admin.post(`/api/v1/conflict-cases/${caseId}/appeal`, { statement: 'again' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('tier');

    // Recording the outcome closes it; parties are told.
    const closed = await admin.post(`/api/v1/conflict-cases/${caseId}/close`, { outcomeNote: 'Signed jointly in the quarter.' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect((await second.admin.get(`/api/v1/conflict-cases/${caseId}`)).body.outcomeNote).toBe('Signed jointly in the quarter.');
  });

  it('an open case blocks approving its registrations; the final decision rejects the registration of the partner told to step back', async () => {
    const { first, second, r1, r2, caseId } = await registrationConflict();
    const admin = await user('admin');
    const pm2 = await user('pm2');
    const opened = await admin.get(`/api/v1/conflict-cases/${caseId}`);
    const number = opened.body.number as string;
    const parties = opened.body.parties as { id: string; partnerId: string }[];
    const firstParty = parties.find((p) => p.partnerId === first.partner.id)?.id as string;

    // While the case is open neither registration is approved: its approver reads why (can.approve
    // false), its partner reads nothing of it, and approving anyway is a 409 naming the case.
    const open = `Conflict case ${number} is still open: decide it before approving this registration`;
    const vendorRead = await pm2.get(`/api/v1/deal-registrations/${r2.id}`);
    expect(vendorRead.body).toMatchObject({
      status: 'submitted',
      approvalBlockedBy: open,
      can: { approve: false, reject: true },
    });
    const listed = await admin.get('/api/v1/deal-registrations', { query: { q: r1.number } });
    expect(listed.body.data.find((x: { id: string }) => x.id === r1.id)).toMatchObject({ approvalBlockedBy: open });
    expect((await second.admin.get(`/api/v1/deal-registrations/${r2.id}`)).body.approvalBlockedBy).toBeNull();
    for (const [client, reg] of [
      [pm2, r2],
      [admin, r1],
    ] as const) {
      const refused = await client.post(`/api/v1/deal-registrations/${reg.id}/approve`, {});
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.detail).toBe(open);
      expect(refused.body.errors[0].path).toBe('conflictCase');
      expect((await admin.get(`/api/v1/deal-registrations/${reg.id}`)).body.status).toBe('submitted');
    }

    const decided = await admin.post(`/api/v1/conflict-cases/${caseId}/decide`, {
      outcome: 'awarded',
      keepers: [firstParty],
      reasons: 'The first registration came with documented work at the customer.',
    });
    expect(decided.status).toBe(200);
    // Decided: the keeper's registration may be approved (it still waits for its approver);
    // the one told to step back may not, and stays submitted while it may appeal.
    expect((await admin.get(`/api/v1/deal-registrations/${r1.id}`)).body).toMatchObject({
      status: 'submitted',
      approvalBlockedBy: null,
      can: { approve: true },
    });
    expect((await pm2.get(`/api/v1/deal-registrations/${r2.id}`)).body.approvalBlockedBy).toContain('step back');
    const approved = await admin.post(`/api/v1/deal-registrations/${r1.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const loserApproval = await pm2.post(`/api/v1/deal-registrations/${r2.id}/approve`, {});
    expect(loserApproval.status).toBe(409);
    expect(loserApproval.body.detail).toContain(`${number} told this partner to step back`);
    expect((await second.admin.get(`/api/v1/deal-registrations/${r2.id}`)).body.status).toBe('submitted');

    // The decision becomes final when the case closes: the loser's registration is rejected naming the case.
    const closed = await admin.post(`/api/v1/conflict-cases/${caseId}/close`, { outcomeNote: '' });
    expect(closed.status).toBe(200);
    const loser = await second.admin.get(`/api/v1/deal-registrations/${r2.id}`);
    expect(loser.body).toMatchObject({ status: 'rejected', rejectionReason: `Lost conflict case ${number}` });
    expect((await admin.get(`/api/v1/deal-registrations/${r1.id}`)).body.status).toBe('approved');
    // Audited, with its event.
    const rows = await withTx(t.system(), (c) =>
      c.tx.execute(sql`select name, data from domain_events where entity_id = ${r2.id} and name = 'deal_registration.rejected'`),
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]).toMatchObject({ data: { toStatus: 'rejected', conflictCase: number } });
    // Its partner is told, and reads nothing of the partner that kept the customer.
    const inbox = await second.admin.get('/api/v1/me/notifications', { query: { limit: '100' } });
    const told = inbox.body.data.find((x: { title: string }) => x.title === `${r2.number} ${r2.title} is rejected`);
    expect(told?.body).toContain(`Lost conflict case ${number}`);
    for (const text of [JSON.stringify(inbox.body), JSON.stringify(loser.body)])
      for (const secret of [first.partner.id, first.partner.name, r1.id, r1.number]) expect(text).not.toContain(secret);
    // The keeper hears nothing of a rejection.
    expect((await notificationTitles(first.admin)).some((x) => x.includes('is rejected'))).toBe(false);
  });

  it('a decision at the top tier is final at once: the registration of the partner told to step back is rejected', async () => {
    const { first, second, r2, caseId } = await registrationConflict();
    const pm = await user('pm');
    const admin = await user('admin');
    const executive = await user('executive');
    expect((await pm.post(`/api/v1/conflict-cases/${caseId}/escalate`, { reason: 'Tier 2' })).status).toBe(200);
    const top = await admin.post(`/api/v1/conflict-cases/${caseId}/escalate`, { reason: 'Tier 3' });
    expect(top.body.tier).toBe(3);
    const firstParty = (top.body.parties as { id: string; partnerId: string }[]).find((p) => p.partnerId === first.partner.id)
      ?.id as string;
    const final = await executive.post(`/api/v1/conflict-cases/${caseId}/decide`, {
      outcome: 'awarded',
      keepers: [firstParty],
      reasons: 'Final.',
    });
    expect(final.status).toBe(200);
    expect(final.body.status).toBe('decided');
    const loser = await second.admin.get(`/api/v1/deal-registrations/${r2.id}`);
    expect(loser.body).toMatchObject({ status: 'rejected', rejectionReason: `Lost conflict case ${top.body.number}` });
  });

  it('a party that joins after the decision gets it as it concerns it: it steps back, is told, may appeal; a final decision rejects it at once', async () => {
    const { first, caseId, name } = await registrationConflict();
    const admin = await user('admin');
    const opened = await admin.get(`/api/v1/conflict-cases/${caseId}`);
    const number = opened.body.number as string;
    const keeper = (opened.body.parties as { id: string; partnerId: string }[]).find((p) => p.partnerId === first.partner.id)
      ?.id as string;
    const reasons = 'The first registration came with documented work at the customer.';
    expect(
      (await admin.post(`/api/v1/conflict-cases/${caseId}/decide`, { outcome: 'awarded', keepers: [keeper], reasons })).status,
    ).toBe(200);

    // A third partner registers the customer while the decision may still be appealed: it joins
    // the decided case with the decision applied, never without an answer.
    const late = await partnerWithAdmin('pm');
    const r3 = await late.admin.post('/api/v1/deal-registrations', deal({ name: `${name} Corp`, domain: null }));
    expect(r3.status).toBe(201);
    expect(r3.body.conflict.flagged).toBe(true);
    const seen = await late.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'decided', decision: { reasons } });
    expect(seen.body.myParty).toMatchObject({ outcome: 'steps_back', registration: { id: r3.body.id } });
    expect(seen.body.can).toMatchObject({ appeal: true });
    expect(seen.body.timeline.map((e: { kind: string }) => e.kind)).toContain('decided');
    expect(JSON.stringify(seen.body)).not.toContain(first.partner.name);
    const titles = await notificationTitles(late.admin);
    expect(titles).toContain(`${number} ${seen.body.customer.name}: you step back from the customer`);
    const inbox = await late.admin.get('/api/v1/me/notifications', { query: { limit: '100' } });
    expect(JSON.stringify(inbox.body)).toContain('You may appeal until');
    // The case's owner hears that a claim joined after the decision.
    expect(await notificationTitles(await user('pm2'))).toContain(
      `${number}: ${r3.body.number} joined the conflict over ${seen.body.customer.name} after its decision`,
    );
    // Its approver reads why it cannot be approved; the decided keeper is untouched.
    const pm = await user('pm');
    const approving = await pm.post(`/api/v1/deal-registrations/${r3.body.id}/approve`, {});
    expect(approving.status).toBe(409);
    expect(approving.body.detail).toContain(`${number} told this partner to step back`);
    expect(
      (await admin.get(`/api/v1/conflict-cases/${caseId}`)).body.parties.find((p: { id: string }) => p.id === keeper).outcome,
    ).toBe('keeps');
    // When the case closes, its registration is rejected with the others told to step back.
    expect((await admin.post(`/api/v1/conflict-cases/${caseId}/close`, { outcomeNote: '' })).status).toBe(200);
    expect((await late.admin.get(`/api/v1/deal-registrations/${r3.body.id}`)).body).toMatchObject({
      status: 'rejected',
      rejectionReason: `Lost conflict case ${number}`,
    });
  });

  it('a party that joins a case decided at the top tier has its registration rejected at once (the decision is final)', async () => {
    const { first, caseId, name } = await registrationConflict();
    const pm = await user('pm');
    const admin = await user('admin');
    const executive = await user('executive');
    await pm.post(`/api/v1/conflict-cases/${caseId}/escalate`, { reason: 'Tier 2' });
    const top = await admin.post(`/api/v1/conflict-cases/${caseId}/escalate`, { reason: 'Tier 3' });
    const keeper = (top.body.parties as { id: string; partnerId: string }[]).find((p) => p.partnerId === first.partner.id)?.id;
    expect(
      (
        await executive.post(`/api/v1/conflict-cases/${caseId}/decide`, {
          outcome: 'awarded',
          keepers: [keeper],
          reasons: 'Final.',
        })
      ).status,
    ).toBe(200);
    const late = await partnerWithAdmin('pm2');
    const r3 = await late.admin.post('/api/v1/deal-registrations', deal({ name: `${name} Corp`, domain: null }));
    expect(r3.body.conflict.flagged).toBe(true);
    expect((await late.admin.get(`/api/v1/deal-registrations/${r3.body.id}`)).body).toMatchObject({
      status: 'rejected',
      rejectionReason: `Lost conflict case ${top.body.number}`,
    });
    const seen = await late.admin.get(`/api/v1/conflict-cases/${caseId}`);
    expect(seen.body.myParty.outcome).toBe('steps_back');
    expect(seen.body.can.appeal).toBe(false);
  });

  it('opened by hand against the direct team; the appeal window closes; the daily job tells SLA breaches once and closes lapsed cases', async () => {
    const { partner, admin: partnerAdmin, user: partnerUser } = await partnerWithAdmin('pm');
    const pm = await user('pm');
    // Bad input names the field and creates nothing.
    const one = await pm.post('/api/v1/conflict-cases', { customer: { name: 'Solo' }, parties: [{ partnerId: partner.id }] });
    expect(one.status).toBe(422);
    expect(one.body.errors[0].path).toBe('parties');
    const unknown = await pm.post('/api/v1/conflict-cases', {
      customer: { name: 'Solo' },
      parties: [{ partnerId: '00000000-0000-4000-8000-000000000000' }],
      vendorDirect: true,
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('parties.0.partnerId');
    const partnerTries = await partnerAdmin.post('/api/v1/conflict-cases', {
      customer: { name: 'Solo' },
      parties: [{ partnerId: partner.id }],
      vendorDirect: true,
    });
    expect(partnerTries.status).toBe(403);

    const name = `Initrode ${uniq()}`;
    const opened = await pm.post('/api/v1/conflict-cases', {
      customer: { name, domain: `${name.replace(' ', '-').toLowerCase()}.example` },
      parties: [{ partnerId: partner.id }],
      vendorDirect: true,
      summary: 'The partner is working a named direct account',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ origin: 'manual', tier: 1, owner: { id: t.world.users.pm.id } });
    expect(opened.body.parties.map((p: { partnerName: string }) => p.partnerName)).toEqual([partner.name, 'Direct sales team']);
    const id = opened.body.id as string;
    // The partner does not see the direct team's party, nor the vendor's summary.
    const partnerView = await partnerAdmin.get(`/api/v1/conflict-cases/${id}`);
    expect(partnerView.body.parties).toHaveLength(1);
    expect(partnerView.body.summary).toBe('');
    expect(partnerView.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['opened']);

    // The SLA: the daily job tells the tier's deciders once.
    const db = t.system().db;
    const at = (hours: number) => systemCtx(db, 'conflict job test', new Date(Date.now() + hours * 3_600_000));
    const first = await runConflictCaseSchedule(at(73));
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect((await runConflictCaseSchedule(at(74))).overdue).toBe(0);
    expect(
      (await notificationTitles(pm)).filter((x) => x.startsWith(`${opened.body.number} is past its tier 1 SLA`)),
    ).toHaveLength(1);
    const overdueList = await pm.get('/api/v1/conflict-cases', { query: { overdue: 'true', partnerId: partner.id } });
    expect(overdueList.body.data).toEqual([]); // not yet overdue now

    const decided = await pm.post(`/api/v1/conflict-cases/${id}/decide`, {
      outcome: 'vendor_direct',
      reasons: 'A named direct account this year.',
    });
    expect(decided.status).toBe(200);
    expect((await partnerAdmin.get(`/api/v1/conflict-cases/${id}`)).body.myParty.outcome).toBe('steps_back');
    // Past the appeal window the appeal is refused and nothing changes.
    const late = actingAs({ ...t.system(), now: new Date(Date.now() + 12 * 86_400_000) }, partnerUser);
    await expect(appealConflictCase(late, id, 'too late')).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await pm.get(`/api/v1/conflict-cases/${id}`)).body.status).toBe('decided');
    // The job closes it once nobody can appeal; the decision is the outcome.
    const closing = await runConflictCaseSchedule(at(12 * 24));
    expect(closing.closed).toBeGreaterThanOrEqual(1);
    const closed = await pm.get(`/api/v1/conflict-cases/${id}`);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.timeline.at(-1).kind).toBe('closed');
  });

  it('settings: the appeal window is configurable (admins), and bad values name the field', async () => {
    const admin = await user('admin');
    const bad = await admin.put('/api/v1/conflict-cases/settings', { tierSlaHours: [1, 2] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('tierSlaHours');
    const set = await admin.put('/api/v1/conflict-cases/settings', { appealDays: 5 });
    expect(set.status).toBe(200);
    const { caseId, first } = await registrationConflict();
    const decided = await admin.post(`/api/v1/conflict-cases/${caseId}/decide`, {
      outcome: 'no_conflict',
      reasons: 'Different divisions.',
    });
    expect(decided.body.decision.appealUntil).toBe(addDays(today(), 5));
    expect((await first.admin.get(`/api/v1/conflict-cases/${caseId}`)).body.myParty.outcome).toBe('proceeds');
    await admin.put('/api/v1/conflict-cases/settings', { appealDays: 10 });
  });

  it('the registration importer registers on partners’ behalf, checks each row for conflicts and opens the case; bad cells write nothing', async () => {
    const a = await partnerWithAdmin('pm');
    const b = await partnerWithAdmin('pm2');
    const pm = await user('pm');
    const postCsv = (csv: string, dryRun: boolean) =>
      t.request('POST', '/api/v1/imports/deal-registrations', {
        cookie: pm.cookie,
        query: { dryRun: String(dryRun) },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': pm.csrfToken },
        body: csv,
      });
    const name = `Hooli ${uniq()}`;
    const close = addDays(today(), 90);
    const bad = [
      'Partner ID,Customer,Customer domain,Deal name,Amount,Currency,Close date',
      `${a.partner.id},${name},hooli.example,Renewal,12.345,USD,${close}`,
      `${b.partner.id},${name},not a domain!,Renewal,100,XYZ,2001-01-01`,
      `nobody,${name},,Renewal,100,USD,${close}`,
    ].join('\n');
    const refused = await postCsv(bad, false);
    expect(refused.status).toBe(422);
    const errors = refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(errors).toEqual(expect.arrayContaining(['2:amount', '3:domain', '3:currency', '3:expectedCloseDate', '4:partner']));
    expect((await pm.get('/api/v1/deal-registrations', { query: { q: name } })).body.data).toEqual([]);

    const good = [
      'Partner,Customer,Website,Deal name,Deal value,Currency,Expected close,Products',
      `${a.partner.id},${name} Inc.,https://www.${name.replace(' ', '-').toLowerCase()}.example/,Platform,"125,000.50",usd,${close},Compute; Storage`,
      `${b.partner.id},${name},,Analytics,9000,EUR,${close},`,
    ].join('\n');
    const done = await postCsv(good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const rows = (await pm.get('/api/v1/deal-registrations', { query: { q: name, sort: 'createdAt' } })).body.data;
    expect(rows.map((r: { partnerId: string; amount: number; currency: string }) => [r.partnerId, r.amount, r.currency])).toEqual(
      [
        [a.partner.id, 12_500_050, 'USD'],
        [b.partner.id, 900_000, 'EUR'],
      ],
    );
    expect(rows[0].products).toEqual(['Compute', 'Storage']);
    // The second row met the first (same customer name): flagged, and its case is open with both.
    expect(rows[1].conflict.flagged).toBe(true);
    expect(rows[0].conflict.flagged).toBe(false);
    const cases = await pm.get('/api/v1/conflict-cases', { query: { registrationId: rows[1].id } });
    expect(cases.body.data).toHaveLength(1);
    expect(cases.body.data[0].parties.map((p: { partnerId: string }) => p.partnerId).sort()).toEqual(
      [a.partner.id, b.partner.id].sort(),
    );
  });
});
