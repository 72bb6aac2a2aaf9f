import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { makeTestComplianceItem } from '../../src/modules/compliance/index.js';
import { reconcileDeal } from '../../src/modules/incentives/index.js';
import { addTouch, createOpportunity } from '../../src/modules/opportunities/index.js';
import { joinProgram } from '../../src/modules/programs/index.js';
import { createProgram } from '../../src/modules/programs/programs.service.js';
import { makeTestReferralHistory } from '../../src/modules/referrals/index.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD, unique } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
let programId: string;
let partnerC: string;
let partnerD: string;
const today = () => localDateOf(new Date(), 'UTC');

beforeAll(async () => {
  t = await createSeededApp();
  const sys = t.system();
  const program = await createProgram(sys, {
    name: `Incentive test program ${unique()}`,
    kind: 'reseller',
    commercialModel: { model: 'reseller_discount', discountPercent: 10 },
  });
  programId = program.id;
  const joinedAt = new Date(Date.now() - 400 * 86_400_000);
  // Fresh partners for the ledger, so the world's partners' other tests do not disturb the sums.
  partnerC = (await makePartner(sys, t.world.users.pm.id, { name: `Sourcer ${unique()}` })).id;
  partnerD = (await makePartner(sys, t.world.users.pm.id, { name: `Co-seller ${unique()}` })).id;
  for (const p of [partnerC, partnerD, t.world.partnerA.id, t.world.partnerB.id])
    await joinProgram(sys, p, { programId, joinedAt });
}, 120_000);
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

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let last: T = await read();
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
    last = await read();
  }
  return last;
}

type Entry = {
  id: string;
  partnerId: string;
  kind: string;
  amount: { amount: number; currency: string };
  reversesId: string | null;
  rule: string;
};

async function ledgerOf(partnerId: string): Promise<Entry[]> {
  const res = await (await user('finance')).get('/api/v1/earnings', { query: { partnerId, limit: 200 } });
  expect(res.status).toBe(200);
  return res.body.data as Entry[];
}

async function wonDeal(input: { amount: number; products: string[]; sourced?: string; coSell?: string[]; closeDate?: string }) {
  const sys = t.system();
  const u = unique();
  const opp = await createOpportunity(sys, {
    title: `Incentive deal ${u}`,
    customer: { name: `Customer ${u}`, domain: `customer-${u}.example` },
    amount: input.amount,
    currency: 'USD',
    stage: 'negotiation',
    closeDate: input.closeDate ?? today(),
    products: input.products,
    ...(input.sourced ? { partner: { partnerId: input.sourced, role: 'sourced' as const } } : {}),
  });
  for (const p of input.coSell ?? [])
    await addTouch(sys, opp.id, { partnerId: p, role: 'co_sell', occurredAt: new Date(Date.now() - 3_600_000) });
  const moved = await (await user('admin')).patch(`/api/v1/opportunities/${opp.id}`, { stage: 'closed_won' });
  expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  return opp.id;
}

async function countOf(query: SQL): Promise<number> {
  const result = await withTx(t.system(), (c) => c.tx.execute<{ n: number }>(query));
  return Number(result.rows[0]?.n);
}

const sum = (entries: Entry[]) => entries.reduce((s, e) => s + e.amount.amount, 0);

