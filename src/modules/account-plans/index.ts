import type { ModuleDescriptor } from '../../server/module.js';
import { isPartnerRole } from '../../shared/roles.js';
import { accountPlansDemo } from './account-plans.demo.js';
import { makeTestAccountPlan, makeTestAction, makeTestGoal } from './account-plans.fixtures.js';
import { accountPlanMetrics } from './account-plans.metrics.js';
import { mayCreateAccountPlan } from './account-plans.policy.js';
import { accountPlanRoutes } from './account-plans.routes.js';
import { remindDueActions } from './account-plans.service.js';

export { makeTestAccountPlan } from './account-plans.fixtures.js';
export * from './account-plans.rules.js';
export type {
  AccountPlanDto,
  AccountPlanInput,
  AccountPlanSummaryDto,
  ActionDto,
  ActionInput,
  GoalDto,
  GoalInput,
} from './account-plans.service.js';
export {
  addAction,
  addGoal,
  createAccountPlan,
  getAccountPlan,
  listAccountPlans,
  remindDueActions,
  setCell,
  setTeam,
  transitionAccountPlan,
  updateAccountPlan,
  updateAction,
  updateGoal,
} from './account-plans.service.js';

/**
 * Joint account plans: one key account (an opportunities-module account) worked with one partner —
 * both teams with their roles, measurable revenue goals, the whitespace matrix (business units ×
 * solution areas), actions of either side with daily reminders, and the account's opportunities the
 * partner is involved in with pipeline and won totals (docs/decisions/0216–0219).
 */
export const module: ModuleDescriptor = {
  name: 'account-plans',
  routes: accountPlanRoutes,
  metrics: accountPlanMetrics,
  demo: accountPlansDemo,
  appPermissions: (actor) => ({ createAccountPlans: mayCreateAccountPlan(actor) }),
  jobs: [
    {
      name: 'account-plans.action-reminders',
      // Each morning in the organisation's time zone; once per action and due date.
      schedule: '0 7 * * *',
      retries: 2,
      run: async (ctx) => ({ reminded: await remindDueActions(ctx) }),
    },
  ],
  notificationKinds: [
    {
      kind: 'account_plans.action_assigned',
      label: 'An account plan action is given to you',
      description: 'Someone made you the owner of an action in a joint account plan.',
      defaultChannel: 'in_app',
      audience: 'both',
    },
    {
      kind: 'account_plans.action_due',
      label: 'An account plan action is due',
      description: 'An action you own (or your side’s, without an owner) is due today or overdue.',
      defaultChannel: 'email',
      audience: 'both',
    },
  ],
  recordKinds: [
    {
      name: 'accountPlan',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestAccountPlan(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'accountPlanGoal',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestGoal(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'accountPlanAction',
      belongsTo: 'partner',
      // An action of the caller's own side (each side changes its own).
      make: async (ctx, owner) => {
        const actor = owner.user.ctx.actor;
        const side = actor.kind === 'user' && isPartnerRole(actor.role) ? 'partner' : 'vendor';
        return { id: await makeTestAction(ctx, owner.partnerId ?? owner.existingPartner, side) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
