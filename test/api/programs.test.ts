import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM_ID } from '../../src/modules/programs/index.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, PASSWORD, unique } from '../support/world.js';

let t: SeededApp;
let admin: Client;
let pm: Client;
let partnerA: Client;
let partnerB: Client;

beforeAll(async () => {
  t = await createSeededApp();
  const w = t.world.users;
  admin = await t.login(w.admin.email, PASSWORD);
  pm = await t.login(w.pm.email, PASSWORD);
  partnerA = await t.login(w.partnerUserA.email, PASSWORD);
  partnerB = await t.login(w.partnerUserB.email, PASSWORD);
});
afterAll(async () => t?.close());

async function program(extra: Record<string, unknown> = {}) {
  const res = await admin.post('/api/v1/programs', {
    name: `Reseller ${unique()}`,
    kind: 'reseller',
    commercialModel: { model: 'reseller_discount', discountPercent: 20 },
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; name: string };
}

async function ladder(programId: string) {
  const tier = async (name: string, rank: number, requirements: unknown[], benefits: Record<string, unknown> = {}) => {
    const res = await admin.post(`/api/v1/programs/${programId}/tiers`, { name, rank, requirements, benefits });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string };
  };
  return {
    registered: await tier('Registered', 0, []),
    silver: await tier(
      'Silver',
      1,
      [{ key: 'contacts', type: 'metric', metric: 'partners.contacts', label: 'Contacts', min: 1 }],
      {
        discountPercent: 25,
      },
    ),
    gold: await tier(
      'Gold',
      2,
      [
        { key: 'contacts', type: 'metric', metric: 'partners.contacts', label: 'Contacts', min: 3 },
        { key: 'revenue', type: 'revenue_t4q', label: 'Revenue (T4Q)', min: 50_000_000 },
      ],
      { discountPercent: 30, mdfAccrualPercent: 3, dealProtectionDays: 120, supportLevel: 'premium', resources: ['Sandbox'] },
    ),
  };
}

async function partnerWithContacts(contacts: number) {
  const partner = await makePartner(t.system(), t.world.users.pm.id);
  for (let i = 0; i < contacts; i++) {
    expect((await admin.post(`/api/v1/partners/${partner.id}/contacts`, { name: `Contact ${i}` })).status).toBe(201);
  }
  return partner;
}

describe('the default program holds the ladder partners had before programs', () => {
  it('the world’s tier and partner A’s placement are in the default program; tierId still answers', async () => {
    const tier = await admin.get(`/api/v1/tiers/${t.world.tierId}`);
    expect(tier.body.programId).toBe(DEFAULT_PROGRAM_ID);
    const partner = await admin.get(`/api/v1/partners/${t.world.partnerA.id}`);
    expect(partner.body.tierId).toBe(t.world.tierId);
    const memberships = await admin.get(`/api/v1/partners/${t.world.partnerA.id}/programs`);
    expect(memberships.body.data).toMatchObject([{ programId: DEFAULT_PROGRAM_ID, tierId: t.world.tierId, leftAt: null }]);
    const def = await admin.get(`/api/v1/programs/${DEFAULT_PROGRAM_ID}`);
    expect(def.body).toMatchObject({ isDefault: true, can: { delete: false } });
    expect((await admin.delete(`/api/v1/programs/${DEFAULT_PROGRAM_ID}`)).status).toBe(409);
  });

  it('setting tierId on a partner places it in the tier’s program, with history', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    expect((await admin.patch(`/api/v1/partners/${partner.id}`, { tierId: t.world.tierId })).status).toBe(200);
    const memberships = await admin.get(`/api/v1/partners/${partner.id}/programs`);
    expect(memberships.body.data).toMatchObject([{ programId: DEFAULT_PROGRAM_ID, tierId: t.world.tierId }]);
    const history = await admin.get(`/api/v1/partners/${partner.id}/tier-history`);
    expect(history.body.data).toMatchObject([{ fromTierId: null, toTierId: t.world.tierId }]);
  });
});

