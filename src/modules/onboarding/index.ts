import type { ModuleDescriptor } from '../../server/module.js';
import { attachFile, simplePdf } from '../files/index.js';
import { onboardingDemo } from './onboarding.demo.js';
import { makeTestOnboarding, makeTestTask, makeTestTemplate } from './onboarding.fixtures.js';
import { mayEditTemplates } from './onboarding.policy.js';
import { onboardingFileKinds, onboardingRoutes } from './onboarding.routes.js';
import { onboardingCompletion, runOverdueReminders, TASK_DOCUMENT_KIND } from './onboarding.service.js';

export { makeTestOnboarding, makeTestTask, makeTestTemplate } from './onboarding.fixtures.js';
export type { OwnerSide, TaskRequirement, TemplateStep } from './onboarding.rules.js';
export type { OnboardingCompletion, OnboardingDto, OnboardingStats, TaskDto } from './onboarding.service.js';
export {
  archiveOnboardingsOf,
  cancelTask,
  completeTask,
  createTemplate,
  onboardingCompletion,
  onboardingStats,
  runOverdueReminders,
  startOnboarding,
} from './onboarding.service.js';

/**
 * Onboarding: plan templates (ordered steps, each owned by the vendor's or the partner's side,
 * due an offset after the start, asking for a document or an acknowledgement), a partner's
 * onboarding made from one, its tasks completed by their own side, overdue tasks, and time to
 * onboard. `onboardingCompletion` is the set-based metric lifecycle milestones read.
 */
export const module: ModuleDescriptor = {
  name: 'onboarding',
  routes: onboardingRoutes,
  fileKinds: onboardingFileKinds,
  demo: onboardingDemo,
  jobs: [
    {
      name: 'onboarding.overdue-reminders',
      // Every morning in the organisation's time zone; one reminder per overdue task per day.
      schedule: '0 7 * * *',
      run: async (ctx) => runOverdueReminders(ctx),
    },
  ],
  // For tier requirements and lifecycle milestone rules ("onboarding complete → enabled").
  metrics: [
    {
      key: 'onboarding.completion',
      label: 'Onboarding completion',
      unit: 'percent',
      description: 'Share of the required tasks of the partner’s latest onboarding done, 0–100.',
      compute: async (ctx, ids, asOf) =>
        new Map([...(await onboardingCompletion(ctx, ids, asOf))].map(([id, c]) => [id, c.percent])),
    },
    {
      key: 'onboarding.days_to_onboard',
      label: 'Days to onboard',
      unit: 'days',
      description: 'From the start of the partner’s latest onboarding to its last required task, once complete.',
      compute: async (ctx, ids, asOf) =>
        new Map([...(await onboardingCompletion(ctx, ids, asOf))].map(([id, c]) => [id, c.daysToOnboard])),
    },
  ],
  appPermissions: (actor) => ({
    editOnboardingTemplates: mayEditTemplates(actor),
    viewOnboarding: actor.partnerId === null,
  }),
  notificationKinds: [
    {
      kind: 'onboarding.started',
      label: 'Your company’s onboarding started',
      description: 'The vendor started your onboarding: your tasks and their due dates are waiting.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'onboarding.completed',
      label: 'A partner completed onboarding',
      description: 'Every required task of a partner you manage is done.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'onboarding.task_overdue',
      label: 'An onboarding task is overdue',
      description:
        'A task assigned to you (or, unassigned, to your side’s admins) passed its due date: once a day while it stays open.',
      defaultChannel: 'email',
      audience: 'both',
    },
    {
      kind: 'onboarding.task_assigned',
      label: 'An onboarding task is assigned to you',
      description: 'Someone gave you a task of a partner’s onboarding.',
      defaultChannel: 'in_app',
      audience: 'both',
    },
  ],
  recordKinds: [
    {
      name: 'onboardingTemplate',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: await makeTestTemplate(ctx) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'onboarding',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestOnboarding(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'onboardingTask',
      belongsTo: 'partner',
      // A task of the caller's own side (onboarding.rules.ts: each side completes its own).
      make: async (ctx, owner) => {
        const actor = owner.user.ctx.actor;
        const role = actor.kind === 'user' ? actor.role : 'admin';
        const id = await makeTestTask(ctx, owner.partnerId ?? owner.existingPartner, role);
        // With a document, so its file list has a row to hold to the caller's company.
        await attachFile(ctx, TASK_DOCUMENT_KIND, id, { name: 'form.pdf', bytes: simplePdf(['Form']) });
        return { id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
