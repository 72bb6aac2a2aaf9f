import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { notifyOverdueCommitments } from '../../src/modules/business-plans/index.js';
import { simplePdf } from '../../src/modules/files/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
let smtp: TestSmtpServer;
const clients = new Map<string, Client>();
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createSeededApp({
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Lumen Partners <partners@lumen.example>' },
    workers: ['mail'],
  });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

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
const day = (offset: number) => addDays(today(), offset);

function expectStatus(res: Response, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

/** A partner owned by `pm` with its own admin and user, and a draft plan for the current year. */
async function planWithPartner(periodStart = day(-200), periodEnd = day(165)) {
  const sys = t.system();
  const partner = await makePartner(sys, t.world.users.pm.id, { types: ['isv'], motion: 'alliance' });
  const partnerAdmin = await makeUser(sys, 'partner_admin', partner.id);
  const partnerUser = await makeUser(sys, 'partner_user', partner.id);
  const pm = await user('pm');
  const created = await pm.post('/api/v1/business-plans', {
    partnerId: partner.id,
    title: `Joint plan ${partner.name}`,
    periodStart,
    periodEnd,
  });
  expectStatus(created, 201);
  return {
    partner,
    plan: created.body,
    pm,
    partnerAdmin: await as(partnerAdmin.email),
    partnerUser: await as(partnerUser.email),
    partnerUserId: partnerUser.id,
    partnerUserEmail: partnerUser.email,
  };
}

describe('joint business plans: the minimum shapes', () => {
  it('POST creates a draft plan (201); GET answers it with fulfilment per side', async () => {
    const { plan, partner, pm } = await planWithPartner();
    expect(plan).toMatchObject({
      partnerId: partner.id,
      status: 'draft',
      version: 1,
      fulfilment: { vendor: null, partner: null, asymmetry: null },
    });
    const got = await pm.get(`/api/v1/business-plans/${plan.id}`);
    expectStatus(got, 200);
    expect(got.body.fulfilment).toEqual({ vendor: null, partner: null, asymmetry: null, counted: { vendor: 0, partner: 0 } });
    expect(got.body.content.goals).toEqual([]);
  });

  it('bad input is a 422 naming the field, and nothing is saved', async () => {
    const pm = await user('pm');
    const before = await pm.get('/api/v1/business-plans', { query: { partnerId: t.world.partnerA.id } });
    const bad = await pm.post('/api/v1/business-plans', {
      partnerId: t.world.partnerA.id,
      title: 'Backwards',
      periodStart: '2027-01-31',
      periodEnd: '2026-02-01',
    });
    expectStatus(bad, 422);
    expect(bad.body.errors).toEqual([{ path: 'periodEnd', message: 'must be on or after periodStart' }]);
    const noDate = await pm.post('/api/v1/business-plans', {
      partnerId: t.world.partnerA.id,
      title: 'X',
      periodStart: 'soon',
      periodEnd: '2027-01-31',
    });
    expectStatus(noDate, 422);
    expect(noDate.body.errors[0].path).toBe('periodStart');
    const missing = await pm.post('/api/v1/business-plans', {
      partnerId: '00000000-0000-4000-8000-000000000000',
      title: 'X',
      periodStart: '2026-02-01',
      periodEnd: '2027-01-31',
    });
    expectStatus(missing, 422);
    expect(missing.body.errors[0].path).toBe('partnerId');
    const after = await pm.get('/api/v1/business-plans', { query: { partnerId: t.world.partnerA.id } });
    expect(after.body.data.length).toBe(before.body.data.length);
  });

  it('fiscal presets follow the organisation’s fiscal year', async () => {
    const res = await (await user('partnerUserA')).get('/api/v1/business-plans/periods');
    expectStatus(res, 200);
    const keys = res.body.data.map((p: { key: string }) => p.key);
    expect(keys).toEqual(['this_year', 'next_year', 'last_year', 'q1', 'q2', 'q3', 'q4']);
    const thisYear = res.body.data[0];
    expect(thisYear.start <= today() && today() <= thisYear.end).toBe(true);
  });
});

describe('commitments on both sides and the fulfilment rule', () => {
  it('a dated set of commitments gives the rule’s numbers, in the API and in the metrics', async () => {
    const { plan, partner, pm, partnerAdmin, partnerUser } = await planWithPartner();
    const add = async (side: 'vendor' | 'partner', title: string, dueDate: string, by: Client = pm) => {
      const res = await by.post(`/api/v1/business-plans/${plan.id}/commitments`, { side, title, dueDate });
      expectStatus(res, 201);
      return res.body.id as string;
    };
    // Vendor: two due later and done now (on time), one overdue then done now (late), one missed, one not yet due.
    const v1 = await add('vendor', 'Fund the joint campaign', day(10));
    const v2 = await add('vendor', 'Assign a solution architect', day(30));
    const v3 = await add('vendor', 'Publish the joint reference architecture', day(-5));
    const v4 = await add('vendor', 'Executive briefing', day(-20));
    await add('vendor', 'Co-present at the summit', day(60));
    // Partner: one done on time, one missed, one overdue and still open; added by the partner itself.
    const p1 = await add('partner', 'Certify three pre-sales engineers', day(3), partnerUser);
    const p2 = await add('partner', 'Name a sales champion', day(-30), partnerAdmin);
    await add('partner', 'Register five joint opportunities', day(-1), partnerAdmin);
    expectStatus(
      await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, { side: 'vendor', title: 'Due tomorrow', dueDate: day(1) }),
      201,
    );

    for (const id of [v1, v2, v3])
      expectStatus(await pm.patch(`/api/v1/commitments/${id}`, { status: 'done', evidence: 'Done' }), 200);
    expectStatus(await pm.patch(`/api/v1/commitments/${v4}`, { status: 'missed' }), 200);
    const done = await partnerUser.patch(`/api/v1/commitments/${p1}`, { status: 'done', evidence: 'Certificates on file' });
    expectStatus(done, 200);
    expect(done.body).toMatchObject({ status: 'done', evidence: 'Certificates on file', credit: 1 });
    expect(done.body.completedAt).not.toBeNull();
    expectStatus(await partnerAdmin.patch(`/api/v1/commitments/${p2}`, { status: 'missed' }), 200);

    // Vendor: on time 1 + 1, late 0.5, missed 0 → 2.5 / 4 = 63 (62.5 rounded); one not yet due left out
    // (and the extra one due tomorrow). Partner: 1 + 0 + 0 (overdue) → 1 / 3 = 33. Asymmetry 30.
    const got = await pm.get(`/api/v1/business-plans/${plan.id}`);
    expect(got.body.fulfilment).toEqual({ vendor: 63, partner: 33, asymmetry: 30, counted: { vendor: 4, partner: 3 } });
    const byTitle = Object.fromEntries(
      got.body.commitments.map((c: { title: string; credit: number | null }) => [c.title, c.credit]),
    );
    expect(byTitle).toMatchObject({
      'Fund the joint campaign': 1,
      'Publish the joint reference architecture': 0.5,
      'Executive briefing': 0,
      'Co-present at the summit': null,
      'Register five joint opportunities': 0,
    });

    // Not current until approved: the metrics say no current plan and no fulfilment.
    const metrics = await loadMetrics();
    const measure = async (key: string) =>
      withTx(t.system(), async (c) => (await metrics.get(key)?.compute(c, [partner.id], new Date()))?.get(partner.id) ?? null);
    expect(await measure('plans.current_plan')).toBe(0);
    expect(await measure('plans.fulfilment_vendor')).toBeNull();

    expectStatus(await pm.post(`/api/v1/business-plans/${plan.id}/propose`, {}), 200);
    const approved = await partnerAdmin.post(`/api/v1/business-plans/${plan.id}/approve`, { comment: 'Agreed at the kickoff' });
    expectStatus(approved, 200);
    expect(approved.body).toMatchObject({ status: 'approved', current: true });
    // The same numbers through the metrics port (the set-based SQL) as through the API (the pure rule).
    expect(await measure('plans.current_plan')).toBe(1);
    expect(await measure('plans.fulfilment_vendor')).toBe(63);
    expect(await measure('plans.fulfilment_partner')).toBe(33);
    expect(await measure('plans.commitment_asymmetry')).toBe(30);
    // As of a day before the plan's period, it was not current.
    const early = await withTx(t.system(), async (c) =>
      (await metrics.get('plans.current_plan')?.compute(c, [partner.id], new Date(Date.now() - 400 * 86_400_000)))?.get(
        partner.id,
      ),
    );
    expect(early).toBe(0);
    // 'all' answers every partner: those without a current plan as 0.
    const all = await withTx(t.system(), async (c) => metrics.get('plans.current_plan')?.compute(c, 'all', new Date()));
    expect(all?.get(partner.id)).toBe(1);
    expect(all?.get(t.world.partnerB.id)).toBe(0);
  });

  it('a partner updates only its own side: the vendor side is read-only to it (403), the partner side to the vendor', async () => {
    const { plan, pm, partnerAdmin, partnerUser } = await planWithPartner();
    const vendorSide = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'vendor',
      title: 'Fund MDF',
      dueDate: day(20),
    });
    const partnerSide = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'partner',
      title: 'Certify',
      dueDate: day(20),
    });
    expectStatus(vendorSide, 201);
    expectStatus(partnerSide, 201);
    const refused = await partnerAdmin.patch(`/api/v1/commitments/${vendorSide.body.id}`, { status: 'done' });
    expectStatus(refused, 403);
    expectStatus(await partnerUser.patch(`/api/v1/commitments/${vendorSide.body.id}`, { evidence: 'x' }), 403);
    expectStatus(await pm.patch(`/api/v1/commitments/${partnerSide.body.id}`, { status: 'done' }), 403);
    // Adding a vendor-side commitment from the portal is refused, naming the side.
    const addVendor = await partnerUser.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'vendor',
      title: 'x',
      dueDate: day(5),
    });
    expectStatus(addVendor, 403);
    // Nothing changed on the vendor's commitment.
    const still = await pm.get(`/api/v1/commitments/${vendorSide.body.id}`);
    expect(still.body).toMatchObject({ status: 'open', evidence: '', can: { update: true } });
    const seen = await partnerUser.get(`/api/v1/commitments/${vendorSide.body.id}`);
    expectStatus(seen, 200);
    expect(seen.body.can).toEqual({ update: false, delete: false });
    // Bad status: 422 naming it.
    const bad = await partnerUser.patch(`/api/v1/commitments/${partnerSide.body.id}`, { status: 'finished' });
    expectStatus(bad, 422);
    expect(bad.body.errors[0].path).toBe('status');
    // Evidence as a file, by its own side.
    const { payload, contentType } = multipartBody({
      filename: 'cert.pdf',
      contentType: 'application/pdf',
      bytes: simplePdf(['Cert']),
    });
    const up = await t.request('POST', `/api/v1/commitments/${partnerSide.body.id}/files`, {
      body: payload,
      cookie: partnerUser.cookie,
      headers: { 'content-type': contentType, 'x-csrf-token': partnerUser.csrfToken },
    });
    expectStatus(up, 201);
    const files = await pm.get(`/api/v1/commitments/${partnerSide.body.id}/files`);
    expect(files.body.data.map((f: { name: string }) => f.name)).toEqual(['cert.pdf']);
  });

  it('an investment commitment carries an amount (minor units + currency), versioned; bad money names the field, nothing saved', async () => {
    const { plan, pm, partnerUser } = await planWithPartner();
    const budget = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'vendor',
      title: 'Co-marketing budget',
      dueDate: day(30),
      amount: { amount: 50_000_00, currency: 'USD' },
    });
    expectStatus(budget, 201);
    expect(budget.body.amount).toEqual({ amount: 50_000_00, currency: 'USD' });
    const plain = await partnerUser.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'partner',
      title: 'Certify four engineers',
      dueDate: day(30),
    });
    expectStatus(plain, 201);
    expect(plain.body.amount).toBeNull();
    for (const [amount, path] of [
      [{ amount: 12.5, currency: 'USD' }, 'amount.amount'],
      [{ amount: -1, currency: 'USD' }, 'amount.amount'],
      [{ amount: 100, currency: 'XYZ' }, 'amount.currency'],
      [{ amount: 100 }, 'amount.currency'],
    ] as const) {
      const bad = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
        side: 'vendor',
        title: 'Bad budget',
        dueDate: day(30),
        amount,
      });
      expectStatus(bad, 422);
      expect(bad.body.errors[0].path).toBe(path);
    }
    const badPatch = await pm.patch(`/api/v1/commitments/${budget.body.id}`, { amount: { amount: '5', currency: 'EUR' } });
    expectStatus(badPatch, 422);
    expect(badPatch.body.errors[0].path).toBe('amount.amount');
    // The partner's people read the vendor's amount and may not change it.
    expectStatus(await partnerUser.patch(`/api/v1/commitments/${budget.body.id}`, { amount: null }), 403);
    const read = await pm.get(`/api/v1/business-plans/${plan.id}`);
    expect(read.body.commitments.map((c: { title: string; amount: unknown }) => [c.title, c.amount])).toEqual([
      ['Co-marketing budget', { amount: 50_000_00, currency: 'USD' }],
      ['Certify four engineers', null],
    ]);
    // Raised while a draft: a version whose diff says what the amount was and is.
    const raised = await pm.patch(`/api/v1/commitments/${budget.body.id}`, { amount: { amount: 60_000_00, currency: 'USD' } });
    expectStatus(raised, 200);
    expect(raised.body.amount).toEqual({ amount: 60_000_00, currency: 'USD' });
    const [latest] = (await pm.get(`/api/v1/business-plans/${plan.id}/versions`)).body.data;
    expect(latest.changes).toEqual([
      expect.objectContaining({
        label: 'Commitments › Co-marketing budget › Amount',
        before: { amount: 50_000_00, currency: 'USD' },
        after: { amount: 60_000_00, currency: 'USD' },
      }),
    ]);
    // Approved: what was promised stays as promised.
    expectStatus(await pm.post(`/api/v1/business-plans/${plan.id}/propose`, {}), 200);
    const lead = await as((await makeUser(t.system(), 'partner_admin', plan.partnerId)).email);
    expectStatus(await lead.post(`/api/v1/business-plans/${plan.id}/approve`, {}), 200);
    const locked = await pm.patch(`/api/v1/commitments/${budget.body.id}`, { amount: { amount: 1, currency: 'USD' } });
    expectStatus(locked, 422);
    expect(locked.body.errors[0].path).toBe('amount');
    expect((await pm.get(`/api/v1/commitments/${budget.body.id}`)).body.amount).toEqual({ amount: 60_000_00, currency: 'USD' });
    // Same amount again is no change to the promise: marking it done still works.
    expectStatus(
      await pm.patch(`/api/v1/commitments/${budget.body.id}`, {
        status: 'done',
        amount: { amount: 60_000_00, currency: 'USD' },
      }),
      200,
    );
    // The export carries it as a number in major units plus its currency.
    const csv = await pm.get('/api/v1/commitments/export', { query: { planId: plan.id, format: 'csv' } });
    expectStatus(csv, 200);
    const [header = '', ...lines] = csv.raw.body.trim().split('\n');
    expect(header.split(',')).toEqual(expect.arrayContaining(['amount', 'amountCurrency']));
    expect(lines.find((l) => l.includes('Co-marketing budget'))).toContain('60000');
  });

  it("another partner's plan and commitments answer 404, like missing ones", async () => {
    const { plan, pm } = await planWithPartner();
    const k = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'partner',
      title: 'Certify',
      dueDate: day(20),
    });
    const other = await user('partnerAdminB');
    expectStatus(await other.get(`/api/v1/business-plans/${plan.id}`), 404);
    expectStatus(await other.patch(`/api/v1/commitments/${k.body.id}`, { status: 'done' }), 404);
    expectStatus(await other.get(`/api/v1/commitments/${k.body.id}`), 404);
    expectStatus(await other.post(`/api/v1/business-plans/${plan.id}/approve`, {}), 404);
    expectStatus(await other.get(`/api/v1/business-plans/${plan.id}/versions`), 404);
    const list = await other.get('/api/v1/business-plans');
    expect(list.body.data.map((p: { id: string }) => p.id)).not.toContain(plan.id);
    const commitments = await other.get('/api/v1/commitments');
    expect(commitments.body.data.map((c: { id: string }) => c.id)).not.toContain(k.body.id);
  });
});

