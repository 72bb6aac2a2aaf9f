import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { fiscalPeriodOf } from '../../shared/fiscal.js';
import type { LifecycleStage } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import { createTier, listTiers, type TierBenefits, type TierRequirement, updateTier } from '../tiers/index.js';
import { approveProposal, runEvaluation } from './evaluation.service.js';
import { joinProgram } from './memberships.service.js';
import { checkMilestones, confirmMilestone, createMilestoneRule, dismissMilestone } from './milestones.service.js';
import { DEFAULT_PROGRAM_ID } from './programs.rules.js';
import { milestoneProposals, tierEvaluationRuns, tierProposals } from './programs.schema.js';
import { createProgram, updateProgram } from './programs.service.js';
import { setCustomValue } from './progress.service.js';

const contacts = (min: number): TierRequirement => ({
  key: 'contacts',
  type: 'metric',
  metric: 'partners.contacts',
  label: 'Contacts on file',
  min,
});
const revenue = (min: number): TierRequirement => ({
  key: 'revenue',
  type: 'revenue_t4q',
  label: 'Revenue, trailing four quarters',
  min,
});
const certified = (min: number): TierRequirement => ({
  key: 'certified',
  type: 'certified_people',
  label: 'Certified people',
  min,
});

/** The reseller ladder's requirements and benefits (the tiers demo names the tiers). */
const RESELLER: Record<string, { requirements: TierRequirement[]; benefits: TierBenefits }> = {
  Registered: {
    requirements: [],
    benefits: {
      discountPercent: 10,
      dealProtectionDays: 60,
      supportLevel: 'standard',
      resources: ['Partner portal', 'Sales playbook'],
    },
  },
  Silver: {
    requirements: [contacts(2), certified(1), revenue(10_000_000)],
    benefits: {
      discountPercent: 20,
      mdfAccrualPercent: 1,
      dealProtectionDays: 90,
      supportLevel: 'priority',
      resources: ['Demo environment'],
    },
  },
  Gold: {
    requirements: [contacts(3), certified(2), revenue(50_000_000)],
    benefits: {
      discountPercent: 30,
      mdfAccrualPercent: 2,
      dealProtectionDays: 120,
      supportLevel: 'premium',
      resources: ['Demo environment', 'Co-branded campaigns'],
    },
  },
  Platinum: {
    requirements: [contacts(4), certified(4), revenue(150_000_000)],
    benefits: {
      discountPercent: 40,
      mdfAccrualPercent: 3,
      dealProtectionDays: 180,
      supportLevel: 'dedicated',
      resources: ['Demo environment', 'Co-branded campaigns', 'Executive sponsor'],
    },
  },
};

/**
 * Alex names the programs in the first days: the program every partner was tiered in becomes the
 * Reseller program (with a reseller discount), beside a Technology Partner program (revenue
 * share) and a Referral program (commission). Runs before the tiers demo, which fills the ladder.
 */
export const programsDemo: DemoSeeder = {
  order: 29,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The programs demo needs the admin (users demo) first');
    const at = story.after(alex.since, 3) ?? story.now;
    const as = story.as('alex', at);
    await updateProgram(as, DEFAULT_PROGRAM_ID, {
      name: 'Reseller program',
      description: 'Resellers and solution providers who buy from us and sell to their customers.',
      commercialModel: { model: 'reseller_discount', discountPercent: 20 },
      demotionGraceDays: 90,
    });
    story.refs.set('program:Reseller', DEFAULT_PROGRAM_ID);
    const tech = await createProgram(story.as('alex', story.after(at, 1) ?? story.now), {
      name: 'Technology Partner program',
      kind: 'technology',
      description: 'ISVs whose products integrate with Lumen Cloud, sold together.',
      commercialModel: { model: 'revenue_share', sharePercent: 15 },
      demotionGraceDays: 90,
    });
    story.refs.set('program:Technology', tech.id);
    const referral = await createProgram(story.as('alex', story.after(at, 2) ?? story.now), {
      name: 'Referral program',
      kind: 'referral',
      description: 'Advisors and consultancies who introduce customers; we sell and pay a commission.',
      commercialModel: {
        model: 'hybrid',
        components: [
          { model: 'commission', ratePercent: 10 },
          { model: 'flat_fee', fee: { amount: 50_000, currency: 'USD' }, per: 'deal' },
        ],
      },
      demotionGraceDays: 180,
    });
    story.refs.set('program:Referral', referral.id);
  },
};