describe('programs', () => {
  it('are created with a validated commercial model; bad parameters name the field', async () => {
    const hybrid = await program({
      commercialModel: {
        model: 'hybrid',
        components: [
          { model: 'subscription', price: { amount: 99_900, currency: 'EUR' }, period: 'year' },
          { model: 'revenue_share', sharePercent: 15 },
        ],
      },
    });
    expect((await admin.get(`/api/v1/programs/${hybrid.id}`)).body.commercialModel.components).toHaveLength(2);
    const bad = await admin.post('/api/v1/programs', {
      name: `Bad ${unique()}`,
      kind: 'referral',
      commercialModel: { model: 'commission', ratePercent: 140 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('commercialModel.ratePercent');
    const money = await admin.post('/api/v1/programs', {
      name: `Bad ${unique()}`,
      kind: 'msp',
      commercialModel: { model: 'flat_fee', fee: { amount: 10.5, currency: 'XXY' }, per: 'deal' },
    });
    expect(money.status).toBe(422);
    expect(money.body.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['commercialModel.fee.amount', 'commercialModel.fee.currency']),
    );
    const duplicate = await admin.post('/api/v1/programs', {
      name: hybrid.name,
      kind: 'oem',
      commercialModel: { model: 'revenue_share', sharePercent: 5 },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].path).toBe('name');
  });

  it('tier requirements name known metrics; a tier name is unique within its program only', async () => {
    const p = await program();
    const unknown = await admin.post(`/api/v1/programs/${p.id}/tiers`, {
      name: 'Gold',
      rank: 1,
      requirements: [{ key: 'x', type: 'metric', metric: 'nope.nothing', label: 'X', min: 1 }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('requirements.0.metric');
    expect((await admin.post(`/api/v1/programs/${p.id}/tiers`, { name: 'Gold', rank: 1 })).status).toBe(201);
    const again = await admin.post(`/api/v1/programs/${p.id}/tiers`, { name: 'Gold', rank: 2 });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].path).toBe('name');
    const other = await program();
    expect((await admin.post(`/api/v1/programs/${other.id}/tiers`, { name: 'Gold', rank: 1 })).status).toBe(201);
  });

  it('a partner joins and leaves a program (audited); joining twice is a conflict', async () => {
    const p = await program();
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const joined = await pm.post(`/api/v1/partners/${partner.id}/programs`, { programId: p.id, joinedAt: '2025-03-01' });
    expect(joined.status).toBe(201);
    expect((await pm.post(`/api/v1/partners/${partner.id}/programs`, { programId: p.id })).status).toBe(409);
    // pm does not own partner B.
    expect((await pm.post(`/api/v1/partners/${t.world.partnerB.id}/programs`, { programId: p.id })).status).toBe(403);
    const left = await pm.post(`/api/v1/partners/${partner.id}/programs/${joined.body.id}/leave`, { reason: 'Moved on' });
    expect(left.status).toBe(200);
    expect(left.body.leftAt).not.toBeNull();
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'program_membership' } });
    expect(audit.status).toBe(200);
    const members = await admin.get(`/api/v1/programs/${p.id}/members`);
    expect(members.body.data).toEqual([]);
  });
});

