import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoSeeder } from '../../server/module.js';
import { addDays } from '../../shared/dates.js';
import { opportunities } from '../opportunities/index.js';
import { programs } from '../programs/index.js';
import { referralCommissions, settleCommissionsPaid } from '../referrals/index.js';
import { incentiveEarnings } from './incentives.schema.js';
import type { PlanInput } from './incentives.service.js';
import {
  accrueReferralCommission,
  approveBatch,
  createBatch,
  createPlan,
  markBatchPaid,
  reconcileDeal,
  updateIncentiveSettings,
} from './incentives.service.js';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Quarter ends (YYYY-MM-DD) strictly between two dates. */
function quarterEnds(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let y = from.getUTCFullYear(); y <= to.getUTCFullYear(); y++)
    for (const end of ['03-31', '06-30', '09-30', '12-31']) {
      const d = `${y}-${end}`;
      if (d > day(from) && d < day(to)) out.push(d);
    }
  return out;
}

/**
 * Incentives over the two years: Maria sets plans on every program some 23 months ago (an 8% resale
 * commission, raised to 10% with 15% on Lumen Platform a year ago; a quarterly volume rebate on
 * reseller programs; a new-logo SPIFF this half-year); every won deal accrued at its close (the
 * system, as the `opportunity.stage_changed` subscriber does); since Frank joined, he made a
 * payout batch after each quarter, Alex approved it and Frank paid it; this month's batch waits
 * for approval.
 */
export const incentivesDemo: DemoSeeder = {
  order: 80,
  async seed(ctx, story) {
    const planStart = story.daysAgo(700); // Maria joined 712 days ago
    const newVersion = story.daysAgo(365);
    const maria = story.people.has('maria') ? 'maria' : 'alex';
    const programRows = await withTx(ctx, (c) =>
      c.tx.select({ id: programs.id, name: programs.name, kind: programs.kind }).from(programs).orderBy(asc(programs.name)),
    );
    for (const program of programRows) {
      const at = story.as(maria, planStart);
      const base = { programId: program.id, currency: 'USD' } as const;
      const plans: PlanInput[] = [
        {
          ...base,
          kind: 'commission',
          name: `${program.name} commission (8%)`,
          config: { kind: 'commission', rateBps: 800, productRates: [] },
          effectiveFrom: day(planStart),
          effectiveTo: addDays(day(newVersion), -1),
        },
        {
          ...base,
          kind: 'commission',
          name: `${program.name} commission (10%, Platform 15%)`,
          config: { kind: 'commission', rateBps: 1000, productRates: [{ product: 'Lumen Platform', rateBps: 1500 }] },
          effectiveFrom: day(newVersion),
        },
        {
          ...base,
          kind: 'spiff',
          name: `${program.name} new-logo SPIFF`,
          config: {
            kind: 'spiff',
            bonus: { amount: 100_000, currency: 'USD' },
            products: [],
            minDealAmount: null,
            newLogoOnly: true,
          },
          effectiveFrom: day(story.daysAgo(180)),
          effectiveTo: addDays(day(story.now), 30),
        },
      ];
      if (program.kind === 'reseller')
        plans.push({
          ...base,
          kind: 'rebate',
          name: `${program.name} quarterly volume rebate`,
          config: {
            kind: 'rebate',
            measure: 'volume',
            period: 'quarter',
            currency: 'USD',
            bands: [
              { from: 0, rateBps: 0 },
              { from: 10_000_000, rateBps: 200 },
              { from: 25_000_000, rateBps: 300 },
            ],
          },
          effectiveFrom: day(planStart),
        });
      for (const plan of plans) await createPlan(at, plan);
    }

    // Every won deal accrues at its close, as the subscriber would have then.
    const won = await withTx(ctx, (c) =>
      c.tx
        .select({ id: opportunities.id, closedAt: opportunities.closedAt })
        .from(opportunities)
        .where(and(eq(opportunities.stage, 'closed_won'), isNotNull(opportunities.closedAt)))
        .orderBy(asc(opportunities.closedAt)),
    );
    for (const [i, deal] of won.entries()) {
      story.progress(i, won.length);
      const at = deal.closedAt && deal.closedAt < story.now ? deal.closedAt : story.now;
      await reconcileDeal(story.system('incentives from a won deal', at), deal.id);
    }

    // Every referral commission Frank approved entered the ledger then, as the subscriber does (decision 0186).
    const approvedCommissions = await withTx(ctx, (c) =>
      c.tx
        .select()
        .from(referralCommissions)
        .where(and(eq(referralCommissions.status, 'approved'), isNotNull(referralCommissions.approvedAt)))
        .orderBy(asc(referralCommissions.approvedAt)),
    );
    for (const rc of approvedCommissions) {
      const at = rc.approvedAt ?? story.now;
      await accrueReferralCommission(story.system('incentives from a referral commission', at), {
        commissionId: rc.id,
        partnerId: rc.partnerId,
        customerRef: rc.customerRef,
        base: { amount: rc.baseAmount, currency: rc.currency },
        commission: { amount: rc.amount, currency: rc.currency },
        approvedOn: day(at),
      });
    }

    // Quarterly payouts since Frank joined: he makes the batch, Alex approves, Frank pays.
    const frank = story.people.get('frank');
    if (!frank) return;
    await updateIncentiveSettings(story.as('frank', story.after(frank.since, 2) ?? story.now), {
      approvalThreshold: { amount: 100_000_000, currency: 'USD' },
      payoutDay: 15,
    });
    for (const end of quarterEnds(frank.since, story.now)) {
      const made = story.after(new Date(`${end}T12:00:00Z`), 5);
      if (!made || made >= story.now) continue;
      const batch = await createBatch(story.as('frank', made), {
        periodEnd: end,
        payDate: addDays(end, 15),
        note: `Payouts for the quarter ending ${end}`,
      });
      if (batch.lines.length === 0) continue;
      const approved = story.after(made, 2);
      if (!approved || approved >= story.now) continue;
      await approveBatch(story.as('alex', approved), batch.id);
      const paid = story.after(new Date(`${addDays(end, 15)}T12:00:00Z`), 0) ?? approved;
      if (paid >= story.now) continue;
      const paidAt = paid < approved ? approved : paid;
      await markBatchPaid(story.as('frank', paidAt), batch.id, { paymentReference: `WIRE-${end}` });
      // The referrals module hears of the payment and marks the batch's commissions paid.
      const referralKeys = await withTx(ctx, (c) =>
        c.tx
          .select({ key: incentiveEarnings.key })
          .from(incentiveEarnings)
          .where(and(eq(incentiveEarnings.batchId, batch.id), eq(incentiveEarnings.kind, 'referral'))),
      );
      await settleCommissionsPaid(
        story.system('referral commissions paid in a batch', paidAt),
        referralKeys.map((r) => r.key.slice('referral:'.length)),
        batch.number,
      );
    }
    // This month's run: made, waiting for Alex.
    const lastMonthEnd = addDays(`${day(story.now).slice(0, 7)}-01`, -1);
    await createBatch(story.as('frank', story.daysAgo(0)), {
      periodEnd: lastMonthEnd,
      payDate: addDays(day(story.now), 14),
      note: 'Payouts to the end of last month',
    });
  },
};