/** The first working moment of each of the last `n` fiscal quarters (oldest first), never today. */
function quarterStarts(story: DemoStory, startMonth: number, timeZone: string, n: number): Date[] {
  const out: Date[] = [];
  let period = fiscalPeriodOf(story.now, startMonth, timeZone);
  for (let i = 0; i < n; i++) {
    const start = new Date(`${period.start}T12:00:00Z`);
    const days = Math.floor((story.now.getTime() - start.getTime()) / 86_400_000);
    if (days >= 1) out.unshift(story.daysAgo(days - 1));
    period = fiscalPeriodOf(new Date(start.getTime() - 86_400_000), startMonth, timeZone);
  }
  return out;
}

async function proposalsOf(ctx: Ctx, runId: string) {
  return withTx(ctx, (c) => c.tx.select().from(tierProposals).where(eq(tierProposals.runId, runId)));
}

/**
 * After the partners' story: Alex gives the reseller tiers their requirements and benefits, the
 * Technology and Referral programs get their ladders and members over the two years, and the
 * Technology program was evaluated each quarter of the last year — promotions approved by the
 * partner's owner, one demotion approved after its grace period, and the latest run's
 * proposals still open. Milestone rules are set up; the check leaves proposals to confirm.
 */
export const programsHistoryDemo: DemoSeeder = {
  order: 56,
  async seed(ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The programs demo needs the admin first');
    const techId = story.refs.get('program:Technology') ?? '';
    const referralId = story.refs.get('program:Referral') ?? '';
    const setup = story.after(alex.since, 30) ?? story.now;
    for (const tier of await listTiers(ctx, { programIds: [DEFAULT_PROGRAM_ID] })) {
      const plan = RESELLER[tier.name];
      if (plan) await updateTier(story.as('alex', setup), tier.id, plan);
    }
    const techTiers = [
      await createTier(story.as('alex', setup), {
        programId: techId,
        name: 'Registered',
        rank: 0,
        color: 'gray',
        benefits: { supportLevel: 'standard', resources: ['Developer sandbox'] },
      }),
      await createTier(story.as('alex', setup), {
        programId: techId,
        name: 'Validated',
        rank: 1,
        color: 'teal',
        requirements: [
          contacts(1),
          { key: 'integration', type: 'custom', metric: 'integration_certified', label: 'Integration certified', min: 1 },
        ],
        benefits: { mdfAccrualPercent: 1, supportLevel: 'priority', resources: ['Developer sandbox', 'Marketplace listing'] },
      }),
      await createTier(story.as('alex', setup), {
        programId: techId,
        name: 'Premier',
        rank: 2,
        color: 'violet',
        requirements: [
          contacts(4),
          { key: 'integration', type: 'custom', metric: 'integration_certified', label: 'Integration certified', min: 1 },
          revenue(25_000_000),
        ],
        benefits: {
          mdfAccrualPercent: 2,
          dealProtectionDays: 120,
          supportLevel: 'premium',
          resources: ['Developer sandbox', 'Marketplace listing', 'Joint roadmap reviews'],
        },
      }),
    ];
    const referralTiers = [
      await createTier(story.as('alex', setup), {
        programId: referralId,
        name: 'Member',
        rank: 0,
        color: 'blue',
        benefits: { supportLevel: 'standard' },
      }),
      await createTier(story.as('alex', setup), {
        programId: referralId,
        name: 'Preferred',
        rank: 1,
        color: 'gold',
        requirements: [contacts(3)],
        benefits: { supportLevel: 'priority', resources: ['Referral kit'] },
      }),
    ];

    // Members: every third enabled partner joins the Technology program, every fifth the Referral one.
    let index = 0;
    const uncertified: { id: string; ownerKey: string }[] = [];
    for (const partner of story.partners.values()) {
      index += 1;
      const enabled = partner.timeline.find((t) => t.stage === 'enabled');
      const ended = partner.timeline.some((t) => t.stage === 'terminated' || t.stage === 'offboarding');
      if (!enabled || ended) continue;
      if (index % 3 === 0) {
        const at = story.after(enabled.at, story.random.int(10, 60));
        if (!at) continue;
        const as = story.as(partner.ownerKey, at);
        await joinProgram(as, partner.id, { programId: techId, tierId: techTiers[0]?.id, joinedAt: at });
        if (story.random.chance(0.6))
          await setCustomValue(story.as(partner.ownerKey, story.after(at, 20) ?? at), partner.id, 'integration_certified', {
            value: 1,
            note: 'Integration passed certification',
          });
        else uncertified.push({ id: partner.id, ownerKey: partner.ownerKey });
      } else if (index % 5 === 0) {
        const at = story.after(enabled.at, story.random.int(5, 40));
        if (!at) continue;
        await joinProgram(story.as(partner.ownerKey, at), partner.id, {
          programId: referralId,
          tierId: referralTiers[0]?.id,
          joinedAt: at,
        });
      }
    }

    // Quarterly evaluations of the Technology program over the last year.
    const settings = await getSettings(ctx);
    const starts = quarterStarts(story, settings.fiscalYearStartMonth, settings.timeZone, 4);
    let lapsed: { id: string; ownerKey: string } | null = null;
    for (const [i, at] of starts.entries()) {
      if (i === 1 && lapsed) {
        // A promoted partner's integration certification lapses: below Validated, its grace begins.
        const when = story.after(starts[0] as Date, 30);
        if (when)
          await setCustomValue(story.as(lapsed.ownerKey, when), lapsed.id, 'integration_certified', {
            value: 0,
            note: 'Certification lapsed with the API v3 change',
          });
      }
      const newcomer = i === starts.length - 1 ? uncertified.pop() : undefined;
      if (newcomer) {
        // Just before the latest run, one more integration passes: its promotion waits for approval.
        const when = story.daysAgo(Math.max(1, Math.floor((story.now.getTime() - at.getTime()) / 86_400_000) + 5));
        await setCustomValue(story.as(newcomer.ownerKey, when), newcomer.id, 'integration_certified', {
          value: 1,
          note: 'Integration passed certification',
        });
      }
      const run = await runEvaluation(story.as('alex', at), { programId: techId, trigger: 'schedule' });
      await withTx(ctx, (c) =>
        c.tx.update(tierEvaluationRuns).set({ startedById: null }).where(eq(tierEvaluationRuns.id, run.id)),
      );
      if (i === starts.length - 1) break; // the latest run's proposals wait for a decision
      for (const proposal of await proposalsOf(ctx, run.id)) {
        const owner = [...story.partners.values()].find((p) => p.id === proposal.partnerId)?.ownerKey ?? 'alex';
        const decided = story.after(at, story.random.int(1, 6));
        if (!decided) continue;
        if (i === 0 && proposal.direction === 'promotion' && !lapsed) lapsed = { id: proposal.partnerId, ownerKey: owner };
        await approveProposal(story.as(owner, decided), proposal.id, {
          note:
            proposal.direction === 'promotion'
              ? 'Integration certified and a growing team'
              : 'Below Validated for a full quarter',
        });
      }
    }
  },
};

