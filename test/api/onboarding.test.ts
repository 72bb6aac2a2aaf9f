import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../../src/modules/files/index.js';
import { onboardingCompletion } from '../../src/modules/onboarding/index.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
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

function upload(client: Client, url: string, bytes: Buffer, filename = 'w9.pdf'): Promise<Response> {
  const { payload, contentType } = multipartBody({ filename, contentType: 'application/pdf', bytes });
  return t.request('POST', url, {
    body: payload,
    cookie: client.cookie,
    headers: { 'content-type': contentType, 'x-csrf-token': client.csrfToken },
  });
}

const today = () => localDateOf(new Date(), 'UTC');

type Task = {
  id: string;
  title: string;
  ownerSide: string;
  dueOn: string;
  status: string;
  overdue: boolean;
  can: { complete: boolean };
};

const STEPS = [
  { title: 'Kick-off call', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 2 },
  {
    title: 'Sign the reseller agreement',
    ownerSide: 'partner',
    ownerRole: 'partner_admin',
    dueOffsetDays: 5,
    requirement: 'document',
  },
  {
    title: 'Accept the partner code of conduct',
    ownerSide: 'partner',
    ownerRole: 'partner_user',
    dueOffsetDays: 7,
    requirement: 'acknowledgement',
  },
  { title: 'Provision the demo tenant', ownerSide: 'vendor', ownerRole: 'admin', dueOffsetDays: 30 },
  { title: 'Say hello on the partner Slack', ownerSide: 'partner', ownerRole: 'partner_user', dueOffsetDays: 3, required: false },
];

/** A prospect owned by `pm`, with its own partner admin and user, onboarding started ten days ago. */
async function onboardedPartner() {
  const sys = t.system();
  const partner = await makePartner(sys, t.world.users.pm.id, { types: ['reseller'] });
  const partnerAdmin = await makeUser(sys, 'partner_admin', partner.id);
  const partnerUser = await makeUser(sys, 'partner_user', partner.id);
  const pm = await user('pm');
  const template = await pm.post('/api/v1/onboarding-templates', {
    name: `Reseller ${partner.id}`,
    partnerTypes: ['reseller'],
    steps: STEPS,
  });
  expect(template.status).toBe(201);
  const started = await pm.post(`/api/v1/partners/${partner.id}/onboardings`, {
    templateId: template.body.id,
    startOn: addDays(today(), -10),
  });
  expect(started.status).toBe(201);
  return {
    partner,
    onboarding: started.body,
    tasks: started.body.tasks as Task[],
    admin: await as(partnerAdmin.email),
    user: await as(partnerUser.email),
  };
}

describe('onboarding plan templates', () => {
  it('refuses steps that do not hold together, naming each one', async () => {
    const pm = await user('pm');
    const bad = await pm.post('/api/v1/onboarding-templates', {
      name: 'Broken',
      steps: [
        { title: 'Sign', ownerSide: 'partner', ownerRole: 'partner_manager', dueOffsetDays: 5 },
        { title: 'Call', ownerSide: 'vendor', ownerRole: 'admin', dueOffsetDays: -1 },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ path: 'steps.1.dueOffsetDays', message: 'must be 0 or more days after the start' }]);
    const sides = await pm.post('/api/v1/onboarding-templates', {
      name: 'Broken sides',
      steps: [
        { title: 'Sign', ownerSide: 'partner', ownerRole: 'partner_manager', dueOffsetDays: 5 },
        { title: 'Optional', ownerSide: 'vendor', ownerRole: 'admin', dueOffsetDays: 1, required: false },
      ],
    });
    expect(sides.status).toBe(422);
    expect(sides.body.errors.map((e: { path: string }) => e.path)).toEqual(['steps.0.ownerRole']);
    expect((await pm.post('/api/v1/onboarding-templates', { name: 'Empty', steps: [] })).body.errors).toEqual([
      { path: 'steps', message: 'must have at least one step' },
    ]);
    const list = await pm.get('/api/v1/onboarding-templates');
    expect(list.body.data.map((x: { name: string }) => x.name)).not.toContain('Broken');
    expect(
      (await user('finance')).post('/api/v1/onboarding-templates', { name: 'X', steps: STEPS }).then((r) => r.status),
    ).resolves.toBe(403);
  });

  it('renames a template with a name another has to a 409 naming `name`', async () => {
    const admin = await user('admin');
    await admin.post('/api/v1/onboarding-templates', { name: 'Technology partner', steps: STEPS });
    const again = await admin.post('/api/v1/onboarding-templates', { name: 'technology PARTNER', steps: STEPS });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].path).toBe('name');
  });
});

