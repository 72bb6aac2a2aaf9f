import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { MODELS } from '../../src/modules/attribution/attribution.rules.js';
import { domainEvents } from '../../src/modules/events/events.schema.js';
import { joinProgram } from '../../src/modules/programs/memberships.service.js';
import { createProgram, createProgramTier } from '../../src/modules/programs/programs.service.js';
import { loadMetrics } from '../../src/server/module.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD } from '../support/world.js';

let t: SeededApp;
let C: string;
const deal: Record<'d1' | 'd2' | 'open' | 'gbp' | 'bOnly', string> = { d1: '', d2: '', open: '', gbp: '', bOnly: '' };
const u = Date.now().toString(36);
const H1 = { from: '2026-01-01', to: '2026-06-30' };

async function makeDeal(
  title: string,
  amount: number,
  currency: string,
  stage: string,
  closeDate: string,
  touches: [string, string, string][],
): Promise<string> {
  const pm = await t.asUser('partner_manager');
  const created = await pm.POST('/api/v1/opportunities', {
    body: {
      title: `${title} ${u}`,
      customer: { name: `${title} customer ${u}`, domain: `${title.toLowerCase().replaceAll(' ', '-')}-${u}.example` },
      amount,
      currency,
      stage: stage as never,
      closeDate,
    },
  });
  expect(created.response.status, JSON.stringify(created.error)).toBe(201);
  const id = created.data?.id ?? '';
  for (const [partnerId, role, day] of touches) {
    const touched = await pm.POST('/api/v1/opportunities/{id}/touches', {
      params: { path: { id } },
      body: { partnerId, role: role as never, occurredAt: `${day}T10:00:00Z` },
    });
    expect(touched.response.status, JSON.stringify(touched.error)).toBe(201);
  }
  return id;
}

beforeAll(async () => {
  t = await createSeededApp();
  const { partnerA: A, partnerB: B } = t.world;
  const pm = await t.asUser('partner_manager');
  const c = await pm.POST('/api/v1/partners', { body: { name: `Attribution third ${u}`, motion: 'channel' } });
  C = c.data?.id ?? '';
  const finance = await t.asUser('finance');
  const rates = await finance.PUT('/api/v1/fx-rates', {
    body: {
      rates: [
        { currency: 'EUR', date: '2026-01-01', rate: '1.1' },
        { currency: 'EUR', date: '2026-03-01', rate: '1.2' },
      ],
    },
  });
  expect(rates.response.status).toBe(200);
  deal.d1 = await makeDeal('Euro deal', 10_000, 'EUR', 'closed_won', '2026-02-15', [
    [A.id, 'sourced', '2026-01-05'],
    [B.id, 'technical', '2026-01-20'],
    [C, 'co_sell', '2026-02-10'],
  ]);
  deal.d2 = await makeDeal('Dollar deal', 100_001, 'USD', 'closed_won', '2026-04-10', [
    [A.id, 'co_sell', '2026-03-01'],
    [B.id, 'co_sell', '2026-04-01'],
  ]);
  deal.open = await makeDeal('Open deal', 5_000_000, 'USD', 'prospecting', '2027-02-01', [[A.id, 'co_sell', '2026-05-01']]);
  deal.gbp = await makeDeal('Pound deal', 50_000, 'GBP', 'closed_won', '2026-05-01', [[B.id, 'referral', '2026-04-20']]);
  deal.bOnly = await makeDeal('B only deal', 7_000, 'USD', 'closed_won', '2025-11-10', [[B.id, 'sourced', '2025-10-01']]);
});
afterAll(async () => t?.close());

type Line = { partnerId: string; credited: { amount: number; currency: string }; opportunities: number };
const lineOf = (data: Line[] | undefined, id: string) => data?.find((l) => l.partnerId === id);

async function report(model: string, range = H1, extra: Record<string, string> = {}) {
  const admin = await t.asUser('admin');
  const res = await admin.GET('/api/v1/attribution', { params: { query: { ...range, model: model as never, ...extra } } });
  expect(res.response.status, JSON.stringify(res.error)).toBe(200);
  return res.data;
}

