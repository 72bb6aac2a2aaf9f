import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, daysBetween, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { competingAreas, coopetitionAreas } from '../coopetition/index.js';
import { createDealRegistration, dealRegistrations } from '../deal-registrations/index.js';
import { leads } from '../leads/index.js';
import { currentProposition } from '../value/index.js';
import { opportunityFromLead } from './opportunities.links.js';
import type { InvolvementRole, OpportunityStage } from './opportunities.rules.js';
import { type OpportunityRow, opportunities, opportunityPartners } from './opportunities.schema.js';
import {
  acceptCoSell,
  changeOpportunity,
  createOpportunity,
  declineCoSell,
  insertOpportunity,
  inviteToCoSell,
  involve,
  recordTouch,
  requestCoSell,
  updateAccount,
  updateOpportunity,
} from './opportunities.service.js';

const dayOf = (at: Date) => localDateOf(at, 'UTC');

/** Customers the vendor sells to directly (its own named accounts). */
const DIRECT: readonly [string, string, string][] = [
  ['Tailspin Toys', 'tailspintoys.com', 'Mid-market'],
  ['Litware Inc.', 'litware.com', 'Enterprise'],
  ['Proseware Ltd', 'proseware.co.uk', 'Mid-market'],
  ['Woodgrove Bank', 'woodgrovebank.com', 'Enterprise'],
  ['Lucerne Publishing', 'lucernepublishing.com', 'SMB'],
  ['Margie’s Travel', 'margiestravel.com', 'SMB'],
  ['Trey Research', 'treyresearch.net', 'Enterprise'],
  ['Wide World Importers', 'wideworldimporters.com', 'Mid-market'],
  ['Graphic Design Institute', 'graphicdesigninstitute.com', 'SMB'],
  ['Humongous Insurance', 'humongousinsurance.com', 'Enterprise'],
  ['Relecloud', 'relecloud.com', 'Mid-market'],
  ['VanArsdel Ltd', 'vanarsdel.com', 'Enterprise'],
];
const PRODUCTS = ['Lumen Compute', 'Lumen Storage', 'Lumen Analytics', 'Lumen Security', 'Support Plus'] as const;
const LOSSES = ['Lost to a competitor on price', 'No budget this year', 'Chose to stay on premises'];
const TOUCHES: Record<InvolvementRole, string[]> = {
  sourced: ['Introduced the buying team', 'Shared the customer’s requirements', 'Arranged the first meeting'],
  co_sell: ['Joint account planning call', 'Joint executive briefing', 'Co-presented the proposal'],
  technical: ['Ran the proof of concept', 'Solution architecture workshop', 'Security review with the customer'],
  delivery: ['Scoped the implementation', 'Migration plan agreed'],
  referral: ['Referred the customer'],
  influence: ['Recommended Lumen in the evaluation'],
};

async function skipConflict<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    // Coopetition or a second sourcing partner: the rule holds in the story too.
    if (error instanceof AppError && error.code === 'CONFLICT') return null;
    throw error;
  }
}

/** The opportunity's row as it is now (the demo changes it through the service's inner steps). */
async function rowOf(ctx: Ctx, id: string): Promise<OpportunityRow> {
  const [row] = await withTx(ctx, (c) => c.tx.select().from(opportunities).where(eq(opportunities.id, id)));
  if (!row) throw new Error(`no opportunity ${id}`);
  return row;
}

async function change(ctx: Ctx, id: string, patch: Parameters<typeof changeOpportunity>[2]): Promise<void> {
  const before = await rowOf(ctx, id);
  await withTx(ctx, (c) => changeOpportunity(c, before, patch));
}

async function touch(ctx: Ctx, id: string, input: Parameters<typeof recordTouch>[2]): Promise<void> {
  const row = await rowOf(ctx, id);
  await withTx(ctx, (c) => recordTouch(c, row, input));
}

/** One stage on the way (proposal) and the close at `to` when `outcome` is given. */
async function walk(
  story: DemoStory,
  as: (at: Date) => Ctx,
  id: string,
  from: Date,
  to: Date,
  outcome: { stage: OpportunityStage; lostReason?: string } | null,
): Promise<void> {
  // Calendar days, not hours: where `to` is today, the hour of the load must not move the midpoint.
  const span = Math.max(1, daysBetween(dayOf(from), dayOf(to)));
  const at = story.after(from, Math.floor(span / 2));
  if (at && at < to) await change(as(at), id, { stage: story.random.chance(0.5) ? 'proposal' : 'negotiation' });
  if (outcome)
    await change(as(to), id, {
      stage: outcome.stage,
      closeDate: dayOf(to),
      ...(outcome.lostReason ? { lostReason: outcome.lostReason } : {}),
    });
}