describe('tier progress', () => {
  it('answers the current tier, the next, and each requirement with required vs actual and what is missing', async () => {
    const p = await program();
    const tiers = await ladder(p.id);
    const partner = await partnerWithContacts(2);
    await admin.post(`/api/v1/partners/${partner.id}/programs`, { programId: p.id, tierId: tiers.silver.id });
    const res = await admin.get(`/api/v1/partners/${partner.id}/tier-progress`);
    expect(res.status).toBe(200);
    const mine = res.body.programs.find((x: { program: { id: string } }) => x.program.id === p.id);
    expect(mine.currentTier.name).toBe('Silver');
    expect(mine.nextTier.name).toBe('Gold');
    expect(mine.requirements).toEqual([
      {
        key: 'contacts',
        label: 'Contacts',
        metric: 'partners.contacts',
        unit: 'count',
        required: 3,
        actual: 2,
        met: false,
        missing: 1,
      },
      // Nothing won by this partner yet: no data, never a faked zero.
      {
        key: 'revenue',
        label: 'Revenue (T4Q)',
        metric: 'revenue.trailing_4q',
        unit: 'money',
        required: 50_000_000,
        actual: null,
        met: null,
        missing: null,
      },
    ]);
    expect(mine.holdsCurrentTier).toBe(true);
  });

  it('a partner’s people see their own progress and their programs’ matrix only; another partner’s answers 404', async () => {
    const p = await program();
    await ladder(p.id);
    await admin.post(`/api/v1/partners/${t.world.partnerA.id}/programs`, { programId: p.id });
    expect((await partnerA.get(`/api/v1/partners/${t.world.partnerA.id}/tier-progress`)).status).toBe(200);
    expect((await partnerA.get(`/api/v1/partners/${t.world.partnerB.id}/tier-progress`)).status).toBe(404);
    const matrix = await partnerA.get(`/api/v1/programs/${p.id}/tiers`);
    expect(matrix.status).toBe(200);
    expect(matrix.body.data.map((x: { name: string }) => x.name)).toEqual(['Registered', 'Silver', 'Gold']);
    expect(matrix.body.data[2].benefits).toMatchObject({ discountPercent: 30, supportLevel: 'premium' });
    expect((await partnerB.get(`/api/v1/programs/${p.id}/tiers`)).status).toBe(404);
    expect((await partnerB.get(`/api/v1/programs/${p.id}`)).status).toBe(404);
    const listed = await partnerB.get('/api/v1/programs');
    expect(listed.body.data.map((x: { id: string }) => x.id)).not.toContain(p.id);
    const tiers = await partnerB.get('/api/v1/tiers', { query: { programId: p.id } });
    expect(tiers.body.data).toEqual([]);
    expect((await partnerA.get('/api/v1/tier-evaluations')).status).toBe(403);
  });
});

