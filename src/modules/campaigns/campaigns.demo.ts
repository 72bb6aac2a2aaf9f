import { and, asc, eq, gte, isNotNull, lte } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { leads } from '../leads/index.js';
import { opportunities, opportunityPartners } from '../opportunities/index.js';
import { currentProposition } from '../value/index.js';
import type { CampaignType, OwnerSide } from './campaigns.rules.js';
import { createCampaign, creditCampaign, decideCampaign, moveCampaign } from './campaigns.service.js';

const DAY = 86_400_000;
const day = (at: Date) => at.toISOString().slice(0, 10);

/** What long-standing partners and the vendor run together, quarter after quarter. */
const PLAYBOOK: {
  name: string;
  type: CampaignType;
  ownerSide: OwnerSide;
  days: number;
  budget: number;
  vendorPercent: number;
}[] = [
  { name: 'Cloud cost-optimisation webinar', type: 'webinar', ownerSide: 'joint', days: 1, budget: 800_000, vendorPercent: 50 },
  { name: 'Security roadshow', type: 'event', ownerSide: 'partner', days: 3, budget: 2_500_000, vendorPercent: 60 },
  { name: 'Analytics nurture e-mail series', type: 'email', ownerSide: 'vendor', days: 42, budget: 600_000, vendorPercent: 70 },
  { name: 'Paid social: data platform', type: 'digital', ownerSide: 'joint', days: 30, budget: 1_500_000, vendorPercent: 50 },
  { name: 'Migration guide and case study', type: 'content', ownerSide: 'partner', days: 21, budget: 900_000, vendorPercent: 40 },
  { name: 'Executive dinner', type: 'event', ownerSide: 'joint', days: 1, budget: 1_200_000, vendorPercent: 75 },
];

function partnersInStory(story: DemoStory): DemoPartner[] {
  const enabledLongAgo = (p: DemoPartner) => {
    const enabled = p.timeline.find((t) => t.stage === 'enabled');
    return enabled && story.now.getTime() - enabled.at.getTime() > 300 * DAY && p.timeline.at(-1)?.stage !== 'terminated';
  };
  return [...story.partners.values()].filter(enabledLongAgo).slice(0, 6);
}

/** A person of the partner (its admin) at `at`, or its manager when the admin had no account yet. */
function partnerSide(story: DemoStory, partner: DemoPartner, at: Date): Ctx | null {
  try {
    return story.as(`${partner.key}.admin`, at);
  } catch {
    return null;
  }
}

/**
 * Joint campaigns of the long-standing partners over the two years: one every quarter or so from
 * a couple of months after the partner was enabled, planned by its manager a few weeks ahead (or
 * proposed by the partner's admin and approved), run and completed on their dates, with the leads
 * assigned to the partner and the opportunities it was involved in during the campaign credited
 * to it. Two are still to come; one proposal waits for approval today.
 */