/**
 * Opportunities over the two years: every approved registration became its partner's sourced
 * opportunity the day it was approved and closed as the registration did (won, lost; an expired
 * one stalled and was lost); partners touched their deals along the way and a second partner
 * co-sold or ran the technical work on some; the vendor worked its own named accounts directly.
 * Today: open joint pipeline, a co-sell ask and an invitation waiting (Northwind), and a fresh
 * registration flagged because the vendor already works that customer.
 */
export const opportunitiesDemo: DemoSeeder = {
  order: 75,
  async seed(_ctx, story) {
    const r = story.random;
    const partners = new Map([...story.partners.values()].map((p) => [p.id, p]));
    const as = (key: string) => (at: Date) => story.as(key, at);
    const regs = await withTx(story.system('demo', story.now), (c) =>
      c.tx
        .select()
        .from(dealRegistrations)
        .where(
          and(isNotNull(dealRegistrations.decidedAt), inArray(dealRegistrations.status, ['approved', 'won', 'lost', 'expired'])),
        )
        .orderBy(asc(dealRegistrations.decidedAt)),
    );
    const sourced: { id: string; partner: DemoPartner; at: Date; open: boolean }[] = [];
    for (const [index, reg] of regs.entries()) {
      story.progress(index, regs.length + DIRECT.length);
      const partner = partners.get(reg.partnerId);
      const at = reg.decidedAt as Date;
      if (!partner) continue;
      // Where the partner competes with the vendor (coopetition) the deal is not shared with it.
      const areas = await coopetitionAreas(story.system('demo', at), partner.id);
      if (competingAreas(areas, { products: reg.products }).length > 0) continue;
      const owner = as(partner.ownerKey);
      const created = await skipConflict(() =>
        withTx(owner(at), async (c) => {
          const row = await insertOpportunity(c, {
            title: reg.title,
            customer: { name: reg.customerName, domain: reg.customerDomain },
            amount: reg.amount,
            currency: reg.currency,
            stage: 'qualification',
            closeDate: reg.expectedCloseDate,
            products: reg.products,
            source: { kind: 'deal_registration', id: reg.id },
          });
          await involve(c, row, partner.id, 'sourced', { checkCoopetition: false, path: 'partnerId' });
          return row;
        }),
      );
      if (!created) continue;
      const end = reg.closedAt ?? story.now;
      const touched = story.after(at, r.int(2, 20));
      if (touched && touched < end)
        await touch(owner(touched), created.id, {
          partnerId: partner.id,
          role: 'sourced',
          occurredAt: touched,
          note: r.pick(TOUCHES.sourced),
        });
      if (reg.status === 'won') await walk(story, owner, created.id, at, end, { stage: 'closed_won' });
      else if (reg.status === 'lost')
        await walk(story, owner, created.id, at, end, { stage: 'closed_lost', lostReason: reg.closeReason || r.pick(LOSSES) });
      else if (reg.status === 'expired')
        await walk(story, owner, created.id, at, end, {
          stage: 'closed_lost',
          lostReason: 'Stalled: the registration’s protection ran out',
        });
      else await walk(story, owner, created.id, at, story.now, null);
      sourced.push({ id: created.id, partner, at, open: reg.status === 'approved' });
    }

    // A second partner on some deals: co-selling, running the technical work or the delivery.
    // (Not Woodgrove: its deals are told on their own, decision 0340.)
    const helpers = [...story.partners.values()].filter(
      (p) => p.key !== 'woodgrove-dist' && (p.timeline.at(-1)?.stage === 'enabled' || p.timeline.at(-1)?.stage === 'active'),
    );
    for (const deal of sourced) {
      if (!r.chance(deal.open ? 0.5 : 0.2) || helpers.length < 2) continue;
      const helper = r.pick(helpers.filter((p) => p.id !== deal.partner.id));
      const at = story.after(deal.at, r.int(5, 30));
      if (!at || !helper) continue;
      const role = r.pick(['co_sell', 'technical', 'delivery'] as const);
      await skipConflict(() =>
        touch(story.as(deal.partner.ownerKey, at), deal.id, {
          partnerId: helper.id,
          role,
          occurredAt: at,
          note: r.pick(TOUCHES[role]),
        }),
      );
    }

    // Leads the partners converted became opportunities the same day, the partner co-selling; those
    // whose expected close has come were won or lost by the partner's manager.
    const converted = await withTx(story.system('demo', story.now), (c) =>
      c.tx
        .select()
        .from(leads)
        .where(and(eq(leads.status, 'converted'), isNotNull(leads.convertedAt)))
        .orderBy(asc(leads.convertedAt)),
    );
    for (const lead of converted) {
      const at = lead.convertedAt as Date;
      const closeIn = r.int(45, 150);
      // Closed by today, or still open (a close later today happens before the load: decision 0313).
      const close = story.after(at, closeIn);
      const id = await opportunityFromLead(story.system('opportunity from a converted lead', at), lead.id, {
        amount: r.int(12, 160) * 1_000_00,
        currency: 'USD',
        closeDate: close ? dayOf(close) : addDays(dayOf(at), closeIn),
      });
      const partner = lead.partnerId ? partners.get(lead.partnerId) : undefined;
      if (!id || !partner) continue;
      const owner = as(partner.ownerKey);
      if (close)
        await walk(
          story,
          owner,
          id,
          at,
          close,
          r.chance(0.45) ? { stage: 'closed_won' } : { stage: 'closed_lost', lostReason: r.pick(LOSSES) },
        );
      else await walk(story, owner, id, at, story.now, null);
    }

    // The vendor's own named accounts, worked directly: won and lost over the two years, some open now.
    const managers = ['maria', 'james', 'sofia'].filter((k) => story.people.has(k));
    for (const [i, [name, domain, segment]] of DIRECT.entries()) {
      story.progress(regs.length + i, regs.length + DIRECT.length);
      const open = i < 4;
      const at = story.daysAgo(open ? r.int(10, 90) : r.int(120, 700));
      const owner = managers.find((k) => (story.people.get(k)?.since ?? story.now) <= at) ?? 'alex';
      const product = r.pick(PRODUCTS);
      const created = await createOpportunity(story.as(owner, at), {
        title: `${product} for ${name.split(' ')[0]}`,
        customer: { name, domain },
        amount: r.int(50, 900) * 1_000_00,
        currency: r.chance(0.7) ? 'USD' : 'EUR',
        stage: 'prospecting',
        closeDate: addDays(dayOf(at), r.int(45, 150)),
        products: [product],
      });
      await updateAccount(story.as(owner, at), created.account.id, { segment });
      if (open) await walk(story, as(owner), created.id, at, story.now, null);
      else {
        const closed = story.after(at, r.int(30, 110)) ?? story.daysAgo(1);
        await walk(
          story,
          as(owner),
          created.id,
          at,
          closed,
          r.chance(0.5) ? { stage: 'closed_won' } : { stage: 'closed_lost', lostReason: r.pick(LOSSES) },
        );
      }
    }

    // Today's co-sell desk.
    const northwind = story.partners.get('northwind');
    const contoso = story.partners.get('contoso-consulting');
    const nwAdmin = northwind && story.people.get('northwind.admin');
    if (northwind && nwAdmin) {
      await requestCoSell(story.as(nwAdmin.key, story.daysAgo(3)), {
        customer: { name: 'Fabrikam Retail', domain: 'fabrikam-retail.com' },
        title: 'Analytics for Fabrikam’s stores',
        amount: 240_000_00,
        currency: 'USD',
        closeDate: addDays(dayOf(story.now), 80),
        note: 'They asked for a Lumen architect in the second workshop.',
      });
      // The vendor invites Northwind to a directly worked deal (waiting for its answer).
      const invited = await createOpportunity(story.as(northwind.ownerKey, story.daysAgo(20)), {
        title: 'Security upgrade for Woodgrove',
        customer: { name: 'Woodgrove Bank', domain: 'woodgrovebank.com' },
        amount: 410_000_00,
        currency: 'USD',
        stage: 'qualification',
        closeDate: addDays(dayOf(story.now), 60),
        products: ['Lumen Security'],
      });
      await skipConflict(() =>
        inviteToCoSell(story.as(northwind.ownerKey, story.daysAgo(1)), invited.id, {
          partnerId: northwind.id,
          role: 'delivery',
          note: 'Your team ran Woodgrove’s last migration: would you lead the delivery?',
        }),
      );
    }
    const ctAdmin = contoso && story.people.get('contoso-consulting.admin');
    if (contoso && ctAdmin) {
      const asked = story.daysAgo(150);
      const ask = await requestCoSell(story.as(ctAdmin.key, asked), {
        customer: { name: 'Northwind Traders Foods', domain: 'nwtraders-foods.com' },
        title: 'Storage consolidation at NW Traders Foods',
        amount: 180_000_00,
        currency: 'EUR',
        closeDate: addDays(dayOf(asked), 90),
        note: 'Competitive situation: we need your pricing desk.',
      });
      const accepted = story.after(asked, 1);
      if (accepted)
        await skipConflict(() =>
          acceptCoSell(story.as(contoso.ownerKey, accepted), ask.id, { note: 'James joins the next call' }),
        );
      const second = await requestCoSell(story.as(ctAdmin.key, story.daysAgo(40)), {
        customer: { name: 'Contoso Pharma Labs', domain: 'contosopharmalabs.com' },
        title: 'Compute for the lab pipeline',
        note: 'Early: would you join the discovery?',
      });
      await declineCoSell(
        story.as(contoso.ownerKey, story.daysAgo(39)),
        second.id,
        'Too early for a joint pursuit: register it once the lab has a budget and a timeline',
      );
    }

    // A registration flagged because the vendor already works the customer directly.
    const registrar = [...story.partners.values()].find(
      (p) => p.key !== 'northwind' && story.people.get(`${p.key}.admin`) && p.timeline.at(-1)?.stage === 'active',
    );
    const admin = registrar && story.people.get(`${registrar.key}.admin`);
    if (registrar && admin && admin.since < story.daysAgo(2)) {
      const at = story.daysAgo(2);
      const flagged = await createDealRegistration(story.as(admin.key, at), {
        customer: { name: 'Tailspin Toys Inc.', domain: 'www.tailspintoys.com' },
        title: 'Analytics for Tailspin',
        amount: 95_000_00,
        currency: 'USD',
        expectedCloseDate: addDays(dayOf(story.now), 70),
        products: ['Lumen Analytics'],
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'COMPLIANCE_BLOCKED') return null;
        throw error;
      });
      // Its case with the direct team opens at once, as the subscriber would (decision 0320).
      if (flagged?.conflict.flagged && story.conflictOf) {
        const steps: { at: Date; run: () => Promise<void> }[] = [];
        await story.conflictOf(
          { id: flagged.id, at },
          { later: (when, run) => when && steps.push({ at: when, run }), settled: () => {} },
        );
        for (const step of steps.sort((a, b) => a.at.getTime() - b.at.getTime())) await step.run();
      }
    }
  },
};

