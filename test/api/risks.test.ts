import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestRisk, runRiskReviewSweep } from '../../src/modules/risks/index.js';
import { systemCtx } from '../../src/shared/context.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
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

/** A fresh partner owned by `pm`, with its own partner admin and user. */
async function alliance() {
  const partner = await makePartner(t.system(), t.world.users.pm.id);
  const admin = await makeUser(t.system(), 'partner_admin', partner.id);
  const member = await makeUser(t.system(), 'partner_user', partner.id);
  return { partner, admin, member, partnerAdmin: await as(admin.email), partnerUser: await as(member.email) };
}

describe('risk register', () => {
  it('the manager raises a risk: scored, banded, unshared by default and invisible to the partner; bad input names the field', async () => {
    const { partner, partnerAdmin } = await alliance();
    const pm = await user('pm');
    const created = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Partner’s only certified architect may leave',
      category: 'operational',
      likelihood: 4,
      impact: 4,
      reviewOn: addDays(today(), 30),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      score: 16,
      band: 'high',
      status: 'open',
      shared: false,
      raisedBy: 'vendor',
      ownerId: t.world.users.pm.id,
      reviewOverdue: false,
      can: { edit: true, delete: true, share: true, mitigate: true },
    });
    // Not shared: the partner's people cannot see it, by id or in the list.
    expect((await partnerAdmin.get(`/api/v1/risks/${created.body.id}`)).status).toBe(404);
    expect((await partnerAdmin.get('/api/v1/risks')).body.data.map((r: { id: string }) => r.id)).not.toContain(created.body.id);

    const bad = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: '',
      category: 'weather',
      likelihood: 0,
      impact: 6,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['category', 'impact', 'likelihood', 'title']);
    // Another manager's partner: they read, but may not raise.
    expect(
      (
        await (
          await user('pm2')
        ).post(`/api/v1/partners/${partner.id}/risks`, { title: 'x', category: 'financial', likelihood: 1, impact: 1 })
      ).status,
    ).toBe(403);
  });

  it('sharing shows it to the partner; a partner person may own a shared risk but not a hidden one', async () => {
    const { partner, member, partnerUser } = await alliance();
    const pm = await user('pm');
    const created = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Data residency clause unclear for EU customers',
      category: 'legal_compliance',
      likelihood: 3,
      impact: 5,
    });
    const hiddenOwner = await pm.patch(`/api/v1/risks/${created.body.id}`, { ownerId: member.id });
    expect(hiddenOwner.status).toBe(422);
    expect(hiddenOwner.body.errors[0].path).toBe('ownerId');
    const shared = await pm.patch(`/api/v1/risks/${created.body.id}`, { shared: true, ownerId: member.id });
    expect(shared.status).toBe(200);
    expect(shared.body.owner.id).toBe(member.id);
    const seen = await partnerUser.get(`/api/v1/risks/${created.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.can).toEqual({ edit: false, delete: false, share: false, mitigate: false });
    expect((await partnerUser.patch(`/api/v1/risks/${created.body.id}`, { impact: 1 })).status).toBe(403);
    // Another company's people: 404, as if it did not exist.
    const other = await as(t.world.users.partnerUserB.email);
    expect((await other.get(`/api/v1/risks/${created.body.id}`)).status).toBe(404);
    expect((await other.get('/api/v1/risks', { query: { partnerId: partner.id } })).body.data).toEqual([]);
  });

  it('the partner raises a risk through the portal: shared, theirs, its manager told; they cannot unshare it', async () => {
    const { partner, admin, partnerAdmin } = await alliance();
    const raised = await partnerAdmin.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Vendor roadmap drops the connector we sell',
      category: 'strategic',
      likelihood: 2,
      impact: 5,
      shared: false, // not theirs to decide
      status: 'accepted', // nor this
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({
      shared: true,
      raisedBy: 'partner',
      status: 'open',
      ownerId: admin.id,
      band: 'significant',
    });
    expect((await partnerAdmin.patch(`/api/v1/risks/${raised.body.id}`, { shared: false })).status).toBe(403);
    const reRated = await partnerAdmin.patch(`/api/v1/risks/${raised.body.id}`, { likelihood: 4 });
    expect(reRated.body).toMatchObject({ score: 20, band: 'high' });
    const inbox = await (await user('pm')).get('/api/v1/me/notifications');
    expect(
      inbox.body.data.some(
        (n: { kind: string; title: string }) => n.kind === 'risks.raised' && n.title.includes('Vendor roadmap'),
      ),
    ).toBe(true);
    // Another partner cannot raise a risk on this one's alliance.
    const intruder = await as(t.world.users.partnerAdminB.email);
    const refused = await intruder.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'x',
      category: 'financial',
      likelihood: 1,
      impact: 1,
    });
    expect(refused.status).toBe(404);
  });

  it('mitigation actions: an open risk becomes mitigating; the owner updates theirs; overdue is shown', async () => {
    const { partner, member, partnerUser } = await alliance();
    const pm = await user('pm');
    const risk = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Joint pipeline depends on one partner seller',
      category: 'financial',
      likelihood: 3,
      impact: 3,
      shared: true,
    });
    const withAction = await pm.post(`/api/v1/risks/${risk.body.id}/actions`, {
      title: 'Certify two more sellers',
      ownerId: member.id,
      dueOn: addDays(today(), -1),
    });
    expect(withAction.status).toBe(201);
    expect(withAction.body.status).toBe('mitigating');
    const [action] = withAction.body.actions;
    expect(action).toMatchObject({ title: 'Certify two more sellers', overdue: true, can: { edit: true, delete: true } });
    // The partner's person owns it: they mark it done; they may not delete it.
    const done = await partnerUser.patch(`/api/v1/risk-actions/${action.id}`, { status: 'done' });
    expect(done.status).toBe(200);
    expect(done.body.actions[0]).toMatchObject({ status: 'done', overdue: false });
    expect(done.body.actions[0].doneAt).not.toBeNull();
    expect((await partnerUser.delete(`/api/v1/risk-actions/${action.id}`)).status).toBe(403);
    const badOwner = await pm.post(`/api/v1/risks/${risk.body.id}/actions`, {
      title: 'x',
      ownerId: t.world.users.partnerUserB.id,
    });
    expect(badOwner.status).toBe(422);
    expect(badOwner.body.errors[0].path).toBe('ownerId');
  });

  it('closing records when; the list filters by cell, band and liveness; the heat map counts live risks per cell', async () => {
    const { partner, partnerAdmin } = await alliance();
    const pm = await user('pm');
    const post = (title: string, likelihood: number, impact: number, shared = true) =>
      pm.post(`/api/v1/partners/${partner.id}/risks`, { title, category: 'security', likelihood, impact, shared });
    const a = await post('Shared credentials in the joint demo tenant', 5, 5);
    await post('Pen test findings open', 5, 5);
    await post('Unshared: partner reseller margin dispute', 2, 3, false);
    const closed = await post('Old SSO bug', 1, 1);
    const closedNow = await pm.patch(`/api/v1/risks/${closed.body.id}`, { status: 'closed' });
    expect(closedNow.body.closedAt).not.toBeNull();

    const cell = await pm.get('/api/v1/risks', { query: { partnerId: partner.id, likelihood: 5, impact: 5 } });
    expect(cell.body.data).toHaveLength(2);
    expect((await pm.get('/api/v1/risks', { query: { partnerId: partner.id, band: 'high,low' } })).body.data).toHaveLength(3);
    expect((await pm.get('/api/v1/risks', { query: { partnerId: partner.id, live: true } })).body.data).toHaveLength(3);

    const map = await pm.get('/api/v1/risks/heat-map', { query: { partnerId: partner.id } });
    expect(map.status).toBe(200);
    expect(map.body).toMatchObject({ partnerId: partner.id, total: 3, high: 2 });
    expect(map.body.cells).toHaveLength(25);
    expect(map.body.cells.find((c: { likelihood: number; impact: number }) => c.likelihood === 5 && c.impact === 5).count).toBe(
      2,
    );
    // The partner's map holds only what is shared with it.
    const theirs = await partnerAdmin.get('/api/v1/risks/heat-map');
    expect(theirs.body).toMatchObject({ partnerId: partner.id, total: 2, high: 2 });
    // Another company's map is 404 for a partner, like a missing partner.
    expect((await partnerAdmin.get('/api/v1/risks/heat-map', { query: { partnerId: t.world.partnerB.id } })).status).toBe(404);
    // The portfolio's, for vendor staff, spans partners.
    const portfolio = await (await user('executive')).get('/api/v1/risks/heat-map');
    expect(portfolio.body.partnerId).toBeNull();
    expect(portfolio.body.total).toBeGreaterThanOrEqual(4);
    expect(a.body.id).toBeTruthy();
  });

  it('the metrics count open and high risks per partner; partners without risks count 0', async () => {
    const { partner } = await alliance();
    const pm = await user('pm');
    await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'High one',
      category: 'reputational',
      likelihood: 3,
      impact: 5,
    });
    await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Low one',
      category: 'reputational',
      likelihood: 1,
      impact: 2,
    });
    const accepted = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Accepted',
      category: 'financial',
      likelihood: 5,
      impact: 5,
    });
    await pm.patch(`/api/v1/risks/${accepted.body.id}`, { status: 'accepted' });
    const empty = await makePartner(t.system(), t.world.users.pm.id);
    const { loadMetrics } = await import('../../src/server/module.js');
    const { withTx } = await import('../../src/db/scope.js');
    const metrics = await loadMetrics();
    const [open, high] = await withTx(t.system(), async (c) => [
      await metrics.get('risks.open')!.compute(c, [partner.id, empty.id], new Date()),
      await metrics.get('risks.high')!.compute(c, 'all', new Date()),
    ]);
    expect(open.get(partner.id)).toBe(2);
    expect(open.get(empty.id)).toBe(0);
    expect(high.get(partner.id)).toBe(1);
    expect(high.get(empty.id)).toBe(0);
  });

  it('an overdue review reminds the owner once per review date, however often the job runs', async () => {
    const { partner } = await alliance();
    const pm = await user('pm');
    const risk = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Review me: pricing change undercuts partner margin',
      category: 'financial',
      likelihood: 2,
      impact: 4,
      reviewOn: addDays(today(), 2),
    });
    const later = systemCtx(t.database.db, 'test: risk reviews', new Date(Date.now() + 5 * 86_400_000));
    const first = await runRiskReviewSweep(later);
    const second = await runRiskReviewSweep(later);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(second.reminded).toBe(0);
    const inbox = await pm.get('/api/v1/me/notifications');
    const reminders = inbox.body.data.filter(
      (n: { kind: string; title: string }) => n.kind === 'risks.review_overdue' && n.title.includes('pricing change'),
    );
    expect(reminders).toHaveLength(1);
    // Rescheduled: a new date, a new reminder when it passes.
    await pm.patch(`/api/v1/risks/${risk.body.id}`, { reviewOn: addDays(today(), 3) });
    const third = await runRiskReviewSweep(systemCtx(t.database.db, 'test', new Date(Date.now() + 10 * 86_400_000)));
    expect(third.reminded).toBeGreaterThanOrEqual(1);
    expect((await pm.get('/api/v1/risks', { query: { partnerId: partner.id, reviewOverdue: true } })).body.data).toHaveLength(0);
    await makeTestRisk(t.system(), partner.id, { reviewOn: addDays(today(), -3), raisedBy: 'vendor' });
    expect((await pm.get('/api/v1/risks', { query: { partnerId: partner.id, reviewOverdue: true } })).body.data).toHaveLength(1);
  });

  it('every change is audited and emits an event; deleting is the manager’s', async () => {
    const { partner, partnerAdmin } = await alliance();
    const pm = await user('pm');
    const risk = await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'To delete',
      category: 'operational',
      likelihood: 2,
      impact: 2,
      shared: true,
    });
    await pm.patch(`/api/v1/risks/${risk.body.id}`, { status: 'mitigating' });
    expect((await partnerAdmin.delete(`/api/v1/risks/${risk.body.id}`)).status).toBe(403);
    expect((await pm.delete(`/api/v1/risks/${risk.body.id}`)).status).toBe(204);
    const audit = await (await user('admin')).get('/api/v1/audit-events', { query: { entityId: risk.body.id } });
    expect(audit.status).toBe(200);
    expect(audit.body.data.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'update']);
  });
});

describe('importing a risk register', () => {
  const postCsv = async (key: keyof SeededApp['world']['users'], csv: string, dryRun: boolean) => {
    const client = await user(key);
    return t.request('POST', '/api/v1/imports/risks', {
      cookie: client.cookie,
      query: { dryRun: String(dryRun) },
      headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
      body: csv,
    });
  };

  it('names each bad cell and writes nothing; a clean file raises every risk on its partner', async () => {
    const { partner } = await alliance();
    const bad = [
      'Partner ID,Title,Category,Likelihood,Impact,Shared',
      `${partner.id},Sponsor may retire,strategic,6,4,no`,
      `${partner.id},Data residency gap,weather,2,3,yes`,
      `no such partner,Orphan risk,financial,2,2,no`,
    ].join('\n');
    const refused = await postCsv('pm', bad, false);
    expect(refused.status).toBe(422);
    const errors = refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`);
    expect(errors).toEqual(expect.arrayContaining(['2:likelihood', '3:category', '4:partner']));
    const pm = await user('pm');
    expect((await pm.get('/api/v1/risks', { query: { partnerId: partner.id } })).body.data).toHaveLength(0);

    const good = [
      'Partner,Risk,Type,Probability,Severity,Review date,Visible to partner',
      `${partner.id},Sponsor may retire,strategic,4,4,2031-01-15,no`,
      `${partner.id},Data residency gap,compliance,2,3,,yes`,
    ].join('\n');
    expect((await postCsv('pm', good, true)).body).toMatchObject({ rows: 2, errors: [] });
    expect((await pm.get('/api/v1/risks', { query: { partnerId: partner.id } })).body.data).toHaveLength(0);
    const done = await postCsv('pm', good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const register = (await pm.get('/api/v1/risks', { query: { partnerId: partner.id } })).body.data as {
      title: string;
      category: string;
      shared: boolean;
      reviewOn: string | null;
      band: string;
    }[];
    expect(register.map((r) => [r.title, r.category, r.shared, r.reviewOn]).sort()).toEqual([
      ['Data residency gap', 'legal_compliance', true, null],
      ['Sponsor may retire', 'strategic', false, '2031-01-15'],
    ]);
    // Another manager may not import into a partner that is not theirs.
    const other = await postCsv('pm2', good, true);
    expect(other.body.errors.map((e: { column: string }) => e.column)).toEqual(['partner', 'partner']);
  });
});