export const campaignsDemo: DemoSeeder = {
  order: 980,
  async seed(_ctx, story) {
    const random = story.random;
    const today = story.now.getTime();
    const jvps = await deployedPropositions(story);
    for (const partner of partnersInStory(story)) {
      const enabled = partner.timeline.find((t) => t.stage === 'enabled')?.at as Date;
      let start = new Date(Math.max(enabled.getTime() + 60 * DAY, today - 700 * DAY));
      let n = random.int(0, PLAYBOOK.length - 1);
      while (start.getTime() < today + 45 * DAY) {
        const play = PLAYBOOK[n % PLAYBOOK.length] as (typeof PLAYBOOK)[number];
        n += 1;
        const end = new Date(start.getTime() + (play.days - 1) * DAY);
        const plannedAt = story.daysAgo(Math.max(1, Math.round((today - start.getTime()) / DAY) + random.int(15, 40)));
        // About one in four is the partner's idea: its admin proposes, the manager approves a few days later.
        const proposer = random.chance(0.25) ? partnerSide(story, partner, plannedAt) : null;
        const input = {
          name: `${play.name}${play.type === 'event' ? ` ${start.getUTCFullYear()}` : ''}`,
          type: play.type,
          ownerSide: play.ownerSide,
          startsOn: day(start),
          endsOn: day(end),
          description: `${play.name} for ${partner.name}'s customers and prospects.`,
          budget: { amount: play.budget + random.int(0, 10) * 50_000, currency: 'USD' },
          split: { vendorPercent: play.vendorPercent },
          goalLeads: Math.max(5, Math.round(play.budget / 100_000)),
          valuePropositionId: jvpAt(jvps, partner.id, plannedAt),
        };
        const owner = (at: Date) => story.as(partner.ownerKey, at);
        let campaign = await createCampaign(proposer ?? owner(plannedAt), partner.id, input);
        const decidedAt = story.after(plannedAt, random.int(1, 4));
        if (proposer) {
          if (!decidedAt) {
            start = new Date(start.getTime() + random.int(75, 110) * DAY);
            continue;
          }
          campaign = await decideCampaign(owner(decidedAt), campaign.id, { approve: true, note: 'Fits the quarter’s plan' });
        }
        const startedAt = story.after(start, 0);
        if (startedAt && startedAt.getTime() <= today) await moveCampaign(owner(startedAt), campaign.id, 'active');
        const endedAt = story.after(end, random.int(1, 5));
        if (startedAt && endedAt && endedAt.getTime() <= today) {
          await credit(story, partner, campaign.id, start, end, endedAt);
          await moveCampaign(owner(endedAt), campaign.id, 'completed');
        }
        start = new Date(start.getTime() + random.int(75, 110) * DAY);
      }
    }
    // Three days ago the first partner's admin proposed a customer day; it waits for its manager today.
    const first = partnersInStory(story)[0];
    const proposedAt = story.daysAgo(3);
    const proposer = first ? partnerSide(story, first, proposedAt) : null;
    if (first && proposer) {
      const startsOn = day(new Date(today + 50 * DAY));
      await createCampaign(proposer, first.id, {
        name: 'Customer day: modern data platform',
        type: 'event',
        ownerSide: 'partner',
        startsOn,
        endsOn: startsOn,
        description: 'A day at our office for 40 retail and manufacturing customers, with a Lumen keynote.',
        budget: { amount: 1_800_000, currency: 'USD' },
        split: { vendorAmount: 900_000, partnerAmount: 900_000 },
        goalLeads: 15,
        valuePropositionId: jvpAt(jvps, first.id, proposedAt),
      });
    }
  },
};

/**
 * The healthy alliance's joint value proposition, which its joint campaigns are built on once it
 * is published (decision 0344). Adatum's JVP stays unused: seed 004's "JVP without deployment".
 */
async function deployedPropositions(story: DemoStory): Promise<Map<string, { id: string; publishedAt: Date }>> {
  const out = new Map<string, { id: string; publishedAt: Date }>();
  const contoso = story.partners.get('contoso-consulting');
  if (!contoso) return out;
  const jvp = await currentProposition(story.system('demo', story.now), contoso.id);
  if (jvp?.publishedAt) out.set(contoso.id, { id: jvp.id, publishedAt: jvp.publishedAt });
  return out;
}

const jvpAt = (jvps: Map<string, { id: string; publishedAt: Date }>, partnerId: string, at: Date): string | null => {
  const jvp = jvps.get(partnerId);
  return jvp && jvp.publishedAt.getTime() <= at.getTime() ? jvp.id : null;
};

/** Credits the partner's leads created during the campaign (and up to three weeks after) and the opportunities it joined then. */
async function credit(story: DemoStory, partner: DemoPartner, campaignId: string, start: Date, end: Date, at: Date) {
  const until = new Date(Math.min(end.getTime() + 21 * DAY, at.getTime()));
  const owner = story.as(partner.ownerKey, at);
  const found = await withTx(owner, async (c) => {
    const fromLeads = await c.tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.partnerId, partner.id), gte(leads.createdAt, start), lte(leads.createdAt, until)))
      .orderBy(asc(leads.createdAt))
      .limit(3);
    const fromOpps = await c.tx
      .select({ id: opportunities.id })
      .from(opportunityPartners)
      .innerJoin(opportunities, eq(opportunities.id, opportunityPartners.opportunityId))
      .where(
        and(
          eq(opportunityPartners.partnerId, partner.id),
          gte(opportunityPartners.createdAt, start),
          lte(opportunityPartners.createdAt, until),
          isNotNull(opportunities.id),
        ),
      )
      .orderBy(asc(opportunityPartners.createdAt))
      .limit(2);
    return { leads: fromLeads, opps: fromOpps };
  });
  for (const l of found.leads) await creditCampaign(owner, campaignId, { leadId: l.id });
  for (const o of found.opps) await creditCampaign(owner, campaignId, { opportunityId: o.id });
}