/**
 * Alex sets up the lifecycle milestone rules in the program's first weeks, before the partners'
 * story is told: from then on a move a rule covers happens through the rule. The daily check the
 * day before proposes it with its evidence (a named contact qualifies a prospect; three named
 * contacts make an enabled partner active) and the partner's owner confirms it on the day the
 * story moves the partner, with the story's reason as the note, so confirmations are spread over
 * the two years, each kept as the stage transition with the rule as its reason.
 */
export const milestoneRulesDemo: DemoSeeder = {
  order: 35,
  async seed(ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The milestone rules demo needs the admin first');
    const rulesAt = story.after(alex.since, 45) ?? story.daysAgo(story.random.int(300, 400));
    await createMilestoneRule(story.as('alex', rulesAt), {
      name: 'Onboarding complete → enabled',
      fromStages: ['onboarding'],
      toStage: 'enabled',
      metric: 'onboarding.completion',
      operator: '>=',
      threshold: 100,
    });
    await createMilestoneRule(story.as('alex', rulesAt), {
      name: 'A named contact qualifies a prospect',
      fromStages: ['prospect'],
      toStage: 'qualified',
      metric: 'partners.contacts',
      operator: '>=',
      threshold: 1,
    });
    await createMilestoneRule(story.as('alex', rulesAt), {
      name: '$500k joint pipeline → strategic',
      fromStages: ['active'],
      toStage: 'strategic',
      metric: 'deals.joint_pipeline',
      operator: '>=',
      threshold: 50_000_000,
    });
    await createMilestoneRule(story.as('alex', rulesAt), {
      name: 'Three named contacts → active',
      fromStages: ['enabled'],
      toStage: 'active',
      metric: 'partners.contacts',
      operator: '>=',
      threshold: 3,
    });
    story.refs.set('milestones:since', rulesAt.toISOString());
    const throughRule = (stage: LifecycleStage) => async (as: (at: Date) => Ctx, partnerId: string, at: Date, reason: string) => {
      // The daily check the day before the move (only once the rules exist).
      const checkedAt = new Date(at.getTime() - 86_400_000);
      if (checkedAt < rulesAt) return false;
      await checkMilestones(story.system('programs.milestones', checkedAt), { partnerId });
      const [open] = await withTx(ctx, (c) =>
        c.tx
          .select({ id: milestoneProposals.id })
          .from(milestoneProposals)
          .where(
            and(
              eq(milestoneProposals.partnerId, partnerId),
              eq(milestoneProposals.status, 'open'),
              eq(milestoneProposals.toStage, stage),
            ),
          ),
      );
      if (!open) return false;
      await confirmMilestone(as(at), open.id, { note: reason });
      return true;
    };
    story.beforeStage.set('qualified', throughRule('qualified'));
    story.beforeStage.set('active', throughRule('active'));
  },
};