describe('starting onboarding', () => {
  it('creates one task per step, due its offset after the start, and moves a prospect into onboarding', async () => {
    const { partner, onboarding, tasks } = await onboardedPartner();
    const start = addDays(today(), -10);
    expect(onboarding).toMatchObject({ status: 'in_progress', startOn: start, partnerId: partner.id, partnerName: partner.name });
    expect(tasks.map((x) => [x.title, x.ownerSide, x.dueOn])).toEqual(
      STEPS.map((s) => [s.title, s.ownerSide, addDays(start, s.dueOffsetDays)]),
    );
    // Due 2, 5, 7 and 3 days after a start ten days ago: overdue; the 30-day one is not.
    expect(tasks.map((x) => x.overdue)).toEqual([true, true, true, false, true]);
    expect(onboarding.progress).toMatchObject({ tasks: 5, required: 4, requiredDone: 0, percent: 0, overdue: 4 });
    const pm = await user('pm');
    const now = await pm.get(`/api/v1/partners/${partner.id}`);
    expect(now.body.lifecycleStage).toBe('onboarding');
    const history = await pm.get(`/api/v1/partners/${partner.id}/stage-transitions`);
    expect(history.body.data.at(-1)).toMatchObject({ fromStage: 'prospect', toStage: 'onboarding' });
    expect(history.body.data.at(-1).reason).toContain('Onboarding started');
    // One in progress at a time.
    const twice = await pm.post(`/api/v1/partners/${partner.id}/onboardings`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.errors[0].path).toBe('templateId');
  });

  it('is for an admin or the partner’s own manager', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    expect((await (await user('pm2')).post(`/api/v1/partners/${partner.id}/onboardings`, {})).status).toBe(403);
    const missing = await (await user('admin')).post(`/api/v1/partners/${partner.id}/onboardings`, { templateId: partner.id });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ path: 'templateId', message: 'no such onboarding template' }]);
  });
});

