import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { upsertRates } from '../../src/modules/fx/index.js';
import { sendDueMessages } from '../../src/modules/marketing/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { PASSWORD } from '../support/world.js';

let smtp: TestSmtpServer;
let t: SeededApp;
const PUBLIC_URL = 'https://partners.test.example';
const clients = new Map<string, Client>();
const DAY = 86_400_000;

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  return read();
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createSeededApp({
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Lumen Partners <partners@lumen.example>', CONSORT_PUBLIC_URL: PUBLIC_URL },
    workers: ['mail'],
  });
  await withTx(t.system(), (c) => c.tx.execute("UPDATE organization_settings SET vendor_name = 'Lumen' WHERE id = 1"));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function user(key: keyof SeededApp['world']['users']): Promise<Client> {
  const email = t.world.users[key].email;
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}

async function eventNames(entityId: string): Promise<string[]> {
  const rows = await withTx(t.system(), (c) =>
    c.tx.execute(sql`select name from domain_events where entity_id = ${entityId} order by occurred_at, id`),
  );
  return (rows.rows as { name: string }[]).map((r) => r.name);
}

/** A path of this server from an absolute link in an e-mail. */
const pathOf = (url: string) => url.replace(PUBLIC_URL, '');

const KIT = {
  name: 'Analytics webinar',
  description: 'Invite customers to the spring webinar',
  steps: [
    {
      subject: 'Hi {{contact.firstName}}, analytics in 30 minutes',
      body: 'Dear {{contact.firstName}} at {{contact.company}},\n\n{{partner.name}} invites you. Agenda: https://lumen.example/agenda?x=1&y=2',
      delayDays: 0,
    },
    { subject: 'Last seats, {{contact.firstName}}', body: 'Seats are going fast.', delayDays: 3 },
  ],
  landing: { headline: 'Analytics in 30 minutes with {{partner.name}}', body: 'Sign up below.', cta: 'Save my seat' },
};