describe('attribution', () => {
  it('credits each model per partner in the reporting currency at the close date’s rate, exactly', async () => {
    const { partnerA: A, partnerB: B } = t.world;
    const linear = await report('linear');
    // D1: 100.00 EUR at 1.1 (the rate of 2026-01-01, the latest on or before its close) = 110.00 USD in thirds;
    // D2: 1,000.01 USD in halves; the largest remainder goes to the earlier partner.
    expect(lineOf(linear?.data, A.id)).toMatchObject({ credited: { amount: 3_667 + 50_001, currency: 'USD' }, opportunities: 2 });
    expect(lineOf(linear?.data, B.id)).toMatchObject({ credited: { amount: 3_667 + 50_000, currency: 'USD' }, opportunities: 2 });
    expect(lineOf(linear?.data, C)).toMatchObject({ credited: { amount: 3_666, currency: 'USD' }, opportunities: 1 });
    expect(Object.keys(linear ?? {})).not.toContain('total');
    // The pound deal has no rate: listed, not guessed.
    expect(linear?.unconverted.map((d) => d.opportunityId)).toEqual([deal.gbp]);

    expect(lineOf((await report('sourced'))?.data, A.id)?.credited.amount).toBe(11_000);
    expect(lineOf((await report('sourced'))?.data, B.id)).toBeUndefined();
    const position = await report('position_based');
    expect([A.id, B.id, C].map((id) => lineOf(position?.data, id)?.credited.amount)).toEqual([
      4_400 + 50_001,
      2_200 + 50_000,
      4_400,
    ]);
    const first = await report('first_touch');
    expect([A.id, B.id, C].map((id) => lineOf(first?.data, id)?.credited.amount ?? 0)).toEqual([11_000 + 100_001, 0, 0]);
    const last = await report('last_touch');
    expect([A.id, B.id, C].map((id) => lineOf(last?.data, id)?.credited.amount ?? 0)).toEqual([0, 100_001, 11_000]);
  });

  it('the portfolio (SQL) and each deal’s explanation (the rule) agree, and a deal’s credits add up to it exactly', async () => {
    const admin = await t.asUser('admin');
    const finance = await t.asUser('finance');
    const policy = await finance.POST('/api/v1/attribution-policies', {
      body: { name: `Sixty thirty ten ${u}`, roleWeights: { sourced: 60, co_sell: 30, technical: 10 } },
    });
    expect(policy.response.status).toBe(201);
    const policyId = policy.data?.id ?? '';
    for (const model of MODELS) {
      const extra: Record<string, string> = model === 'custom' ? { policyId } : { halfLifeDays: '30' };
      const portfolio = await report(model, H1, extra);
      const perPartner = new Map<string, number>();
      for (const id of [deal.d1, deal.d2]) {
        const one = await admin.GET('/api/v1/opportunities/{id}/attribution', {
          params: { path: { id }, query: { model, ...extra } as never },
        });
        expect(one.response.status).toBe(200);
        const lines = one.data?.lines ?? [];
        const total = lines.reduce((s, l) => s + (l.reportingCredit?.amount ?? 0), 0);
        expect(total, `${model} on ${id}`).toBe(lines.length ? one.data?.reporting?.amount : 0);
        expect(lines.reduce((s, l) => s + (l.credit?.amount ?? 0), 0)).toBe(lines.length ? one.data?.amount?.amount : 0);
        for (const l of lines) perPartner.set(l.partnerId, (perPartner.get(l.partnerId) ?? 0) + (l.reportingCredit?.amount ?? 0));
      }
      for (const [partnerId, amount] of perPartner) {
        const got = lineOf(portfolio?.data, partnerId)?.credited.amount ?? 0;
        // Time decay's float weights may round a remainder differently in SQL and JavaScript: one unit at most.
        if (model === 'time_decay') expect(Math.abs(got - amount), `${model} ${partnerId}`).toBeLessThanOrEqual(1);
        else expect(got, `${model} ${partnerId}`).toBe(amount);
      }
    }
    // The custom policy on D1: sourced 60, technical 10, co-sell 30 of 110.00 USD.
    const custom = await report('custom', { from: '2026-02-01', to: '2026-02-28' }, { policyId });
    expect([t.world.partnerA.id, t.world.partnerB.id, C].map((id) => lineOf(custom?.data, id)?.credited.amount)).toEqual([
      6_600, 1_100, 3_300,
    ]);
    // Why: time decay lists each touch with its weight.
    const why = await admin.GET('/api/v1/opportunities/{id}/attribution', {
      params: { path: { id: deal.d1 }, query: { model: 'time_decay', halfLifeDays: 36 } },
    });
    const c = why.data?.lines.find((l) => l.partnerId === C);
    expect(c?.touches).toEqual([{ role: 'co_sell', occurredAt: '2026-02-10T10:00:00.000Z', weight: 2 ** (-5 / 36) }]);
    // An open deal shows what it would credit as it stands.
    const open = await admin.GET('/api/v1/opportunities/{id}/attribution', {
      params: { path: { id: deal.open }, query: { model: 'linear' } },
    });
    expect(open.data).toMatchObject({ won: false, lines: [{ partnerId: t.world.partnerA.id, share: 1 }] });
  });

  it('the influenced view gives each partner the whole of every deal it touched, with no total', async () => {
    const pm = await t.asUser('partner_manager');
    const res = await pm.GET('/api/v1/attribution/influenced', { params: { query: H1 } });
    expect(res.response.status).toBe(200);
    const of = (id: string) => res.data?.data.find((l) => l.partnerId === id);
    expect(of(t.world.partnerA.id)).toMatchObject({ influenced: { amount: 111_001, currency: 'USD' }, opportunities: 2 });
    expect(of(t.world.partnerB.id)).toMatchObject({ influenced: { amount: 111_001 }, opportunities: 2 });
    expect(of(C)).toMatchObject({ influenced: { amount: 11_000 }, opportunities: 1 });
    expect(Object.keys(res.data ?? {}).sort()).toEqual(['currency', 'data', 'from', 'lockedPeriods', 'to', 'unconverted']);
  });

  it('a partner sees only its own credit, never another partner’s line or deal', async () => {
    const { partnerA: A, partnerB: B } = t.world;
    const vendor = await report('linear');
    for (const role of ['partner_admin', 'partner_user'] as const) {
      const b = await t.asUser(role, 'B');
      const mine = await b.GET('/api/v1/attribution', { params: { query: { ...H1, model: 'linear' } } });
      expect(mine.response.status).toBe(200);
      expect(mine.data?.data).toEqual([lineOf(vendor?.data, B.id)]);
      const influenced = await b.GET('/api/v1/attribution/influenced', { params: { query: H1 } });
      expect(influenced.data?.data.map((l) => l.partnerId)).toEqual([B.id]);
      const one = await b.GET('/api/v1/opportunities/{id}/attribution', {
        params: { path: { id: deal.d1 }, query: { model: 'linear' } },
      });
      expect(one.data?.lines.map((l) => l.partnerId)).toEqual([B.id]);
      expect(one.data?.lines[0]?.reportingCredit?.amount).toBe(3_667);
      expect(JSON.stringify(one.data)).not.toContain(A.id);
      expect(JSON.stringify(one.data)).not.toContain(C);
    }
    // A's people: B's own deal answers exactly like a missing one.
    const a = await t.asUser('partner_admin', 'A');
    const hidden = await a.GET('/api/v1/opportunities/{id}/attribution', { params: { path: { id: deal.bOnly } } });
    expect(hidden.response.status).toBe(404);
    const missing = await a.GET('/api/v1/opportunities/{id}/attribution', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
    expect({ ...hidden.error, requestId: null }).toEqual({ ...missing.error, requestId: null });
    const sourcedA = await a.GET('/api/v1/attribution', {
      params: { query: { from: '2025-01-01', to: '2026-12-31', model: 'sourced' } },
    });
    expect(sourcedA.data?.data.map((l) => [l.partnerId, l.credited.amount])).toEqual([[A.id, 11_000]]);
  });

  it('a locked quarter stops moving: later touches and FX rates change nothing until it is unlocked', async () => {
    const finance = await t.asUser('finance');
    const pm = await t.asUser('partner_manager');
    const q1 = { from: '2026-01-01', to: '2026-03-31' };
    const before = await report('last_touch', q1);
    expect(lineOf(before?.data, C)?.credited.amount).toBe(11_000);

    const locked = await finance.POST('/api/v1/attribution-periods', { body: { period: '2026-Q1' } });
    expect(locked.response.status, JSON.stringify(locked.error)).toBe(201);
    expect(locked.data).toMatchObject({
      period: '2026-Q1',
      status: 'locked',
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
      opportunities: 1,
    });

    // History moves underneath: a later touch by B, and a corrected rate for the deal's date.
    const touched = await pm.POST('/api/v1/opportunities/{id}/touches', {
      params: { path: { id: deal.d1 } },
      body: { partnerId: t.world.partnerB.id, role: 'co_sell', occurredAt: '2026-02-12T09:00:00Z' },
    });
    expect(touched.response.status).toBe(201);
    await finance.PUT('/api/v1/fx-rates', { body: { rates: [{ currency: 'EUR', date: '2026-02-01', rate: '2' }] } });

    const frozen = await report('last_touch', q1);
    expect(frozen?.data).toEqual(before?.data);
    expect(frozen?.lockedPeriods).toEqual(['2026-Q1']);
    const one = await pm.GET('/api/v1/opportunities/{id}/attribution', {
      params: { path: { id: deal.d1 }, query: { model: 'last_touch' } },
    });
    expect(one.data).toMatchObject({ lockedPeriod: '2026-Q1', reporting: { amount: 11_000 }, lines: [{ partnerId: C }] });

    // Locks: not twice, not an overlapping month, not an open quarter, not nonsense.
    expect((await finance.POST('/api/v1/attribution-periods', { body: { period: '2026-Q1' } })).error).toMatchObject({
      status: 409,
      errors: [{ path: 'period' }],
    });
    expect((await finance.POST('/api/v1/attribution-periods', { body: { period: '2026-02' } })).error).toMatchObject({
      status: 409,
      errors: [{ path: 'period' }],
    });
    expect((await finance.POST('/api/v1/attribution-periods', { body: { period: '2026-Q4' } })).error).toMatchObject({
      status: 422,
      errors: [{ path: 'period' }],
    });
    expect((await finance.POST('/api/v1/attribution-periods', { body: { period: 'Q1' } })).error).toMatchObject({
      status: 422,
      errors: [{ path: 'period' }],
    });
    // A partner manager may not lock.
    expect((await pm.POST('/api/v1/attribution-periods', { body: { period: '2025-Q1' } })).response.status).toBe(403);

    const id = locked.data?.id ?? '';
    const noReason = await finance.POST('/api/v1/attribution-periods/{id}/unlock', {
      params: { path: { id } },
      body: { reason: '' },
    });
    expect(noReason.response.status).toBe(422);
    expect(JSON.stringify(noReason.error)).toContain('"path":"reason"');
    const unlocked = await finance.POST('/api/v1/attribution-periods/{id}/unlock', {
      params: { path: { id } },
      body: { reason: 'Late touch recorded for February' },
    });
    expect(unlocked.data).toMatchObject({ status: 'unlocked', reason: 'Late touch recorded for February' });
    const live = await report('last_touch', q1);
    // Now B's late touch is the last one, and the deal converts at 2.0 (the rate of 2026-02-01).
    expect(lineOf(live?.data, t.world.partnerB.id)?.credited.amount).toBe(20_000);
    expect(lineOf(live?.data, C)).toBeUndefined();
    expect(live?.lockedPeriods).toEqual([]);

    const events = await withTx(t.system(), ({ tx }) =>
      tx
        .select({ name: domainEvents.name })
        .from(domainEvents)
        .where(
          and(
            eq(domainEvents.entityId, id),
            inArray(domainEvents.name, ['attribution_period.locked', 'attribution_period.unlocked']),
          ),
        ),
    );
    expect(events.map((e) => e.name).sort()).toEqual(['attribution_period.locked', 'attribution_period.unlocked']);
    const periods = await finance.GET('/api/v1/attribution-periods');
    expect(periods.data?.data.find((p) => p.id === id)?.can).toEqual({ unlock: false, lock: true });
  });

  it('filters the partners by program, tier, segment, region and country, for credited and influenced revenue alike', async () => {
    const { partnerA: A, partnerB: B } = t.world;
    const sys = t.system();
    const program = await createProgram(sys, {
      name: `Attribution program ${u}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 10 },
    });
    const tier = await createProgramTier(sys, program.id, { name: 'Gold', rank: 1, benefits: {} });
    await joinProgram(sys, C, { programId: program.id, tierId: tier.id });
    await joinProgram(sys, B.id, { programId: program.id });
    const admin = await t.asUser('admin');
    const patched = await admin.PATCH('/api/v1/partners/{id}', {
      params: { path: { id: C } },
      body: { segment: 'Mid-market', regions: ['europe', 'asia_pacific'], country: 'DE' },
    });
    expect(patched.response.status, JSON.stringify(patched.error)).toBe(200);
    await admin.PATCH('/api/v1/partners/{id}', {
      params: { path: { id: B.id } },
      body: { segment: 'Enterprise', regions: ['north_america'], country: 'US' },
    });
    const ids = async (query: Record<string, string | string[]>) => {
      const credited = await admin.GET('/api/v1/attribution', {
        params: { query: { ...H1, model: 'linear', ...query } as never },
      });
      const influenced = await admin.GET('/api/v1/attribution/influenced', { params: { query: { ...H1, ...query } as never } });
      expect(credited.response.status, JSON.stringify(credited.error)).toBe(200);
      const mine = (rows: { partnerId: string }[] | undefined) =>
        (rows ?? [])
          .map((r) => r.partnerId)
          .filter((id) => [A.id, B.id, C].includes(id))
          .sort();
      expect(mine(influenced.data?.data)).toEqual(mine(credited.data?.data));
      return mine(credited.data?.data);
    };
    expect(await ids({})).toEqual([A.id, B.id, C].sort());
    expect(await ids({ programId: program.id })).toEqual([B.id, C].sort());
    expect(await ids({ tierId: tier.id })).toEqual([C]);
    // A partner's own tier counts too (A is Gold in the world's default tier).
    expect(await ids({ tierId: [tier.id, t.world.tierId] })).toEqual([A.id, C].sort());
    expect(await ids({ segment: 'mid-market' })).toEqual([C]);
    expect(await ids({ segment: ['Mid-market', 'Enterprise'] })).toEqual([B.id, C].sort());
    expect(await ids({ region: 'asia_pacific' })).toEqual([C]);
    expect(await ids({ region: 'north_america,europe' })).toEqual([B.id, C].sort());
    expect(await ids({ country: 'us' })).toEqual([B.id]);
    // The filters add up: in the program and in North America.
    expect(await ids({ programId: program.id, region: 'north_america' })).toEqual([B.id]);
    expect(await ids({ programId: program.id, segment: 'Nobody' })).toEqual([]);
    // A line's credit is the same filtered or not: filters choose partners, they do not re-split deals.
    const all = await report('linear');
    const some = await report('linear', H1, { segment: 'Mid-market' });
    expect(lineOf(some?.data, C)).toEqual(lineOf(all?.data, C));
  });

  it('imports custom policies from a spreadsheet: each bad cell named and nothing written, then all in one go', async () => {
    const finance = await t.login(t.world.users.finance.email, PASSWORD);
    const post = (csv: string, dryRun = false) =>
      t.request('POST', '/api/v1/imports/attribution-policies', {
        cookie: finance.cookie,
        query: { dryRun: String(dryRun) },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': finance.csrfToken },
        body: csv,
      });
    const taken = `Sixty thirty ten ${u}`; // made by the test above
    const bad = [
      'Policy name,Sourced weight,Co-sell,Technical,Referral',
      `${taken},50,50,,`,
      `Nothing ${u},0,,,`,
      `Too much ${u},150,,,`,
      `Twice ${u},10,,,`,
      `twice ${u},20,,,`,
    ].join('\n');
    const refused = await post(bad);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:name',
      '3:sourced',
      '4:sourced',
      '6:name',
    ]);
    const good = ['Policy,Sourced,Co-sell,Technical,Delivery', `Partner-led ${u},50,30,15,5%`, `Co-sell first ${u},20,80,,`].join(
      '\n',
    );
    expect((await post(good, true)).body).toMatchObject({ rows: 2, errors: [] });
    expect((await post(good)).status).toBe(200);
    const policies = (await finance.get('/api/v1/attribution-policies')).body.data as { name: string; roleWeights: object }[];
    expect(policies.find((p) => p.name === `Partner-led ${u}`)?.roleWeights).toEqual({
      sourced: 50,
      co_sell: 30,
      technical: 15,
      delivery: 5,
    });
    expect(policies.find((p) => p.name === `Co-sell first ${u}`)?.roleWeights).toEqual({ sourced: 20, co_sell: 80 });
    const ids = (policies as unknown as { id: string; name: string }[])
      .filter((p) => p.name.endsWith(u) && p.name !== taken)
      .map((p) => p.id);
    const events = await withTx(t.system(), ({ tx }) =>
      tx
        .select()
        .from(domainEvents)
        .where(and(eq(domainEvents.name, 'attribution_policy.created'), inArray(domainEvents.entityId, ids))),
    );
    expect(events).toHaveLength(2);
    // Partner managers do not set policies.
    const pm = await t.login(t.world.users.pm.email, PASSWORD);
    const refusedPm = await t.request('POST', '/api/v1/imports/attribution-policies', {
      cookie: pm.cookie,
      query: { dryRun: 'true' },
      headers: { 'content-type': 'text/csv', 'x-csrf-token': pm.csrfToken },
      body: good,
    });
    expect(refusedPm.status).toBe(403);
  });

  it('answers bad input with 4xx naming the field', async () => {
    const admin = await t.asUser('admin');
    const cases: [Record<string, string>, string][] = [
      [{ ...H1, model: 'magic' }, 'model'],
      [{ from: '2026-06-30', to: '2026-01-01' }, 'from'],
      [{ from: '2026-13-01', to: '2026-12-31' }, 'from'],
      [{ from: '2026-01-01' }, 'to'],
      [{ ...H1, model: 'custom' }, 'policyId'],
      [{ ...H1, model: 'custom', policyId: '00000000-0000-4000-8000-000000000000' }, 'policyId'],
      [{ ...H1, model: 'time_decay', halfLifeDays: '0' }, 'halfLifeDays'],
      [{ ...H1, region: 'atlantis' }, 'region'],
      [{ ...H1, country: 'Germany' }, 'country'],
      [{ ...H1, programId: 'reseller' }, 'programId'],
      [{ ...H1, tierId: 'gold' }, 'tierId'],
    ];
    for (const [query, path] of cases) {
      const res = await admin.GET('/api/v1/attribution', { params: { query: query as never } });
      expect([400, 422], JSON.stringify(query)).toContain(res.response.status);
      expect(JSON.stringify(res.error), JSON.stringify(query)).toContain(`"path":"${path}"`);
    }
    const finance = await t.asUser('finance');
    const bad = await finance.POST('/api/v1/attribution-policies', { body: { name: 'Nothing', roleWeights: { sourced: 0 } } });
    expect(bad.error).toMatchObject({ status: 422, errors: [{ path: 'roleWeights' }] });
    const over = await finance.POST('/api/v1/attribution-policies', { body: { name: 'Over', roleWeights: { sourced: 101 } } });
    expect(JSON.stringify(over.error)).toContain('roleWeights.sourced');
    const settings = await finance.PATCH('/api/v1/attribution/settings', { body: { defaultModel: 'custom' } });
    expect(settings.error).toMatchObject({ errors: [{ path: 'defaultPolicyId' }] });
  });

  it('provides attribution.credited_t4q (default model) and attribution.influenced_t4q to the metrics registry', async () => {
    const metrics = await loadMetrics();
    const credited = metrics.get('attribution.credited_t4q');
    const influenced = metrics.get('attribution.influenced_t4q');
    if (!credited || !influenced) throw new Error('metrics missing');
    const asOf = new Date('2026-06-30T12:00:00Z');
    const ids = [t.world.partnerA.id, C];
    const [c, i] = await withTx(t.system(), async (tx) => [
      await credited.compute(tx, ids, asOf),
      await influenced.compute(tx, ids, asOf),
    ]);
    // Default model: sourced (A sourced the euro deal, 100.00 EUR at 2.0 since the rate was corrected); B is not asked for.
    expect(c.get(t.world.partnerA.id)).toBe(20_000);
    expect(c.has(C)).toBe(false);
    expect(i.get(C)).toBe(20_000);
    expect(i.has(t.world.partnerB.id)).toBe(false);
    const finance = await t.asUser('finance');
    await finance.PATCH('/api/v1/attribution/settings', { body: { defaultModel: 'first_touch' } });
    const later = await withTx(t.system(), (tx) => credited.compute(tx, 'all', asOf));
    expect(later.get(t.world.partnerA.id)).toBe(20_000 + 100_001);
    // B touched the pound deal, which no rate converts: no value rather than a partial one.
    const influencedAll = await withTx(t.system(), (tx) => influenced.compute(tx, 'all', asOf));
    expect(influencedAll.has(t.world.partnerB.id)).toBe(false);
  });
});
