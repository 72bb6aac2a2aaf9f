import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { jobs } from '../../src/modules/jobs/jobs.schema.js';
import { mailMessages } from '../../src/modules/mail/mail.schema.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

/** Assigning, moving and cancelling onboarding tasks and plans, and the daily overdue reminders (run by the jobs worker). */
let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp({ workers: ['jobs'] });
});
afterAll(async () => t?.close());

const today = () => localDateOf(new Date(), 'UTC');
type Task = {
  id: string;
  title: string;
  ownerSide: string;
  status: string;
  overdue: boolean;
  dueOn: string;
  assigneeId: string | null;
};

const STEPS = [
  { title: 'Kick-off call', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 1 },
  { title: 'Sign the NDA', ownerSide: 'partner', ownerRole: 'partner_admin', dueOffsetDays: 2 },
  { title: 'Book the sales training', ownerSide: 'partner', ownerRole: 'partner_user', dueOffsetDays: 3 },
  { title: 'Provision the demo tenant', ownerSide: 'vendor', ownerRole: 'admin', dueOffsetDays: 60 },
];

/** A partner owned by `pm` with an admin and a user, onboarding started `daysAgo` days ago (vendor tasks unassigned). */
async function started(daysAgo: number) {
  const sys = t.system();
  const partner = await makePartner(sys, t.world.users.pm.id, { types: ['reseller'] });
  const partnerAdmin = await makeUser(sys, 'partner_admin', partner.id);
  const partnerUser = await makeUser(sys, 'partner_user', partner.id);
  const pm = await t.login(t.world.users.pm.email, PASSWORD);
  const template = await pm.post('/api/v1/onboarding-templates', { name: `Steer ${partner.id}`, steps: STEPS });
  expect(template.status).toBe(201);
  const res = await pm.post(`/api/v1/partners/${partner.id}/onboardings`, {
    templateId: template.body.id,
    startOn: addDays(today(), -daysAgo),
  });
  expect(res.status).toBe(201);
  const tasks = res.body.tasks as Task[];
  const task = (title: string) => tasks.find((x) => x.title === title) as Task;
  return { partner, partnerAdmin, partnerUser, pm, onboarding: res.body, task };
}

