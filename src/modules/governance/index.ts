import type { ModuleDescriptor, RecordOwner } from '../../server/module.js';
import type { Role } from '../../shared/roles.js';
import { governanceDemo } from './governance.demo.js';
import { makeTestAction, makeTestBody, makeTestDecision, makeTestMeeting } from './governance.fixtures.js';
import { actionsImporter } from './governance.importer.js';
import { governanceMetrics } from './governance.metrics.js';
import { governanceRoutes } from './governance.routes.js';
import { remindOverdueActions } from './governance.service.js';

export { makeTestAction, makeTestBody, makeTestDecision, makeTestMeeting } from './governance.fixtures.js';
export { type GovernanceFigures, governanceFigures } from './governance.metrics.js';
export type { DecisionRule, MeetingKind, Side } from './governance.rules.js';
export type { ActionDto, BodyDto, DecisionDto, GovernanceSummary, MeetingDto } from './governance.service.js';
export {
  castVote,
  closeDecision,
  createAction,
  createBody,
  createMeeting,
  governanceSummary,
  holdMeeting,
  listActions,
  listDecisions,
  openDecision,
  remindOverdueActions,
  updateAction,
} from './governance.service.js';

function caller(owner: RecordOwner): { id: string; role: Role } {
  const actor = owner.user.ctx.actor;
  return { id: owner.user.id, role: actor.kind === 'user' ? actor.role : 'admin' };
}

/**
 * Governance of strategic alliances (seed 001's joint steering committee): bodies with members
 * from both sides and decision rules, meetings with calendar invitations, decisions the body's
 * rule decides, action items with overdue reminders, and executive-sponsor attendance — with the
 * `governance.*` metrics the alliance alerts and portfolio read.
 */
export const module: ModuleDescriptor = {
  name: 'governance',
  routes: governanceRoutes,
  demo: governanceDemo,
  importers: [actionsImporter],
  metrics: governanceMetrics,
  appPermissions: (actor) => ({
    manageGovernance: actor.role === 'admin' || actor.role === 'partner_manager',
  }),
  jobs: [
    {
      name: 'governance.remind-overdue-actions',
      schedule: '0 7 * * *',
      retries: 2,
      run: async (ctx) => ({ reminded: await remindOverdueActions(ctx) }),
    },
  ],
  notificationKinds: [
    {
      kind: 'governance.action_assigned',
      label: 'A governance action item is assigned to you',
      description: 'Someone gave you an action item of an alliance’s governance (a meeting or a decision).',
      defaultChannel: 'email',
      audience: 'both',
    },
    {
      kind: 'governance.action_overdue',
      label: 'Your governance action item is overdue',
      description: 'An action item you own passed its due date: on the first day, then weekly.',
      defaultChannel: 'email',
      audience: 'both',
    },
  ],
  recordKinds: [
    {
      name: 'governanceBody',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestBody(ctx, owner.partnerId ?? owner.existingPartner, caller(owner)) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'governanceMeeting',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestMeeting(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'governanceDecision',
      belongsTo: 'partner',
      // The caller chairs the body and votes: taking part is by membership (access table).
      make: async (ctx, owner) => ({ id: await makeTestDecision(ctx, owner.partnerId ?? owner.existingPartner, caller(owner)) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'governanceAction',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestAction(ctx, owner.partnerId ?? owner.existingPartner, caller(owner)) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
