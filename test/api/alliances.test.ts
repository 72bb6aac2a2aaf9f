import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { remindQualificationReruns } from '../../src/modules/alliances/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
async function as(key: keyof SeededApp['world']['users']): Promise<Client> {
  let c = clients.get(key);
  if (!c) {
    c = await t.login(t.world.users[key].email, 'test-password-1234');
    clients.set(key, c);
  }
  return c;
}

beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

const FIT = ['strategic_fit.qualification', 'strategic_fit.gaps_mapped', 'strategic_fit.leadership_intent'];

/** A fresh partner owned by `pm` (so the world's A and B stay as the matrix leaves them). */
async function freshPartner() {
  return makePartner(t.system(), t.world.users.pm.id);
}

describe('the alliance record', () => {
  it('a manager starts the alliance once, with sponsors on both sides; the phase history starts', async () => {
    const pm = await as('pm');
    const a = t.world.partnerA.id;
    const started = await pm.post(`/api/v1/partners/${a}/alliance`, {
      type: 'co_sell',
      phase: 'partner_selection',
      vendorSponsorId: t.world.users.executive.id,
      partnerSponsorContactId: t.world.contactA,
      note: 'Strategic fit looks right',
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      partnerId: a,
      type: 'co_sell',
      phase: 'partner_selection',
      stage: 'strategic_fit',
      sponsorsNamed: 2,
      sponsors: { vendor: { id: t.world.users.executive.id }, partner: { kind: 'contact', name: 'Alice Contact' } },
      can: { edit: true, tick: true, qualify: true },
    });
    expect(started.body.phaseHistory).toMatchObject([
      { fromPhase: null, toPhase: 'partner_selection', note: 'Strategic fit looks right' },
    ]);
    expect(started.body.stages.map((s: { stage: string }) => s.stage)).toEqual([
      'strategic_fit',
      'joint_value_proposition',
      'agreement_negotiation',
      'gtm_activation',
      'performance_review',
    ]);
    const again = await pm.post(`/api/v1/partners/${a}/alliance`, { type: 'reseller' });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].path).toBe('partnerId');
    // The audit log and the event name what happened.
    const admin = await as('admin');
    const log = await admin.get('/api/v1/audit-events', { query: { entityType: 'alliance' } });
    expect(log.body.data.some((e: { summary: string }) => e.summary.includes('Started the alliance'))).toBe(true);
  });

  it('refuses bad input naming the field, and saves nothing', async () => {
    const pm = await as('pm');
    const p = await freshPartner();
    const bad = await pm.post(`/api/v1/partners/${p.id}/alliance`, {
      type: 'marriage',
      vendorSponsorId: t.world.users.partnerUserA.id,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('type');
    const sponsor = await pm.post(`/api/v1/partners/${p.id}/alliance`, {
      type: 'referral',
      vendorSponsorId: t.world.users.partnerUserA.id,
      partnerSponsorContactId: t.world.contactB,
    });
    expect(sponsor.status).toBe(422);
    expect(sponsor.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'partnerSponsorContactId',
      'vendorSponsorId',
    ]);
    expect((await pm.get(`/api/v1/partners/${p.id}/alliance`)).status).toBe(404);
    // Asking whether one exists answers without a 404; for another partner's people, the partner is missing.
    const state = await pm.get(`/api/v1/partners/${p.id}/alliance-state`);
    expect(state.status).toBe(200);
    expect(state.body).toEqual({ partnerId: p.id, alliance: null });
    const outsider = await as('partnerAdminB');
    expect((await outsider.get(`/api/v1/partners/${p.id}/alliance-state`)).status).toBe(404);
  });

  it('another manager and executives read but may not start or change it', async () => {
    const pm2 = await as('pm2');
    const p = await freshPartner();
    expect((await pm2.post(`/api/v1/partners/${p.id}/alliance`, { type: 'referral' })).status).toBe(403);
    const exec = await as('executive');
    expect((await exec.get(`/api/v1/partners/${t.world.partnerA.id}/alliance`)).body.can.edit).toBe(false);
  });

  it('moves its ASAP phase with a note kept in the history', async () => {
    const pm = await as('pm');
    const a = t.world.partnerA.id;
    const moved = await pm.patch(`/api/v1/partners/${a}/alliance`, { phase: 'negotiation', phaseNote: 'Term sheet sent' });
    expect(moved.status).toBe(200);
    expect(moved.body.phase).toBe('negotiation');
    expect(moved.body.phaseHistory[0]).toMatchObject({
      fromPhase: 'partner_selection',
      toPhase: 'negotiation',
      note: 'Term sheet sent',
    });
    expect(moved.body.phaseHistory).toHaveLength(2);
  });
});