const DECISION_NOTES = ['Discovery call went well', 'First joint deals in the pipeline', 'Named sponsor on their side', ''];

/**
 * After the partners, onboarding and recruitment stories: the milestone rules were checked over
 * time. A prospect with a named contact was proposed for "qualified", an enabled partner with three
 * named contacts for "active", a few days after it got there; its owner confirmed most (the stage
 * moved, the rule is the transition's reason), dismissed a few, and others are still open. A final check yesterday leaves what today's data proposes.
 */
export const milestonesDemo: DemoSeeder = {
  order: 63,
  async seed(ctx, story) {
    const since = new Date(story.refs.get('milestones:since') ?? story.daysAgo(365).toISOString());
    const stages = new Set(['prospect', 'enabled']);
    const prospects = [...story.partners.values()].filter((p) => stages.has(p.timeline.at(-1)?.stage ?? ''));
    const proposalOf = async (partnerId: string) => {
      const [row] = await withTx(ctx, (c) =>
        c.tx
          .select({ id: milestoneProposals.id })
          .from(milestoneProposals)
          .where(and(eq(milestoneProposals.partnerId, partnerId), eq(milestoneProposals.status, 'open'))),
      );
      return row?.id ?? null;
    };
    for (const [index, partner] of prospects.entries()) {
      story.progress(index, prospects.length);
      const created = partner.timeline.at(-1)?.at ?? since;
      const checkedAt = story.after(created > since ? created : since, story.random.int(3, 20));
      if (!checkedAt || checkedAt > story.daysAgo(3)) continue;
      const { proposed } = await checkMilestones(story.system('programs.milestones', checkedAt), { partnerId: partner.id });
      if (proposed === 0) continue;
      const id = await proposalOf(partner.id);
      const decidedAt = story.after(checkedAt, story.random.int(1, 8));
      // Most were decided by their owner within days; the rest (and any decided "after today") still wait.
      if (!id || !decidedAt || decidedAt > story.daysAgo(1) || !story.random.chance(0.75)) continue;
      const as = story.as(partner.ownerKey, decidedAt);
      if (story.random.chance(0.8)) await confirmMilestone(as, id, { note: story.random.pick(DECISION_NOTES) });
      else await dismissMilestone(as, id, { note: 'Contacts on file, but no joint business yet: wait' });
    }
    // Checking the rules yesterday leaves what today's data proposes for a person to confirm.
    await checkMilestones(story.system('programs.milestones', story.daysAgo(1)));
  },
};