async function runJob(): Promise<{ overdue: number; reminded: number; notifications: number }> {
  // As an admin would from the Jobs page: the schedule run now, by the jobs worker.
  const admin = await t.login(t.world.users.admin.email, PASSWORD);
  const queued = await admin.post('/api/v1/jobs/schedules/onboarding.overdue-reminders/run');
  expect(queued.status).toBe(201);
  const id = queued.body.id as string;
  const until = Date.now() + 20_000;
  for (;;) {
    const [row] = await withTx(t.system(), (c) => c.tx.select().from(jobs).where(eq(jobs.id, id)));
    if (row?.status === 'succeeded') return row.result as { overdue: number; reminded: number; notifications: number };
    if (row?.status === 'failed') throw new Error(`the job failed: ${JSON.stringify(row)}`);
    if (Date.now() > until) throw new Error(`job ${id} is still ${row?.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function inbox(client: Client, entityId: string) {
  const res = await client.get('/api/v1/me/notifications', { query: { limit: 100 } });
  expect(res.status).toBe(200);
  return (res.body.data as { kind: string; title: string; entity: { id: string } | null }[]).filter(
    (n) => n.kind === 'onboarding.task_overdue' && n.entity?.id === entityId,
  );
}

describe('steering an onboarding', () => {
  it('assigns a partner task to one of its users only, and a vendor task to vendor staff', async () => {
    const { pm, partnerUser, task } = await started(0);
    const nda = task('Sign the NDA');
    const people = await pm.get(`/api/v1/onboarding-tasks/${nda.id}/assignees`);
    expect(people.status).toBe(200);
    expect(people.body.data.map((p: { id: string }) => p.id)).toContain(partnerUser.id);
    expect(people.body.data.every((p: { role: string }) => p.role.startsWith('partner_'))).toBe(true);

    const wrong = await pm.patch(`/api/v1/onboarding-tasks/${nda.id}`, { assigneeId: t.world.users.partnerUserB.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe('assigneeId');
    const assigned = await pm.patch(`/api/v1/onboarding-tasks/${nda.id}`, { assigneeId: partnerUser.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body.assignee).toMatchObject({ id: partnerUser.id });

    const kickoff = task('Kick-off call');
    const vendorPeople = await pm.get(`/api/v1/onboarding-tasks/${kickoff.id}/assignees`);
    expect(vendorPeople.body.data.map((p: { id: string }) => p.id)).toContain(t.world.users.finance.id);
    expect((await pm.patch(`/api/v1/onboarding-tasks/${kickoff.id}`, { assigneeId: partnerUser.id })).status).toBe(422);
    const moved = await pm.patch(`/api/v1/onboarding-tasks/${kickoff.id}`, { dueOn: addDays(today(), -3) });
    expect(moved.body).toMatchObject({ dueOn: addDays(today(), -3), overdue: true });
  });

  it('cancels a task with its reason: it stops counting, and cancelling the last open required one completes the plan', async () => {
    const { pm, partnerAdmin, onboarding, task } = await started(0);
    const partner = await t.login(partnerAdmin.email, PASSWORD);
    expect((await partner.post(`/api/v1/onboarding-tasks/${task('Sign the NDA').id}/cancel`, { reason: 'No' })).status).toBe(403);
    const noReason = await pm.post(`/api/v1/onboarding-tasks/${task('Sign the NDA').id}/cancel`, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe('reason');

    expect((await pm.post(`/api/v1/onboarding-tasks/${task('Kick-off call').id}/complete`, {})).status).toBe(200);
    for (const title of ['Sign the NDA', 'Book the sales training']) {
      const res = await pm.post(`/api/v1/onboarding-tasks/${task(title).id}/cancel`, { reason: 'Not for this partner' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'Not for this partner', can: { edit: false } });
    }
    const again = await pm.post(`/api/v1/onboarding-tasks/${task('Sign the NDA').id}/cancel`, { reason: 'Twice' });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('status');
    expect((await partner.post(`/api/v1/onboarding-tasks/${task('Sign the NDA').id}/complete`, {})).status).toBe(422);
    const before = (await pm.get(`/api/v1/onboardings/${onboarding.id}`)).body;
    expect(before).toMatchObject({ status: 'in_progress', progress: { tasks: 2, required: 2, requiredDone: 1, percent: 50 } });

    const last = await pm.post(`/api/v1/onboarding-tasks/${task('Provision the demo tenant').id}/cancel`, {
      reason: 'Provisioned already',
    });
    expect(last.status).toBe(200);
    expect((await pm.get(`/api/v1/onboardings/${onboarding.id}`)).body).toMatchObject({
      status: 'completed',
      progress: { percent: 100 },
    });
  });

  it('cancels a whole plan with its reason, which both sides read', async () => {
    const { pm, partnerAdmin, onboarding } = await started(0);
    const res = await pm.post(`/api/v1/onboardings/${onboarding.id}/cancel`, { reason: 'The partner chose another vendor' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'The partner chose another vendor' });
    const partner = await t.login(partnerAdmin.email, PASSWORD);
    expect((await partner.get(`/api/v1/onboardings/${onboarding.id}`)).body.cancelReason).toBe(
      'The partner chose another vendor',
    );
  });
});

describe('the daily overdue reminders', () => {
  it('remind the assignee, or the side’s admins when unassigned, in the app and by e-mail, once a day per task', async () => {
    const { pm, partnerAdmin, partnerUser, task } = await started(5);
    const training = task('Book the sales training');
    expect((await pm.patch(`/api/v1/onboarding-tasks/${training.id}`, { assigneeId: partnerUser.id })).status).toBe(200);
    // The kick-off is the partner manager's (assigned at the start); the demo tenant is not due yet.
    const first = await runJob();
    expect(first.reminded).toBeGreaterThanOrEqual(3);

    const userClient = await t.login(partnerUser.email, PASSWORD);
    const adminClient = await t.login(partnerAdmin.email, PASSWORD);
    expect(await inbox(userClient, training.id)).toHaveLength(1);
    expect(await inbox(adminClient, training.id)).toHaveLength(0);
    // Unassigned partner task: the partner's admins.
    expect(await inbox(adminClient, task('Sign the NDA').id)).toHaveLength(1);
    expect(await inbox(pm, task('Kick-off call').id)).toHaveLength(1);
    expect(await inbox(pm, task('Provision the demo tenant').id)).toHaveLength(0);
    // And by e-mail (the kind's default channel), queued for the mail worker.
    const mails = await withTx(t.system(), (c) =>
      c.tx
        .select({ subject: mailMessages.subject })
        .from(mailMessages)
        .where(and(eq(mailMessages.userId, partnerUser.id), like(mailMessages.subject, '%Book the sales training%'))),
    );
    expect(mails).toHaveLength(1);

    // The same day again: nothing more.
    await runJob();
    expect(await inbox(userClient, training.id)).toHaveLength(1);
    expect(await inbox(adminClient, task('Sign the NDA').id)).toHaveLength(1);

    // Done or cancelled tasks are not reminded; another partner's admin never hears of these.
    const other = await t.login(t.world.users.partnerAdminB.email, PASSWORD);
    expect(await inbox(other, task('Sign the NDA').id)).toHaveLength(0);
  });

  it('runs every morning on a schedule', async () => {
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const schedules = await admin.get('/api/v1/jobs/schedules');
    expect(schedules.status).toBe(200);
    expect(schedules.body.data.find((s: { name: string }) => s.name === 'onboarding.overdue-reminders')).toMatchObject({
      cron: '0 7 * * *',
    });
  });
});