describe('completing tasks', () => {
  it('each side completes its own: the partner its tasks, never the vendor’s, and the vendor never the partner’s', async () => {
    const { tasks, admin: partnerAdmin, user: partnerUser } = await onboardedPartner();
    const [kickoff, sign, conduct, , hello] = tasks as [Task, Task, Task, Task, Task];
    const complete = (client: Client, task: Task, body: object = {}) =>
      client.post(`/api/v1/onboarding-tasks/${task.id}/complete`, body);
    expect(kickoff.can.complete).toBe(true); // as seen by pm, the owner
    const refused = await complete(partnerAdmin, kickoff);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain("vendor's task");
    expect((await complete(await user('pm'), hello)).status).toBe(403);
    expect((await complete(await user('pm2'), kickoff)).status).toBe(403);
    // A partner user does the tasks meant for partner users, not the partner admin's.
    expect((await complete(partnerUser, sign)).status).toBe(403);
    const done = await complete(partnerUser, hello, { note: 'Waved' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', note: 'Waved', completedBy: { email: partnerUser.email } });
    expect((await complete(partnerUser, hello)).status).toBe(422);
    // An acknowledgement is given explicitly.
    const unacknowledged = await complete(partnerUser, conduct);
    expect(unacknowledged.status).toBe(422);
    expect(unacknowledged.body.errors).toEqual([
      { path: 'acknowledged', message: 'must be true: this task asks for an acknowledgement' },
    ]);
    const acknowledged = await complete(partnerUser, conduct, { acknowledged: true });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body.acknowledgedAt).not.toBeNull();
    expect((await complete(await user('pm'), kickoff)).status).toBe(200);
  });

  it('a task that asks for a document needs one uploaded first, by its own side', async () => {
    const { tasks, admin: partnerAdmin } = await onboardedPartner();
    const sign = tasks[1] as Task;
    const early = await partnerAdmin.post(`/api/v1/onboarding-tasks/${sign.id}/complete`, {});
    expect(early.status).toBe(422);
    expect(early.body.errors).toEqual([{ path: 'file', message: 'upload the required document first' }]);
    expect((await upload(await user('pm'), `/api/v1/onboarding-tasks/${sign.id}/files`, simplePdf(['x']))).status).toBe(403);
    const uploaded = await upload(
      partnerAdmin,
      `/api/v1/onboarding-tasks/${sign.id}/files`,
      simplePdf(['Signed reseller agreement']),
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ kind: 'onboarding_task.document', recordId: sign.id, contentType: 'application/pdf' });
    const done = await partnerAdmin.post(`/api/v1/onboarding-tasks/${sign.id}/complete`, {});
    expect(done.status).toBe(200);
    const files = await (await user('pm')).get(`/api/v1/onboarding-tasks/${sign.id}/files`);
    expect(files.body.data.map((f: { name: string }) => f.name)).toEqual(['w9.pdf']);
  });

  it('lists overdue tasks by due date; the last required task completes the onboarding and measures time to onboard', async () => {
    const { partner, onboarding, tasks, admin: partnerAdmin, user: partnerUser } = await onboardedPartner();
    const pm = await user('pm');
    const statsBefore = await pm.get('/api/v1/onboardings/stats');
    expect(statsBefore.body.overdueTasks).toBeGreaterThanOrEqual(3);
    const overdue = await pm.get('/api/v1/onboarding-tasks', { query: { overdue: 'true', partnerId: partner.id } });
    expect(overdue.body.data.map((x: Task) => x.title)).toEqual([
      'Kick-off call',
      'Say hello on the partner Slack',
      'Sign the reseller agreement',
      'Accept the partner code of conduct',
    ]);
    expect(overdue.body.data.every((x: Task) => x.overdue)).toBe(true);
    const [kickoff, sign, conduct, tenant] = tasks as [Task, Task, Task, Task];
    await pm.post(`/api/v1/onboarding-tasks/${kickoff.id}/complete`, {});
    await upload(partnerAdmin, `/api/v1/onboarding-tasks/${sign.id}/files`, simplePdf(['Signed']));
    await partnerAdmin.post(`/api/v1/onboarding-tasks/${sign.id}/complete`, {});
    await partnerUser.post(`/api/v1/onboarding-tasks/${conduct.id}/complete`, { acknowledged: true });
    const before = await onboardingCompletion(t.system(), [partner.id], new Date());
    expect(before.get(partner.id)).toMatchObject({ percent: 75, completedAt: null });
    // The vendor's admin provisions the tenant: the last required task (the optional one stays open).
    const last = await (await user('admin')).post(`/api/v1/onboarding-tasks/${tenant.id}/complete`, {});
    expect(last.status).toBe(200);
    const after = await pm.get(`/api/v1/onboardings/${onboarding.id}`);
    expect(after.body).toMatchObject({ status: 'completed', daysToOnboard: 10, progress: { percent: 100 } });
    const completion = await onboardingCompletion(t.system(), [partner.id, t.world.partnerA.id], new Date());
    expect(completion.get(partner.id)).toMatchObject({ percent: 100, daysToOnboard: 10 });
    expect(completion.get(partner.id)?.completedAt?.toISOString()).toBe(new Date(last.body.completedAt).toISOString());
    // As of before it started, there was nothing to measure.
    expect((await onboardingCompletion(t.system(), [partner.id], new Date(Date.now() - 86_400_000))).has(partner.id)).toBe(false);
    const stats = await pm.get('/api/v1/onboardings/stats');
    expect(stats.body.completed).toBeGreaterThanOrEqual(1);
    expect(stats.body.averageDaysToOnboard).toBeGreaterThan(0);
    // The partner's manager is told.
    const inbox = await pm.get('/api/v1/me/notifications');
    expect(inbox.body.data.map((n: { title: string }) => n.title)).toContain(`${partner.name} completed onboarding`);
    // A completed onboarding's tasks are no longer overdue.
    const stillOverdue = await pm.get('/api/v1/onboarding-tasks', { query: { overdue: 'true', partnerId: partner.id } });
    expect(stillOverdue.body.data.map((x: Task) => x.title)).toEqual(['Say hello on the partner Slack']);
  });
});

describe('partners see and act on their own onboarding only', () => {
  it("another partner's tasks and onboardings answer 404, like missing ones", async () => {
    const { partner, onboarding, tasks } = await onboardedPartner();
    const other = await user('partnerAdminB');
    const hello = tasks[4] as Task;
    expect((await other.get(`/api/v1/onboarding-tasks/${hello.id}`)).status).toBe(404);
    expect((await other.post(`/api/v1/onboarding-tasks/${hello.id}/complete`, {})).status).toBe(404);
    expect((await other.get(`/api/v1/onboardings/${onboarding.id}`)).status).toBe(404);
    expect((await other.get(`/api/v1/partners/${partner.id}/onboardings`)).status).toBe(404);
    expect((await upload(other, `/api/v1/onboarding-tasks/${hello.id}/files`, simplePdf(['x']))).status).toBe(404);
    const lists = await other.get('/api/v1/onboarding-tasks', { query: { partnerId: partner.id } });
    expect(lists.body.data).toEqual([]);
    const own = await other.get('/api/v1/onboarding-tasks');
    expect(own.body.data.every((x: { partnerId: string }) => x.partnerId === t.world.partnerB.id)).toBe(true);
    expect(
      (await other.get('/api/v1/onboardings')).body.data.every((o: { partnerId: string }) => o.partnerId === t.world.partnerB.id),
    ).toBe(true);
  });
});