describe('both sides edit their own parts; every change is a version with a diff', () => {
  it('the partner edits its goals and the joint SWOT, not the vendor’s goals or the period; the history shows who changed what', async () => {
    const { plan, pm, partnerUser, partnerAdmin } = await planWithPartner();
    const goals = [
      {
        id: 'pipeline',
        side: 'joint',
        kind: 'pipeline',
        title: 'Joint pipeline',
        targetAmount: { amount: 250_000_00, currency: 'EUR' },
      },
      { id: 'wins', side: 'vendor', kind: 'joint_wins', title: 'Joint wins', targetCount: 6 },
    ];
    const v2 = await pm.patch(`/api/v1/business-plans/${plan.id}`, { content: { goals, summary: 'Mid-market ERP' } });
    expectStatus(v2, 200);
    expect(v2.body.version).toBe(2);
    const partnerGoals = [
      ...v2.body.content.goals,
      { id: 'certs', side: 'partner', kind: 'certifications', title: 'Certified engineers', targetCount: 4 },
    ];
    const v3 = await partnerUser.patch(`/api/v1/business-plans/${plan.id}`, {
      content: { goals: partnerGoals, swot: { threats: ['Hyperscaler bundles'] } },
      baseVersion: 2,
    });
    expectStatus(v3, 200);
    expect(v3.body.version).toBe(3);
    // The vendor's goal is the vendor's.
    const changedVendorGoal = partnerGoals.map((g) => (g.id === 'wins' ? { ...g, targetCount: 2 } : g));
    const refused = await partnerUser.patch(`/api/v1/business-plans/${plan.id}`, { content: { goals: changedVendorGoal } });
    expectStatus(refused, 422);
    expect(refused.body.errors).toEqual([{ path: 'goals.1', message: "is the vendor's: only the vendor changes it" }]);
    const period = await partnerAdmin.patch(`/api/v1/business-plans/${plan.id}`, { periodEnd: day(400) });
    expectStatus(period, 422);
    expect(period.body.errors[0].path).toBe('periodEnd');
    // A stale editor gets 409 instead of overwriting.
    const stale = await pm.patch(`/api/v1/business-plans/${plan.id}`, { content: { summary: 'Old' }, baseVersion: 2 });
    expectStatus(stale, 409);
    expect(stale.body.errors[0].path).toBe('baseVersion');
    // A money goal without an amount names the field.
    const noAmount = await pm.patch(`/api/v1/business-plans/${plan.id}`, {
      content: { goals: [{ id: 'rev', side: 'joint', kind: 'revenue', title: 'Revenue' }] },
    });
    expectStatus(noAmount, 422);
    expect(noAmount.body.errors[0].path).toBe('goals.0.targetAmount');

    const history = await pm.get(`/api/v1/business-plans/${plan.id}/versions`);
    expectStatus(history, 200);
    expect(history.body.data.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    const [third] = history.body.data;
    expect(third.actorSide).toBe('partner');
    expect(third.summary).toBe('Changed the goals, SWOT');
    expect(third.changes.map((c: { label: string; kind: string }) => `${c.kind} ${c.label}`)).toEqual([
      'added Goals › Certified engineers',
      'changed SWOT › Threats',
    ]);
    const diff = await partnerUser.get(`/api/v1/business-plans/${plan.id}/diff`, { query: { from: 1 } });
    expectStatus(diff, 200);
    expect(diff.body).toMatchObject({ from: 1, to: 3 });
    expect(diff.body.changes.map((c: { label: string }) => c.label)).toEqual([
      'Summary',
      'Goals › Joint pipeline',
      'Goals › Joint wins',
      'Goals › Certified engineers',
      'SWOT › Threats',
    ]);
    const noSuch = await pm.get(`/api/v1/business-plans/${plan.id}/diff`, { query: { from: 9 } });
    expectStatus(noSuch, 422);
    expect(noSuch.body.errors[0].path).toBe('from');
  });

  it('the vendor proposes, the partner’s admin approves; an approved plan is locked until reopened; commitment changes are versions too', async () => {
    const { plan, pm, partnerAdmin, partnerUser } = await planWithPartner();
    // Nothing to propose yet.
    const empty = await pm.post(`/api/v1/business-plans/${plan.id}/propose`, {});
    expectStatus(empty, 422);
    expect(empty.body.errors[0].path).toBe('goals');
    const k = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'partner',
      title: 'Certify',
      dueDate: day(20),
    });
    expectStatus(await partnerAdmin.post(`/api/v1/business-plans/${plan.id}/propose`, {}), 403);
    expectStatus(await pm.post(`/api/v1/business-plans/${plan.id}/propose`, {}), 200);
    expectStatus(await pm.post(`/api/v1/business-plans/${plan.id}/approve`, {}), 403);
    expectStatus(await partnerUser.post(`/api/v1/business-plans/${plan.id}/approve`, {}), 403);
    const proposedInbox = await partnerAdmin.get('/api/v1/me/notifications');
    expect(proposedInbox.body.data.map((n: { title: string }) => n.title)).toContain(
      `Joint business plan for your approval: ${plan.title}`,
    );
    const approved = await partnerAdmin.post(`/api/v1/business-plans/${plan.id}/approve`, {});
    expectStatus(approved, 200);
    const pmInbox = await pm.get('/api/v1/me/notifications');
    expect(pmInbox.body.data.map((n: { title: string }) => n.title)).toContain(
      `${approved.body.partnerName} approved the joint business plan ${plan.title}`,
    );
    // Locked: content edits and new commitments wait for a reopen; status changes go on.
    const locked = await pm.patch(`/api/v1/business-plans/${plan.id}`, { content: { summary: 'Changed' } });
    expectStatus(locked, 422);
    expect(locked.body.errors[0].path).toBe('status');
    expectStatus(
      await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, { side: 'vendor', title: 'Late add', dueDate: day(5) }),
      422,
    );
    const moved = await partnerUser.patch(`/api/v1/commitments/${k.body.id}`, { dueDate: day(90) });
    expectStatus(moved, 422);
    expect(moved.body.errors[0].path).toBe('dueDate');
    expectStatus(
      await partnerUser.patch(`/api/v1/commitments/${k.body.id}`, { status: 'done', evidence: 'Three certified' }),
      200,
    );
    const history = await partnerUser.get(`/api/v1/business-plans/${plan.id}/versions`);
    const [latest] = history.body.data;
    expect(latest.summary).toBe('Marked the partner\'s commitment "Certify" done');
    expect(latest.changes.map((c: { label: string; before: unknown; after: unknown }) => [c.label, c.before, c.after])).toEqual([
      ['Commitments › Certify › Status', 'open', 'done'],
      ['Commitments › Certify › Evidence', '', 'Three certified'],
    ]);
    // The partner does not reopen an approved plan; the vendor does, and it needs approving again.
    expectStatus(await partnerAdmin.post(`/api/v1/business-plans/${plan.id}/return`, {}), 422);
    const reopened = await pm.post(`/api/v1/business-plans/${plan.id}/return`, { comment: 'Adding the Q3 campaign' });
    expectStatus(reopened, 200);
    expect(reopened.body).toMatchObject({ status: 'draft', approvedAt: null, statusComment: 'Adding the Q3 campaign' });
    // Events and audit for every change.
    const events = await withTx(t.system(), (c) =>
      c.tx.execute(sql`select name from domain_events where entity_id = ${plan.id} order by occurred_at, id`),
    );
    expect(events.rows.map((r) => r.name)).toEqual([
      'business_plan.created',
      'business_plan.proposed',
      'business_plan.approved',
      'business_plan.returned',
    ]);
  });
});