describe('incentive plans', () => {
  it('versions of a program and kind never overlap; bad terms are refused naming the field', async () => {
    const pm = await user('pm');
    const base = { programId, currency: 'USD', effectiveFrom: addDays(today(), -365) };
    const old = await pm.post('/api/v1/incentive-plans', {
      ...base,
      kind: 'commission',
      name: 'Commission 2025 (50%)',
      config: { kind: 'commission', rateBps: 5000 },
      effectiveTo: addDays(today(), -31),
    });
    expect(old.status, JSON.stringify(old.body)).toBe(201);
    const current = await pm.post('/api/v1/incentive-plans', {
      ...base,
      effectiveFrom: addDays(today(), -30),
      kind: 'commission',
      name: 'Commission (10%, Platform 15%)',
      config: { kind: 'commission', rateBps: 1000, productRates: [{ product: 'Platform', rateBps: 1500 }] },
    });
    expect(current.status).toBe(201);
    const clash = await pm.post('/api/v1/incentive-plans', {
      ...base,
      effectiveFrom: addDays(today(), -40),
      effectiveTo: addDays(today(), -35),
      kind: 'commission',
      name: 'Overlapping',
      config: { kind: 'commission', rateBps: 100 },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.errors[0].path).toBe('effectiveFrom');
    const badRate = await pm.post('/api/v1/incentive-plans', {
      ...base,
      kind: 'revenue_share',
      name: 'x',
      config: { kind: 'revenue_share', rateBps: 12.5 },
    });
    expect(badRate.status).toBe(422);
    expect(badRate.body.errors[0].path).toBe('config.rateBps');
    const badBands = await pm.post('/api/v1/incentive-plans', {
      ...base,
      kind: 'rebate',
      name: 'x',
      config: {
        kind: 'rebate',
        measure: 'volume',
        period: 'quarter',
        currency: 'USD',
        bands: [
          { from: 100, rateBps: 100 },
          { from: 50, rateBps: 200 },
        ],
      },
    });
    expect(badBands.status).toBe(422);
    expect(badBands.body.errors[0].path).toBe('config.bands.1.from');
    expect(
      (
        await (
          await user('finance')
        ).post('/api/v1/incentive-plans', {
          ...base,
          kind: 'spiff',
          name: 'x',
          config: { kind: 'spiff', bonus: { amount: 1, currency: 'USD' } },
        })
      ).status,
    ).toBe(403);
    expect((await user('partnerAdminA').then((c) => c.get('/api/v1/incentive-plans'))).status).toBe(403);

    for (const plan of [
      {
        kind: 'spiff',
        name: 'New-logo SPIFF',
        config: { kind: 'spiff', bonus: { amount: 50_000, currency: 'USD' }, newLogoOnly: true },
      },
      {
        kind: 'rebate',
        name: 'Quarterly volume rebate',
        config: {
          kind: 'rebate',
          measure: 'volume',
          period: 'quarter',
          currency: 'USD',
          bands: [
            { from: 0, rateBps: 0 },
            { from: 500_000, rateBps: 200 },
          ],
        },
      },
    ]) {
      const res = await pm.post('/api/v1/incentive-plans', { ...base, ...plan });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
  });
});

describe('earnings ledger', () => {
  let dealId: string;

  it('a won deal accrues per entitled partner under the plans in force at its close date, split exactly, once', async () => {
    dealId = await wonDeal({ amount: 1_000_001, products: ['Platform'], sourced: partnerC, coSell: [partnerD] });
    const c = await eventually(
      () => ledgerOf(partnerC),
      (rows) => rows.length >= 3,
    );
    // Sourced 70% / co-sell 30% of 10,000.01 by largest remainder: 7,000.01 and 3,000.00.
    const byKind = (rows: Entry[], kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.amount.amount);
    expect(byKind(c, 'commission')).toEqual([105_000]); // 15% (Platform) of 700,001, rounded half up
    expect(byKind(c, 'spiff')).toEqual([50_000]); // new logo
    expect(byKind(c, 'rebate')).toEqual([14_000]); // band 2 (2%) of 700,001
    const d = await eventually(
      () => ledgerOf(partnerD),
      (rows) => rows.length >= 2,
    );
    expect(byKind(d, 'commission')).toEqual([45_000]); // 15% of 300,000
    expect(byKind(d, 'rebate')).toEqual([]); // 300,000 is below the 500,000 band
    // The old 50% version, ended before the close date, paid nothing; every entry names deal, plan and rule.
    expect(c.every((e) => !e.rule.includes('50%'))).toBe(true);
    const one = await (await user('finance')).get(`/api/v1/earnings/${c[0]?.id}`);
    expect(one.body).toMatchObject({ opportunityId: dealId, planName: expect.any(String), status: 'pending' });

    // The same event delivered again, even 8 times at once, accrues nothing more.
    const before = (await ledgerOf(partnerC)).length + (await ledgerOf(partnerD)).length;
    await Promise.all(Array.from({ length: 8 }, () => reconcileDeal(t.system(), dealId)));
    expect((await ledgerOf(partnerC)).length + (await ledgerOf(partnerD)).length).toBe(before);
  });

  it('a second deal that crosses a band trues up the whole period', async () => {
    await wonDeal({ amount: 300_000, products: [], coSell: [partnerD] });
    const d = await eventually(
      () => ledgerOf(partnerD),
      (rows) => rows.some((r) => r.kind === 'rebate'),
    );
    // 600,000 credited this quarter at 2%, from the first unit.
    expect(d.filter((r) => r.kind === 'rebate').map((r) => r.amount.amount)).toEqual([12_000]);
    expect(d.filter((r) => r.kind === 'spiff')).toHaveLength(2);
  });

  it('partners see only their own earnings; another partner’s entry answers as a missing one', async () => {
    const sys = t.system();
    const a = await (await user('admin')).post('/api/v1/earnings/adjustments', {
      partnerId: t.world.partnerA.id,
      amount: { amount: 1234, currency: 'USD' },
      reason: 'Goodwill bonus',
    });
    expect(a.status).toBe(201);
    const b = await (await user('finance')).post('/api/v1/earnings/adjustments', {
      partnerId: t.world.partnerB.id,
      amount: { amount: 999, currency: 'USD' },
      reason: 'Correction',
    });
    expect(b.status).toBe(201);
    const partnerB = await user('partnerUserB');
    const list = await partnerB.get('/api/v1/earnings', { query: { partnerId: t.world.partnerA.id } });
    expect(list.status).toBe(200);
    expect(list.body.data.every((e: Entry) => e.partnerId === t.world.partnerB.id)).toBe(true);
    const own = await partnerB.get('/api/v1/earnings');
    expect(own.body.data.map((e: Entry) => e.id)).toContain(b.body.id);
    const theirs = await partnerB.get(`/api/v1/earnings/${a.body.id}`);
    const missing = await partnerB.get(`/api/v1/earnings/${crypto.randomUUID()}`);
    expect(theirs.status).toBe(404);
    expect([theirs.body.code, theirs.body.detail, theirs.body.errors]).toEqual([
      missing.body.code,
      missing.body.detail,
      missing.body.errors,
    ]);
    const summary = await partnerB.get('/api/v1/earnings/summary', { query: { partnerId: t.world.partnerA.id } });
    expect(summary.body.partnerId, JSON.stringify(summary.body)).toBe(t.world.partnerB.id);
    expect(summary.body.currencies).toEqual([expect.objectContaining({ currency: 'USD', pending: 10_000 + 999 })]); // the world's 100.00 and this 9.99
    expect((await partnerB.post(`/api/v1/earnings/${b.body.id}/reverse`, { reason: 'x' })).status).toBe(403);
    const zero = await (await user('finance')).post('/api/v1/earnings/adjustments', {
      partnerId: t.world.partnerB.id,
      amount: { amount: 0, currency: 'USD' },
      reason: 'Nothing',
    });
    expect(zero.status).toBe(422);
    expect(zero.body.errors[0].path).toBe('amount.amount');
    void sys;
  });

  it('a deal leaving closed-won reverses what it accrued, linked to the originals; the rebate is trued down', async () => {
    const moved = await (await user('admin')).patch(`/api/v1/opportunities/${dealId}`, { stage: 'negotiation' });
    expect(moved.status).toBe(200);
    const c = await eventually(
      () => ledgerOf(partnerC),
      (rows) => rows.filter((r) => r.amount.amount < 0).length >= 3,
    );
    const negatives = c.filter((r) => r.amount.amount < 0);
    expect(
      negatives
        .filter((r) => r.reversesId)
        .map((r) => r.amount.amount)
        .sort(),
    ).toEqual([-105_000, -50_000]);
    expect(negatives.find((r) => r.kind === 'rebate')?.amount.amount).toBe(-14_000);
    expect(sum(c)).toBe(0);
    // Reversing a reversal, or an entry twice, is refused.
    const finance = await user('finance');
    const reversal = negatives.find((r) => r.reversesId);
    expect((await finance.post(`/api/v1/earnings/${reversal?.id}/reverse`, { reason: 'again' })).status).toBe(422);
    expect((await finance.post(`/api/v1/earnings/${reversal?.reversesId}/reverse`, { reason: 'again' })).status).toBe(409);
  });
});

describe('payout batches', () => {
  let secondFinance: Client;

  beforeAll(async () => {
    const other = await makeUser(t.system(), 'finance', null, 'Second Approver');
    secondFinance = await as(other.email);
  });

  it('a batch above the threshold needs two different approvers, never its creator; compliance holds a partner', async () => {
    const finance = await user('finance');
    const admin = await user('admin');
    expect(
      (await finance.patch('/api/v1/incentive-settings', { approvalThreshold: { amount: 50_000, currency: 'USD' } })).status,
    ).toBe(200);
    expect(
      (await finance.patch('/api/v1/incentive-settings', { approvalThreshold: { amount: 1, currency: 'EUR' } })).body.errors[0]
        .path,
    ).toBe('approvalThreshold.currency');
    // A new partner's payouts are blocked: a required SOC 2 report it lacks (the others have one verified).
    const lapsed = (await makePartner(t.system(), t.world.users.pm.id, { name: `Lapsed ${unique()}` })).id;
    await finance.post('/api/v1/earnings/adjustments', {
      partnerId: lapsed,
      amount: { amount: 700, currency: 'USD' },
      reason: 'Spot bonus',
    });
    const rules = await admin.put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'soc2', required: true, blocks: ['payouts'], reminderDays: [30] }],
    });
    expect(rules.status, JSON.stringify(rules.body)).toBe(200);
    for (const p of [partnerC, partnerD, t.world.partnerA.id, t.world.partnerB.id])
      await makeTestComplianceItem(t.system(), p, { status: 'verified', expiresInDays: 200 });
    try {
      // Blocked, the partner is told its money is held, not given a date it will not be paid on.
      const lapsedAdmin = await as((await makeUser(t.system(), 'partner_admin', lapsed)).email);
      const blocked = (await lapsedAdmin.get('/api/v1/earnings/summary')).body;
      expect(blocked.nextPayout).toBeNull();
      expect(blocked.held).toEqual([{ currency: 'USD', amount: 700, reason: expect.stringMatching(/SOC 2|soc2/i) }]);
      const made = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: addDays(today(), 5) });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      expect(made.body.status).toBe('draft');
      expect(made.body.approvalsRequired).toBe(2);
      const held = made.body.lines.filter((l: { held: boolean }) => l.held);
      expect(
        held.map((l: { partnerId: string }) => l.partnerId),
        JSON.stringify(made.body),
      ).toEqual([lapsed]);
      expect(held[0].heldReason).toMatch(/SOC 2|soc2/i);
      const id = made.body.id as string;
      const number = made.body.number as string;
      const inbox = async (c: Client) =>
        ((await c.get('/api/v1/me/notifications')).body.data as { kind: string; title: string }[])
          .filter((n) => n.title.includes(number))
          .map((n) => `${n.kind}: ${n.title.replace(/ \(.*\)$/, '')}`);
      // Finance and admins but its maker hear it awaits approval.
      expect(await inbox(secondFinance)).toEqual([`incentives.batch_review: Payout batch ${number} awaits approval`]);
      expect(await inbox(admin)).toEqual([`incentives.batch_review: Payout batch ${number} awaits approval`]);
      expect(await inbox(finance)).toEqual([]);

      const self = await finance.post(`/api/v1/payout-batches/${id}/approve`);
      expect(self.status).toBe(403);
      const first = await admin.post(`/api/v1/payout-batches/${id}/approve`);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({
        status: 'draft',
        approvals: [expect.objectContaining({ userId: t.world.users.admin.id })],
      });
      expect((await admin.post(`/api/v1/payout-batches/${id}/approve`)).status).toBe(409);
      expect((await finance.post(`/api/v1/payout-batches/${id}/mark-paid`, {})).status).toBe(422);
      expect(await inbox(secondFinance)).toContain(`incentives.batch_review: Payout batch ${number} needs a second approver`);
      const second = await secondFinance.post(`/api/v1/payout-batches/${id}/approve`);
      expect(second.status).toBe(200);
      expect(second.body.status).toBe('approved');
      expect(await inbox(finance)).toEqual([`incentives.batch_decision: Payout batch ${number} is approved`]);

      // 32 concurrent "mark paid" calls: one payment.
      const paid = await Promise.all(
        Array.from({ length: 32 }, () => finance.post(`/api/v1/payout-batches/${id}/mark-paid`, { paymentReference: 'WIRE-1' })),
      );
      expect(paid.map((r) => r.status)).toEqual(Array(32).fill(200));
      expect(new Set(paid.map((r) => String(r.body.paidAt)))).toHaveLength(1);
      expect(
        await countOf(sql`SELECT count(*)::int AS n FROM domain_events WHERE name = 'payout_batch.paid' AND entity_id = ${id}`),
      ).toBe(1);
      // Its approvers hear it was paid, once; the payer is not told of their own act.
      expect((await inbox(admin)).filter((n) => n.endsWith('is paid'))).toEqual([
        `incentives.batch_decision: Payout batch ${number} is paid`,
      ]);
      expect((await inbox(finance)).filter((n) => n.endsWith('is paid'))).toEqual([]);

      // The partner sees it paid; B's held amount waits.
      const forD = await (await as((await makeUser(t.system(), 'partner_admin', partnerD)).email)).get(
        '/api/v1/earnings/summary',
      );
      expect(forD.body.lastPayout).toMatchObject({ amounts: [{ amount: 80_000, currency: 'USD' }] });
      expect(forD.body.currencies[0], JSON.stringify(forD.body)).toMatchObject({
        paid: 80_000,
        pending: 0,
        reversed: 45_000 + 50_000 + 12_000,
      }); // the rebate fell below its band with the reopened deal
      const forLapsed = await (await as((await makeUser(t.system(), 'partner_admin', lapsed)).email)).get(
        '/api/v1/earnings/summary',
      );
      expect(forLapsed.body.currencies[0]).toMatchObject({ paid: 0, pending: 700 });
      // Held once, by the batch's held line; still no date.
      expect(forLapsed.body.held).toEqual([{ currency: 'USD', amount: 700, reason: expect.stringMatching(/SOC 2|soc2/i) }]);
      expect(forLapsed.body.nextPayout).toBeNull();
    } finally {
      await admin.put('/api/v1/compliance-requirements', { requirements: [] });
    }
  });

  it('32 concurrent approvals of a one-approver batch make one approval; a replayed Idempotency-Key makes no second batch', async () => {
    const finance = await user('finance');
    await finance.patch('/api/v1/incentive-settings', { approvalThreshold: { amount: 100_000_000, currency: 'USD' } });
    await finance.post('/api/v1/earnings/adjustments', {
      partnerId: partnerC,
      amount: { amount: 5000, currency: 'USD' },
      reason: 'Event bonus',
    });
    const headers = { 'idempotency-key': `batch-${unique()}` };
    const made = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: today() }, { headers });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const replay = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: today() }, { headers });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(made.body.id);
    expect(made.body.approvalsRequired).toBe(1);
    const id = made.body.id as string;
    const admin = await user('admin');
    const results = await Promise.all(Array.from({ length: 32 }, () => admin.post(`/api/v1/payout-batches/${id}/approve`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 409 || r.status === 422)).toBe(true);
    expect(await countOf(sql`SELECT count(*)::int AS n FROM payout_approvals WHERE batch_id = ${id}::uuid`)).toBe(1);
    expect(
      await countOf(sql`SELECT count(*)::int AS n FROM domain_events WHERE name = 'payout_batch.approved' AND entity_id = ${id}`),
    ).toBe(1);
    const key = { 'idempotency-key': `pay-${unique()}` };
    const pay = await finance.post(`/api/v1/payout-batches/${id}/mark-paid`, { paymentReference: 'WIRE-2' }, { headers: key });
    const again = await finance.post(`/api/v1/payout-batches/${id}/mark-paid`, { paymentReference: 'WIRE-2' }, { headers: key });
    expect([pay.status, again.status]).toEqual([200, 200]);
    expect(again.body.paidAt).toBe(pay.body.paidAt);
    // Nothing left to pay: the run is recorded with no lines; a pay date before the period end is refused.
    const empty = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: today() });
    expect(empty.status).toBe(201);
    // It takes nothing a batch already paid (on a quiet ledger it is empty).
    expect(
      await countOf(
        sql`SELECT count(*)::int AS n FROM incentive_earnings WHERE batch_id = ${empty.body.id} AND paid_at IS NOT NULL`,
      ),
    ).toBe(0);
    expect(
      await countOf(
        sql`SELECT count(*)::int AS n FROM incentive_earnings e JOIN payout_lines l ON l.batch_id = ${empty.body.id} AND l.partner_id = e.partner_id WHERE e.batch_id = ${id}`,
      ),
    ).toBe(0);
    const early = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: addDays(today(), -1) });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].path).toBe('payDate');
    expect(
      (await (await user('partnerAdminA')).post('/api/v1/payout-batches', { periodEnd: today(), payDate: today() })).status,
    ).toBe(403);
  });

  it('32 concurrent approvals of a two-approver batch by two approvers record two approvals and approve it once; a replayed key on mark paid pays nothing', async () => {
    const finance = await user('finance');
    const admin = await user('admin');
    expect(
      (await finance.patch('/api/v1/incentive-settings', { approvalThreshold: { amount: 1, currency: 'USD' } })).status,
    ).toBe(200);
    await finance.post('/api/v1/earnings/adjustments', {
      partnerId: partnerC,
      amount: { amount: 3000, currency: 'USD' },
      reason: 'Race bonus',
    });
    const made = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: today() });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.approvalsRequired).toBe(2);
    const id = made.body.id as string;
    const results = await Promise.all(
      Array.from({ length: 32 }, (_, i) => (i % 2 ? admin : secondFinance).post(`/api/v1/payout-batches/${id}/approve`)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    expect(results.every((r) => r.status === 200 || r.status === 409 || r.status === 422)).toBe(true);
    expect(await countOf(sql`SELECT count(*)::int AS n FROM payout_approvals WHERE batch_id = ${id}::uuid`)).toBe(2);
    const events = async (name: string) =>
      countOf(sql`SELECT count(*)::int AS n FROM domain_events WHERE name = ${name} AND entity_id = ${id}`);
    expect(await events('payout_batch.approval_recorded')).toBe(1);
    expect(await events('payout_batch.approved')).toBe(1);
    expect((await finance.get(`/api/v1/payout-batches/${id}`)).body.status).toBe('approved');

    const headers = { 'idempotency-key': `pay-race-${unique()}` };
    const pay = await finance.post(`/api/v1/payout-batches/${id}/mark-paid`, { paymentReference: 'WIRE-3' }, { headers });
    expect(pay.status).toBe(200);
    expect(pay.headers['idempotent-replayed']).toBeUndefined();
    const replay = await finance.post(`/api/v1/payout-batches/${id}/mark-paid`, { paymentReference: 'WIRE-3' }, { headers });
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(pay.body);
    expect(await events('payout_batch.paid')).toBe(1);
    // Its entries were paid at the one payment, and none of them sits in another batch.
    expect(
      await countOf(
        sql`SELECT count(DISTINCT paid_at)::int AS n FROM incentive_earnings WHERE batch_id = ${id}::uuid AND paid_at IS NOT NULL`,
      ),
    ).toBe(1);
    // The same key with another body is refused, not replayed.
    const other = await finance.post(`/api/v1/payout-batches/${id}/mark-paid`, { paymentReference: 'WIRE-4' }, { headers });
    expect(other.status).toBe(422);
  });

  it('per currency, accrued = paid + pending + reversed; no entry is paid twice', async () => {
    const rec = await (await user('finance')).get('/api/v1/earnings/reconciliation');
    expect(rec.status).toBe(200);
    expect(rec.body.currencies.length).toBeGreaterThan(0);
    for (const c of rec.body.currencies) {
      expect(c.accrued, c.currency).toBe(c.paid + c.pending + c.reversed);
      expect(c.balanced).toBe(true);
    }
    expect(
      await countOf(sql`SELECT count(*)::int AS n FROM incentive_earnings WHERE paid_at IS NOT NULL AND batch_id IS NULL`),
    ).toBe(0);
    // Every paid line equals the sum of the entries its batch paid for that partner and currency.
    expect(
      await countOf(sql`SELECT count(*)::int AS n FROM payout_lines l WHERE l.status = 'paid' AND l.amount <> (
        SELECT coalesce(sum(e.amount), 0) FROM incentive_earnings e WHERE e.batch_id = l.batch_id AND e.partner_id = l.partner_id AND e.currency = l.currency)`),
    ).toBe(0);
  });

  it('the partner’s statement lists periods, deals and payouts, as JSON and as a PDF', async () => {
    const partnerD1 = await as((await makeUser(t.system(), 'partner_user', partnerD)).email);
    const from = addDays(today(), -90);
    const statement = await partnerD1.get('/api/v1/earnings/statement', { query: { from, to: today() } });
    expect(statement.status).toBe(200);
    expect(statement.body.partnerId).toBe(partnerD);
    expect(statement.body.deals.length).toBe(2);
    expect(statement.body.totals[0]).toMatchObject({ currency: 'USD' });
    expect(
      JSON.stringify(statement.body.payouts) && statement.body.payouts.some((p: { status: string }) => p.status === 'paid'),
    ).toBe(true);
    const pdf = await partnerD1.get('/api/v1/earnings/statement.pdf', { query: { from, to: today() } });
    expect(pdf.status).toBe(200);
    expect(String(pdf.headers['content-type'])).toContain('application/pdf');
    expect(pdf.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const portfolio = await (await user('finance')).get('/api/v1/earnings/statement', { query: { from, to: today() } });
    expect(portfolio.body.partnerId).toBeNull();
    expect(portfolio.body.deals.length).toBeGreaterThan(statement.body.deals.length);
    const foreign = await partnerD1.get('/api/v1/earnings/statement', {
      query: { partnerId: t.world.partnerA.id, from, to: today() },
    });
    expect(foreign.body.partnerId).toBe(partnerD);
    const backwards = await partnerD1.get('/api/v1/earnings/statement', { query: { from: today(), to: from } });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].path).toBe('to');
  });
});

