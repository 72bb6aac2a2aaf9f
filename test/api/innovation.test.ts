import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD } from '../support/world.js';

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

const IDEA = {
  title: 'Remote firmware updates',
  problem: 'Technicians drive to every clinic',
  proposal: 'Push signed updates through the platform',
  expectedValue: 'Two visits fewer per clinic and year',
};

describe('the innovation funnel', () => {
  it('a partner submits, reviewers score, the manager moves it stage by stage; the submitter is told', async () => {
    const partnerUser = await user('partnerUserA');
    const pm = await user('pm');
    const exec = await user('executive');
    const a = t.world.partnerA.id;
    const before = (await partnerUser.get('/api/v1/ideas/funnel')).body;
    expect(before.partnerId).toBe(a);
    const idea = await partnerUser.post(`/api/v1/partners/${a}/ideas`, IDEA);
    expect(idea.status).toBe(201);
    expect(idea.body).toMatchObject({ stage: 'submission', can: { edit: true, decide: false } });
    expect((await partnerUser.get('/api/v1/ideas/funnel')).body.stages.submission).toBe(before.stages.submission + 1);
    // The partner's manager is told.
    expect((await pm.get('/api/v1/me/notifications')).body.data.map((n: { title: string }) => n.title)).toContain(
      `${t.world.partnerA.name} submitted an idea: Remote firmware updates`,
    );
    // Only assigned reviewers score; only vendor staff are reviewers.
    expect((await exec.put(`/api/v1/ideas/${idea.body.id}/score`, { value: 4, feasibility: 3 })).status).toBe(403);
    const notStaff = await pm.put(`/api/v1/ideas/${idea.body.id}/reviewers`, { reviewerIds: [t.world.users.partnerAdminA.id] });
    expect(notStaff.status).toBe(422);
    expect(notStaff.body.errors[0].path).toBe('reviewerIds.0');
    const assigned = await pm.put(`/api/v1/ideas/${idea.body.id}/reviewers`, {
      reviewerIds: [t.world.users.executive.id, t.world.users.pm.id],
    });
    expect(assigned.body.reviews).toHaveLength(2);
    expect((await exec.put(`/api/v1/ideas/${idea.body.id}/score`, { value: 6, feasibility: 3 })).body.errors[0].path).toBe(
      'value',
    );
    await exec.put(`/api/v1/ideas/${idea.body.id}/score`, { value: 4, feasibility: 3, comment: 'Needs signing keys' });
    const scored = await pm.put(`/api/v1/ideas/${idea.body.id}/score`, { value: 5, feasibility: 2 });
    expect(scored.body.scores).toEqual({ value: 45, feasibility: 25, count: 2 });
    expect(
      scored.body.reviews.find((r: { reviewer: { id: string } }) => r.reviewer.id === t.world.users.executive.id).comment,
    ).toBe('Needs signing keys');
    // The partner sees the averages, not the individual scores and comments.
    const theirs = await partnerUser.get(`/api/v1/ideas/${idea.body.id}`);
    expect(theirs.body.scores.count).toBe(2);
    expect(theirs.body.reviews.every((r: { value: null; comment: null }) => r.value === null && r.comment === null)).toBe(true);
    // One stage at a time; the partner does not decide.
    expect((await partnerUser.post(`/api/v1/ideas/${idea.body.id}/decisions`, { stage: 'feasibility' })).status).toBe(403);
    const skip = await pm.post(`/api/v1/ideas/${idea.body.id}/decisions`, { stage: 'pilot' });
    expect(skip.status).toBe(422);
    expect(skip.body.errors[0].path).toBe('stage');
    const moved = await pm.post(`/api/v1/ideas/${idea.body.id}/decisions`, { stage: 'feasibility', reason: 'Clear demand' });
    expect(moved.status).toBe(201);
    expect(moved.body.stage).toBe('feasibility');
    expect((await partnerUser.patch(`/api/v1/ideas/${idea.body.id}`, { title: 'Later' })).status).toBe(422);
    const noReason = await pm.post(`/api/v1/ideas/${idea.body.id}/decisions`, { stage: 'stopped' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe('reason');
    const stopped = await pm.post(`/api/v1/ideas/${idea.body.id}/decisions`, {
      stage: 'stopped',
      reason: 'The device vendor said no',
    });
    expect(stopped.body).toMatchObject({ stage: 'stopped', stopReason: 'The device vendor said no', stoppedAt: 'feasibility' });
    expect(stopped.body.decisions.map((d: { fromStage: string; toStage: string }) => `${d.fromStage}→${d.toStage}`)).toEqual([
      'submission→feasibility',
      'feasibility→stopped',
    ]);
    expect((await pm.post(`/api/v1/ideas/${idea.body.id}/decisions`, { stage: 'submission' })).status).toBe(422);
    const inbox = (await partnerUser.get('/api/v1/me/notifications')).body.data.map((n: { title: string }) => n.title);
    expect(inbox).toContain('Your idea Remote firmware updates moves to feasibility');
    expect(inbox).toContain('Your idea Remote firmware updates was stopped');
  });

  it('each side sees its own: another partner’s idea is missing, its list and funnel hold only its own', async () => {
    const a = t.world.partnerA.id;
    const idea = await (await user('partnerAdminA')).post(`/api/v1/partners/${a}/ideas`, { ...IDEA, title: 'Alpha only' });
    const bUser = await user('partnerUserB');
    expect((await bUser.get(`/api/v1/ideas/${idea.body.id}`)).status).toBe(404);
    expect((await bUser.post(`/api/v1/partners/${a}/ideas`, IDEA)).status).toBe(404);
    const list = await bUser.get('/api/v1/ideas');
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(list.body.data.every((i: { partnerId: string }) => i.partnerId === t.world.partnerB.id)).toBe(true);
    const sum = (stages: Record<string, number>) => Object.values(stages).reduce((s, n) => s + n, 0);
    const funnel = await bUser.get('/api/v1/ideas/funnel');
    expect(funnel.body.partnerId).toBe(t.world.partnerB.id);
    expect(sum(funnel.body.stages)).toBe(list.body.data.length);
    // Asking for another partner's funnel counts nothing of it.
    expect(sum((await bUser.get('/api/v1/ideas/funnel', { query: { partnerId: a } })).body.stages)).toBe(0);
    // Vendor staff see all.
    const all = await (await user('finance')).get('/api/v1/ideas', { query: { partnerId: `${a},${t.world.partnerB.id}` } });
    expect(new Set(all.body.data.map((i: { partnerId: string }) => i.partnerId))).toEqual(new Set([a, t.world.partnerB.id]));
  });
  it('the alliance’s manager records an idea for its partner; the partner sees who recorded it; other managers may not', async () => {
    const a = t.world.partnerA.id;
    const pm = await user('pm');
    const recorded = await pm.post(`/api/v1/partners/${a}/ideas`, { ...IDEA, title: 'Raised in the QBR' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      partnerId: a,
      stage: 'submission',
      submittedBy: { id: t.world.users.pm.id, role: 'partner_manager' },
      can: { edit: true, decide: true },
    });
    expect((await pm.get('/api/v1/me')).body.can.recordIdeas).toBe(true);
    // The partner's people see it in their funnel and may still change it while at submission.
    const theirs = await user('partnerUserA');
    expect((await theirs.get('/api/v1/me')).body.can.recordIdeas).toBe(false);
    const list = await theirs.get('/api/v1/ideas');
    expect(list.body.data.map((i: { id: string }) => i.id)).toContain(recorded.body.id);
    // The admin records for any partner; the owner hears of it as recorded, not as submitted by the partner.
    const byAdmin = await (await user('admin')).post(`/api/v1/partners/${a}/ideas`, { ...IDEA, title: 'Heard at the summit' });
    expect(byAdmin.status).toBe(201);
    expect((await pm.get('/api/v1/me/notifications')).body.data.map((n: { title: string }) => n.title)).toContain(
      `An idea was recorded for ${t.world.partnerA.name}: Heard at the summit`,
    );
    // Another partner's manager, an executive and finance do not record ideas for it; nothing is saved.
    const before = (await pm.get('/api/v1/ideas/funnel', { query: { partnerId: a } })).body.stages.submission;
    expect((await (await user('pm2')).post(`/api/v1/partners/${a}/ideas`, IDEA)).status).toBe(403);
    expect((await (await user('executive')).post(`/api/v1/partners/${a}/ideas`, IDEA)).status).toBe(403);
    expect((await (await user('finance')).get('/api/v1/me')).body.can.recordIdeas).toBe(false);
    expect((await pm.get('/api/v1/ideas/funnel', { query: { partnerId: a } })).body.stages.submission).toBe(before);
  });
});
