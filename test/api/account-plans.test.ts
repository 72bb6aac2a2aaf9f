import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { remindDueActions } from '../../src/modules/account-plans/index.js';
import { getSettings } from '../../src/modules/settings/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

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
const day = (offset: number) => addDays(today(), offset);
let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}`;

function expectStatus(res: Response, status: number) {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
}

async function partnerWithPeople() {
  const partner = await makePartner(t.system(), t.world.users.pm.id);
  const adminUser = await makeUser(t.system(), 'partner_admin', partner.id);
  const plainUser = await makeUser(t.system(), 'partner_user', partner.id);
  return { partner, adminUser, plainUser, admin: await as(adminUser.email), plain: await as(plainUser.email) };
}

/** A key account with two opportunities: one the partner co-sells, one it has no part in. */
async function keyAccount(partnerId: string) {
  const pm = await user('pm');
  const u = uniq();
  const customer = { name: `Globex ${u}`, domain: `globex-${u}.example` };
  const involved = await pm.post('/api/v1/opportunities', {
    title: `Analytics rollout ${u}`,
    customer,
    amount: 4_000_000,
    currency: 'USD',
    stage: 'proposal',
    closeDate: day(60),
  });
  expectStatus(involved, 201);
  expectStatus(
    await pm.post(`/api/v1/opportunities/${involved.body.id}/touches`, {
      partnerId,
      role: 'co_sell',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    }),
    201,
  );
  const won = await pm.post('/api/v1/opportunities', {
    title: `Integration hub ${u}`,
    accountId: involved.body.account.id,
    amount: 1_500_000,
    currency: 'USD',
    stage: 'closed_won',
    closeDate: day(-5),
  });
  expectStatus(won, 201);
  expectStatus(
    await pm.post(`/api/v1/opportunities/${won.body.id}/touches`, {
      partnerId,
      role: 'delivery',
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    }),
    201,
  );
  const direct = await pm.post('/api/v1/opportunities', {
    title: `Direct renewal ${u}`,
    accountId: involved.body.account.id,
    amount: 9_000_000,
    currency: 'USD',
    stage: 'negotiation',
    closeDate: day(30),
  });
  expectStatus(direct, 201);
  return { accountId: involved.body.account.id as string, involved: involved.body, won: won.body, direct: direct.body, u };
}

describe('joint account plans', () => {
  it('a vendor drafts a plan for a key account with a partner; each side writes its part; the partner sees only its plan and its opportunities', async () => {
    const pm = await user('pm');
    const { partner, adminUser, admin: partnerAdmin, plain: partnerUser } = await partnerWithPeople();
    const other = await partnerWithPeople();
    const account = await keyAccount(partner.id);

    const created = await pm.post('/api/v1/account-plans', {
      partnerId: partner.id,
      accountId: account.accountId,
      periodStart: day(-30),
      periodEnd: day(335),
      summary: 'Expand from Finance into Operations together',
      businessUnits: ['Finance', 'Operations'],
      solutionAreas: ['Analytics', 'Integration'],
    });
    expectStatus(created, 201);
    const plan = created.body;
    expect(plan).toMatchObject({ status: 'draft', partnerId: partner.id, account: { id: account.accountId } });
    expect(plan.title).toContain('Globex');

    // The same account and partner cannot have two open plans; another partner may have its own.
    const twice = await pm.post('/api/v1/account-plans', {
      partnerId: partner.id,
      accountId: account.accountId,
      periodStart: day(0),
      periodEnd: day(100),
    });
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].path).toBe('accountId');
    const otherPlan = await pm.post('/api/v1/account-plans', {
      partnerId: other.partner.id,
      accountId: account.accountId,
      periodStart: day(0),
      periodEnd: day(100),
    });
    expectStatus(otherPlan, 201);

    // Linked opportunities: those the partner is involved in, with pipeline and won totals.
    const reporting = (await getSettings(t.system())).reportingCurrency;
    expect(plan.opportunities.data.map((o: { id: string }) => o.id).sort()).toEqual([account.involved.id, account.won.id].sort());
    if (reporting === 'USD')
      expect(plan.opportunities).toMatchObject({ pipeline: { amount: 4_000_000 }, won: { amount: 1_500_000 } });
    expect(otherPlan.body.opportunities.data).toEqual([]);

    // Teams: the vendor names its people; the partner names its own side only.
    expectStatus(
      await pm.put(`/api/v1/account-plans/${plan.id}/team`, {
        side: 'vendor',
        members: [{ userId: t.world.users.pm.id, role: 'account_owner' }],
      }),
      200,
    );
    const team = await partnerAdmin.put(`/api/v1/account-plans/${plan.id}/team`, {
      side: 'partner',
      members: [{ userId: adminUser.id, role: 'executive_sponsor', note: 'Knows the CFO' }],
    });
    expectStatus(team, 200);
    expect(team.body.team.map((m: { side: string; role: string }) => `${m.side}:${m.role}`)).toEqual([
      'partner:executive_sponsor',
      'vendor:account_owner',
    ]);
    const wrongSide = await partnerAdmin.put(`/api/v1/account-plans/${plan.id}/team`, { side: 'vendor', members: [] });
    expect(wrongSide.status).toBe(403);
    const stranger = await partnerAdmin.put(`/api/v1/account-plans/${plan.id}/team`, {
      side: 'partner',
      members: [{ userId: other.adminUser.id, role: 'account_owner' }],
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].path).toBe('members.0.userId');

    // The header: the partner writes its fields only.
    expectStatus(
      await partnerUser.patch(`/api/v1/account-plans/${plan.id}`, { partnerRelationships: 'Our PS team runs their ERP' }),
      200,
    );
    const notMine = await partnerUser.patch(`/api/v1/account-plans/${plan.id}`, { summary: 'Rewritten' });
    expect(notMine.status).toBe(403);
    expect(notMine.body.errors[0].path).toBe('summary');

    // Whitespace: the vendor marks what it has installed; the partner states its side, validated.
    expectStatus(
      await pm.put(`/api/v1/account-plans/${plan.id}/whitespace`, {
        unit: 'Finance',
        area: 'Analytics',
        status: 'vendor_installed',
      }),
      200,
    );
    const partnerCell = await partnerUser.put(`/api/v1/account-plans/${plan.id}/whitespace`, {
      unit: 'Operations',
      area: 'Integration',
      status: 'partner_installed',
      notes: 'MuleSoft today',
    });
    expectStatus(partnerCell, 200);
    expect(partnerCell.body.whitespace).toEqual([
      expect.objectContaining({ unit: 'Finance', area: 'Analytics', status: 'vendor_installed' }),
      expect.objectContaining({
        unit: 'Operations',
        area: 'Integration',
        status: 'partner_installed',
        partnerNotes: 'MuleSoft today',
      }),
    ]);
    const overwrite = await partnerUser.put(`/api/v1/account-plans/${plan.id}/whitespace`, {
      unit: 'Finance',
      area: 'Analytics',
      status: 'joint_opportunity',
    });
    expect(overwrite.status).toBe(403);
    expect(overwrite.body.errors[0].path).toBe('status');
    const badStatus = await partnerUser.put(`/api/v1/account-plans/${plan.id}/whitespace`, {
      unit: 'Finance',
      area: 'Integration',
      status: 'maybe',
    });
    expect([400, 422]).toContain(badStatus.status);
    expect(badStatus.body.errors[0].path).toBe('status');
    const badUnit = await pm.put(`/api/v1/account-plans/${plan.id}/whitespace`, {
      unit: 'Legal',
      area: 'Analytics',
      status: 'competitor',
    });
    expect(badUnit.status).toBe(422);
    expect(badUnit.body.errors[0].path).toBe('unit');

    // Goals: money and a date; bad input names the field, nothing is saved.
    const goal = await partnerAdmin.post(`/api/v1/account-plans/${plan.id}/goals`, {
      title: 'Land integration in Operations',
      target: { amount: 10_000_000, currency: 'USD' },
      achieved: { amount: 2_000_000, currency: 'USD' },
      targetDate: day(200),
    });
    expectStatus(goal, 201);
    expect(goal.body.progress).toMatchObject({ percent: 20 });
    const badGoal = await pm.post(`/api/v1/account-plans/${plan.id}/goals`, {
      title: 'Half a dollar',
      target: { amount: 10.5, currency: 'USD' },
      targetDate: day(10),
    });
    expect([400, 422]).toContain(badGoal.status);
    expect(badGoal.body.errors[0].path).toBe('target.amount');
    const mixed = await pm.post(`/api/v1/account-plans/${plan.id}/goals`, {
      title: 'Mixed',
      target: { amount: 100, currency: 'USD' },
      achieved: { amount: 50, currency: 'EUR' },
      targetDate: day(10),
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors[0].path).toBe('achieved.currency');
    const progressed = await pm.patch(`/api/v1/account-plan-goals/${goal.body.id}`, {
      achieved: { amount: 10_000_000, currency: 'USD' },
      status: 'achieved',
    });
    expectStatus(progressed, 200);
    expect(progressed.body.progress).toMatchObject({ percent: 100, state: 'achieved' });

    // Actions: each side its own; the partner completes its own and not the vendor's.
    const vendorAction = await pm.post(`/api/v1/account-plans/${plan.id}/actions`, {
      title: 'Executive briefing',
      ownerId: t.world.users.pm.id,
      dueOn: day(-2),
    });
    expectStatus(vendorAction, 201);
    expect(vendorAction.body).toMatchObject({ side: 'vendor', overdue: true });
    const partnerAction = await partnerAdmin.post(`/api/v1/account-plans/${plan.id}/actions`, {
      title: 'Map the ERP landscape',
      ownerId: adminUser.id,
      dueOn: day(7),
    });
    expectStatus(partnerAction, 201);
    expect(partnerAction.body).toMatchObject({ side: 'partner', overdue: false, can: { complete: true } });
    const forVendor = await partnerAdmin.post(`/api/v1/account-plans/${plan.id}/actions`, {
      title: 'x',
      side: 'vendor',
      dueOn: day(1),
    });
    expect(forVendor.status).toBe(403);
    const vendorOwner = await partnerAdmin.post(`/api/v1/account-plans/${plan.id}/actions`, {
      title: 'x',
      ownerId: t.world.users.pm.id,
      dueOn: day(1),
    });
    expect(vendorOwner.status).toBe(422);
    expect(vendorOwner.body.errors[0].path).toBe('ownerId');
    expect((await partnerUser.patch(`/api/v1/account-plan-actions/${vendorAction.body.id}`, { status: 'done' })).status).toBe(
      403,
    );
    const done = await partnerUser.patch(`/api/v1/account-plan-actions/${partnerAction.body.id}`, { status: 'done' });
    expectStatus(done, 200);
    expect(done.body).toMatchObject({ status: 'done', completedBy: { id: expect.any(String) } });

    // The partner's view: its plan, the involved opportunities only, with what each shares.
    const seen = await partnerUser.get(`/api/v1/account-plans/${plan.id}`);
    expectStatus(seen, 200);
    expect(seen.body.account).toMatchObject({ id: account.accountId, name: expect.stringContaining('Globex') });
    const seenIds = seen.body.opportunities.data.map((o: { id: string }) => o.id);
    expect(seenIds).not.toContain(account.direct.id);
    expect(seenIds.sort()).toEqual([account.involved.id, account.won.id].sort());
    expect(seen.body.overdueActions).toBe(1);
    const list = await partnerUser.get('/api/v1/account-plans');
    expect(list.body.data.map((p: { id: string }) => p.id)).toEqual([plan.id]);

    // Another partner's plan answers like a missing one, on every route.
    expect((await other.admin.get(`/api/v1/account-plans/${plan.id}`)).status).toBe(404);
    expect((await other.admin.patch(`/api/v1/account-plans/${plan.id}`, { partnerNotes: 'x' })).status).toBe(404);
    expect((await other.admin.patch(`/api/v1/account-plan-actions/${partnerAction.body.id}`, { status: 'open' })).status).toBe(
      404,
    );
    expect((await other.admin.patch(`/api/v1/account-plan-goals/${goal.body.id}`, { title: 'x' })).status).toBe(404);
    // The other partner, not involved in any of the account's opportunities, sees its own plan's account and no opportunity.
    const otherSeen = await other.plain.get(`/api/v1/account-plans/${otherPlan.body.id}`);
    expectStatus(otherSeen, 200);
    expect(otherSeen.body.account.name).toContain('Globex');
    expect(otherSeen.body.opportunities.data).toEqual([]);
    expect((await other.plain.get(`/api/v1/opportunities/${account.involved.id}`)).status).toBe(404);

    // Status: the vendor activates and closes; a closed plan takes no changes; a partner cannot.
    expect((await partnerAdmin.post(`/api/v1/account-plans/${plan.id}/status`, { status: 'active' })).status).toBe(403);
    const active = await pm.post(`/api/v1/account-plans/${plan.id}/status`, { status: 'active', reason: 'Kick-off' });
    expectStatus(active, 200);
    expect(active.body).toMatchObject({ status: 'active', activatedAt: expect.any(String) });
    const back = await pm.post(`/api/v1/account-plans/${plan.id}/status`, { status: 'draft' });
    expect(back.status).toBe(422);
    expect(back.body.errors[0].path).toBe('status');

    // Metrics: one active plan, one overdue action (the vendor's).
    const metrics = await withTx(t.system(), async (c) => {
      const defs = await loadMetrics();
      const value = async (key: string) =>
        (await defs.get(key)!.compute(c, [partner.id, other.partner.id], new Date())).get(partner.id);
      return { active: await value('account_plans.active'), overdue: await value('account_plans.overdue_actions') };
    });
    expect(metrics).toEqual({ active: 1, overdue: 1 });

    // The daily reminder tells the vendor action's owner once per due date.
    const first = await remindDueActions(t.system());
    expect(first).toBeGreaterThanOrEqual(1);
    const inbox = await pm.get('/api/v1/me/notifications');
    const reminders = inbox.body.data.filter((i: { title: string }) => i.title === 'Overdue: Executive briefing');
    expect(reminders).toHaveLength(1);
    await remindDueActions(t.system());
    const again = await pm.get('/api/v1/me/notifications');
    expect(again.body.data.filter((i: { title: string }) => i.title === 'Overdue: Executive briefing')).toHaveLength(1);

    const closed = await pm.post(`/api/v1/account-plans/${plan.id}/status`, { status: 'closed', reason: 'Period over' });
    expectStatus(closed, 200);
    const afterClose = await partnerUser.put(`/api/v1/account-plans/${plan.id}/whitespace`, {
      unit: 'Operations',
      area: 'Analytics',
      status: 'joint_opportunity',
    });
    expect(afterClose.status).toBe(422);

    // Every change was audited and emitted an account_plan* event.
    const events = await withTx(t.system(), (c) =>
      c.tx.execute<{ name: string }>(
        sql`select name from domain_events where partner_id = ${partner.id} and name like 'account_plan%'`,
      ),
    );
    const names = new Set(events.rows.map((r) => r.name));
    for (const name of [
      'account_plan.created',
      'account_plan.team_changed',
      'account_plan.updated',
      'account_plan_cell.set',
      'account_plan_goal.created',
      'account_plan_goal.achieved',
      'account_plan_action.created',
      'account_plan_action.completed',
      'account_plan.activated',
      'account_plan.closed',
    ])
      expect(names, name).toContain(name);
  });

  it('refuses bad input naming the field and a partner where it competes with the vendor in the account’s segment', async () => {
    const pm = await user('pm');
    const admin = await user('admin');
    const { partner, admin: partnerAdmin } = await partnerWithPeople();
    const u = uniq();
    const missing = await pm.post('/api/v1/account-plans', { partnerId: partner.id, periodStart: day(0), periodEnd: day(10) });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe('accountId');
    const backwards = await pm.post('/api/v1/account-plans', {
      partnerId: partner.id,
      customer: { name: `Initech ${u}` },
      periodStart: day(10),
      periodEnd: day(0),
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors[0].path).toBe('periodEnd');
    const dup = await pm.post('/api/v1/account-plans', {
      partnerId: partner.id,
      customer: { name: `Initech ${u}` },
      periodStart: day(0),
      periodEnd: day(10),
      businessUnits: ['Finance', ' finance'],
    });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].path).toBe('businessUnits');
    // Nothing half-saved: no account plan was made by the refused requests.
    expect((await pm.get('/api/v1/account-plans', { query: { partnerId: partner.id } })).body.data).toEqual([]);
    expect(
      (
        await partnerAdmin.post('/api/v1/account-plans', {
          partnerId: partner.id,
          customer: { name: 'x' },
          periodStart: day(0),
          periodEnd: day(1),
        })
      ).status,
    ).toBe(403);

    // Coopetition: an account in a segment where the partner competes is never planned with it.
    const segment = `Public sector ${u}`;
    expectStatus(await admin.post(`/api/v1/partners/${partner.id}/coopetition-areas`, { kind: 'segment', name: segment }), 201);
    const account = await pm.post('/api/v1/accounts', { name: `Agency ${u}`, domain: `agency-${u}.example`, segment });
    expectStatus(account, 201);
    const refused = await pm.post('/api/v1/account-plans', {
      partnerId: partner.id,
      accountId: account.body.id,
      periodStart: day(0),
      periodEnd: day(90),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ path: 'partnerId', message: expect.stringContaining('coopetition') });
  });
});