describe('executive sponsors: a sponsor who leaves stays in the history', () => {
  it('ending a sponsor with a note is kept in the sponsor history (newest first); the as-of metric reads it as it was', async () => {
    const pm = await as('pm');
    const p = await freshPartner();
    const admin = await makeUser(t.system(), 'partner_admin', p.id, 'Dana Director');
    const started = await pm.post(`/api/v1/partners/${p.id}/alliance`, {
      type: 'reseller',
      vendorSponsorId: t.world.users.executive.id,
      partnerSponsorUserId: admin.id,
    });
    expect(started.status).toBe(201);
    expect(started.body.sponsorHistory.map((h: { side: string; from: unknown; to: unknown }) => [h.side, h.from, h.to])).toEqual(
      expect.arrayContaining([
        ['vendor', null, { name: t.world.users.executive.name }],
        ['partner', null, { name: 'Dana Director' }],
      ]),
    );
    const whileSponsored = new Date();
    // Too long a note is a 422 naming it, and nothing changes.
    const long = await pm.patch(`/api/v1/partners/${p.id}/alliance`, {
      partnerSponsorUserId: null,
      sponsorNote: 'x'.repeat(501),
    });
    expect(long.status).toBe(422);
    expect(long.body.errors[0].path).toBe('sponsorNote');
    expect((await pm.get(`/api/v1/partners/${p.id}/alliance`)).body.sponsorsNamed).toBe(2);
    // She left the company: the sponsorship ends, recorded as such.
    const ended = await pm.patch(`/api/v1/partners/${p.id}/alliance`, {
      partnerSponsorUserId: null,
      sponsorNote: 'Left the company; no successor named',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.sponsors.partner).toBeNull();
    expect(ended.body.sponsorsNamed).toBe(1);
    expect(ended.body.sponsorHistory[0]).toMatchObject({
      side: 'partner',
      from: { name: 'Dana Director' },
      to: null,
      note: 'Left the company; no successor named',
      actor: { id: t.world.users.pm.id },
    });
    expect(ended.body.sponsorHistory).toHaveLength(3);
    // A phase move says nothing about sponsors.
    const moved = await pm.patch(`/api/v1/partners/${p.id}/alliance`, { phase: 'negotiation' });
    expect(moved.body.sponsorHistory).toHaveLength(3);
    // The audit entry says it in words.
    const log = await (await as('admin')).get('/api/v1/audit-events', { query: { entityType: 'alliance', partnerId: p.id } });
    expect(log.body.data.map((e: { summary: string }) => e.summary)).toContain(
      'Executive sponsor partner ended — Left the company; no successor named',
    );
    const metric = (await loadMetrics()).get('alliances.sponsors_named');
    const [then, now] = await withTx(t.system(), async (c) => [
      (await metric?.compute(c, [p.id], whileSponsored))?.get(p.id),
      (await metric?.compute(c, [p.id], new Date()))?.get(p.id),
    ]);
    expect([then, now]).toEqual([2, 1]);
  });
});

describe('isolation: each partner sees only its own alliance, and edits only its side', () => {
  it('partner B never sees A’s alliance: 404 like a missing one', async () => {
    const b = await as('partnerAdminB');
    const theirs = await b.get(`/api/v1/partners/${t.world.partnerA.id}/alliance`);
    expect(theirs.status).toBe(404);
    expect((await b.get(`/api/v1/partners/${t.world.partnerA.id}/qualifications`)).status).toBe(404);
    expect((await b.put(`/api/v1/partners/${t.world.partnerA.id}/alliance/checklist/${FIT[0]}`, { done: true })).status).toBe(
      404,
    );
    expect((await b.get('/api/v1/alliances')).status).toBe(403);
  });

  it('the partner’s admin names its own sponsor but may not touch the vendor’s side', async () => {
    const admin = await as('partnerAdminA');
    const a = t.world.partnerA.id;
    const own = await admin.patch(`/api/v1/partners/${a}/alliance`, { partnerSponsorUserId: t.world.users.partnerAdminA.id });
    expect(own.status).toBe(200);
    expect(own.body.sponsors.partner).toMatchObject({ kind: 'user', id: t.world.users.partnerAdminA.id });
    expect(own.body.can).toEqual({ edit: false, editPartnerSide: true, tick: true, qualify: true });
    const vendorSide = await admin.patch(`/api/v1/partners/${a}/alliance`, { phase: 'termination', vendorSponsorId: null });
    expect(vendorSide.status).toBe(403);
    expect(vendorSide.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['phase', 'vendorSponsorId']);
    const design = await admin.patch(`/api/v1/partners/${a}/alliance/design`, {
      investment: { vendor: { presalesPeople: 0 } },
      marketScope: { segments: [], territories: [], solutionCategories: [] },
    });
    expect(design.status).toBe(403);
    expect(design.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['investment.vendor', 'marketScope']);
    // A sponsor from another company is not a sponsor of this one.
    const foreign = await admin.patch(`/api/v1/partners/${a}/alliance`, { partnerSponsorUserId: t.world.users.partnerAdminB.id });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].path).toBe('partnerSponsorUserId');
    // A partner user ticks but edits nothing.
    const user = await as('partnerUserA');
    expect((await user.patch(`/api/v1/partners/${a}/alliance`, { partnerSponsorUserId: null })).status).toBe(403);
  });
});

