import type { ModuleDescriptor } from '../../server/module.js';
import { isPartnerRole } from '../../shared/roles.js';
import { attachFile, simplePdf } from '../files/index.js';
import { businessPlansDemo } from './business-plans.demo.js';
import { makeTestCommitment, makeTestPlan } from './business-plans.fixtures.js';
import { commitmentsImporter } from './business-plans.importer.js';
import { planMetrics } from './business-plans.metrics.js';
import { mayCreatePlan } from './business-plans.policy.js';
import { planFileKinds, planRoutes } from './business-plans.routes.js';
import { EVIDENCE_KIND, notifyOverdueCommitments } from './business-plans.service.js';

export { makeTestCommitment, makeTestPlan } from './business-plans.fixtures.js';
export type { Fulfilment, PlanContent, PlanStatus, Side } from './business-plans.rules.js';
export { fulfilmentOf } from './business-plans.rules.js';
export type { CommitmentDto, CurrentPlanFulfilment, PlanDto, PlanSummaryDto } from './business-plans.service.js';
export {
  addCommitment,
  archivePlansOf,
  createPlan,
  currentPlanFulfilment,
  getPlan,
  notifyOverdueCommitments,
  transitionPlan,
  updateCommitment,
  updatePlan,
} from './business-plans.service.js';

/**
 * Joint business plans of alliances: goals and targets, SWOT, market scope, go-to-market playbook
 * and initiatives for a fiscal period, written by both sides (each its own parts), proposed by the
 * vendor and approved by the partner, versioned with field-level diffs; bilateral commitments with
 * evidence, the fulfilment rule per side and its asymmetry, reminders for overdue ones.
 */
export const module: ModuleDescriptor = {
  name: 'business-plans',
  routes: planRoutes,
  fileKinds: planFileKinds,
  metrics: planMetrics,
  demo: businessPlansDemo,
  importers: [commitmentsImporter],
  appPermissions: (actor) => ({ createBusinessPlans: mayCreatePlan(actor) }),
  jobs: [
    {
      name: 'business-plans.overdue-commitments',
      // Each morning in the organisation's time zone; once per commitment (it marks what it sent).
      schedule: '0 7 * * *',
      retries: 2,
      run: async (ctx) => ({ notified: await notifyOverdueCommitments(ctx) }),
    },
  ],
  notificationKinds: [
    {
      kind: 'plans.proposed',
      label: 'A joint business plan awaits your approval',
      description: 'The vendor proposed a joint business plan to your company.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'plans.approved',
      label: 'A partner approved a joint business plan',
      description: 'The partner’s admin approved a plan you proposed or manage.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
    {
      kind: 'plans.returned',
      label: 'A joint business plan was sent back to draft',
      description: 'The other side asked for changes to a plan, or reopened it.',
      defaultChannel: 'in_app',
      audience: 'both',
    },
    {
      kind: 'plans.commitment_overdue',
      label: 'A commitment of a joint business plan is overdue',
      description: 'A commitment you own (or your side’s, without an owner) passed its due date open.',
      defaultChannel: 'email',
      audience: 'both',
    },
  ],
  recordKinds: [
    {
      name: 'businessPlan',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestPlan(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'businessPlanProposed',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestPlan(ctx, owner.partnerId ?? owner.existingPartner, 'proposed') }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'businessPlanApproved',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestPlan(ctx, owner.partnerId ?? owner.existingPartner, 'approved') }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'planCommitment',
      belongsTo: 'partner',
      // A commitment of the caller's own side (each side keeps its own).
      make: async (ctx, owner) => {
        const actor = owner.user.ctx.actor;
        const side = actor.kind === 'user' && isPartnerRole(actor.role) ? 'partner' : 'vendor';
        const id = await makeTestCommitment(ctx, owner.partnerId ?? owner.existingPartner, side);
        // With evidence, so its file list has a row to hold to the caller's company.
        await attachFile(ctx, EVIDENCE_KIND, id, { name: 'evidence.pdf', bytes: simplePdf(['Evidence']) });
        return { id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
