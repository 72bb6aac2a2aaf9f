import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { fitScoreSql } from '../../src/modules/partners/fit.queries.js';
import { type FitCriterion, fitOf } from '../../src/modules/partners/fit.rules.js';
import { COMPANY_SIZES, PARTNER_TYPES, REGIONS } from '../../src/modules/partners/partners.rules.js';
import { partners } from '../../src/modules/partners/partners.schema.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner } from '../support/world.js';

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

const PROFILE: FitCriterion[] = [
  { label: 'Managed service providers', attribute: 'types', values: ['msp', 'gsi'], weight: 40 },
  { label: 'Europe or North America', attribute: 'regions', values: ['europe', 'north_america'], weight: 30 },
  { label: 'Mid-sized', attribute: 'companySize', values: ['51-200', '201-1000'], weight: 20 },
  { label: 'Financial services', attribute: 'industries', values: ['Financial services'], weight: 10 },
];

async function saveProfile(criteria: FitCriterion[]) {
  const admin = await t.asUser('admin');
  const saved = await admin.PUT('/api/v1/ideal-partner-profile', { body: { criteria } });
  expect(saved.response.status).toBe(200);
  return saved.data;
}

describe('the Ideal Partner Profile and fit', () => {
  it('scores a partner 0–100 against the weighted criteria, with a reason per criterion', async () => {
    await saveProfile(PROFILE);
    const p = await makePartner(t.system(), t.world.users.pm.id, {
      types: ['msp'],
      regions: ['europe'],
      companySize: '5001+',
      industries: ['Financial services'],
    });
    const pm = await t.asUser('partner_manager');
    const fit = await pm.GET('/api/v1/partners/{id}/fit', { params: { path: { id: p.id } } });
    expect(fit.data).toEqual({
      score: 80,
      profileDefined: true,
      reasons: [
        { criterion: 'Managed service providers', attribute: 'types', weight: 40, met: true, points: 40 },
        { criterion: 'Europe or North America', attribute: 'regions', weight: 30, met: true, points: 30 },
        { criterion: 'Mid-sized', attribute: 'companySize', weight: 20, met: false, points: 0 },
        { criterion: 'Financial services', attribute: 'industries', weight: 10, met: true, points: 10 },
      ],
    });
    // The score follows the partner: growing out of "5001+" into the mid-sized band adds 20 points.
    await pm.PATCH('/api/v1/partners/{id}', { params: { path: { id: p.id } }, body: { companySize: '201-1000' } });
    expect((await pm.GET('/api/v1/partners/{id}/fit', { params: { path: { id: p.id } } })).data?.score).toBe(100);
  });

  it('sorts and filters the partners list by fit, paging without gaps or repeats', async () => {
    await saveProfile(PROFILE);
    const ids: string[] = [];
    for (const [types, regions] of [
      [['msp'], ['europe']],
      [['reseller'], ['europe']],
      [['reseller'], ['asia_pacific']],
      [['gsi'], ['latin_america']],
      [['msp'], ['north_america']],
    ] as const) {
      ids.push((await makePartner(t.system(), null, { types: [...types], regions: [...regions], tags: ['fit-test'] })).id);
    }
    const pm = await t.asUser('partner_manager');
    const seen: { id: string; score: number }[] = [];
    let cursor: string | undefined;
    do {
      const page = await pm.GET('/api/v1/partners', { params: { query: { sort: '-fit', limit: 2, cursor, q: undefined } } });
      expect(page.response.status).toBe(200);
      for (const row of page.data?.data ?? []) seen.push({ id: row.id, score: row.fit?.score ?? -1 });
      cursor = page.data?.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen.map((s) => s.id)).size).toBe(seen.length);
    const scores = seen.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(seen.filter((s) => ids.includes(s.id)).map((s) => s.score)).toEqual([70, 70, 40, 30, 0]);

    const good = await pm.GET('/api/v1/partners', { params: { query: { minFit: 60, limit: 100 } } });
    expect(good.data?.data.every((r) => (r.fit?.score ?? 0) >= 60)).toBe(true);
    expect(good.data?.data.filter((r) => ids.includes(r.id))).toHaveLength(2);
  });

  it('computes the same score in SQL as the rule, for any profile and partner', async () => {
    const created: { id: string }[] = [];
    for (let i = 0; i < 12; i += 1) {
      created.push(
        await makePartner(t.system(), null, {
          types: [PARTNER_TYPES[i % PARTNER_TYPES.length], PARTNER_TYPES[(i * 7) % PARTNER_TYPES.length]],
          regions: i % 3 === 0 ? [] : [REGIONS[i % REGIONS.length]],
          companySize: i % 4 === 0 ? null : COMPANY_SIZES[i % COMPANY_SIZES.length],
          country: i % 2 ? 'DE' : null,
          industries: i % 5 ? ['Retail'] : [],
          motion: i % 2 ? 'alliance' : 'channel',
          segment: ['', 'SMB', 'Enterprise'][i % 3],
        }),
      );
    }
    const criterion = fc.oneof(
      fc.record({
        label: fc.constant('types'),
        attribute: fc.constant('types' as const),
        values: fc.uniqueArray(fc.constantFrom(...PARTNER_TYPES), { minLength: 1, maxLength: 4 }),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        label: fc.constant('regions'),
        attribute: fc.constant('regions' as const),
        values: fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1, maxLength: 3 }),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        label: fc.constant('size'),
        attribute: fc.constant('companySize' as const),
        values: fc.uniqueArray(fc.constantFrom(...COMPANY_SIZES), { minLength: 1, maxLength: 3 }),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        label: fc.constant('country'),
        attribute: fc.constant('country' as const),
        values: fc.constantFrom(['DE'], ['FR', 'DE'], ['US']).map((v) => [...v]),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        label: fc.constant('segment'),
        attribute: fc.constant('segment' as const),
        values: fc.constantFrom(['SMB'], ['SMB', 'Enterprise']).map((v) => [...v]),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        label: fc.constant('industries'),
        attribute: fc.constant('industries' as const),
        values: fc.constantFrom(['Retail'], ['Software', 'Retail']).map((v) => [...v]),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
      fc.record({
        label: fc.constant('motion'),
        attribute: fc.constant('motion' as const),
        values: fc.constantFrom(['alliance'], ['channel']).map((v) => [...v]),
        weight: fc.integer({ min: 1, max: 100 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(criterion, { maxLength: 6 }), async (criteria) => {
        const rows = await withTx(t.system(), async (c) =>
          c.tx
            .select({ id: partners.id, score: fitScoreSql(criteria), partner: partners })
            .from(partners)
            .where(
              inArray(
                partners.id,
                created.map((p) => p.id),
              ),
            ),
        );
        expect(rows).toHaveLength(created.length);
        for (const row of rows) expect(row.score).toBe(fitOf(criteria, row.partner).score);
      }),
      { numRuns: 25 },
    );
  });

  it('is the vendor’s internal view: partner users neither see nor rank by it', async () => {
    await saveProfile(PROFILE);
    const partner = await t.asUser('partner_admin');
    const own = t.world.partnerA.id;
    const list = await partner.GET('/api/v1/partners', {});
    expect(list.response.status).toBe(200);
    expect(list.data?.data.every((row) => row.fit === undefined)).toBe(true);
    const sorted = await partner.GET('/api/v1/partners', { params: { query: { sort: '-fit' } } });
    expect(sorted.response.status).toBe(403);
    expect(sorted.error).toMatchObject({ errors: [{ path: 'sort' }] });
    const filtered = await partner.GET('/api/v1/partners', { params: { query: { minFit: 10 } } });
    expect(filtered.error).toMatchObject({ errors: [{ path: 'minFit' }] });
    expect((await partner.GET('/api/v1/partners/{id}/fit', { params: { path: { id: own } } })).response.status).toBe(403);
    expect((await partner.GET('/api/v1/ideal-partner-profile', {})).response.status).toBe(403);
  });

  it('refuses a bad profile naming the field, and keeps the one saved', async () => {
    await saveProfile(PROFILE);
    const admin = await t.asUser('admin');
    const bad = await admin.PUT('/api/v1/ideal-partner-profile', {
      body: {
        criteria: [
          { label: 'Heavy', attribute: 'types', values: ['msp'], weight: 0 },
          { label: 'Empty', attribute: 'regions', values: [], weight: 10 },
          { label: 'Twice', attribute: 'tags', values: ['a', 'a'], weight: 10 },
        ],
      },
    });
    expect(bad.response.status).toBe(422);
    expect((bad.error as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'criteria.0.weight',
      'criteria.1.values',
      'criteria.2.values',
    ]);
    const unknown = await admin.PUT('/api/v1/ideal-partner-profile', {
      body: { criteria: [{ label: 'Shoe size', attribute: 'shoeSize' as 'types', values: ['42'], weight: 10 }] },
    });
    expect(unknown.error).toMatchObject({ errors: [{ path: 'criteria.0.attribute' }] });
    expect((await admin.GET('/api/v1/ideal-partner-profile', {})).data?.criteria).toEqual(PROFILE);
  });
});