describe('tier evaluation', () => {
  it('proposes with evidence, changes nothing until approved, then changes the tier with history', async () => {
    const p = await program({ demotionGraceDays: 90 });
    const tiers = await ladder(p.id);
    const rising = await partnerWithContacts(1);
    const falling = await partnerWithContacts(0);
    await admin.post(`/api/v1/partners/${rising.id}/programs`, {
      programId: p.id,
      tierId: tiers.registered.id,
      joinedAt: '2024-01-15',
    });
    await admin.post(`/api/v1/partners/${falling.id}/programs`, {
      programId: p.id,
      tierId: tiers.silver.id,
      joinedAt: '2024-01-15',
    });

    const run = await pm.post('/api/v1/tier-evaluations', { programId: p.id });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body).toMatchObject({ evaluated: 2, promotions: 1, demotions: 0, inGrace: 1, trigger: 'manual' });
    expect(run.body.periodLabel).toMatch(/^FY\d{4} Q[1-4]$/);
    const detail = await pm.get(`/api/v1/tier-evaluations/${run.body.id}`);
    const [proposal] = detail.body.proposals;
    expect(proposal).toMatchObject({
      direction: 'promotion',
      fromTierId: tiers.registered.id,
      toTierId: tiers.silver.id,
      status: 'open',
    });
    const silverEvidence = proposal.evidence.tiers.find((x: { name: string }) => x.name === 'Silver');
    expect(silverEvidence.requirements[0]).toMatchObject({ required: 1, actual: 1, met: true });

    // Nothing changed yet.
    const before = await admin.get(`/api/v1/partners/${rising.id}/programs`);
    expect(before.body.data[0].tierId).toBe(tiers.registered.id);

    // The owner's inbox heard of it.
    const inbox = await pm.get('/api/v1/me/notifications');
    expect(inbox.body.data.map((n: { link: string }) => n.link)).toContain(`/programs/evaluations/${run.body.id}`);

    // A partner manager who does not own the partner cannot decide.
    const pm2 = await t.login(t.world.users.pm2.email, PASSWORD);
    expect((await pm2.post(`/api/v1/tier-proposals/${proposal.id}/approve`, {})).status).toBe(403);

    const approved = await pm.post(`/api/v1/tier-proposals/${proposal.id}/approve`, { note: 'Well earned' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const after = await admin.get(`/api/v1/partners/${rising.id}/programs`);
    expect(after.body.data[0].tierId).toBe(tiers.silver.id);
    const history = await admin.get(`/api/v1/partners/${rising.id}/tier-history`);
    expect(history.body.data[0]).toMatchObject({ toTierId: tiers.silver.id, proposalId: proposal.id });
    expect(history.body.data[0].reason).toContain('Well earned');
    expect((await pm.post(`/api/v1/tier-proposals/${proposal.id}/reject`, {})).status).toBe(409);

    // The falling partner is in its grace period: no demotion until it has passed.
    const fallingMembership = (await admin.get(`/api/v1/partners/${falling.id}/programs`)).body.data[0];
    expect(fallingMembership.belowSince).not.toBeNull();
    expect(fallingMembership.tierId).toBe(tiers.silver.id);
    await admin.patch(`/api/v1/programs/${p.id}`, { demotionGraceDays: 0 });
    const second = await admin.post('/api/v1/tier-evaluations', { programId: p.id });
    expect(second.body).toMatchObject({ promotions: 0, demotions: 1, inGrace: 0 });
    const demotion = (await admin.get(`/api/v1/tier-evaluations/${second.body.id}`)).body.proposals[0];
    expect(demotion).toMatchObject({ direction: 'demotion', toTierId: tiers.registered.id });
    const rejected = await admin.post(`/api/v1/tier-proposals/${demotion.id}/reject`, { note: 'Recovering' });
    expect(rejected.body.status).toBe('rejected');
    expect((await admin.get(`/api/v1/partners/${falling.id}/programs`)).body.data[0].tierId).toBe(tiers.silver.id);
  });

  it('approving in the default program moves the partner’s tierId too', async () => {
    const partner = await partnerWithContacts(0);
    const join = await admin.post(`/api/v1/partners/${partner.id}/programs`, { programId: DEFAULT_PROGRAM_ID });
    expect(join.status).toBe(201);
    const placed = await admin.put(`/api/v1/partners/${partner.id}/programs/${join.body.id}/tier`, {
      tierId: t.world.tierId,
      reason: 'Signed',
    });
    expect(placed.status).toBe(200);
    expect((await admin.get(`/api/v1/partners/${partner.id}`)).body.tierId).toBe(t.world.tierId);
  });
});

describe('lifecycle', () => {
  it('POST/GET /partners/{id}/lifecycle are the stage transitions under the issue’s names', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const moved = await pm.post(`/api/v1/partners/${partner.id}/lifecycle`, { stage: 'qualified', reason: 'Good fit' });
    expect(moved.status).toBe(201);
    expect(moved.body).toMatchObject({ fromStage: 'prospect', toStage: 'qualified', reason: 'Good fit' });
    const list = await pm.get(`/api/v1/partners/${partner.id}/lifecycle`);
    expect(list.body.data.at(-1)).toMatchObject({ toStage: 'qualified' });
    expect((await partnerB.get(`/api/v1/partners/${partner.id}/lifecycle`)).status).toBe(404);
  });

  it('a milestone rule proposes a move with its evidence; confirming performs the transition with the rule as the reason', async () => {
    const ready = await partnerWithContacts(2);
    const notYet = await partnerWithContacts(0);
    const rule = await admin.post('/api/v1/milestone-rules', {
      name: `Two contacts qualify ${unique()}`,
      fromStages: ['prospect'],
      toStage: 'qualified',
      metric: 'partners.contacts',
      operator: '>=',
      threshold: 2,
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    const bad = await admin.post('/api/v1/milestone-rules', {
      ...rule.body,
      id: undefined,
      createdAt: undefined,
      updatedAt: undefined,
      active: undefined,
      name: 'x',
      metric: 'nope',
    });
    expect(bad.status).toBe(422);
    const check = await admin.post('/api/v1/milestone-rules/check', { ruleId: rule.body.id });
    expect(check.status).toBe(200);
    const proposals = await admin.get('/api/v1/milestone-proposals', { query: { status: 'open' } });
    const mine = proposals.body.data.filter((x: { ruleId: string }) => x.ruleId === rule.body.id);
    const ids = mine.map((x: { partnerId: string }) => x.partnerId);
    expect(ids).toContain(ready.id);
    expect(ids).not.toContain(notYet.id);
    const proposal = mine.find((x: { partnerId: string }) => x.partnerId === ready.id);
    expect(proposal.evidence).toMatchObject({ metric: 'partners.contacts', actual: 2, operator: '>=', threshold: 2 });
    expect((await admin.get(`/api/v1/partners/${ready.id}`)).body.lifecycleStage).toBe('prospect');
    const confirmed = await pm.post(`/api/v1/milestone-proposals/${proposal.id}/confirm`, {});
    expect(confirmed.status).toBe(200);
    expect((await admin.get(`/api/v1/partners/${ready.id}`)).body.lifecycleStage).toBe('qualified');
    const transitions = await admin.get(`/api/v1/partners/${ready.id}/lifecycle`);
    expect(transitions.body.data.at(-1).reason).toContain('Two contacts qualify');
    // Checking again proposes nothing new for the partner that moved on.
    await admin.post('/api/v1/milestone-rules/check', { ruleId: rule.body.id });
    const again = await admin.get('/api/v1/milestone-proposals', { query: { status: 'open', partnerId: ready.id } });
    expect(again.body.data).toEqual([]);
  });
});

describe('the program editor', () => {
  it('reorders a program’s tiers: they swap ranks, each change audited; a list that is not the ladder names tierIds', async () => {
    const p = await program();
    const { registered, silver, gold } = await ladder(p.id);
    const reordered = await pm.put(`/api/v1/programs/${p.id}/tier-order`, { tierIds: [silver.id, registered.id, gold.id] });
    expect(reordered.status, JSON.stringify(reordered.body)).toBe(200);
    expect(reordered.body.data.map((x: { id: string; rank: number }) => [x.id, x.rank])).toEqual([
      [silver.id, 0],
      [registered.id, 1],
      [gold.id, 2],
    ]);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'tier', entityId: silver.id } });
    expect(JSON.stringify(audit.body)).toContain('from rank 1 to 0');
    for (const tierIds of [
      [silver.id, registered.id],
      [silver.id, silver.id, gold.id],
      [silver.id, registered.id, p.id],
    ]) {
      const bad = await admin.put(`/api/v1/programs/${p.id}/tier-order`, { tierIds });
      expect(bad.status).toBe(422);
      expect(bad.body.errors[0].path).toBe('tierIds');
    }
    expect((await partnerA.put(`/api/v1/programs/${p.id}/tier-order`, { tierIds: [] })).status).toBe(403);
  });

  it('deletes a tier only while no partner holds it', async () => {
    const p = await program();
    const { registered, silver } = await ladder(p.id);
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const joined = await pm.post(`/api/v1/partners/${partner.id}/programs`, { programId: p.id, tierId: silver.id });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    const refused = await admin.delete(`/api/v1/tiers/${silver.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('still in this tier');
    expect((await admin.delete(`/api/v1/tiers/${registered.id}`)).status).toBe(204);
    const left = await pm.post(`/api/v1/partners/${partner.id}/programs/${joined.body.id}/leave`, { reason: 'Test' });
    expect(left.status).toBe(200);
    expect((await admin.delete(`/api/v1/tiers/${silver.id}`)).status).toBe(204);
    // The history still names the tier the partner left.
    const history = await admin.get(`/api/v1/partners/${partner.id}/tier-history`);
    expect(history.body.data.map((x: { reason: string }) => x.reason).join('|')).toContain('Left');
  });

  it('records a custom requirement value for a partner; the requirement is met in its tier progress', async () => {
    const p = await program();
    await admin.post(`/api/v1/programs/${p.id}/tiers`, { name: 'Entry', rank: 0 });
    const plan = await admin.post(`/api/v1/programs/${p.id}/tiers`, {
      name: 'Planned',
      rank: 1,
      requirements: [{ key: 'plan', type: 'custom', metric: 'business_plan', label: 'Business plan signed', min: 1 }],
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    expect((await pm.post(`/api/v1/partners/${partner.id}/programs`, { programId: p.id })).status).toBe(201);
    const progressOf = async () =>
      (await pm.get(`/api/v1/partners/${partner.id}/tier-progress`)).body.programs.find(
        (x: { program: { id: string } }) => x.program.id === p.id,
      );
    expect((await progressOf()).nextTier.name).toBe('Entry');
    const bad = await pm.put(`/api/v1/partners/${partner.id}/custom-metrics`, { key: 'Business Plan', value: 1 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('key');
    const saved = await pm.put(`/api/v1/partners/${partner.id}/custom-metrics`, {
      key: 'business_plan',
      value: 1,
      note: 'Signed',
    });
    expect(saved.status).toBe(200);
    expect((await pm.get(`/api/v1/partners/${partner.id}/custom-metrics`)).body.data).toMatchObject([
      { key: 'business_plan', value: 1, note: 'Signed' },
    ]);
    expect((await partnerA.put(`/api/v1/partners/${partner.id}/custom-metrics`, { key: 'x', value: 1 })).status).toBe(403);
  });
});

describe('milestone rules on onboarding events', () => {
  it('completing the last onboarding task proposes “onboarding complete → enabled” without waiting for the schedule', async () => {
    const rule = await admin.post('/api/v1/milestone-rules', {
      name: `Onboarded ${unique()}`,
      fromStages: ['onboarding'],
      toStage: 'enabled',
      metric: 'onboarding.completion',
      operator: '>=',
      threshold: 100,
    });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const template = await pm.post('/api/v1/onboarding-templates', {
      name: `Quick ${unique()}`,
      steps: [
        { title: 'Kick-off call', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 2 },
        { title: 'Demo tenant', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 5 },
      ],
    });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const started = await pm.post(`/api/v1/partners/${partner.id}/onboardings`, { templateId: template.body.id });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect((await pm.get(`/api/v1/partners/${partner.id}`)).body.lifecycleStage).toBe('onboarding');
    const open = async () =>
      (await admin.get('/api/v1/milestone-proposals', { query: { status: 'open', partnerId: partner.id } })).body.data.filter(
        (x: { ruleId: string }) => x.ruleId === rule.body.id,
      );
    const [first, last] = started.body.tasks as { id: string }[];
    expect((await pm.post(`/api/v1/onboarding-tasks/${first?.id}/complete`, {})).status).toBe(200);
    expect(await open()).toEqual([]);
    expect((await pm.post(`/api/v1/onboarding-tasks/${last?.id}/complete`, {})).status).toBe(200);
    let proposals: { id: string; evidence: { actual: number } }[] = [];
    // Milestone rules run after the commit: poll until a deadline (a busy machine takes longer).
    for (const deadline = Date.now() + 20_000; proposals.length === 0 && Date.now() < deadline; ) {
      proposals = await open();
      if (proposals.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(proposals).toHaveLength(1);
    expect(proposals[0]?.evidence.actual).toBe(100);
    const confirmed = await pm.post(`/api/v1/milestone-proposals/${proposals[0]?.id}/confirm`, { note: 'Ready' });
    expect(confirmed.status).toBe(200);
    const lifecycle = await pm.get(`/api/v1/partners/${partner.id}/lifecycle`);
    expect(lifecycle.body.data.at(-1)).toMatchObject({ fromStage: 'onboarding', toStage: 'enabled' });
    expect(lifecycle.body.data.at(-1).reason).toContain(rule.body.name);
  });
});

describe('importing program memberships', () => {
  const postCsv = async (client: Client, csv: string, dryRun: boolean) =>
    t.request('POST', '/api/v1/imports/program-memberships', {
      cookie: client.cookie,
      query: { dryRun: String(dryRun) },
      headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
      body: csv,
    });

  it('names each bad cell and joins nobody; a clean file joins each partner in its tier, as of the day it joined', async () => {
    const reseller = await program();
    const gold = await admin.post(`/api/v1/programs/${reseller.id}/tiers`, { name: 'Gold', rank: 2 });
    const mine = await makePartner(t.system(), t.world.users.pm.id);
    const alsoMine = await makePartner(t.system(), t.world.users.pm.id);
    const notMine = await makePartner(t.system(), t.world.users.pm2.id);
    const memberships = async (id: string) =>
      ((await pm.get(`/api/v1/partners/${id}/programs`)).body.data as { program: { id: string } }[]).filter(
        (m) => m.program.id === reseller.id,
      );

    const bad = [
      'Partner,Program,Tier,Joined on',
      `${mine.name},${reseller.name},Gold,2025-03-01`,
      `${mine.domains[0]},${reseller.name.toUpperCase()},,`,
      `Nobody Inc,${reseller.name},,`,
      `${alsoMine.id},No such program,,`,
      `${alsoMine.id},${reseller.name},Platinum,`,
      `${notMine.id},${reseller.name},,`,
      `${alsoMine.id},${reseller.name},,2099-01-01`,
    ].join('\n');
    const refused = await postCsv(pm, bad, false);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual([
      '3:program',
      '4:partner',
      '5:program',
      '6:tier',
      '7:partner',
      '8:joinedOn',
      // Row 6 already names the same partner and program: it counts, problems or not.
      '8:program',
    ]);
    expect(refused.body.errors[0].message).toBe('is also on row 2 for the same partner');
    expect(await memberships(mine.id)).toEqual([]);

    const good = [
      'Account Name,Partner program,Partner level,Member since',
      `${mine.name},${reseller.name},gold,2025-03-01`,
      `${alsoMine.domains[0]},${reseller.id},,`,
    ].join('\n');
    expect((await postCsv(pm, good, true)).body).toMatchObject({ rows: 2, errors: [] });
    expect(await memberships(mine.id)).toEqual([]);
    const done = await postCsv(pm, good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await memberships(mine.id)).toEqual([
      expect.objectContaining({ tier: expect.objectContaining({ id: gold.body.id }), joinedAt: '2025-03-01T00:00:00.000Z' }),
    ]);
    expect(await memberships(alsoMine.id)).toEqual([expect.objectContaining({ tier: null, leftAt: null })]);
    const history = await pm.get(`/api/v1/partners/${mine.id}/tier-history`);
    expect(history.body.data).toEqual([expect.objectContaining({ programId: reseller.id, toTierId: gold.body.id })]);
    const audit = await admin.get('/api/v1/audit-events', { query: { partnerId: mine.id, limit: 50 } });
    expect(audit.body.data.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`)).toEqual(
      expect.arrayContaining(['program_membership:create', 'program_membership:update']),
    );

    // Importing the same file again joins nobody twice.
    const again = await postCsv(pm, good, true);
    expect(again.body.errors.map((e: { message: string }) => e.message)).toEqual([
      `${mine.name} is already a member of ${reseller.name}`,
      `${alsoMine.name} is already a member of ${reseller.name}`,
    ]);
    // A partner user may not import at all.
    expect((await postCsv(partnerA, good, true)).status).toBe(403);
  });
});
