import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededApp, type SeededApp } from '../support/harness.js';

let t: SeededApp;
type Admin = Awaited<ReturnType<SeededApp['asUser']>>;
let admin: Admin;
const ids: Record<'north' | 'south' | 'east' | 'west', string> = { north: '', south: '', east: '', west: '' };
const opp: Record<'open3' | 'won2' | 'lost2' | 'wonEur', string> = { open3: '', won2: '', lost2: '', wonEur: '' };
let listingId = '';
let programId = '';
const tag = Date.now().toString(36);

async function partner(name: string, regions: string[], motion: 'channel' | 'alliance') {
  const res = await admin.POST('/api/v1/partners', {
    body: { name: `${name} ${tag}`, motion, regions: regions as never, segment: `Mapseg ${tag}`, industries: ['Retail'] },
  });
  expect(res.response.status).toBe(201);
  return res.data?.id as string;
}

async function opportunity(title: string, stage: string, amount: number, currency: string, partners: string[]) {
  const [first, ...rest] = partners;
  const res = await admin.POST('/api/v1/opportunities', {
    body: {
      title,
      customer: { name: `${title} ${tag} Inc`, domain: `${title.toLowerCase().replace(/\W+/g, '-')}-${tag}.example` },
      amount,
      currency,
      stage: 'prospecting',
      closeDate: '2026-11-15',
      partner: { partnerId: first as string, role: 'sourced' },
    },
  });
  expect(res.response.status, JSON.stringify(res.error)).toBe(201);
  const id = res.data?.id as string;
  for (const p of rest) {
    const touch = await admin.POST('/api/v1/opportunities/{id}/touches', {
      params: { path: { id } },
      body: { partnerId: p, role: 'co_sell', occurredAt: '2026-10-01T10:00:00Z' },
    });
    expect(touch.response.status, JSON.stringify(touch.error)).toBe(201);
  }
  if (stage !== 'prospecting') {
    const moved = await admin.PATCH('/api/v1/opportunities/{id}', {
      params: { path: { id } },
      body: { stage: stage as never, ...(stage === 'closed_lost' ? { lostReason: 'Budget cut' } : {}) },
    });
    expect(moved.response.status, JSON.stringify(moved.error)).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.asUser('admin');
  ids.north = await partner('Northmap', ['europe'], 'channel');
  ids.south = await partner('Southmap', ['europe'], 'channel');
  ids.east = await partner('Eastmap', ['asia_pacific'], 'alliance');
  ids.west = await partner('Westmap', ['europe'], 'channel');
  // One open opportunity of three partners: three joint-opportunity edges.
  opp.open3 = await opportunity('Three way rollout', 'prospecting', 300_000, 'USD', [ids.north, ids.south, ids.east]);
  // Won by two partners, in USD and in EUR: one multi-partner-deal edge worth both in USD.
  opp.won2 = await opportunity('Joint win', 'closed_won', 1_000_000, 'USD', [ids.north, ids.south]);
  opp.wonEur = await opportunity('Euro win', 'closed_won', 200_000, 'EUR', [ids.south, ids.north]);
  // Lost together: no edge.
  opp.lost2 = await opportunity('Lost together', 'closed_lost', 500_000, 'USD', [ids.north, ids.west]);
  const finance = await t.asUser('finance');
  expect(
    (await finance.PUT('/api/v1/fx-rates', { body: { rates: [{ currency: 'EUR', date: '2026-01-01', rate: '1.1' }] } })).response
      .status,
  ).toBe(200);
  const listing = await admin.POST('/api/v1/partners/{id}/integration-listings', {
    params: { path: { id: ids.east } },
    body: { name: 'Eastmap connector', compatibility: [{ product: 'Lumen Edge', versions: '1.x', status: 'supported' }] },
  });
  expect(listing.response.status).toBe(201);
  listingId = listing.data?.id as string;
  const program = await admin.POST('/api/v1/programs', {
    body: { name: `Map program ${tag}`, kind: 'referral', commercialModel: { model: 'commission', ratePercent: 10 } },
  });
  expect(program.response.status).toBe(201);
  programId = program.data?.id as string;
  const joined = await admin.POST('/api/v1/partners/{id}/programs', { params: { path: { id: ids.east } }, body: { programId } });
  expect(joined.response.status).toBe(201);
}, 120_000);
afterAll(async () => t?.close());

const mine = <E extends { source: string; target: string }>(edges: E[]): E[] => {
  const ours = new Set([...Object.values(ids), 'vendor']);
  return edges.filter((e) => ours.has(e.source) && ours.has(e.target));
};
const pair = (a: string, b: string) => (a < b ? [a, b] : [b, a]);
const key = (e: { source: string; target: string; kind: string }) => `${e.kind}:${[e.source, e.target].sort().join('-')}`;

