import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { type Ctx, policyActor, systemCtx } from '../../shared/context.js';
import type { DomainEvent } from '../../shared/events.js';
import { isPartnerRole } from '../../shared/roles.js';
import { getPartner } from '../partners/index.js';
import { createTier } from '../tiers/index.js';
import { runEvaluation, scheduledEvaluation } from './evaluation.service.js';
import { membershipsImporter } from './memberships.importer.js';
import { joinProgram } from './memberships.service.js';
import { checkMilestones, createMilestoneRule } from './milestones.service.js';
import { milestoneRulesDemo, milestonesDemo, programsDemo, programsHistoryDemo } from './programs.demo.js';
import { mayManagePrograms, maySeeEvaluations } from './programs.policy.js';
import { programRoutes } from './programs.routes.js';
import { milestoneProposals, tierProposals } from './programs.schema.js';
import { createProgram } from './programs.service.js';

export { previewEvaluation, runEvaluation } from './evaluation.service.js';
export type { Placement } from './memberships.service.js';
export {
  currentCommercialModels,
  currentPlacements,
  currentTierBenefits,
  joinProgram,
  programsOfPartnersOn,
} from './memberships.service.js';
export type { PublicTier, TierFilter } from './programs.directory.js';
export { directoryTierChoices, membershipTierCondition, publicTiersOf } from './programs.directory.js';
export type { MetricInfo } from './programs.metrics.js';
export { metricCatalog } from './programs.metrics.js';
export { DEFAULT_PROGRAM_ID, decideTierMove, milestoneReached, progressTowards } from './programs.rules.js';
export { programMemberships, programs } from './programs.schema.js';

let made = 0;

/** After an event about one partner's onboarding or recorded values: that partner's milestone rules. */
async function recheckMilestones(ctx: Ctx, event: DomainEvent): Promise<void> {
  // History written with past dates (the demo's two years, an import) waits for the daily run.
  if (!event.partnerId || Date.now() - event.occurredAt.getTime() > 10 * 60_000) return;
  await checkMilestones(systemCtx(ctx.db, `milestone rules after ${event.name}`), { partnerId: event.partnerId });
}

/** A fresh program for the matrix; a partner caller's company joins it, so the program is theirs to see. */
async function matrixProgram(ctx: Ctx, owner: { existingPartner: string; user: { ctx: Ctx } }, join: boolean) {
  made += 1;
  const program = await createProgram(ctx, {
    name: `Matrix program ${made} ${Date.now()}`,
    kind: 'reseller',
    commercialModel: { model: 'reseller_discount', discountPercent: 10 },
  });
  if (join && isPartnerRole(policyActor(owner.user.ctx).role))
    await joinProgram(ctx, owner.existingPartner, { programId: program.id });
  return program;
}

/** A program whose upper tier asks nothing, with the partner in its lower tier: an evaluation proposes a promotion. */
async function matrixProposal(ctx: Ctx, partnerId: string, user: { ctx: Ctx }) {
  const program = await matrixProgram(ctx, { existingPartner: partnerId, user }, false);
  const low = await createTier(ctx, {
    programId: program.id,
    name: 'Low',
    rank: 0,
    requirements: [{ key: 'never', type: 'custom', label: 'Never', min: 1 }],
  });
  await createTier(ctx, { programId: program.id, name: 'High', rank: 1 });
  await joinProgram(ctx, partnerId, { programId: program.id, tierId: low.id });
  const run = await runEvaluation(ctx, { programId: program.id, trigger: 'manual', date: new Date().toISOString().slice(0, 10) });
  const [proposal] = await withTx(ctx, (c) => c.tx.select({ id: tierProposals.id }).from(tierProposals).where(eqRun(run.id)));
  if (!proposal) throw new Error('the matrix evaluation proposed nothing');
  return proposal.id;
}

const eqRun = (runId: string) => eq(tierProposals.runId, runId);

/**
 * Partner programs and their commercial models; tiers under programs with requirements and
 * benefits; memberships, tier progress and the tier history; the quarterly tier evaluation with
 * proposals a person approves; lifecycle milestone rules proposing stage moves (docs/decisions/0080–0084).
 */