describe('overdue commitments notify their owners', () => {
  it('once each, in the inbox and by e-mail; without an owner, the side’s managers', async () => {
    const { plan, pm, partnerAdmin, partnerUser, partnerUserId, partnerUserEmail, partner } = await planWithPartner();
    const owned = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'partner',
      title: `Register joint deals ${partner.id.slice(0, 6)}`,
      dueDate: day(-2),
      ownerId: partnerUserId,
    });
    expectStatus(owned, 201);
    const unowned = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'vendor',
      title: `Fund the webinar ${partner.id.slice(0, 6)}`,
      dueDate: day(-1),
    });
    expectStatus(unowned, 201);
    await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, { side: 'vendor', title: 'Not yet', dueDate: day(3) });
    // An owner from the wrong side is refused.
    const wrongOwner = await pm.post(`/api/v1/business-plans/${plan.id}/commitments`, {
      side: 'vendor',
      title: 'x',
      dueDate: day(3),
      ownerId: partnerUserId,
    });
    expectStatus(wrongOwner, 422);
    expect(wrongOwner.body.errors[0].path).toBe('ownerId');

    const first = await notifyOverdueCommitments(t.system());
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await notifyOverdueCommitments(t.system())).toBe(0);

    const titleOwned = `Overdue commitment: Register joint deals ${partner.id.slice(0, 6)}`;
    const mail = await smtp.waitFor((m) => m.subject === titleOwned);
    expect(mail.to).toEqual([partnerUserEmail]);
    const ownerInbox = await partnerUser.get('/api/v1/me/notifications');
    expect(ownerInbox.body.data.filter((n: { title: string }) => n.title === titleOwned)).toHaveLength(1);
    const pmInbox = await pm.get('/api/v1/me/notifications');
    const titles = pmInbox.body.data.map((n: { title: string }) => n.title);
    // The vendor's commitment had no owner: the partner's manager is told, once.
    expect(titles.filter((x: string) => x === `Overdue commitment: Fund the webinar ${partner.id.slice(0, 6)}`)).toHaveLength(1);
    // The partner's admin is not told about the owned one (its owner is).
    const adminInbox = await partnerAdmin.get('/api/v1/me/notifications');
    expect(adminInbox.body.data.map((n: { title: string }) => n.title)).not.toContain(titleOwned);
    // A new due date re-arms the reminder.
    await pm.patch(`/api/v1/commitments/${unowned.body.id}`, { dueDate: day(-1) });
    const moved = await pm.patch(`/api/v1/commitments/${unowned.body.id}`, { dueDate: day(-3) });
    expectStatus(moved, 200);
    expect(moved.body.overdueNotifiedAt).toBeNull();
    expect(await notifyOverdueCommitments(t.system())).toBe(1);
  });
});