describe('development stages: a checklist both sides tick', () => {
  it('each side ticks its own side with a note; the stage moves on only once both completed it', async () => {
    const pm = await as('pm');
    const partnerUser = await as('partnerUserA');
    const a = t.world.partnerA.id;
    for (const item of FIT) {
      const r = await pm.put(`/api/v1/partners/${a}/alliance/checklist/${item}`, { done: true, note: `Vendor: ${item}` });
      expect(r.status).toBe(200);
    }
    const early = await pm.patch(`/api/v1/partners/${a}/alliance`, { stage: 'joint_value_proposition' });
    expect(early.status).toBe(422);
    expect(early.body.errors[0]).toMatchObject({ path: 'stage' });
    expect(early.body.errors[0].message).toContain('3 checklist items still missing');
    let last: Awaited<ReturnType<Client['put']>> | undefined;
    for (const item of FIT) {
      last = await partnerUser.put(`/api/v1/partners/${a}/alliance/checklist/${item}`, {
        done: true,
        note: 'Done in the workshop',
      });
      expect(last.status).toBe(200);
    }
    const fit = last?.body.stages[0];
    expect(fit).toMatchObject({
      stage: 'strategic_fit',
      vendorDone: 3,
      partnerDone: 3,
      bothDone: 3,
      complete: true,
      bilateral: true,
    });
    expect(fit.items[0].partner).toMatchObject({
      done: true,
      note: 'Done in the workshop',
      by: { id: t.world.users.partnerUserA.id },
    });
    expect(fit.items[0].vendor.by.id).toBe(t.world.users.pm.id);
    const skip = await pm.patch(`/api/v1/partners/${a}/alliance`, { stage: 'gtm_activation' });
    expect(skip.status).toBe(422);
    const next = await pm.patch(`/api/v1/partners/${a}/alliance`, { stage: 'joint_value_proposition' });
    expect(next.status).toBe(200);
    expect(next.body.stage).toBe('joint_value_proposition');
    // An item that is not on the checklist is not there (a path, like a malformed id).
    const unknown = await pm.put(`/api/v1/partners/${a}/alliance/checklist/strategic_fit.vibes`, { done: true });
    expect(unknown.status).toBe(404);
  });
});

