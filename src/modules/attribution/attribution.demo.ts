import { asc, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder } from '../../server/module.js';
import { AppError } from '../../shared/errors.js';
import { addTouch, opportunities, opportunityPartners } from '../opportunities/index.js';
import { quarterOf } from './attribution.rules.js';
import { createPolicy, lockPeriod, unlockPeriod } from './attribution.service.js';

const DAY = 86_400_000;

const EARLY_TOUCHES = {
  referral: [
    'Introduced the customer’s CIO at a user group',
    'Referred the buyer after a joint webinar',
    'Warm introduction to the IT director',
  ],
  influence: [
    'Recommended Lumen Cloud in the customer’s vendor review',
    'Shared a reference story with the buyer',
    'Ran a discovery workshop',
  ],
} as const;

/** Enabled or active at `at`: the stage it was in then. */
function activeAt(p: DemoPartner, at: Date): boolean {
  const stage = [...p.timeline].reverse().find((s) => s.at <= at)?.stage;
  return stage === 'enabled' || stage === 'active';
}

/** The quarters that ended at least a quarter ago and after `since`, oldest first ("2025-Q1"). */
function quartersToLock(since: Date, now: Date): { key: string; endsOn: Date }[] {
  const out: { key: string; endsOn: Date }[] = [];
  const current = quarterOf(now.toISOString().slice(0, 10));
  let year = since.getUTCFullYear();
  let q = Math.floor(since.getUTCMonth() / 3) + 1;
  for (;;) {
    const key = `${year}-Q${q}`;
    if (key === current) break;
    out.push({ key, endsOn: new Date(Date.UTC(year, q * 3, 0)) });
    q += 1;
    if (q === 5) {
      q = 1;
      year += 1;
    }
  }
  // All but the current quarter and the one before it.
  return out.slice(0, -1);
}

/**
 * Attribution over the two years: other partners referred or influenced some won deals before
 * the sourcing partner registered them (so first touch, linear and time decay tell different
 * stories from sourced); Frank set up a custom "Channel standard" policy; each quarter was locked
 * a few weeks after it ended (the old ones when Frank joined) — all but the current quarter and
 * the last one — and last summer's quarter was unlocked once for a late correction and locked again.
 */
export const attributionDemo: DemoSeeder = {
  order: 85,
  async seed(_ctx, story) {
    const r = story.random;
    const frank = story.people.get('frank');
    if (!frank) throw new Error('The attribution demo needs the finance manager (users demo) first');
    const byId = new Map([...story.partners.values()].map((p) => [p.id, p]));
    const partners = [...story.partners.values()];

    const { won, involvements } = await withTx(story.system('demo', story.now), async (c) => ({
      won: await c.tx
        .select({ id: opportunities.id, createdAt: opportunities.createdAt, closeDate: opportunities.closeDate })
        .from(opportunities)
        .where(eq(opportunities.stage, 'closed_won'))
        .orderBy(asc(opportunities.closeDate), asc(opportunities.id)),
      involvements: await c.tx
        .select({ opportunityId: opportunityPartners.opportunityId, partnerId: opportunityPartners.partnerId })
        .from(opportunityPartners),
    }));
    const involved = new Map<string, string[]>();
    for (const i of involvements) involved.set(i.opportunityId, [...(involved.get(i.opportunityId) ?? []), i.partnerId]);

    // Partners in no won deal: the first helper is one of them, so a partner is credited by first
    // touch alone whatever the random flow gave (decision 0346).
    const inWonDeals = new Set(won.flatMap((deal) => involved.get(deal.id) ?? []));
    let referredByANonSeller = false;
    for (const [index, deal] of won.entries()) {
      story.progress(index, won.length);
      const mine = involved.get(deal.id) ?? [];
      const lead = byId.get(mine[0] ?? '');
      if (!lead || !r.chance(0.35)) continue;
      const start = story.after(new Date(deal.createdAt.getTime() - r.int(20, 45) * DAY), 0);
      if (!start || start >= deal.createdAt) continue;
      const candidates = partners.filter((p) => !mine.includes(p.id) && activeAt(p, start));
      const nonSellers = referredByANonSeller ? [] : candidates.filter((p) => !inWonDeals.has(p.id));
      const helper = r.pick(nonSellers.length > 0 ? nonSellers : candidates);
      if (!helper) continue;
      const role = r.pick(['referral', 'influence'] as const);
      try {
        await addTouch(story.as(lead.ownerKey, story.after(deal.createdAt, 1) ?? deal.createdAt), deal.id, {
          partnerId: helper.id,
          role,
          occurredAt: start,
          note: r.pick(EARLY_TOUCHES[role]),
        });
        if (nonSellers.length > 0) referredByANonSeller = true;
      } catch (error) {
        // A partner competing with the vendor on the deal is never involved (coopetition).
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      }
    }

    const policyAt = story.after(frank.since, 20) ?? story.now;
    await createPolicy(story.as('frank', policyAt), {
      name: 'Channel standard',
      description: 'Sourcing counts most, co-selling next; technical, delivery and referrals share the rest.',
      roleWeights: { sourced: 50, co_sell: 25, technical: 10, delivery: 5, referral: 7, influence: 3 },
    });

    const quarters = quartersToLock(new Date(story.now.getTime() - 730 * DAY), story.now);
    const firstDays = story.after(frank.since, 3) ?? story.now;
    const locked = new Map<string, string>();
    for (const q of quarters) {
      const after = story.after(q.endsOn, r.int(12, 25));
      if (!after) continue;
      const at = after > firstDays ? after : (story.after(firstDays, 0) ?? firstDays);
      const period = await lockPeriod(story.as('frank', at), q.key);
      locked.set(q.key, period.id);
    }
    // The last locked quarter: a won deal's close date was corrected into it after the lock.
    const last = quarters.at(-1);
    const lastId = last ? locked.get(last.key) : undefined;
    if (last && lastId) {
      const unlockAt = story.after(last.endsOn, 40);
      const relockAt = unlockAt ? story.after(unlockAt, 1) : null;
      if (unlockAt && relockAt) {
        await unlockPeriod(story.as('frank', unlockAt), lastId, 'A won deal’s close date was corrected into this quarter');
        await lockPeriod(story.as('frank', relockAt), last.key);
      }
    }
  },
};