/**
 * After the joint value proposition is in place (the value seeder): Contoso's manager names it on
 * the joint deals Contoso brought or worked since it was published, a few days after each began,
 * so its deployment shows in its pipeline (decision 0344). Adatum's stays unused.
 */
export const opportunitiesJvpDemo: DemoSeeder = {
  order: 910,
  async seed(_ctx, story) {
    const contoso = story.partners.get('contoso-consulting');
    if (!contoso) return;
    const jvp = await currentProposition(story.system('demo', story.now), contoso.id);
    if (!jvp?.publishedAt) return;
    const published = jvp.publishedAt;
    const deals = await withTx(story.system('demo', story.now), (c) =>
      c.tx
        .select({ id: opportunities.id, stage: opportunities.stage, involvedAt: opportunityPartners.createdAt })
        .from(opportunityPartners)
        .innerJoin(opportunities, eq(opportunities.id, opportunityPartners.opportunityId))
        .where(eq(opportunityPartners.partnerId, contoso.id))
        .orderBy(asc(opportunityPartners.createdAt), asc(opportunities.id)),
    );
    // The deals it joined since, and the ones still open from before (named once the JVP was out).
    const since = deals.filter((d) => d.involvedAt.getTime() >= published.getTime()).slice(-5);
    const open = deals
      .filter((d) => d.involvedAt.getTime() < published.getTime() && d.stage !== 'closed_won' && d.stage !== 'closed_lost')
      .slice(-3);
    for (const deal of [...open, ...since]) {
      const from = deal.involvedAt.getTime() >= published.getTime() ? deal.involvedAt : published;
      const at = story.after(from, story.random.int(1, 6));
      if (!at) continue;
      await updateOpportunity(story.as(contoso.ownerKey, at), deal.id, { valuePropositionId: jvp.id });
    }
  },
};