describe('referral commissions in the one ledger (decision 0186)', () => {
  it('an approved referral commission becomes a `referral` entry, a payout batch pays it once, the commission follows', async () => {
    const sys = t.system();
    const partnerE = (await makePartner(sys, t.world.users.pm.id, { name: `Referrer ${unique()}` })).id;
    const { commissionId } = await makeTestReferralHistory(sys, partnerE); // 10,000 USD accrued
    await makeTestComplianceItem(sys, partnerE, { status: 'verified', expiresInDays: 200 }); // whatever earlier tests require
    const finance = await user('finance');
    const admin = await user('admin');
    // Accrued but not approved: nothing owed in the ledger yet.
    expect((await ledgerOf(partnerE)).filter((e) => e.kind === 'referral')).toEqual([]);
    expect((await finance.post(`/api/v1/referral-commissions/${commissionId}/approve`)).status).toBe(200);
    const entries = await eventually(
      async () => (await ledgerOf(partnerE)).filter((e) => e.kind === 'referral'),
      (rows) => rows.length > 0,
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'referral',
      amount: { amount: 10_000, currency: 'USD' },
      referralCommissionId: commissionId,
      rule: 'Referral commission',
    });
    // A second approval is refused, and no second entry appears; there is no other way to pay it.
    expect((await finance.post(`/api/v1/referral-commissions/${commissionId}/approve`)).status).toBe(409);
    expect((await finance.post(`/api/v1/referral-commissions/${commissionId}/mark-paid`)).status).toBe(404);
    expect((await ledgerOf(partnerE)).filter((e) => e.kind === 'referral')).toHaveLength(1);

    await finance.patch('/api/v1/incentive-settings', { approvalThreshold: { amount: 100_000_000, currency: 'USD' } });
    const made = await finance.post('/api/v1/payout-batches', { periodEnd: today(), payDate: today() });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.lines).toContainEqual(
      expect.objectContaining({ partnerId: partnerE, amount: 10_000, currency: 'USD', held: false }),
    );
    expect((await admin.post(`/api/v1/payout-batches/${made.body.id}/approve`)).status).toBe(200);
    const pay = () => finance.post(`/api/v1/payout-batches/${made.body.id}/mark-paid`, { paymentReference: 'WIRE-R' });
    expect((await pay()).status).toBe(200);
    expect((await pay()).status).toBe(200); // a retry pays nothing again

    const commission = await eventually(
      async () =>
        (await finance.get('/api/v1/referral-commissions', { query: { partnerId: partnerE } })).body.data[0] as {
          status: string;
          can: Record<string, boolean>;
        },
      (row) => row?.status === 'paid',
    );
    expect(commission).toMatchObject({ status: 'paid', can: { approve: false } });
    expect(
      await countOf(
        sql`SELECT count(*)::int AS n FROM domain_events WHERE name = 'referral_commission.paid' AND entity_id = ${commissionId}`,
      ),
    ).toBe(1);
    expect(
      await countOf(
        sql`SELECT count(*)::int AS n FROM incentive_earnings WHERE key = ${`referral:${commissionId}`} AND paid_at IS NOT NULL`,
      ),
    ).toBe(1);

    // The partner's statement and summary show it: paid, nothing pending.
    const partner = await as((await makeUser(sys, 'partner_admin', partnerE)).email);
    const statement = await partner.get('/api/v1/earnings/statement', { query: { from: addDays(today(), -30), to: today() } });
    expect(statement.status).toBe(200);
    expect(statement.body.deals).toEqual([
      expect.objectContaining({ opportunityId: null, dealTitle: expect.stringMatching(/^Referred customer /), net: 10_000 }),
    ]);
    expect(statement.body.totals).toEqual([{ currency: 'USD', net: 10_000, paid: 10_000, unpaid: 0 }]);
    const summary = await partner.get('/api/v1/earnings/summary');
    expect(summary.body.currencies[0]).toMatchObject({ paid: 10_000, pending: 0 });
  });
});