describe('the ecosystem map', () => {
  it('draws an edge per pair sharing an opportunity: a 3-partner opportunity makes three, won deals are multi-partner deals, lost ones none', async () => {
    const pm = await t.asUser('partner_manager');
    const res = await pm.GET('/api/v1/ecosystem-map', { params: { query: { segment: `mapseg ${tag}` } } });
    expect(res.response.status).toBe(200);
    const map = res.data;
    if (!map) throw new Error('no map');
    const edges = mine(map.edges);
    expect(edges.map(key).sort()).toEqual(
      [
        `joint_opportunity:${pair(ids.north, ids.south).join('-')}`,
        `joint_opportunity:${pair(ids.north, ids.east).join('-')}`,
        `joint_opportunity:${pair(ids.south, ids.east).join('-')}`,
        `multi_partner_deal:${pair(ids.north, ids.south).join('-')}`,
        `integration:${[ids.east, 'vendor'].sort().join('-')}`,
      ].sort(),
    );
    const deal = edges.find((e) => e.kind === 'multi_partner_deal');
    // 1,000,000 USD + 200,000 EUR at 1.1: one edge of two deals, in the reporting currency.
    expect(deal).toMatchObject({ count: 2, value: { amount: 1_220_000, currency: 'USD' }, weight: 1_220_000 });
    expect(deal?.sample.sort()).toEqual([opp.won2, opp.wonEur].sort());
    const joint = edges.find((e) => e.kind === 'joint_opportunity');
    expect(joint).toMatchObject({ count: 1, sample: [opp.open3], value: { amount: 300_000, currency: 'USD' } });
    expect(edges.find((e) => e.kind === 'integration')).toMatchObject({ count: 1, sample: [listingId], value: null });
    // Nodes: the filtered partners (Westmap too: it is in the segment, with no edge left) and the vendor.
    const names = map.nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining([`Northmap ${tag}`, `Southmap ${tag}`, `Eastmap ${tag}`, `Westmap ${tag}`]));
    expect(map.nodes.length).toBe(5);
    const vendor = map.nodes.find((n) => n.id === 'vendor');
    expect(vendor).toMatchObject({ kind: 'vendor', partnerId: null, degree: 1 });
    const north = map.nodes.find((n) => n.id === ids.north);
    expect(north).toMatchObject({ kind: 'partner', motion: 'channel', regions: ['europe'], degree: 3 });
    expect(map.nodes.find((n) => n.id === ids.west)?.degree).toBe(0);
    // Won revenue t4q of a sourcing partner is its size: both won deals, converted.
    expect(map.nodes.find((n) => n.id === ids.south)?.wonRevenueT4q).toEqual({ amount: 1_220_000, currency: 'USD' });
  });

  it('lists a partner’s neighbours (the partner 360 card): shared deals per partner, the vendor for integrations; 404 like a missing partner', async () => {
    const pm = await t.asUser('partner_manager');
    const north = await pm.GET('/api/v1/partners/{id}/ecosystem-neighbours', { params: { path: { id: ids.north } } });
    expect(north.response.status).toBe(200);
    // Southmap: the open three-way opportunity and two won deals (1,000,000 USD + 200,000 EUR at 1.1); Eastmap: the open one.
    // Westmap shares only a lost deal: no neighbour.
    expect(north.data?.neighbours).toEqual([
      {
        id: ids.south,
        partnerId: ids.south,
        name: `Southmap ${tag}`,
        kinds: expect.arrayContaining(['joint_opportunity', 'multi_partner_deal']),
        count: 3,
        value: { amount: 1_520_000, currency: 'USD' },
      },
      {
        id: ids.east,
        partnerId: ids.east,
        name: `Eastmap ${tag}`,
        kinds: ['joint_opportunity'],
        count: 1,
        value: { amount: 300_000, currency: 'USD' },
      },
    ]);
    const east = await pm.GET('/api/v1/partners/{id}/ecosystem-neighbours', { params: { path: { id: ids.east } } });
    expect(east.data?.neighbours.find((n) => n.id === 'vendor')).toMatchObject({
      partnerId: null,
      kinds: ['integration'],
      count: 1,
      value: null,
    });
    const west = await pm.GET('/api/v1/partners/{id}/ecosystem-neighbours', { params: { path: { id: ids.west } } });
    expect(west.data?.neighbours).toEqual([]);
    const missing = await pm.GET('/api/v1/partners/{id}/ecosystem-neighbours', {
      params: { path: { id: '00000000-0000-4000-8000-00000000abcd' } },
    });
    expect(missing.response.status).toBe(404);
    const partnerSide = await t.asUser('partner_admin', 'A');
    const own = await partnerSide.GET('/api/v1/partners/{id}/ecosystem-neighbours', {
      params: { path: { id: t.world.partnerA.id } },
    });
    expect(own.response.status).toBe(403);
  });

  it('applies the filters to both ends of an edge, in SQL: region, motion, program, since, kinds', async () => {
    const exec = await t.asUser('executive');
    const get = async (query: Record<string, unknown>) => {
      const res = await exec.GET('/api/v1/ecosystem-map', { params: { query: { segment: `Mapseg ${tag}`, ...query } } });
      expect(res.response.status).toBe(200);
      return res.data ?? { nodes: [], edges: [] };
    };
    const europe = await get({ region: ['europe'] });
    expect(mine(europe.edges).map(key).sort()).toEqual(
      [
        `joint_opportunity:${pair(ids.north, ids.south).join('-')}`,
        `multi_partner_deal:${pair(ids.north, ids.south).join('-')}`,
      ].sort(),
    );
    expect(europe.nodes.map((n) => n.id).sort()).toEqual([ids.north, ids.south, ids.west].sort());
    const alliance = await get({ motion: ['alliance'] });
    expect(alliance.nodes.map((n) => n.id).sort()).toEqual(['vendor', ids.east].sort());
    expect(mine(alliance.edges).map((e) => e.kind)).toEqual(['integration']);
    const onlyDeals = await get({ kinds: ['multi_partner_deal'] });
    expect(mine(onlyDeals.edges).map((e) => e.kind)).toEqual(['multi_partner_deal']);
    expect(onlyDeals.nodes.some((n) => n.id === 'vendor')).toBe(false);
    const later = await get({ since: '2026-12-01' });
    expect(mine(later.edges).filter((e) => e.kind !== 'integration')).toEqual([]);
    const industry = await get({ industry: 'retail' });
    expect(mine(industry.edges)).toHaveLength(5);
    const none = await get({ industry: 'Shipping' });
    expect(none.nodes).toEqual([]);
    const inProgram = await get({ program: programId });
    expect(inProgram.nodes.map((n) => n.id).sort()).toEqual(['vendor', ids.east].sort());
  });

  it('lists the records behind an edge, linking each', async () => {
    const pm = await t.asUser('partner_manager');
    const deals = await pm.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: ids.south, b: ids.north } } });
    expect(deals.response.status).toBe(200);
    expect(deals.data?.a.name).toBe(`Southmap ${tag}`);
    expect(deals.data?.opportunities.map((o) => [o.id, o.kind]).sort()).toEqual(
      [
        [opp.open3, 'joint_opportunity'],
        [opp.won2, 'multi_partner_deal'],
        [opp.wonEur, 'multi_partner_deal'],
      ].sort(),
    );
    const euro = deals.data?.opportunities.find((o) => o.id === opp.wonEur);
    expect(euro).toMatchObject({ amount: { amount: 200_000, currency: 'EUR' }, rolesA: ['sourced'], rolesB: ['co_sell'] });
    const onlyOpen = await pm.GET('/api/v1/ecosystem-map/edges', {
      params: { query: { a: ids.south, b: ids.north, kinds: ['joint_opportunity'] } },
    });
    expect(onlyOpen.data?.opportunities.map((o) => o.id)).toEqual([opp.open3]);
    const lost = await pm.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: ids.north, b: ids.west } } });
    expect(lost.data?.opportunities).toEqual([]);
    const integrations = await pm.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: 'vendor', b: ids.east } } });
    expect(integrations.data?.integrations).toEqual([
      expect.objectContaining({ id: listingId, partnerId: ids.east, name: 'Eastmap connector', products: ['Lumen Edge'] }),
    ]);
    expect(integrations.data?.a.id).toBe('vendor');
  });

  it('answers bad input with a 422 naming the field, and an unknown partner with 404', async () => {
    const pm = await t.asUser('partner_manager');
    const region = await pm.GET('/api/v1/ecosystem-map', { params: { query: { region: ['atlantis'] as never } } });
    expect(region.response.status).toBe(422);
    expect(JSON.stringify(region.error)).toContain('region');
    const since = await pm.GET('/api/v1/ecosystem-map', { params: { query: { since: '2026-13-45' } } });
    expect(since.response.status).toBe(422);
    expect(JSON.stringify(since.error)).toContain('since');
    const program = await pm.GET('/api/v1/ecosystem-map', { params: { query: { program: 'not-an-id' } } });
    expect(program.response.status).toBe(422);
    expect(JSON.stringify(program.error)).toContain('program');
    const same = await pm.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: ids.north, b: ids.north } } });
    expect(same.response.status).toBe(422);
    expect(same.error).toMatchObject({ errors: [{ path: 'b' }] });
    const node = await pm.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: 'nobody', b: ids.north } } });
    expect(node.response.status).toBe(422);
    expect(JSON.stringify(node.error)).toContain('"a"');
    const unknown = await pm.GET('/api/v1/ecosystem-map/edges', {
      params: { query: { a: '01a20000-0000-7000-8000-00000000dead', b: ids.north } },
    });
    expect(unknown.response.status).toBe(404);
  });

  it('is the vendor’s view: a partner’s people get 403, whichever partners they name', async () => {
    for (const [role, company] of [
      ['partner_admin', 'A'],
      ['partner_user', 'B'],
    ] as const) {
      const partnerSide = await t.asUser(role, company);
      const map = await partnerSide.GET('/api/v1/ecosystem-map', { params: { query: {} } });
      expect(map.response.status).toBe(403);
      const own = company === 'A' ? t.world.partnerA.id : t.world.partnerB.id;
      const edge = await partnerSide.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: own, b: 'vendor' } } });
      expect(edge.response.status).toBe(403);
    }
  });
});