describe('through-channel marketing', () => {
  let kitId = '';
  let audienceId = '';
  let launchId = '';
  let landingPath = '';
  let unsubscribePath = '';

  it('kits are drafted by staff, checked, approved by an admin and only then offered to partners', async () => {
    const pm = await user('pm');
    const admin = await user('admin');
    const pa = await user('partnerAdminA');
    const one = await pm.post('/api/v1/marketing-kits', { ...KIT, steps: [KIT.steps[0]] });
    expect(one.status).toBe(422);
    expect(one.body.errors[0].path).toBe('steps');
    const typo = await pm.post('/api/v1/marketing-kits', {
      ...KIT,
      steps: [KIT.steps[0], { ...KIT.steps[1], body: 'Hi {{contact.fristName}}' }],
    });
    expect(typo.status).toBe(422);
    expect(typo.body.errors[0].path).toBe('steps.1.body');
    const sameDay = await pm.post('/api/v1/marketing-kits', { ...KIT, steps: [KIT.steps[0], { ...KIT.steps[1], delayDays: 0 }] });
    expect(sameDay.body.errors[0].path).toBe('steps.1.delayDays');
    const nul = await pm.post('/api/v1/marketing-kits', { ...KIT, name: 'bad\u0000name' });
    expect(nul.status).toBe(422);
    expect(nul.body.errors[0].path).toBe('name');
    expect((await pa.post('/api/v1/marketing-kits', KIT)).status).toBe(403);

    const made = await pm.post('/api/v1/marketing-kits', KIT);
    expect(made.status).toBe(201);
    kitId = made.body.id;
    expect(made.body).toMatchObject({ status: 'draft', can: { edit: true, approve: false } });
    expect((await pa.get('/api/v1/marketing-catalogue')).body.data.map((k: { id: string }) => k.id)).not.toContain(kitId);
    expect((await pa.get(`/api/v1/marketing-catalogue/${kitId}/preview`)).status).toBe(404);
    expect((await pm.post(`/api/v1/marketing-kits/${kitId}/approve`)).status).toBe(403);
    const approved = await admin.post(`/api/v1/marketing-kits/${kitId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await admin.post(`/api/v1/marketing-kits/${kitId}/approve`)).status).toBe(422);
    expect(await eventNames(kitId)).toEqual(['marketing_kit.created', 'marketing_kit.approved']);

    const catalogue = await pa.get('/api/v1/marketing-catalogue');
    expect(catalogue.body.data.map((k: { id: string }) => k.id)).toContain(kitId);
    const preview = await pa.get(`/api/v1/marketing-catalogue/${kitId}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.partnerName).toBe(t.world.partnerA.name);
    expect(preview.body.steps.map((s: { sendOnDay: number }) => s.sendOnDay)).toEqual([0, 3]);
    expect(preview.body.steps[0].html).toContain(t.world.partnerA.name.replaceAll('&', '&amp;'));
    expect(preview.body.landing.headline).toBe(`Analytics in 30 minutes with ${t.world.partnerA.name}`);
  });

  it('a partner uploads its own audience: validated all or nothing, deduplicated, invisible to others', async () => {
    const pa = await user('partnerAdminA');
    const pb = await user('partnerAdminB');
    const admin = await user('admin');
    const bad = await pa.post('/api/v1/marketing-audiences', {
      name: 'Customers',
      csv: 'Email,First name,Last name,Company\nana@initech.example,Ana,Lima,Initech\nnot-an-address,Bo,,\n',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toEqual({ path: 'csv', message: 'row 3, email: must be an e-mail address' });
    const names = (await pa.get('/api/v1/marketing-audiences')).body.data.map((a: { name: string }) => a.name);
    expect(names).not.toContain('Customers');

    const csv = [
      'E-mail Address,First Name,Last Name,Company Name',
      'ana@initech.example,Ana,Lima,Initech',
      'ANA@initech.example,Ana,Lima,Initech',
      'bo@globex.example,Bo,Berg,Globex',
      'mallory@evil.example,<img src=x onerror=alert(1)>,M,"Evil & Co"',
    ].join('\n');
    const made = await pa.post('/api/v1/marketing-audiences', { name: 'Customers', csv });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ added: 3, duplicates: 1, alreadyThere: 0, audience: { contacts: 3 } });
    audienceId = made.body.audience.id;
    const again = await pa.post(`/api/v1/marketing-audiences/${audienceId}/contacts`, {
      csv: 'email\nbo@globex.example\ncy@umbrella.example\n',
    });
    expect(again.body).toMatchObject({ added: 1, alreadyThere: 1, audience: { contacts: 4 } });
    expect((await pa.post('/api/v1/marketing-audiences', { name: 'customers', csv })).status).toBe(409);

    // Another partner: exactly as if it did not exist; vendor staff see sizes, never the contacts.
    const ofB = (await pb.get('/api/v1/marketing-audiences')).body.data;
    expect(ofB.map((a: { id: string }) => a.id)).not.toContain(audienceId);
    expect(ofB.every((a: { partnerId: string }) => a.partnerId === t.world.partnerB.id)).toBe(true);
    expect((await pb.get(`/api/v1/marketing-audiences/${audienceId}/contacts`)).status).toBe(404);
    expect((await pb.post(`/api/v1/marketing-audiences/${audienceId}/contacts`, { csv: 'email\nx@y.example\n' })).status).toBe(
      404,
    );
    expect((await pb.post(`/api/v1/marketing-audiences/${audienceId}/launches/${kitId}`, {})).status).toBe(404);
    expect((await admin.get(`/api/v1/marketing-audiences/${audienceId}/contacts`)).status).toBe(403);
    const sizes = await admin.get('/api/v1/marketing-audiences');
    expect(sizes.body.data.find((a: { id: string }) => a.id === audienceId)).toMatchObject({ contacts: 4 });
    const contacts = await pa.get(`/api/v1/marketing-audiences/${audienceId}/contacts`);
    expect(contacts.body.data.map((c: { email: string }) => c.email)).toEqual([
      'ana@initech.example',
      'bo@globex.example',
      'cy@umbrella.example',
      'mallory@evil.example',
    ]);
  });

  it('a launch sends step one under the partner’s name, escaped, with tracking that cannot redirect elsewhere', async () => {
    const pa = await user('partnerAdminA');
    const pb = await user('partnerAdminB');
    // The organisation's suppression list holds one contact back.
    const admin = await user('admin');
    expect(
      (await admin.post('/api/v1/marketing-suppressions', { email: 'cy@umbrella.example', reason: 'Competitor' })).status,
    ).toBe(201);

    const launched = await pa.post(`/api/v1/marketing-audiences/${audienceId}/launches/${kitId}`, {});
    expect(launched.status).toBe(201);
    launchId = launched.body.id;
    expect(launched.body).toMatchObject({ status: 'running', figures: { contacts: 4, scheduled: 8, sent: 0 } });
    expect((await pb.get(`/api/v1/marketing-launches/${launchId}`)).status).toBe(404);
    expect((await pb.get('/api/v1/marketing-launches')).body.data.map((l: { id: string }) => l.id)).not.toContain(launchId);
    expect(await eventNames(launchId)).toEqual(['marketing_launch.launched']);

    // (The world's two test launches send their first step too.)
    const first = await sendDueMessages(t.database.db, new Date());
    expect(first).toMatchObject({ sent: 5, skipped: 1 });
    const toAna = await smtp.waitFor((m) => m.to.includes('ana@initech.example'));
    expect(toAna.subject).toBe('Hi Ana, analytics in 30 minutes');
    expect(toAna.header('from')).toContain(`${t.world.partnerA.name} via Lumen`);
    expect(toAna.header('from')).toContain('partners@lumen.example');
    expect(toAna.header('reply-to')).toContain(t.world.users.partnerAdminA.email);
    expect(toAna.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const toMallory = await smtp.waitFor((m) => m.to.includes('mallory@evil.example'));
    expect(toMallory.html).not.toContain('<img src=x');
    expect(toMallory.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(toMallory.html).toContain('Evil &amp; Co');
    expect(smtp.to('cy@umbrella.example')).toHaveLength(0);

    // The open pixel counts a genuine token only.
    const pixel = /src="(https:\/\/partners\.test\.example\/api\/v1\/marketing\/o\/[^"]+)"/.exec(toAna.html)?.[1];
    expect(pixel).toBeTruthy();
    const opened = await t.request('GET', pathOf(pixel as string));
    expect(opened.status).toBe(200);
    expect(opened.headers['content-type']).toBe('image/gif');
    const forged = await t.request('GET', pathOf(`${(pixel as string).slice(0, -3)}AAA`));
    expect(forged.status).toBe(200);

    // Clicks go to the address the e-mail carried, and nowhere else.
    const agenda = /href="(https:\/\/partners\.test\.example\/api\/v1\/marketing\/c\/[^"]+)"/
      .exec(toAna.html)?.[1]
      ?.replaceAll('&amp;', '&');
    expect(agenda).toBeTruthy();
    const click = await t.request('GET', pathOf(agenda as string));
    expect(click.status).toBe(302);
    expect(click.headers.location).toBe('https://lumen.example/agenda?x=1&y=2');
    const elsewhere = (agenda as string).replace(/u=[^&]+$/, `u=${encodeURIComponent('https://evil.example/')}`);
    expect((await t.request('GET', pathOf(elsewhere))).status).toBe(404);
    expect((await t.request('GET', '/api/v1/marketing/c/x?u=https%3A%2F%2Fevil.example%2F')).status).toBe(404);

    const figures = (await pa.get(`/api/v1/marketing-launches/${launchId}`)).body;
    expect(figures.figures).toMatchObject({ sent: 3, skipped: 1, opened: 1, clicked: 1, openRate: 33 });
    expect(figures.steps[0]).toMatchObject({ step: 1, sent: 3, opened: 1, clicked: 1 });

    unsubscribePath = pathOf(/^<(.+)>$/.exec(toMallory.header('list-unsubscribe') ?? '')?.[1] ?? '');
    const landing = /href="([^"]+)"[^>]*>Save my seat/.exec(toAna.html)?.[1]?.replaceAll('&amp;', '&') as string;
    const followed = await t.request('GET', pathOf(landing));
    expect(followed.status).toBe(302);
    landingPath = new URL(followed.headers.location as string).pathname;
    expect(landingPath).toMatch(/^\/m\/[A-Za-z0-9_-]+$/);
  });

  it('an unsubscribe (one click, idempotent) stops every later step; the launch completes', async () => {
    const pa = await user('partnerAdminA');
    expect(unsubscribePath).toContain('/api/v1/marketing/unsubscribe?token=');
    const described = await t.request('GET', unsubscribePath);
    expect(described.body).toMatchObject({ unsubscribed: false, partnerName: t.world.partnerA.name });
    expect(described.body.email).not.toContain('mallory');
    const done = await t.request('POST', unsubscribePath, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(200);
    expect(done.body.unsubscribed).toBe(true);
    expect((await t.request('POST', unsubscribePath)).body.unsubscribed).toBe(true);
    expect(
      (await t.request('POST', '/api/v1/marketing/unsubscribe?token=00000000-0000-0000-0000-000000000000.forged')).status,
    ).toBe(404);

    await sendDueMessages(t.database.db, new Date(Date.now() + 2 * DAY));
    expect((await pa.get(`/api/v1/marketing-launches/${launchId}`)).body).toMatchObject({
      status: 'running',
      figures: { sent: 3 },
    });
    const later = await sendDueMessages(t.database.db, new Date(Date.now() + 3 * DAY + 60_000));
    expect(later).toMatchObject({ sent: 2, skipped: 1, completed: 1 });
    await smtp.waitFor((m) => m.to.includes('bo@globex.example') && m.subject === 'Last seats, Bo');
    expect(smtp.to('mallory@evil.example')).toHaveLength(1);
    const launch = (await pa.get(`/api/v1/marketing-launches/${launchId}`)).body;
    expect(launch).toMatchObject({ status: 'completed', figures: { sent: 5, unsubscribed: 1 } });
    expect(await eventNames(launchId)).toEqual(['marketing_launch.launched', 'marketing_launch.completed']);
    // The partner's list now holds the address; its contacts page shows it.
    const contacts = await pa.get(`/api/v1/marketing-audiences/${audienceId}/contacts`);
    expect(contacts.body.data.find((c: { email: string }) => c.email === 'mallory@evil.example')).toMatchObject({
      consent: 'unsubscribed',
      suppressed: true,
    });
  });

  it('a landing page form creates a lead for the partner, linked to the launch; bad input is a 4xx', async () => {
    const pa = await user('partnerAdminA');
    const token = landingPath.slice('/m/'.length);
    const page = await t.request('GET', `/api/v1/marketing/landing/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ partnerName: t.world.partnerA.name, vendorName: 'Lumen', cta: 'Save my seat', open: true });
    expect((await t.request('GET', '/api/v1/marketing/landing/nope')).status).toBe(404);
    const nul = await t.request('POST', `/api/v1/marketing/landing/${token}/submissions`, {
      body: { name: 'A\u0000', email: 'dee@initech.example', company: 'Initech' },
    });
    expect(nul.status).toBe(422);
    expect(nul.body.errors[0].path).toBe('name');
    const huge = await t.request('POST', `/api/v1/marketing/landing/${token}/submissions`, {
      body: { name: 'Dee', email: 'dee@initech.example', company: 'x'.repeat(5000) },
    });
    expect(huge.status).toBe(422);
    const sent = await t.request('POST', `/api/v1/marketing/landing/${token}/submissions`, {
      body: { name: 'Dee Ray', email: 'Dee@Initech.example', company: 'Initech' },
    });
    expect(sent.status).toBe(202);
    const bot = await t.request('POST', `/api/v1/marketing/landing/${token}/submissions`, {
      body: { name: 'Bot', email: 'bot@spam.example', company: 'Spam', website: 'http://spam.example' },
    });
    expect(bot.status).toBe(202);

    const launch = (await pa.get(`/api/v1/marketing-launches/${launchId}`)).body;
    expect(launch.figures).toMatchObject({ leads: 1, visits: 1 });
    const link = await withTx(t.system(), (c) =>
      c.tx.execute(
        sql`select l.partner_id, l.contact_email, l.source, ml.id from marketing_leads ml join leads l on l.id = ml.lead_id`,
      ),
    );
    expect(link.rows).toEqual([
      expect.objectContaining({ partner_id: t.world.partnerA.id, contact_email: 'dee@initech.example', source: 'marketing' }),
    ]);
    expect(await eventNames((link.rows[0] as { id: string }).id)).toEqual(['marketing_lead.captured']);
    const metrics = await withTx(t.system(), async (c) => {
      const def = (await loadMetrics()).get('marketing.leads_90d');
      return def?.compute(c, [t.world.partnerA.id, t.world.partnerB.id], new Date());
    });
    expect(metrics?.get(t.world.partnerA.id)).toBe(1);
    expect(metrics?.has(t.world.partnerB.id)).toBe(false);
    const summary = await pa.get('/api/v1/marketing/summary');
    expect(summary.body).toMatchObject({ partnerId: t.world.partnerA.id, launches: 2, sent: 7, leads: 1, leads90d: 1 });
    expect((await (await user('partnerAdminB')).get('/api/v1/marketing/summary')).body).toMatchObject({ launches: 1, leads: 0 });
  });

  it('pipeline per launch: its leads, the opportunities they became, open pipeline and won revenue in the reporting currency; the kit sums its launches', async () => {
    const pa = await user('partnerAdminA');
    const pb = await user('partnerAdminB');
    const pm = await user('pm');
    const admin = await user('admin');
    const token = landingPath.slice('/m/'.length);
    await upsertRates(t.system(), [{ currency: 'EUR', date: '2026-01-01', rate: '1.10' }]);
    expect(
      (
        await t.request('POST', `/api/v1/marketing/landing/${token}/submissions`, {
          body: { name: 'Ola Nordmann', email: 'ola@fjord.example', company: 'Fjord AS' },
        })
      ).status,
    ).toBe(202);
    const before = (await pa.get(`/api/v1/marketing-launches/${launchId}`)).body;
    expect(before.results).toMatchObject({
      leads: 2,
      convertedLeads: 0,
      opportunities: 0,
      pipeline: { amount: 0, currency: 'USD' },
    });
    expect(before.leads.map((l: { company: string }) => l.company).sort()).toEqual(['Fjord AS', 'Initech']);
    const leadOf = (company: string) => before.leads.find((l: { company: string }) => l.company === company).leadId as string;
    // The partner works both leads: one becomes an opportunity in euros, the other is won in dollars.
    const estimates: [string, object][] = [
      ['Initech', { amount: 4_500_000, currency: 'EUR', closeDate: '2027-06-30' }],
      ['Fjord AS', { amount: 1_000_000, currency: 'USD', closeDate: '2027-03-31' }],
    ];
    const opportunityOf = new Map<string, string>();
    for (const [company, estimate] of estimates) {
      expect((await pa.post(`/api/v1/leads/${leadOf(company)}/accept`)).status).toBe(200);
      expect((await pa.post(`/api/v1/leads/${leadOf(company)}/convert`, estimate)).status).toBe(200);
      const linked = await eventually(
        () => pm.get(`/api/v1/leads/${leadOf(company)}`),
        (r) => typeof r.body.opportunityId === 'string',
      );
      opportunityOf.set(company, linked.body.opportunityId);
    }
    const won = await admin.patch(`/api/v1/opportunities/${opportunityOf.get('Fjord AS')}`, { stage: 'closed_won' });
    expect(won.status).toBe(200);

    const expected = {
      reportingCurrency: 'USD',
      leads: 2,
      convertedLeads: 2,
      opportunities: 2,
      openOpportunities: 1,
      wonOpportunities: 1,
      pipeline: { amount: 4_950_000, currency: 'USD' },
      won: { amount: 1_000_000, currency: 'USD' },
    };
    const portal = (await pa.get(`/api/v1/marketing-launches/${launchId}`)).body;
    expect(portal.results).toMatchObject(expected);
    expect(portal.leads.find((l: { company: string }) => l.company === 'Fjord AS')).toMatchObject({
      leadStatus: 'converted',
      opportunity: { id: opportunityOf.get('Fjord AS'), stage: 'closed_won', amount: { amount: 1_000_000, currency: 'USD' } },
    });
    const vendor = (await pm.get(`/api/v1/marketing-launches/${launchId}`)).body;
    expect(vendor.results).toEqual(portal.results);
    // The list computes the same set-based; the kit sums its launches (the others captured nothing).
    const listed = (await pm.get('/api/v1/marketing-launches', { query: { kitId, limit: 100 } })).body.data;
    expect(listed.find((l: { id: string }) => l.id === launchId).results).toEqual(portal.results);
    expect((await pm.get(`/api/v1/marketing-kits/${kitId}`)).body.results).toMatchObject(expected);
    // Lost deals are neither pipeline nor revenue.
    await admin.patch(`/api/v1/opportunities/${opportunityOf.get('Initech')}`, { stage: 'closed_lost', lostReason: 'Budget' });
    expect((await pa.get(`/api/v1/marketing-launches/${launchId}`)).body.results).toMatchObject({
      opportunities: 2,
      openOpportunities: 0,
      pipeline: { amount: 0, currency: 'USD' },
      won: { amount: 1_000_000, currency: 'USD' },
    });
    // Another partner's launch answers like a missing one.
    const other = await pb.get(`/api/v1/marketing-launches/${launchId}`);
    expect(other.status).toBe(404);
    expect((await pb.get('/api/v1/marketing-launches/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
  it('the launch list’s export carries each launch’s figures and results and each e-mail’s, for the caller’s launches only', async () => {
    const pa = await user('partnerAdminA');
    const pb = await user('partnerAdminB');
    const pm = await user('pm');
    const detail = (await pa.get(`/api/v1/marketing-launches/${launchId}`)).body;
    const res = await pm.get('/api/v1/marketing-launches/export', { query: { kitId } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows: Record<string, string>[] = parse(res.body, { columns: true, skip_empty_lines: true });
    const row = rows.find((r) => r.id === launchId);
    expect(row).toMatchObject({
      partnerName: t.world.partnerA.name,
      kitName: 'Analytics webinar',
      status: 'completed',
      'figures.contacts': '4',
      'figures.sent': '5',
      'figures.opened': '1',
      'figures.clicked': '1',
      'figures.unsubscribed': '1',
      'figures.leads': '2',
      'figures.visits': String(detail.figures.visits),
      'figures.openRate': String(detail.figures.openRate),
      'results.convertedLeads': '2',
      'results.opportunities': '2',
      'results.wonOpportunities': '1',
      'results.pipeline': '0',
      'results.won': '10000',
      'results.wonCurrency': 'USD',
      'steps.1.subject': KIT.steps[0]?.subject,
      'steps.1.sent': '3',
      'steps.1.opened': '1',
      'steps.1.clicked': '1',
      'steps.2.sent': '2',
      'steps.2.skipped': String(detail.steps[1].skipped),
      'steps.3.sent': '',
    });
    // Every figure of the detail page is in the file, launch-wide and per e-mail.
    for (const [key, value] of Object.entries(detail.figures))
      expect(row?.[`figures.${key}`]).toBe(value === null ? '' : String(value));
    for (const step of detail.steps as Record<string, unknown>[]) {
      for (const key of ['sent', 'opened', 'clicked', 'skipped'])
        expect(row?.[`steps.${step.step}.${key}`]).toBe(String(step[key]));
    }
    // A partner's file holds its own launches only; another partner's lacks this one.
    const own: Record<string, string>[] = parse((await pa.get('/api/v1/marketing-launches/export')).body, { columns: true });
    expect(own.find((r) => r.id === launchId)?.['figures.sent']).toBe('5');
    expect(own.every((r) => r.partnerId === t.world.partnerA.id)).toBe(true);
    const other: Record<string, string>[] = parse((await pb.get('/api/v1/marketing-launches/export')).body, { columns: true });
    expect(other.map((r) => r.id)).not.toContain(launchId);
    // The kit list's export sums its launches the same way.
    const kits: Record<string, string>[] = parse((await pm.get('/api/v1/marketing-kits/export')).body, { columns: true });
    expect(kits.find((k) => k.id === kitId)).toMatchObject({ 'results.leads': '2', 'results.won': '10000', 'usage.leads': '2' });
  });
});