describe('commercial design: five dimensions checked for being explicit', () => {
  it('records each dimension and says what is missing; value capture per party with its parameters', async () => {
    const pm = await as('pm');
    const a = t.world.partnerA.id;
    const first = await pm.get(`/api/v1/partners/${a}/alliance`);
    const gov = first.body.designChecks.find((c: { dimension: string }) => c.dimension === 'governance');
    expect(gov.explicit).toBe(false);
    expect(gov.missing).toContain('an engagement cadence');
    const saved = await pm.patch(`/api/v1/partners/${a}/alliance/design`, {
      valueProposition: {
        statement: 'Together, Lumen and Alpha enable mid-market banks to close the quarter in three days',
        targetCustomer: 'Mid-market banks',
        outcome: 'Three-day quarter-end close',
        customerValidated: true,
      },
      marketScope: { segments: ['Mid-market banking'], territories: ['DE', 'AT'], solutionCategories: ['Analytics'] },
      investment: {
        vendor: { coMarketingBudget: { amount: 12_000_000, currency: 'EUR' }, presalesPeople: 2, executiveHoursPerQuarter: 10 },
      },
      governance: {
        cadence: 'quarterly',
        decisionRights: 'JSC decides investments over €50k',
        escalationPath: 'Managers → sponsors',
      },
      performance: {
        metrics: [
          { name: 'Joint pipeline', side: 'partner', target: '€4m' },
          { name: 'Budget deployed', side: 'vendor', target: '100%' },
        ],
        frequency: 'quarterly',
        consequences: 'Two missed quarters trigger a redesign',
      },
      valueCapture: { vendor: [{ mechanism: 'subscription_share', percent: 70, basis: 'ARR of joint customers' }] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.design.investment.vendor.coMarketingBudget).toEqual({ amount: 12_000_000, currency: 'EUR' });
    const missing = Object.fromEntries(
      saved.body.designChecks.map((c: { dimension: string; missing: string[] }) => [c.dimension, c.missing]),
    );
    expect(missing).toMatchObject({ valueProposition: [], marketScope: [], governance: [], performance: [] });
    expect(missing.investment).toEqual([
      'a quantified partner commitment (budget, pre-sales people, engineering days or executive hours)',
    ]);
    expect(saved.body.designExplicit).toBe(4);
    // The partner's admin adds its own side: all five explicit.
    const admin = await as('partnerAdminA');
    const theirs = await admin.patch(`/api/v1/partners/${a}/alliance/design`, {
      investment: { partner: { presalesPeople: 4, executiveHoursPerQuarter: 8 } },
      valueCapture: {
        partner: [{ mechanism: 'per_event_fee', amount: { amount: 2500, currency: 'EUR' }, basis: 'each managed incident' }],
      },
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body.designExplicit).toBe(5);
    expect(theirs.body.design.valueCapture.vendor).toHaveLength(1);
    // A mechanism without its parameter, and a bad currency, are named.
    const bad = await pm.patch(`/api/v1/partners/${a}/alliance/design`, {
      valueCapture: { vendor: [{ mechanism: 'revenue_share' }] },
      investment: { vendor: { coMarketingBudget: { amount: 10, currency: 'XXQ' } } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('investment.vendor.coMarketingBudget.currency');
    const noPercent = await pm.patch(`/api/v1/partners/${a}/alliance/design`, {
      valueCapture: { vendor: [{ mechanism: 'revenue_share' }] },
    });
    expect(noPercent.status).toBe(422);
    expect(noPercent.body.errors[0].path).toBe('valueCapture.vendor.0.percent');
    expect((await pm.get(`/api/v1/partners/${a}/alliance`)).body.design.valueCapture.vendor[0].mechanism).toBe(
      'subscription_share',
    );
  });
});

describe('the strategic qualification test', () => {
  const scores = (m: number, c: number, o: number, a: number) => ({
    marketAccess: { score: m, notes: 'Access to DACH banks' },
    capability: { score: c, notes: '' },
    commitment: { score: o, notes: '' },
    alignment: { score: a, notes: '' },
  });

  it('both sides score; the lower side counts, disagreement is shown, every run stays in the history', async () => {
    const pm = await as('pm');
    const admin = await as('partnerAdminA');
    const a = t.world.partnerA.id;
    const vendor = await pm.post(`/api/v1/partners/${a}/qualifications`, { scores: scores(5, 5, 4, 4), summary: 'Strong fit' });
    expect(vendor.status).toBe(201);
    expect(vendor.body).toMatchObject({
      side: 'vendor',
      recommendation: 'strategic_candidate',
      provisional: true,
      scorePercent: 90,
    });
    const partner = await admin.post(`/api/v1/partners/${a}/qualifications`, { scores: scores(5, 3, 4, 4) });
    expect(partner.status).toBe(201);
    expect(partner.body).toMatchObject({
      side: 'partner',
      recommendation: 'premier_tier_only',
      provisional: false,
      scorePercent: 80,
    });
    expect(partner.body.reasons).toContain('The sides disagree on capability complementarity: vendor 5, partner 3');
    const history = await admin.get(`/api/v1/partners/${a}/qualifications`);
    expect(history.body.data.map((r: { side: string }) => r.side)).toEqual(['partner', 'vendor']);
    expect(history.body.current).toMatchObject({ recommendation: 'premier_tier_only', provisional: false, overdue: false });
    // The partner's manager hears of the partner's run.
    const inbox = await pm.get('/api/v1/me/notifications');
    expect(inbox.body.data.some((n: { title: string }) => n.title.includes('scored the strategic qualification test'))).toBe(
      true,
    );
    // A partner user only reads; scores out of range are named.
    expect(
      (await (await as('partnerUserA')).post(`/api/v1/partners/${a}/qualifications`, { scores: scores(4, 4, 4, 4) })).status,
    ).toBe(403);
    const bad = await pm.post(`/api/v1/partners/${a}/qualifications`, {
      scores: { ...scores(4, 4, 4, 4), capability: { score: 6 } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('scores.capability.score');
  });

  it('the daily job reminds the owner once when the last run is twelve months old', async () => {
    const pm = await as('pm');
    const p = await freshPartner();
    expect((await pm.post(`/api/v1/partners/${p.id}/alliance`, { type: 'reseller' })).status).toBe(201);
    expect((await pm.post(`/api/v1/partners/${p.id}/qualifications`, { scores: scores(3, 3, 3, 3) })).status).toBe(201);
    const at = (days: number) => systemCtx(t.database.db, 'test: alliances job', new Date(Date.now() + days * 86_400_000));
    expect((await remindQualificationReruns(at(200))).reminded).toBe(0);
    expect((await remindQualificationReruns(at(366))).reminded).toBeGreaterThanOrEqual(1);
    expect((await remindQualificationReruns(at(367))).reminded).toBe(0);
    const inbox = await pm.get('/api/v1/me/notifications');
    const reminders = inbox.body.data.filter(
      (n: { title: string }) => n.title === `Re-run the strategic qualification test of ${p.name}`,
    );
    expect(reminders).toHaveLength(1);
  });
});

describe('metrics and the portfolio list', () => {
  it('answers sponsors named, qualification score and design explicit per partner; no alliance is no data', async () => {
    const metrics = await loadMetrics();
    const a = t.world.partnerA.id;
    const p = await freshPartner();
    const values = await withTx(t.system(), async (c) => {
      const out: Record<string, Map<string, number | null>> = {};
      for (const key of ['alliances.sponsors_named', 'alliances.qualification_score', 'alliances.design_explicit']) {
        out[key] = await (metrics.get(key)?.compute(c, [a, p.id], new Date()) ?? Promise.resolve(new Map()));
      }
      return out;
    });
    expect(values['alliances.sponsors_named']?.get(a)).toBe(2);
    expect(values['alliances.design_explicit']?.get(a)).toBe(5);
    expect(values['alliances.qualification_score']?.get(a)).toBe(80);
    expect(values['alliances.sponsors_named']?.has(p.id)).toBe(false);
    expect(values['alliances.qualification_score']?.has(p.id)).toBe(false);
    // Before the first run there was no score.
    const score = metrics.get('alliances.qualification_score');
    if (!score) throw new Error('alliances.qualification_score is not provided');
    const before = await withTx(t.system(), (c) => score.compute(c, [a], new Date(Date.now() - 86_400_000)));
    expect(before.has(a)).toBe(false);
  });

  it('lists alliances for vendor staff with filters and paging', async () => {
    const exec = await as('executive');
    const list = await exec.get('/api/v1/alliances', { query: { type: 'co_sell', limit: 1 } });
    expect(list.status).toBe(200);
    expect(list.body.data[0]).toMatchObject({
      partnerId: t.world.partnerA.id,
      sponsorsNamed: 2,
      designExplicit: 5,
      qualificationScore: 80,
    });
    const csv = await exec.get('/api/v1/alliances/export', { query: { format: 'csv' } });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain('designExplicit');
  });
});
