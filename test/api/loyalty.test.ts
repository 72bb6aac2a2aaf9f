import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { emitEvent } from '../../src/modules/events/index.js';
import { awardForEvent, loyaltyEntries, runLoyaltyExpiry } from '../../src/modules/loyalty/index.js';
import { addMonths } from '../../src/modules/loyalty/loyalty.rules.js';
import { makeTestOpportunity } from '../../src/modules/opportunities/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD, unique } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

async function user(key: keyof SeededApp['world']['users']): Promise<Client> {
  const email = t.world.users[key].email;
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}

async function entriesOf(partnerId: string) {
  return withTx(t.system(), async (c) => c.tx.select().from(loyaltyEntries).where(eq(loyaltyEntries.partnerId, partnerId)));
}

/** Waits (up to 20 s) until the partner's ledger satisfies `done`: subscribers run after the commit. */
async function waitForLedger(partnerId: string, done: (rows: Awaited<ReturnType<typeof entriesOf>>) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const rows = await entriesOf(partnerId);
    if (done(rows)) return rows;
    if (Date.now() > deadline)
      throw new Error(`ledger never got there: ${JSON.stringify(rows.map((r) => [r.source, r.points]))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An event of another module, written to the outbox the way its service would (the event name is the contract). */
async function emit(name: string, partnerId: string, data: Record<string, unknown>) {
  return withTx(t.system(), (c) =>
    emitEvent(c, { name, entityType: name.split('.')[0] as string, entityId: randomUUID(), partnerId, data }),
  );
}

describe('loyalty points', () => {
  it('engagement events earn the points of the vendor’s table, capped per period, once per event, traceable to it', async () => {
    const admin = await user('admin');
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const saved = await admin.put('/api/v1/loyalty/rules', {
      rules: [{ source: 'resource.downloaded', points: 40, capPerPeriod: 100, period: 'month', active: true }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data.find((r: { source: string }) => r.source === 'resource.downloaded')).toMatchObject({
      points: 40,
      capPerPeriod: 100,
    });

    const cert = await emit('certification.earned', partner.id, {
      certificationId: randomUUID(),
      userId: t.world.users.partnerUserA.id,
      level: 'professional',
      expiresOn: '2028-12-01',
    });
    await emit('course.completed', partner.id, { courseId: randomUUID(), userId: null, score: 90 });
    for (let i = 0; i < 4; i++) await emit('resource.downloaded', partner.id, { resourceId: randomUUID(), userId: null });
    // Not every opportunity move earns: only a win.
    await emit('opportunity.stage_changed', partner.id, { fromStage: 'prospecting', toStage: 'qualification' });
    const rows = await waitForLedger(partner.id, (r) => r.length >= 5);
    await new Promise((r) => setTimeout(r, 300));
    const settled = await entriesOf(partner.id);
    expect(settled).toHaveLength(5);
    const bySource = (s: string) =>
      settled
        .filter((r) => r.source === s)
        .map((r) => r.points)
        .sort((x, y) => y - x);
    expect(bySource('certification.earned')).toEqual([500]);
    expect(bySource('course.completed')).toEqual([100]);
    // 40 + 40 + 20 = the cap of 100 this month; the fourth download earns nothing.
    expect(bySource('resource.downloaded')).toEqual([40, 40, 20]);
    const certEntry = rows.find((r) => r.source === 'certification.earned');
    expect(certEntry).toMatchObject({
      eventId: cert.id,
      eventName: 'certification.earned',
      userId: t.world.users.partnerUserA.id,
    });

    // A replayed event earns nothing twice.
    await awardForEvent(t.system(), cert);
    expect(await entriesOf(partner.id)).toHaveLength(5);

    // Each award is audited and emits loyalty_points.awarded with the partner on it.
    const awarded = await withTx(t.system(), (c) =>
      c.tx.execute<{ n: string }>(
        sql`select count(*) as n from domain_events where name = 'loyalty_points.awarded' and partner_id = ${partner.id}`,
      ),
    );
    expect(Number(awarded.rows[0]?.n)).toBe(5);

    const summary = (await admin.get(`/api/v1/partners/${partner.id}/loyalty`)).body;
    expect(summary).toMatchObject({ balance: 700, earned: 700, pending: 0, redeemed: 0 });
    const ledger = (await admin.get(`/api/v1/partners/${partner.id}/loyalty/entries`)).body.data;
    expect(ledger).toHaveLength(5);

    // The metric the tier rules and the alerts read.
    const metric = (await loadMetrics()).get('loyalty.points_balance');
    const values = await withTx(t.system(), (c) => metric!.compute(c, [partner.id, t.world.partnerB.id], new Date()));
    expect(values.get(partner.id)).toBe(700);
  });

  it('through the built modules: a registered and approved deal, a won opportunity for every involved partner', async () => {
    const partnerAdmin = await user('partnerAdminA');
    const a = t.world.partnerA.id;
    const before = (await entriesOf(a)).length;
    const reg = await partnerAdmin.post('/api/v1/deal-registrations', {
      customer: { name: `Initech ${unique()} Inc.`, domain: `initech-${unique()}.example` },
      title: 'Initech data platform',
      amount: 12_500_000,
      currency: 'USD',
      expectedCloseDate: '2027-06-30',
      products: ['Platform'],
    });
    expect(reg.status).toBe(201);
    const pm = await user('pm');
    expect((await pm.post(`/api/v1/deal-registrations/${reg.body.id}/approve`)).status).toBe(200);
    const opp = await makeTestOpportunity(t.system(), a);
    expect((await (await user('admin')).patch(`/api/v1/opportunities/${opp}`, { stage: 'closed_won' })).status).toBe(200);
    const rows = await waitForLedger(
      a,
      (r) =>
        ['deal_registration.submitted', 'deal_registration.approved', 'opportunity.won'].every((s) =>
          r.some((e) => e.source === s && e.createdAt.getTime() > 0),
        ) && r.length >= before + 3,
    );
    const won = rows.find((r) => r.source === 'opportunity.won' && r.recordId === opp);
    expect(won).toMatchObject({ points: 1000, eventName: 'opportunity.stage_changed' });
    const submitted = rows.find((r) => r.source === 'deal_registration.submitted' && r.recordId === reg.body.id);
    expect(submitted).toMatchObject({ points: 50, userId: t.world.users.partnerAdminA.id });
    // Partner B heard nothing of A's engagement, and cannot read A's points.
    expect((await entriesOf(t.world.partnerB.id)).filter((r) => r.recordId === opp)).toEqual([]);
    expect((await (await user('partnerAdminB')).get(`/api/v1/partners/${a}/loyalty`)).status).toBe(404);
    expect((await (await user('partnerAdminB')).get(`/api/v1/partners/${a}/loyalty/entries`)).status).toBe(404);
  });

  it('redemption: parallel requests never take the balance below zero; rejecting returns the points; approve then fulfil', async () => {
    const admin = await user('admin');
    const b = t.world.partnerB.id;
    const funded = await admin.post(`/api/v1/partners/${b}/loyalty/adjustments`, { points: 1000, note: 'Summit speaker' });
    expect(funded.status).toBe(201);
    const start = funded.body.balance as number;
    // The world's partner already has a redemption waiting (test/support/world.ts): count from it.
    const pendingBefore = funded.body.pending as number;
    const reward = await admin.post('/api/v1/loyalty/rewards', {
      name: `Demo kit ${unique()}`,
      pointsCost: 300,
      description: 'A demo appliance',
    });
    expect(reward.status).toBe(201);
    const partnerUser = await user('partnerUserB');
    const partnerAdmin = await user('partnerAdminB');
    const tries = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? partnerUser : partnerAdmin).post(`/api/v1/loyalty/rewards/${reward.body.id}/redemptions`, {}),
      ),
    );
    const ok = tries.filter((r) => r.status === 201);
    const refused = tries.filter((r) => r.status !== 201);
    expect(ok).toHaveLength(Math.floor(start / 300));
    for (const r of refused) {
      expect(r.status).toBe(422);
      expect(r.body.errors[0].path).toBe('rewardId');
    }
    const after = (await partnerAdmin.get(`/api/v1/partners/${b}/loyalty`)).body;
    expect(after.balance).toBe(start - ok.length * 300);
    expect(after.balance).toBeGreaterThanOrEqual(0);
    expect(after.pending).toBe(pendingBefore + ok.length * 300);

    // Only an admin or B's own manager decides; partner A never sees B's redemption.
    const [first, second] = ok.map((r) => r.body.id as string);
    expect((await (await user('pm')).post(`/api/v1/loyalty/redemptions/${first}/status`, { status: 'approved' })).status).toBe(
      403,
    );
    expect(
      (await (await user('partnerAdminA')).get('/api/v1/loyalty/redemptions')).body.data.map((r: { id: string }) => r.id),
    ).not.toContain(first);
    const pm2 = await user('pm2');
    const rejected = await pm2.post(`/api/v1/loyalty/redemptions/${first}/status`, { status: 'rejected', note: 'Out of season' });
    expect(rejected.body.status).toBe('rejected');
    expect((await partnerAdmin.get(`/api/v1/partners/${b}/loyalty`)).body.balance).toBe(after.balance + 300);
    // Concurrent decisions on one redemption have one effect.
    const decisions = await Promise.all(
      Array.from({ length: 6 }, () => pm2.post(`/api/v1/loyalty/redemptions/${second}/status`, { status: 'approved' })),
    );
    expect(decisions.filter((d) => d.status === 200)).toHaveLength(1);
    expect(decisions.filter((d) => d.status === 422)).toHaveLength(5);
    expect((await pm2.post(`/api/v1/loyalty/redemptions/${second}/status`, { status: 'fulfilled' })).body).toMatchObject({
      status: 'fulfilled',
    });
    expect((await pm2.post(`/api/v1/loyalty/redemptions/${first}/status`, { status: 'approved' })).status).toBe(422);
    const final = (await partnerAdmin.get(`/api/v1/partners/${b}/loyalty`)).body;
    const ledger = await entriesOf(b);
    expect(final.balance).toBe(ledger.reduce((s, e) => s + e.points, 0));
    expect(final.redeemed).toBe(300);
  });

  it('stock is shared by every partner; a reward out of the catalogue is refused; bad input names the field', async () => {
    const admin = await user('admin');
    for (const p of [t.world.partnerA.id, t.world.partnerB.id]) {
      await admin.post(`/api/v1/partners/${p}/loyalty/adjustments`, { points: 500, note: 'Stock test' });
    }
    const reward = await admin.post('/api/v1/loyalty/rewards', { name: `Summit pass ${unique()}`, pointsCost: 100, stock: 1 });
    const [x, y] = await Promise.all([
      (await user('partnerAdminA')).post(`/api/v1/loyalty/rewards/${reward.body.id}/redemptions`, {}),
      (await user('partnerAdminB')).post(`/api/v1/loyalty/rewards/${reward.body.id}/redemptions`, {}),
    ]);
    expect([x?.status, y?.status].sort()).toEqual([201, 422]);
    const catalogue = (await (await user('partnerUserA')).get('/api/v1/loyalty/rewards')).body.data;
    expect(catalogue.find((r: { id: string }) => r.id === reward.body.id)).toMatchObject({ available: 0 });

    const off = await admin.post('/api/v1/loyalty/rewards', { name: `Retired ${unique()}`, pointsCost: 10 });
    expect((await admin.patch(`/api/v1/loyalty/rewards/${off.body.id}`, { active: false })).body.active).toBe(false);
    const refused = await (await user('partnerAdminA')).post(`/api/v1/loyalty/rewards/${off.body.id}/redemptions`, {});
    expect(refused.status).toBe(422);
    expect(
      (await (await user('partnerUserA')).get('/api/v1/loyalty/rewards')).body.data.map((r: { id: string }) => r.id),
    ).not.toContain(off.body.id);

    const bad: [string, string, unknown, string][] = [
      ['post', '/api/v1/loyalty/rewards', { name: 'Free', pointsCost: 0 }, 'pointsCost'],
      ['post', '/api/v1/loyalty/rewards', { name: 'Half', pointsCost: 1.5 }, 'pointsCost'],
      [
        'put',
        '/api/v1/loyalty/rules',
        { rules: [{ source: 'webinar.attended', points: 5, capPerPeriod: null, period: 'month', active: true }] },
        'rules.0.source',
      ],
      [
        'put',
        '/api/v1/loyalty/rules',
        { rules: [{ source: 'course.completed', points: -5, capPerPeriod: null, period: 'month', active: true }] },
        'rules.0.points',
      ],
      ['post', `/api/v1/partners/${t.world.partnerA.id}/loyalty/adjustments`, { points: -100_000, note: 'Too much' }, 'points'],
    ];
    for (const [method, url, body, field] of bad) {
      const res = await (method === 'put' ? admin.put(url, body) : admin.post(url, body));
      expect(res.status, url).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    // Duplicate reward names are a 409 naming the field.
    const dup = await admin.post('/api/v1/loyalty/rewards', { name: off.body.name, pointsCost: 10 });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toBe('name');
  });
});

describe('loyalty points expiry', () => {
  it('expires what is due first in first out, once, audited, with a reminder 30 days before; the setting turns it off', async () => {
    const admin = await user('admin');
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const holder = await makeUser(t.system(), 'partner_admin', partner.id);
    const now = new Date();
    const ago = (months: number, days = 0) => new Date(addMonths(now, -months).getTime() + days * 86_400_000);
    // Setup: 300 points earned 26 months ago (100 of them redeemed since), 200 earned 24 months less 15 days ago.
    await withTx(t.system(), (c) =>
      c.tx.insert(loyaltyEntries).values([
        { partnerId: partner.id, kind: 'earned', points: 300, source: 'certification.earned', occurredAt: ago(26) },
        { partnerId: partner.id, kind: 'redeemed', points: -100, source: 'redemption', occurredAt: ago(25) },
        { partnerId: partner.id, kind: 'earned', points: 200, source: 'opportunity.won', occurredAt: ago(24, 15) },
      ]),
    );
    const first = await runLoyaltyExpiry(t.system());
    expect(first.expired).toBeGreaterThanOrEqual(200);
    const rows = await entriesOf(partner.id);
    expect(rows.filter((r) => r.kind === 'expired').map((r) => r.points)).toEqual([-200]);
    expect(
      rows
        .filter((r) => r.kind === 'earned')
        .map((r) => r.points)
        .sort(),
    ).toEqual([200, 300]); // never deleted
    // Idempotent: the second run writes nothing and reminds nobody again.
    const second = await runLoyaltyExpiry(t.system());
    expect(second).toEqual({ partners: 0, expired: 0, reminders: 0 });
    expect((await entriesOf(partner.id)).filter((r) => r.kind === 'expired')).toHaveLength(1);

    const seen = await withTx(t.system(), (c) =>
      c.tx.execute<{ name: string; n: number }>(
        sql`select name, count(*)::int as n from domain_events where partner_id = ${partner.id} and name = 'loyalty_points.expired' group by name`,
      ),
    );
    expect(seen.rows).toEqual([{ name: 'loyalty_points.expired', n: 1 }]);
    const audited = await withTx(t.system(), (c) =>
      c.tx.execute<{ n: number }>(
        sql`select count(*)::int as n from audit_events where partner_id = ${partner.id} and summary like '200 loyalty points expired%'`,
      ),
    );
    expect(audited.rows[0]?.n).toBe(1);
    const reminders = await withTx(t.system(), (c) =>
      c.tx.execute<{ title: string }>(
        sql`select title from notifications where user_id = ${holder.id} and kind = 'loyalty.points_expiring'`,
      ),
    );
    const expiresOn = addMonths(ago(24, 15), 24).toISOString().slice(0, 10);
    expect(reminders.rows.map((r) => r.title)).toEqual([`200 loyalty points expire on ${expiresOn}`]);

    // The partner sees its balance, what expired and what expires next.
    const own = await t.login(holder.email, PASSWORD);
    const summary = await own.get(`/api/v1/partners/${partner.id}/loyalty`);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      balance: 200,
      expired: 200,
      nextExpiry: { points: 200, on: expiresOn },
      expiryMonths: 24,
    });

    // Settings: everyone reads, only an admin writes; bad input names the field; 0 turns expiry off.
    expect((await own.get('/api/v1/loyalty/settings')).body.pointsExpiryMonths).toBe(24);
    expect((await own.put('/api/v1/loyalty/settings', { pointsExpiryMonths: 0 })).status).toBe(403);
    const bad = await admin.put('/api/v1/loyalty/settings', { pointsExpiryMonths: 121 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('pointsExpiryMonths');
    const off = await admin.put('/api/v1/loyalty/settings', { pointsExpiryMonths: 0 });
    expect(off.status).toBe(200);
    expect((await own.get(`/api/v1/partners/${partner.id}/loyalty`)).body).toMatchObject({ nextExpiry: null, expiryMonths: 0 });
    expect(await runLoyaltyExpiry(t.system())).toEqual({ partners: 0, expired: 0, reminders: 0 });
    expect((await admin.put('/api/v1/loyalty/settings', { pointsExpiryMonths: 24 })).status).toBe(200);
  });
});