export const module: ModuleDescriptor = {
  name: 'programs',
  routes: programRoutes,
  demo: [programsDemo, milestoneRulesDemo, programsHistoryDemo, milestonesDemo],
  importers: [membershipsImporter],
  appPermissions: (actor) => ({
    managePrograms: mayManagePrograms(actor),
    viewTierEvaluations: maySeeEvaluations(actor),
  }),
  jobs: [
    // Daily at 05:00; it evaluates only on the first day of a fiscal quarter (the quarter just ended).
    { name: 'programs.tier-evaluation', schedule: '0 5 * * *', run: (ctx) => scheduledEvaluation(ctx) },
    { name: 'programs.milestones', schedule: '30 5 * * *', run: (ctx) => checkMilestones(ctx) },
  ],
  notificationKinds: [
    {
      kind: 'programs.tier_proposals',
      label: 'Tier changes to review',
      description: 'A tier evaluation proposes promotions or demotions for partners you own.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
  ],
  subscribers: {
    // A partner that moved stage may now meet (or no longer need) a milestone: check its rules,
    // as of the move (the demo's history is dispatched after its load: each check at its moment).
    'partner.stage_changed': async (ctx, event) => {
      await checkMilestones(systemCtx(ctx.db, 'milestone rules after a stage change', event.occurredAt), {
        partnerId: event.entityId,
      });
    },
    // The metrics milestone rules read change with these: check the partner's rules now rather
    // than at the next daily run ("onboarding complete → enabled" is proposed when the last task is done).
    'onboarding.*': recheckMilestones,
    'onboarding_task.completed': recheckMilestones,
    'custom_metric_value.recorded': recheckMilestones,
  },
  recordKinds: [
    {
      name: 'program',
      belongsTo: 'vendor',
      make: async (ctx, owner) => ({ id: (await matrixProgram(ctx, owner, true)).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      // The tiers module serves the routes; a tier is made here, inside a program a partner caller is in.
      name: 'tier',
      belongsTo: 'vendor',
      async make(ctx, owner) {
        const program = await matrixProgram(ctx, owner, true);
        return { id: (await createTier(ctx, { programId: program.id, name: `Matrix tier ${made}`, rank: 1 })).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'programMembership',
      belongsTo: 'partner',
      async make(ctx, owner) {
        const partnerId = owner.partnerId ?? owner.existingPartner;
        const program = await matrixProgram(ctx, owner, false);
        const membership = await joinProgram(ctx, partnerId, { programId: program.id });
        return { id: partnerId, membershipId: membership.id };
      },
      missing: ({ existingPartner, missingId }) => ({ id: existingPartner, membershipId: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'tierEvaluation',
      belongsTo: 'vendor',
      async make(ctx, owner) {
        const program = await matrixProgram(ctx, owner, false);
        return { id: (await runEvaluation(ctx, { programId: program.id, trigger: 'manual' })).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'tierProposal',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await matrixProposal(ctx, owner.partnerId ?? owner.existingPartner, owner.user) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'milestoneRule',
      belongsTo: 'vendor',
      async make(ctx) {
        made += 1;
        const rule = await createMilestoneRule(ctx, {
          name: `Matrix rule ${made} ${Date.now()}`,
          fromStages: ['prospect'],
          toStage: 'qualified',
          metric: 'partners.contacts',
          operator: '>=',
          threshold: 100,
        });
        return { id: rule.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'milestoneProposal',
      belongsTo: 'partner',
      async make(ctx, owner) {
        made += 1;
        const partnerId = owner.partnerId ?? owner.existingPartner;
        const rule = await createMilestoneRule(ctx, {
          name: `Matrix rule ${made} ${Date.now()}`,
          fromStages: ['prospect'],
          toStage: 'qualified',
          metric: 'partners.contacts',
          operator: '>=',
          threshold: 0,
        });
        const [row] = await withTx(ctx, async (c) => {
          const partner = await getPartner(c, partnerId);
          return c.tx
            .insert(milestoneProposals)
            .values({
              ruleId: rule.id,
              partnerId,
              fromStage: partner.lifecycleStage,
              toStage: partner.lifecycleStage === 'prospect' ? 'qualified' : 'offboarding',
              evidence: {
                metric: rule.metric,
                label: 'Contacts',
                unit: 'count',
                operator: '>=',
                threshold: 0,
                actual: 1,
                asOf: c.now.toISOString(),
              },
              createdAt: c.now,
              updatedAt: c.now,
            })
            .returning({ id: milestoneProposals.id });
        });
        if (!row) throw new Error('no milestone proposal made');
        return { id: row.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
