import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped, loadSingleton } from '../../db/load.js';
import { canSeePartner, partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { newId as newKey } from '../../shared/ids.js';
import { formatMoney, type Money, money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { complianceBlocks } from '../compliance/index.js';
import { partnerNames, personSummaries } from '../directory/index.js';
import { convertToReporting } from '../fx/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { getOpportunity } from '../opportunities/index.js';
import { programs, programsOfPartnersOn } from '../programs/index.js';
import { getSettings } from '../settings/index.js';
import { mayEditPlans, mayManagePayouts, type PayoutBatchPermissions, payoutBatchPermissions } from './incentives.policy.js';
import {
  approvalDecision,
  approvalsRequired,
  batchLines,
  checkPlanConfig,
  creditShares,
  dealEarning,
  type EarningKind,
  formatBps,
  growthBps,
  overlappingVersion,
  type PlanConfig,
  type PlanKind,
  payableOn,
  paymentDecision,
  periodOf,
  priorYear,
  rebateTrueUp,
} from './incentives.rules.js';
import {
  type DealCreditRow,
  type EarningRow,
  type IncentivePlanRow,
  type IncentiveSettingsRow,
  incentiveDealCredits,
  incentiveEarnings,
  incentivePlans,
  incentiveSettings,
  type PayoutBatchRow,
  type PayoutLineRow,
  payoutApprovals,
  payoutBatches,
  payoutLines,
} from './incentives.schema.js';

const PLAN: AuditedKind<IncentivePlanRow> = {
  entityType: 'incentive_plan',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
};
const SETTINGS: AuditedKind<IncentiveSettingsRow> = {
  entityType: 'incentive_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Payout settings',
};
const CREDIT: AuditedKind<DealCreditRow> = {
  entityType: 'incentive_deal_credit',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.dealNumber} ${r.dealTitle}`,
};
const EARNING: AuditedKind<EarningRow> = {
  entityType: 'earning',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.rule}${r.dealNumber ? ` on ${r.dealNumber}` : ''}`,
};
const BATCH: AuditedKind<PayoutBatchRow> = {
  entityType: 'payout_batch',
  partnerIdOf: () => null,
  labelOf: (r) => r.number,
};

const lock = (c: TxCtx, key: string) => c.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Plans

export type PlanInput = {
  programId: string;
  kind: PlanKind;
  name: string;
  description?: string | undefined;
  currency: string;
  config: PlanConfig;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate | null | undefined;
};

export type PlanDto = {
  id: string;
  programId: string;
  programName: string;
  kind: PlanKind;
  name: string;
  description: string;
  currency: string;
  config: PlanConfig;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  inForce: boolean;
  createdAt: Date;
  updatedAt: Date;
  can: { edit: boolean };
};

async function planDtos(c: TxCtx, rows: readonly IncentivePlanRow[]): Promise<PlanDto[]> {
  if (rows.length === 0) return [];
  const names = await c.tx
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(inArray(programs.id, [...new Set(rows.map((r) => r.programId))]));
  const nameOf = new Map(names.map((r) => [r.id, r.name]));
  const today = dayOf(c.now);
  const edit = mayEditPlans(policyActor(c));
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    programName: nameOf.get(r.programId) ?? '',
    kind: r.kind,
    name: r.name,
    description: r.description,
    currency: r.currency,
    config: r.config,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    inForce: r.effectiveFrom <= today && (r.effectiveTo === null || today <= r.effectiveTo),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    can: { edit },
  }));
}

export async function listPlans(
  ctx: Ctx,
  q: { programId?: string[] | undefined; kind?: PlanKind[] | undefined },
): Promise<{ data: PlanDto[] }> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(incentivePlans)
      .where(
        and(
          q.programId?.length ? inArray(incentivePlans.programId, q.programId) : undefined,
          q.kind?.length ? inArray(incentivePlans.kind, q.kind) : undefined,
        ),
      )
      .orderBy(asc(incentivePlans.programId), asc(incentivePlans.kind), desc(incentivePlans.effectiveFrom));
    return { data: await planDtos(c, rows) };
  });
}

async function checkPlan(c: TxCtx, input: PlanInput, id?: string): Promise<void> {
  if (input.config.kind !== input.kind) throw invalidField('config.kind', `must be ${input.kind}, the plan's kind`);
  const ok = checkPlanConfig(input.config, input.currency);
  if (!ok.ok) throw invalidField(ok.path, ok.message);
  const to = input.effectiveTo ?? null;
  if (to !== null && to < input.effectiveFrom) throw invalidField('effectiveTo', 'must be on or after effectiveFrom');
  const [program] = await c.tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
  if (!program) throw invalidField('programId', 'no such program');
  await lock(c, `incentives:plan:${input.programId}:${input.kind}`);
  const versions = await c.tx
    .select()
    .from(incentivePlans)
    .where(and(eq(incentivePlans.programId, input.programId), eq(incentivePlans.kind, input.kind)));
  const clash = overlappingVersion(versions, {
    id,
    programId: input.programId,
    kind: input.kind,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: to,
  });
  if (clash)
    throw new AppError('CONFLICT', `overlaps “${clash.name}” (${clash.effectiveFrom} – ${clash.effectiveTo ?? 'open'})`, {
      errors: [
        {
          path: 'effectiveFrom',
          message: `overlaps the version “${clash.name}” in force ${clash.effectiveFrom} – ${clash.effectiveTo ?? 'open'}: end that one first`,
        },
      ],
    });
}

export async function createPlan(ctx: Ctx, input: PlanInput): Promise<PlanDto> {
  return withTx(ctx, async (c) => {
    if (!mayEditPlans(policyActor(c))) throw forbidden('Only an admin or a partner manager edits incentive plans');
    await checkPlan(c, input);
    const row = await insertAudited(
      c,
      incentivePlans,
      {
        programId: input.programId,
        kind: input.kind,
        name: input.name,
        description: input.description ?? '',
        currency: input.currency,
        config: input.config,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: input.effectiveTo ?? null,
      },
      PLAN,
    );
    const [dto] = await planDtos(c, [row]);
    return dto as PlanDto;
  });
}

export async function updatePlan(ctx: Ctx, id: string, patch: Partial<Omit<PlanInput, 'programId' | 'kind'>>): Promise<PlanDto> {
  return withTx(ctx, async (c) => {
    if (!mayEditPlans(policyActor(c))) throw forbidden('Only an admin or a partner manager edits incentive plans');
    const [before] = await c.tx.select().from(incentivePlans).where(eq(incentivePlans.id, id)).for('update');
    if (!before) throw notFound('Incentive plan');
    const next: PlanInput = {
      programId: before.programId,
      kind: before.kind,
      name: patch.name ?? before.name,
      description: patch.description ?? before.description,
      currency: patch.currency ?? before.currency,
      config: patch.config ?? before.config,
      effectiveFrom: patch.effectiveFrom ?? before.effectiveFrom,
      effectiveTo: patch.effectiveTo === undefined ? before.effectiveTo : patch.effectiveTo,
    };
    // Earned money is history: a version with earnings keeps its terms and start; only its end may move.
    const [used] = await c.tx
      .select({ id: incentiveEarnings.id })
      .from(incentiveEarnings)
      .where(eq(incentiveEarnings.planId, id))
      .limit(1);
    if (used && (patch.config || patch.currency || (patch.effectiveFrom && patch.effectiveFrom !== before.effectiveFrom)))
      throw invalidField(
        patch.config ? 'config' : patch.currency ? 'currency' : 'effectiveFrom',
        'this version has earnings: end it (effectiveTo) and start a new version instead',
      );
    await checkPlan(c, next, id);
    const after = await updateAudited(
      c,
      incentivePlans,
      before,
      {
        name: next.name,
        description: next.description ?? '',
        currency: next.currency,
        config: next.config,
        effectiveFrom: next.effectiveFrom,
        effectiveTo: next.effectiveTo ?? null,
        updatedAt: c.now,
      },
      PLAN,
    );
    const [dto] = await planDtos(c, [after]);
    return dto as PlanDto;
  });
}

// ---------------------------------------------------------------------------------------------
// Settings

export type IncentiveSettingsDto = { approvalThreshold: Money; payoutDay: number; can: { edit: boolean } };

export async function getIncentiveSettings(ctx: Ctx): Promise<IncentiveSettingsDto> {
  return withTx(ctx, async (c) => {
    const row = await loadSingleton(c, incentiveSettings);
    const reporting = (await getSettings(c)).reportingCurrency;
    return {
      approvalThreshold: money(row.approvalThreshold, reporting),
      payoutDay: row.payoutDay,
      can: { edit: mayManagePayouts(policyActor(c)) },
    };
  });
}

export async function updateIncentiveSettings(
  ctx: Ctx,
  patch: { approvalThreshold?: Money | undefined; payoutDay?: number | undefined },
): Promise<IncentiveSettingsDto> {
  return withTx(ctx, async (c) => {
    if (!mayManagePayouts(policyActor(c))) throw forbidden('Only finance or an admin sets payout settings');
    const before = await loadSingleton(c, incentiveSettings);
    const reporting = (await getSettings(c)).reportingCurrency;
    if (patch.approvalThreshold && patch.approvalThreshold.currency !== reporting)
      throw invalidField('approvalThreshold.currency', `must be the reporting currency (${reporting})`);
    await updateAudited(
      c,
      incentiveSettings,
      before,
      {
        approvalThreshold: patch.approvalThreshold?.amount ?? before.approvalThreshold,
        payoutDay: patch.payoutDay ?? before.payoutDay,
        updatedAt: c.now,
      },
      SETTINGS,
    );
    return getIncentiveSettings(c);
  });
}

// ---------------------------------------------------------------------------------------------
// Accrual from won deals

type DealSnapshot = {
  id: string;
  number: string;
  title: string;
  accountId: string;
  amount: number;
  currency: string;
  closeDate: IsoDate;
  products: string[];
  won: boolean;
  partners: { partnerId: string; roles: string[] }[];
};

/** The opportunity as the opportunities module shows it to the system (never its tables). */
async function dealSnapshot(c: TxCtx, opportunityId: string): Promise<DealSnapshot | null> {
  const opp = await getOpportunity(c, opportunityId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!opp || opp.amount === null || opp.currency === null || opp.closeDate === null) return null;
  return {
    id: opp.id,
    number: opp.number,
    title: opp.title,
    accountId: opp.account.id,
    amount: opp.amount,
    currency: opp.currency,
    closeDate: opp.closeDate,
    products: opp.products,
    won: opp.stage === 'closed_won',
    partners: opp.partners.map((p) => ({ partnerId: p.partnerId, roles: p.roles })),
  };
}

async function insertEarning(
  c: TxCtx,
  values: Omit<typeof incentiveEarnings.$inferInsert, 'accruedAt'>,
): Promise<EarningRow | null> {
  const [exists] = await c.tx
    .select({ id: incentiveEarnings.id })
    .from(incentiveEarnings)
    .where(eq(incentiveEarnings.key, values.key));
  if (exists) return null;
  const negative = values.amount < 0;
  return insertAudited(c, incentiveEarnings, { ...values, accruedAt: c.now }, EARNING, {
    event: negative && values.reversesId ? 'earning.reversed' : 'earning.accrued',
    eventData: {
      kind: values.kind,
      opportunityId: values.opportunityId ?? null,
      planId: values.planId ?? null,
      amount: values.amount,
      currency: values.currency,
      reversesId: values.reversesId ?? null,
    },
  });
}

async function plansFor(c: TxCtx, partnerId: string, closeDate: IsoDate): Promise<IncentivePlanRow[]> {
  const programIds = (await programsOfPartnersOn(c, [partnerId], closeDate)).get(partnerId) ?? [];
  if (programIds.length === 0) return [];
  return c.tx
    .select()
    .from(incentivePlans)
    .where(
      and(
        inArray(incentivePlans.programId, programIds),
        lte(incentivePlans.effectiveFrom, closeDate),
        sql`(${incentivePlans.effectiveTo} is null or ${incentivePlans.effectiveTo} >= ${closeDate}::date)`,
      ),
    )
    .orderBy(asc(incentivePlans.createdAt));
}

async function creditedRevenue(c: TxCtx, partnerId: string, currency: string, from: IsoDate, to: IsoDate): Promise<number> {
  const [row] = await c.tx
    .select({ total: sql<string>`coalesce(sum(${incentiveDealCredits.amount}), 0)::text` })
    .from(incentiveDealCredits)
    .where(
      and(
        eq(incentiveDealCredits.partnerId, partnerId),
        eq(incentiveDealCredits.status, 'won'),
        eq(incentiveDealCredits.currency, currency),
        gte(incentiveDealCredits.closeDate, from),
        lte(incentiveDealCredits.closeDate, to),
      ),
    );
  return Number(row?.total ?? 0);
}

/** Re-computes a rebate for a partner's period and accrues the difference (the true-up). */
async function trueUpRebate(c: TxCtx, partnerId: string, plan: IncentivePlanRow, closeDate: IsoDate, cause: DealCreditRow) {
  if (plan.config.kind !== 'rebate') return;
  const config = plan.config;
  const period = periodOf(closeDate, config.period);
  const revenue = await creditedRevenue(c, partnerId, config.currency, period.start, period.end);
  const prior = priorYear(period);
  const attainment =
    config.measure === 'volume'
      ? revenue
      : growthBps(revenue, await creditedRevenue(c, partnerId, config.currency, prior.start, prior.end));
  const accrued = await c.tx
    .select({ amount: incentiveEarnings.amount })
    .from(incentiveEarnings)
    .where(
      and(
        eq(incentiveEarnings.partnerId, partnerId),
        eq(incentiveEarnings.planId, plan.id),
        eq(incentiveEarnings.period, period.key),
      ),
    );
  const already = accrued.reduce((s, r) => s + r.amount, 0);
  const t = rebateTrueUp({ bands: config.bands, revenue, attainment, alreadyAccrued: already });
  if (t.delta === 0) return;
  const measured = config.measure === 'volume' ? '' : ` (growth ${formatBps(attainment)})`;
  await insertEarning(c, {
    partnerId,
    key: `rebate:${plan.id}:${partnerId}:${period.key}:${accrued.length + 1}`,
    kind: 'rebate',
    opportunityId: cause.opportunityId,
    creditId: cause.id,
    dealNumber: cause.dealNumber,
    dealTitle: cause.dealTitle,
    planId: plan.id,
    planName: plan.name,
    rule: `${period.key} rebate: ${t.band ? `band ${t.band} (${formatBps(t.rateBps)})` : 'below the first band'}${measured} on ${formatMoney(money(revenue, config.currency))}${accrued.length ? ' — true-up' : ''}`,
    baseAmount: revenue,
    amount: t.delta,
    currency: config.currency,
    closeDate,
    period: period.key,
    payableOn: payableOn('rebate', closeDate, period),
  });
}

async function accrueCredit(c: TxCtx, deal: DealSnapshot, credit: DealCreditRow): Promise<void> {
  const plans = await plansFor(c, credit.partnerId, deal.closeDate);
  const [otherWin] = await c.tx
    .select({ id: incentiveDealCredits.id })
    .from(incentiveDealCredits)
    .where(
      and(
        eq(incentiveDealCredits.accountId, deal.accountId),
        ne(incentiveDealCredits.opportunityId, deal.id),
        lte(incentiveDealCredits.closeDate, deal.closeDate),
      ),
    )
    .limit(1);
  const facts = {
    credit: money(credit.amount, credit.currency),
    dealAmount: money(deal.amount, deal.currency),
    products: deal.products,
    newLogo: !otherWin,
  };
  const quarter = periodOf(deal.closeDate, 'quarter').key;
  for (const plan of plans) {
    if (plan.kind === 'rebate') {
      await trueUpRebate(c, credit.partnerId, plan, deal.closeDate, credit);
      continue;
    }
    const earned = dealEarning(plan.config, facts);
    if (!earned) continue;
    await insertEarning(c, {
      partnerId: credit.partnerId,
      key: `deal:${deal.id}:${credit.partnerId}:${credit.cycle}:${plan.id}`,
      kind: plan.kind,
      opportunityId: deal.id,
      creditId: credit.id,
      dealNumber: deal.number,
      dealTitle: deal.title,
      planId: plan.id,
      planName: plan.name,
      rule: `${earned.rule} on ${credit.role === 'sourced' ? 'sourced' : 'co-sell'} credit`,
      baseAmount: earned.base.amount,
      amount: earned.amount.amount,
      currency: earned.amount.currency,
      closeDate: deal.closeDate,
      period: quarter,
      payableOn: payableOn(plan.kind, deal.closeDate, null),
    });
  }
}

async function reverseCredit(c: TxCtx, credit: DealCreditRow, reason: string): Promise<void> {
  const after = await updateAudited(c, incentiveDealCredits, credit, { status: 'reversed', updatedAt: c.now }, CREDIT, {
    event: 'incentive_deal_credit.reversed',
    eventData: { opportunityId: credit.opportunityId, reason },
  });
  const originals = await c.tx
    .select()
    .from(incentiveEarnings)
    .where(
      and(
        eq(incentiveEarnings.creditId, credit.id),
        ne(incentiveEarnings.kind, 'rebate'),
        sql`${incentiveEarnings.amount} > 0`,
        sql`not exists (select 1 from incentive_earnings r where r.reverses_id = ${incentiveEarnings.id})`,
      ),
    );
  for (const o of originals) await reverseOne(c, o, reason);
  for (const plan of await plansFor(c, credit.partnerId, credit.closeDate))
    if (plan.kind === 'rebate') await trueUpRebate(c, credit.partnerId, plan, credit.closeDate, after);
}

async function reverseOne(c: TxCtx, original: EarningRow, reason: string): Promise<EarningRow | null> {
  return insertEarning(c, {
    partnerId: original.partnerId,
    key: `reverse:${original.id}`,
    kind: original.kind,
    opportunityId: original.opportunityId,
    creditId: original.creditId,
    dealNumber: original.dealNumber,
    dealTitle: original.dealTitle,
    planId: original.planId,
    planName: original.planName,
    rule: `Reversal of: ${original.rule}`,
    baseAmount: original.baseAmount === null ? null : -original.baseAmount,
    amount: -original.amount,
    currency: original.currency,
    closeDate: original.closeDate,
    period: original.period,
    payableOn: dayOf(c.now) < original.payableOn ? original.payableOn : dayOf(c.now),
    reversesId: original.id,
    reason,
  });
}

/**
 * Brings the ledger in line with a deal (the `opportunity.stage_changed` subscriber, the demo):
 * a won deal credits its entitled partners and accrues under the plans in force at its close
 * date; a deal moved out of closed-won reverses what it accrued. Safe to run any number of times
 * (one credit per deal and partner, one entry per key), under a lock per deal.
 */
export async function reconcileDeal(ctx: Ctx, opportunityId: string): Promise<{ accrued: number; reversed: number }> {
  return withTx(ctx, async (c) => {
    await lock(c, `incentives:deal:${opportunityId}`);
    const deal = await dealSnapshot(c, opportunityId);
    if (!deal) return { accrued: 0, reversed: 0 };
    const credits = await c.tx.select().from(incentiveDealCredits).where(eq(incentiveDealCredits.opportunityId, opportunityId));
    let accrued = 0;
    let reversed = 0;
    if (deal.won) {
      for (const share of creditShares(money(deal.amount, deal.currency), deal.partners)) {
        await lock(c, `incentives:partner:${share.partnerId}`);
        const existing = credits.find((x) => x.partnerId === share.partnerId);
        if (existing?.status === 'won') continue;
        const values = {
          accountId: deal.accountId,
          dealNumber: deal.number,
          dealTitle: deal.title,
          role: share.role,
          amount: share.credit.amount,
          currency: share.credit.currency,
          closeDate: deal.closeDate,
          status: 'won' as const,
        };
        const credit = existing
          ? await updateAudited(
              c,
              incentiveDealCredits,
              existing,
              { ...values, cycle: existing.cycle + 1, updatedAt: c.now },
              CREDIT,
              {
                event: 'incentive_deal_credit.won_again',
              },
            )
          : await insertAudited(c, incentiveDealCredits, { ...values, opportunityId, partnerId: share.partnerId }, CREDIT);
        await accrueCredit(c, deal, credit);
        accrued += 1;
      }
    } else {
      for (const credit of credits.filter((x) => x.status === 'won')) {
        await lock(c, `incentives:partner:${credit.partnerId}`);
        await reverseCredit(c, credit, 'the deal left closed-won');
        reversed += 1;
      }
    }
    return { accrued, reversed };
  });
}

/** The vendor records a refund or cancellation of what one entry paid for: a negative entry linked to it. */
export async function reverseEarning(ctx: Ctx, id: string, reason: string): Promise<EarningDto> {
  return withTx(ctx, async (c) => {
    if (!mayManagePayouts(policyActor(c))) throw forbidden('Only finance or an admin records a reversal');
    const original = await loadScoped(c, incentiveEarnings, id, 'Earning', { lock: true });
    if (original.amount <= 0 || original.reversesId)
      throw invalidField('id', 'only an accrual can be reversed, not a reversal or a clawback');
    const [done] = await c.tx
      .select({ id: incentiveEarnings.id })
      .from(incentiveEarnings)
      .where(eq(incentiveEarnings.reversesId, id));
    if (done)
      throw new AppError('CONFLICT', 'this entry is already reversed', {
        errors: [{ path: 'id', message: 'is already reversed' }],
      });
    const row = await reverseOne(c, original, reason);
    if (!row)
      throw new AppError('CONFLICT', 'this entry is already reversed', {
        errors: [{ path: 'id', message: 'is already reversed' }],
      });
    const [dto] = await earningDtos(c, [row]);
    return dto as EarningDto;
  });
}

/** A manual adjustment finance records for a partner (a goodwill bonus, a correction): one ledger entry. */
export async function recordAdjustment(
  ctx: Ctx,
  input: { partnerId: string; amount: Money; reason: string; payableOn?: IsoDate | undefined },
): Promise<EarningDto> {
  return withTx(ctx, async (c) => {
    if (c.actor.kind === 'user' && !mayManagePayouts(policyActor(c)))
      throw forbidden('Only finance or an admin records adjustments');
    const names = await partnerNames(c, [input.partnerId]);
    if (!names.has(input.partnerId)) throw notFound('Partner');
    if (input.amount.amount === 0) throw invalidField('amount.amount', 'must not be zero');
    const today = dayOf(c.now);
    const on = input.payableOn ?? today;
    const row = await insertEarning(c, {
      partnerId: input.partnerId,
      key: `adjustment:${newKey()}`,
      kind: 'adjustment',
      rule: `Adjustment: ${input.reason}`,
      reason: input.reason,
      amount: input.amount.amount,
      currency: input.amount.currency,
      closeDate: on,
      period: periodOf(on, 'quarter').key,
      payableOn: on,
    });
    if (!row) throw new Error('adjustment key collided');
    const [dto] = await earningDtos(c, [row]);
    return dto as EarningDto;
  });
}

/** What the referrals module says of a commission it approved (`referral_commission.approved`'s data). */
export type ReferralCommissionFacts = {
  commissionId: string;
  partnerId: string;
  customerRef: string;
  base: Money | null;
  commission: Money;
  approvedOn: IsoDate;
};

/** The ledger key of a referral commission's entry: one entry per commission, ever (decision 0186). */
export const referralEarningKey = (commissionId: string) => `referral:${commissionId}`;
const referralCommissionIdOf = (key: string) => (key.startsWith('referral:') ? key.slice('referral:'.length) : null);

/**
 * An approved referral commission enters the earnings ledger as one entry of kind `referral`,
 * payable at once; payout batches pay it like any other entry. Idempotent: a repeat accrues nothing.
 */
export async function accrueReferralCommission(ctx: Ctx, facts: ReferralCommissionFacts): Promise<EarningRow | null> {
  return withTx(ctx, async (c) => {
    if (facts.commission.amount <= 0) return null;
    return insertEarning(c, {
      partnerId: facts.partnerId,
      key: referralEarningKey(facts.commissionId),
      kind: 'referral',
      dealTitle: `Referred customer ${facts.customerRef}`,
      rule: 'Referral commission',
      baseAmount: facts.base && facts.base.currency === facts.commission.currency ? facts.base.amount : null,
      amount: facts.commission.amount,
      currency: facts.commission.currency,
      closeDate: facts.approvedOn,
      period: periodOf(facts.approvedOn, 'quarter').key,
      payableOn: facts.approvedOn,
    });
  });
}

export async function getEarning(ctx: Ctx, id: string): Promise<EarningDto> {
  return withTx(ctx, async (c) => {
    const row = await loadScoped(c, incentiveEarnings, id, 'Earning');
    const [dto] = await earningDtos(c, [row]);
    return dto as EarningDto;
  });
}

// ---------------------------------------------------------------------------------------------
// Ledger reads

export const EARNING_STATUSES = ['pending', 'in_batch', 'paid'] as const;
export type EarningStatus = (typeof EARNING_STATUSES)[number];

export type EarningDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  kind: EarningKind;
  opportunityId: string | null;
  /** For a `referral` entry: the referral commission it pays (referrals module). */
  referralCommissionId: string | null;
  dealNumber: string;
  dealTitle: string;
  planId: string | null;
  planName: string;
  rule: string;
  base: Money | null;
  amount: Money;
  closeDate: IsoDate;
  period: string;
  payableOn: IsoDate;
  reversesId: string | null;
  reversed: boolean;
  reason: string;
  status: EarningStatus;
  batchId: string | null;
  paidAt: Date | null;
  accruedAt: Date;
  can: { reverse: boolean };
};

async function earningDtos(c: TxCtx, rows: readonly EarningRow[]): Promise<EarningDto[]> {
  if (rows.length === 0) return [];
  const names = await partnerNames(
    c,
    rows.map((r) => r.partnerId),
  );
  const reversedIds = new Set(
    (
      await c.tx
        .select({ id: incentiveEarnings.reversesId })
        .from(incentiveEarnings)
        .where(
          inArray(
            incentiveEarnings.reversesId,
            rows.map((r) => r.id),
          ),
        )
    ).map((r) => r.id),
  );
  const may = mayManagePayouts(policyActor(c));
  return rows.map((r) => {
    const reversed = reversedIds.has(r.id);
    return {
      id: r.id,
      partnerId: r.partnerId,
      partnerName: names.get(r.partnerId) ?? '',
      kind: r.kind,
      opportunityId: r.opportunityId,
      referralCommissionId: r.kind === 'referral' ? referralCommissionIdOf(r.key) : null,
      dealNumber: r.dealNumber,
      dealTitle: r.dealTitle,
      planId: r.planId,
      planName: r.planName,
      rule: r.rule,
      base: r.baseAmount === null ? null : money(r.baseAmount, r.currency),
      amount: money(r.amount, r.currency),
      closeDate: r.closeDate,
      period: r.period,
      payableOn: r.payableOn,
      reversesId: r.reversesId,
      reversed,
      reason: r.reason,
      status: r.paidAt ? 'paid' : r.batchId ? 'in_batch' : 'pending',
      batchId: isPartnerRole(policyActor(c).role) ? null : r.batchId,
      paidAt: r.paidAt,
      accruedAt: r.accruedAt,
      can: { reverse: may && r.amount > 0 && !r.reversesId && !reversed },
    };
  });
}

export type EarningQuery = {
  limit: number;
  cursor?: string | undefined;
  partnerId?: string[] | undefined;
  kind?: EarningKind[] | undefined;
  status?: EarningStatus[] | undefined;
  opportunityId?: string | undefined;
  batchId?: string | undefined;
  currency?: string[] | undefined;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
};

function statusFilter(status: readonly EarningStatus[] | undefined): SQL | undefined {
  if (!status?.length) return undefined;
  const parts = status.map((s) =>
    s === 'paid'
      ? isNotNull(incentiveEarnings.paidAt)
      : s === 'in_batch'
        ? and(isNotNull(incentiveEarnings.batchId), isNull(incentiveEarnings.paidAt))
        : isNull(incentiveEarnings.batchId),
  );
  return sql`(${sql.join(parts as SQL[], sql` or `)})`;
}

export async function listEarnings(ctx: Ctx, q: EarningQuery): Promise<Page<EarningDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('earnings', '-accruedAt', { accruedAt: incentiveEarnings.accruedAt }, incentiveEarnings.id, q.cursor);
    const rows = await c.tx
      .select()
      .from(incentiveEarnings)
      .where(
        and(
          partnerFilter(c, incentiveEarnings.partnerId),
          ks.where,
          q.partnerId?.length ? inArray(incentiveEarnings.partnerId, q.partnerId) : undefined,
          q.kind?.length ? inArray(incentiveEarnings.kind, q.kind) : undefined,
          q.currency?.length ? inArray(incentiveEarnings.currency, q.currency) : undefined,
          q.opportunityId ? eq(incentiveEarnings.opportunityId, q.opportunityId) : undefined,
          q.batchId && !isPartnerRole(policyActor(c).role) ? eq(incentiveEarnings.batchId, q.batchId) : undefined,
          q.from ? gte(incentiveEarnings.closeDate, q.from) : undefined,
          q.to ? lte(incentiveEarnings.closeDate, q.to) : undefined,
          statusFilter(q.status),
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, ks.cursorOf);
    return { data: await earningDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

// ---------------------------------------------------------------------------------------------
// Summary (the portal card), statement, reconciliation

export type CurrencyFigures = {
  currency: string;
  earned: number;
  earnedT4q: number;
  pending: number;
  scheduled: number;
  paid: number;
  reversed: number;
};

export type EarningsSummaryDto = {
  partnerId: string | null;
  currencies: CurrencyFigures[];
  nextPayout: { date: IsoDate; amounts: Money[]; batchNumber: string | null; estimated: boolean } | null;
  lastPayout: { date: IsoDate; amounts: Money[] } | null;
  held: { currency: string; amount: number; reason: string }[];
};

function nextPayoutDay(today: IsoDate, day: number): IsoDate {
  const d = String(Math.min(Math.max(day, 1), 28)).padStart(2, '0');
  const thisMonth = `${today.slice(0, 7)}-${d}`;
  if (thisMonth > today) return thisMonth;
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${d}`;
}

function ownPartner(c: TxCtx, partnerId: string | undefined): string | null {
  const actor = policyActor(c);
  if (isPartnerRole(actor.role)) return actor.partnerId;
  if (partnerId && !canSeePartner(c, partnerId)) throw notFound('Partner');
  return partnerId ?? null;
}

export async function earningsSummary(ctx: Ctx, q: { partnerId?: string | undefined }): Promise<EarningsSummaryDto> {
  return withTx(ctx, async (c) => {
    const partnerId = ownPartner(c, q.partnerId);
    const today = dayOf(c.now);
    const yearAgo = addDays(today, -365);
    const byPartner = partnerId ? eq(incentiveEarnings.partnerId, partnerId) : undefined;
    const rows = await c.tx
      .select({
        currency: incentiveEarnings.currency,
        earned: sql<string>`sum(${incentiveEarnings.amount})::text`,
        earnedT4q: sql<string>`coalesce(sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.closeDate} > ${yearAgo}::date and ${incentiveEarnings.closeDate} <= ${today}::date), 0)::text`,
        pending: sql<string>`coalesce(sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.batchId} is null), 0)::text`,
        scheduled: sql<string>`coalesce(sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.batchId} is not null and ${incentiveEarnings.paidAt} is null), 0)::text`,
        paid: sql<string>`coalesce(sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.paidAt} is not null), 0)::text`,
        reversed: sql<string>`coalesce(-sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.amount} < 0), 0)::text`,
      })
      .from(incentiveEarnings)
      .where(and(partnerFilter(c, incentiveEarnings.partnerId), byPartner))
      .groupBy(incentiveEarnings.currency)
      .orderBy(asc(incentiveEarnings.currency));
    const lineWhere = and(partnerFilter(c, payoutLines.partnerId), partnerId ? eq(payoutLines.partnerId, partnerId) : undefined);
    const upcoming = await c.tx
      .select({
        payDate: payoutLines.payDate,
        currency: payoutLines.currency,
        amount: payoutLines.amount,
        batchId: payoutLines.batchId,
      })
      .from(payoutLines)
      .where(and(lineWhere, inArray(payoutLines.status, ['draft', 'approved']), eq(payoutLines.held, false)))
      .orderBy(asc(payoutLines.payDate));
    const held = await c.tx
      .select({ currency: payoutLines.currency, amount: payoutLines.amount, reason: payoutLines.heldReason })
      .from(payoutLines)
      .where(and(lineWhere, eq(payoutLines.held, true), inArray(payoutLines.status, ['draft', 'approved'])));
    const last = await c.tx
      .select({
        payDate: payoutLines.payDate,
        paidAt: payoutLines.paidAt,
        currency: payoutLines.currency,
        amount: payoutLines.amount,
      })
      .from(payoutLines)
      .where(and(lineWhere, eq(payoutLines.status, 'paid')))
      .orderBy(desc(payoutLines.paidAt))
      .limit(20);
    const currencies = rows.map((r) => ({
      currency: r.currency,
      earned: Number(r.earned),
      earnedT4q: Number(r.earnedT4q),
      pending: Number(r.pending),
      scheduled: Number(r.scheduled),
      paid: Number(r.paid),
      reversed: Number(r.reversed),
    }));
    let nextPayout: EarningsSummaryDto['nextPayout'] = null;
    const first = upcoming[0];
    if (first) {
      const same = upcoming.filter((u) => u.batchId === first.batchId);
      const isVendor = !isPartnerRole(policyActor(c).role);
      const [batch] = isVendor
        ? await c.tx.select({ number: payoutBatches.number }).from(payoutBatches).where(eq(payoutBatches.id, first.batchId))
        : [];
      nextPayout = {
        date: first.payDate,
        amounts: mergeMoney(same.map((s) => money(s.amount, s.currency))),
        batchNumber: batch?.number ?? null,
        estimated: false,
      };
    } else if (currencies.some((x) => x.pending > 0)) {
      // A partner whose payouts a compliance item blocks gets no expected date: the next batch
      // would hold what it is owed. What no held line shows yet is held from now on.
      const block = partnerId ? await complianceBlocks(c, partnerId, 'payouts') : null;
      if (block?.blocked) {
        const reason = block.reasons.map((r) => r.message).join('; ') || 'a compliance item blocks payouts';
        for (const x of currencies) {
          const alreadyHeld = held.filter((h) => h.currency === x.currency).reduce((n, h) => n + h.amount, 0);
          if (x.pending - alreadyHeld > 0) held.push({ currency: x.currency, amount: x.pending - alreadyHeld, reason });
        }
      } else {
        const [settings] = await c.tx.select({ payoutDay: incentiveSettings.payoutDay }).from(incentiveSettings);
        nextPayout = {
          date: nextPayoutDay(today, settings?.payoutDay ?? 15),
          amounts: currencies.filter((x) => x.pending > 0).map((x) => money(x.pending, x.currency)),
          batchNumber: null,
          estimated: true,
        };
      }
    }
    const lastDate = last[0]?.paidAt ? dayOf(last[0].paidAt) : null;
    const lastPayout = lastDate
      ? {
          date: lastDate,
          amounts: mergeMoney(
            last.filter((l) => l.paidAt && dayOf(l.paidAt) === lastDate).map((l) => money(l.amount, l.currency)),
          ),
        }
      : null;
    return {
      partnerId,
      currencies,
      nextPayout,
      lastPayout,
      held: held.map((h) => ({ currency: h.currency, amount: h.amount, reason: h.reason })),
    };
  });
}

function mergeMoney(items: readonly Money[]): Money[] {
  const by = new Map<string, number>();
  for (const m of items) by.set(m.currency, (by.get(m.currency) ?? 0) + m.amount);
  return [...by.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => money(amount, currency));
}

export type StatementDto = {
  /** Null: the vendor's statement over every partner. */
  partnerId: string | null;
  partnerName: string;
  from: IsoDate;
  to: IsoDate;
  periods: { period: string; currency: string; accrued: number; reversed: number; net: number; paid: number }[];
  deals: {
    opportunityId: string | null;
    dealNumber: string;
    dealTitle: string;
    closeDate: IsoDate;
    currency: string;
    net: number;
    entries: number;
  }[];
  payouts: { payDate: IsoDate; status: string; currency: string; amount: number; paidAt: Date | null }[];
  totals: { currency: string; net: number; paid: number; unpaid: number }[];
};

export async function earningsStatement(
  ctx: Ctx,
  q: { partnerId?: string | undefined; from: IsoDate; to: IsoDate },
): Promise<StatementDto> {
  return withTx(ctx, async (c) => {
    const partnerId = ownPartner(c, q.partnerId);
    if (q.to < q.from) throw invalidField('to', 'must be on or after from');
    const names = partnerId ? await partnerNames(c, [partnerId]) : new Map<string, string>();
    const partnerName = partnerId ? names.get(partnerId) : 'All partners';
    if (partnerName === undefined) throw notFound('Partner');
    const byPartner = (column: typeof incentiveEarnings.partnerId | typeof payoutLines.partnerId) =>
      partnerId ? eq(column, partnerId) : undefined;
    const rows = await c.tx
      .select()
      .from(incentiveEarnings)
      .where(
        and(
          partnerFilter(c, incentiveEarnings.partnerId),
          byPartner(incentiveEarnings.partnerId),
          gte(incentiveEarnings.closeDate, q.from),
          lte(incentiveEarnings.closeDate, q.to),
        ),
      )
      .orderBy(asc(incentiveEarnings.closeDate), asc(incentiveEarnings.accruedAt));
    const periods = new Map<string, StatementDto['periods'][number]>();
    const deals = new Map<string, StatementDto['deals'][number]>();
    const totals = new Map<string, StatementDto['totals'][number]>();
    for (const r of rows) {
      const pk = `${r.period}|${r.currency}`;
      const p = periods.get(pk) ?? { period: r.period, currency: r.currency, accrued: 0, reversed: 0, net: 0, paid: 0 };
      if (r.amount > 0) p.accrued += r.amount;
      else p.reversed -= r.amount;
      p.net += r.amount;
      if (r.paidAt) p.paid += r.amount;
      periods.set(pk, p);
      const dk = `${r.opportunityId ?? r.id}|${r.currency}`;
      const d = deals.get(dk) ?? {
        opportunityId: r.opportunityId,
        dealNumber: r.dealNumber,
        dealTitle: r.dealTitle,
        closeDate: r.closeDate,
        currency: r.currency,
        net: 0,
        entries: 0,
      };
      d.net += r.amount;
      d.entries += 1;
      deals.set(dk, d);
      const t = totals.get(r.currency) ?? { currency: r.currency, net: 0, paid: 0, unpaid: 0 };
      t.net += r.amount;
      if (r.paidAt) t.paid += r.amount;
      else t.unpaid += r.amount;
      totals.set(r.currency, t);
    }
    const payouts = await c.tx
      .select()
      .from(payoutLines)
      .where(
        and(
          partnerFilter(c, payoutLines.partnerId),
          byPartner(payoutLines.partnerId),
          gte(payoutLines.payDate, q.from),
          ne(payoutLines.status, 'cancelled'),
        ),
      )
      .orderBy(asc(payoutLines.payDate));
    return {
      partnerId,
      partnerName,
      from: q.from,
      to: q.to,
      periods: [...periods.values()].sort((a, b) => a.period.localeCompare(b.period) || a.currency.localeCompare(b.currency)),
      deals: [...deals.values()],
      payouts: payouts.map((l) => ({
        payDate: l.payDate,
        status: l.held ? 'held' : l.status,
        currency: l.currency,
        amount: l.amount,
        paidAt: l.paidAt,
      })),
      totals: [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  });
}

/**
 * Per currency: accrued (positive entries), reversed (negative entries), paid (from the paid
 * batches' lines, not from the entries) and pending (entries no paid batch holds). The ledger
 * balances when accrued = paid + pending + reversed.
 */
export async function reconciliation(ctx: Ctx): Promise<{
  currencies: { currency: string; accrued: number; reversed: number; paid: number; pending: number; balanced: boolean }[];
}> {
  return withTx(ctx, async (c) => {
    const entries = await c.tx
      .select({
        currency: incentiveEarnings.currency,
        accrued: sql<string>`coalesce(sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.amount} > 0), 0)::text`,
        reversed: sql<string>`coalesce(-sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.amount} < 0), 0)::text`,
        pending: sql<string>`coalesce(sum(${incentiveEarnings.amount}) filter (where ${incentiveEarnings.paidAt} is null), 0)::text`,
      })
      .from(incentiveEarnings)
      .groupBy(incentiveEarnings.currency);
    const paid = await c.tx
      .select({ currency: payoutLines.currency, paid: sql<string>`coalesce(sum(${payoutLines.amount}), 0)::text` })
      .from(payoutLines)
      .where(and(eq(payoutLines.status, 'paid'), eq(payoutLines.held, false)))
      .groupBy(payoutLines.currency);
    const paidOf = new Map(paid.map((p) => [p.currency, Number(p.paid)]));
    return {
      currencies: entries
        .map((e) => {
          const x = {
            currency: e.currency,
            accrued: Number(e.accrued),
            reversed: Number(e.reversed),
            paid: paidOf.get(e.currency) ?? 0,
            pending: Number(e.pending),
          };
          return { ...x, balanced: x.accrued === x.paid + x.pending + x.reversed };
        })
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Payout batches

export type PayoutBatchDto = {
  id: string;
  number: string;
  periodEnd: IsoDate;
  payDate: IsoDate;
  status: PayoutBatchRow['status'];
  approvalsRequired: number;
  approvals: { userId: string; name: string; approvedAt: Date }[];
  totals: Money[];
  totalReporting: Money;
  partners: number;
  held: number;
  note: string;
  createdBy: { id: string; name: string } | null;
  approvedAt: Date | null;
  paidAt: Date | null;
  paymentReference: string;
  createdAt: Date;
  can: PayoutBatchPermissions;
};

export type PayoutLineDto = {
  partnerId: string;
  partnerName: string;
  currency: string;
  amount: number;
  entryCount: number;
  held: boolean;
  heldReason: string;
};

export type PayoutBatchDetailDto = PayoutBatchDto & { lines: PayoutLineDto[] };

async function batchDtos(c: TxCtx, rows: readonly PayoutBatchRow[]): Promise<PayoutBatchDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const approvals = await c.tx
    .select()
    .from(payoutApprovals)
    .where(inArray(payoutApprovals.batchId, ids))
    .orderBy(asc(payoutApprovals.approvedAt));
  const lines = await c.tx.select().from(payoutLines).where(inArray(payoutLines.batchId, ids));
  const people = await personSummaries(c, [...rows.map((r) => r.createdById), ...approvals.map((a) => a.userId)]);
  const actor = policyActor(c);
  return rows.map((r) => {
    const mine = approvals.filter((a) => a.batchId === r.id);
    const myLines = lines.filter((l) => l.batchId === r.id);
    const creator = r.createdById ? people.get(r.createdById) : undefined;
    return {
      id: r.id,
      number: r.number,
      periodEnd: r.periodEnd,
      payDate: r.payDate,
      status: r.status,
      approvalsRequired: r.approvalsRequired,
      approvals: mine.map((a) => ({ userId: a.userId, name: people.get(a.userId)?.name ?? '', approvedAt: a.approvedAt })),
      totals: mergeMoney(myLines.filter((l) => !l.held).map((l) => money(l.amount, l.currency))),
      totalReporting: money(r.totalReporting, r.reportingCurrency),
      partners: new Set(myLines.filter((l) => !l.held).map((l) => l.partnerId)).size,
      held: myLines.filter((l) => l.held).length,
      note: r.note,
      createdBy: creator ? { id: creator.id, name: creator.name } : null,
      approvedAt: r.approvedAt,
      paidAt: r.paidAt,
      paymentReference: r.paymentReference,
      createdAt: r.createdAt,
      can: payoutBatchPermissions(actor, { ...r, approverIds: mine.map((a) => a.userId) }),
    };
  });
}

async function batchDetail(c: TxCtx, row: PayoutBatchRow): Promise<PayoutBatchDetailDto> {
  const [dto] = await batchDtos(c, [row]);
  const lines = await c.tx
    .select()
    .from(payoutLines)
    .where(eq(payoutLines.batchId, row.id))
    .orderBy(asc(payoutLines.held), desc(payoutLines.amount));
  const names = await partnerNames(
    c,
    lines.map((l) => l.partnerId),
  );
  return {
    ...(dto as PayoutBatchDto),
    lines: lines.map((l: PayoutLineRow) => ({
      partnerId: l.partnerId,
      partnerName: names.get(l.partnerId) ?? '',
      currency: l.currency,
      amount: l.amount,
      entryCount: l.entryCount,
      held: l.held,
      heldReason: l.heldReason,
    })),
  };
}

export async function listBatches(
  ctx: Ctx,
  q: { limit: number; cursor?: string | undefined; status?: PayoutBatchRow['status'][] | undefined },
): Promise<Page<PayoutBatchDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('payout-batches', '-createdAt', { createdAt: payoutBatches.createdAt }, payoutBatches.id, q.cursor);
    const rows = await c.tx
      .select()
      .from(payoutBatches)
      .where(and(ks.where, q.status?.length ? inArray(payoutBatches.status, q.status) : undefined))
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, ks.cursorOf);
    return { data: await batchDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

async function loadBatch(c: TxCtx, id: string, forUpdate = false): Promise<PayoutBatchRow> {
  const query = c.tx.select().from(payoutBatches).where(eq(payoutBatches.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Payout batch');
  return row;
}

export async function getBatch(ctx: Ctx, id: string): Promise<PayoutBatchDetailDto> {
  return withTx(ctx, async (c) => batchDetail(c, await loadBatch(c, id)));
}

/** Finance and admins who may approve (never the batch's creator or who already approved) hear it waits. */
async function askForApproval(c: TxCtx, batch: PayoutBatchRow, exclude: readonly (string | null)[], second: boolean) {
  const to = (await activeUsersWithRole(c, ['finance', 'admin'])).filter((id) => !exclude.includes(id));
  const total = formatMoney(money(batch.totalReporting, batch.reportingCurrency));
  await notify(c, {
    to,
    kind: 'incentives.batch_review',
    title: second
      ? `Payout batch ${batch.number} needs a second approver (${total})`
      : `Payout batch ${batch.number} awaits approval (${total})`,
    body: `Payouts up to ${batch.periodEnd}, to be paid on ${batch.payDate}. The person who made a batch never approves it.`,
    link: '/payouts',
    entity: { type: 'payout_batch', id: batch.id },
    partnerId: null,
  });
}

/** The batch's creator (and approvers) hear it was approved or paid, unless they did it themselves. */
async function tellBatchPeople(c: TxCtx, batch: PayoutBatchRow, title: string, body: string) {
  const approvers = await c.tx
    .select({ userId: payoutApprovals.userId })
    .from(payoutApprovals)
    .where(eq(payoutApprovals.batchId, batch.id));
  const me = actorUserId(c);
  const to = [batch.createdById, ...approvers.map((a) => a.userId)].filter((id): id is string => !!id && id !== me);
  await notify(c, {
    to,
    kind: 'incentives.batch_decision',
    title,
    body,
    link: '/payouts',
    entity: { type: 'payout_batch', id: batch.id },
    partnerId: null,
  });
}

/**
 * A draft batch: every accrued, unpaid entry payable by `periodEnd` that no batch holds, netted
 * per partner and currency. A partner whose payouts a compliance item blocks gets a held line and
 * keeps its entries for a later batch; so does one whose clawbacks exceed its earnings. A period
 * with nothing payable still gets its (empty) batch: the record that the run was made.
 */
export async function createBatch(
  ctx: Ctx,
  input: { periodEnd: IsoDate; payDate: IsoDate; note?: string | undefined },
): Promise<PayoutBatchDetailDto> {
  return withTx(ctx, async (c) => {
    if (!mayManagePayouts(policyActor(c))) throw forbidden('Only finance or an admin makes payout batches');
    if (input.payDate < input.periodEnd) throw invalidField('payDate', 'must be on or after periodEnd');
    await lock(c, 'incentives:batches');
    const entries = await c.tx
      .select({
        id: incentiveEarnings.id,
        partnerId: incentiveEarnings.partnerId,
        amount: incentiveEarnings.amount,
        currency: incentiveEarnings.currency,
      })
      .from(incentiveEarnings)
      .where(and(isNull(incentiveEarnings.batchId), lte(incentiveEarnings.payableOn, input.periodEnd)));
    const blocked = new Map<string, string>();
    for (const partnerId of [...new Set(entries.map((e) => e.partnerId))]) {
      const decision = await complianceBlocks(c, partnerId, 'payouts');
      if (decision.blocked)
        blocked.set(partnerId, decision.reasons.map((r) => r.message).join('; ') || 'a compliance item blocks payouts');
    }
    const payable = batchLines(entries.filter((e) => !blocked.has(e.partnerId)));
    const heldLines = batchLines(entries.filter((e) => blocked.has(e.partnerId)));
    const reporting = (await getSettings(c)).reportingCurrency;
    let totalReporting = 0;
    for (const line of payable) {
      const converted = await convertToReporting(c, money(line.amount, line.currency), input.periodEnd).catch(
        (error: unknown) => {
          if (error instanceof AppError && error.code === 'FX_RATE_MISSING')
            throw new AppError('FX_RATE_MISSING', `no ${line.currency} rate on or before ${input.periodEnd}`, {
              errors: [
                {
                  path: 'periodEnd',
                  message: `no ${line.currency} exchange rate on or before this date: add one under Exchange rates`,
                },
              ],
            });
          throw error;
        },
      );
      totalReporting += converted.value.amount;
    }
    const settings = await loadSingleton(c, incentiveSettings);
    const [count] = await c.tx.select({ n: sql<number>`count(*)::int` }).from(payoutBatches);
    const number = `PB-${input.periodEnd.slice(0, 4)}-${String((count?.n ?? 0) + 1).padStart(3, '0')}`;
    const batch = await insertAudited(
      c,
      payoutBatches,
      {
        number,
        periodEnd: input.periodEnd,
        payDate: input.payDate,
        status: 'draft',
        approvalsRequired: approvalsRequired(totalReporting, settings.approvalThreshold),
        totalReporting,
        reportingCurrency: reporting,
        note: input.note ?? '',
        createdById: actorUserId(c),
      },
      BATCH,
      { eventData: { partners: payable.length, held: heldLines.length, totalReporting, currency: reporting } },
    );
    for (const line of payable) {
      await c.tx.insert(payoutLines).values({
        batchId: batch.id,
        partnerId: line.partnerId,
        currency: line.currency,
        amount: line.amount,
        entryCount: line.entryIds.length,
        payDate: input.payDate,
      });
      await c.tx
        .update(incentiveEarnings)
        .set({ batchId: batch.id })
        .where(and(inArray(incentiveEarnings.id, line.entryIds), isNull(incentiveEarnings.batchId)));
    }
    for (const line of heldLines)
      await c.tx.insert(payoutLines).values({
        batchId: batch.id,
        partnerId: line.partnerId,
        currency: line.currency,
        amount: line.amount,
        entryCount: line.entryIds.length,
        held: true,
        heldReason: blocked.get(line.partnerId) ?? '',
        payDate: input.payDate,
      });
    if (payable.length > 0) await askForApproval(c, batch, [batch.createdById], false);
    return batchDetail(c, batch);
  });
}

export async function approveBatch(ctx: Ctx, id: string): Promise<PayoutBatchDetailDto> {
  return withTx(ctx, async (c) => {
    if (!mayManagePayouts(policyActor(c))) throw forbidden('Only finance or an admin approves payouts');
    const before = await loadBatch(c, id, true);
    const approverId = actorUserId(c);
    if (!approverId) throw forbidden('A person approves a payout batch');
    const approvals = await c.tx.select().from(payoutApprovals).where(eq(payoutApprovals.batchId, id));
    const decision = approvalDecision({
      status: before.status,
      createdById: before.createdById,
      approverIds: approvals.map((a) => a.userId),
      required: before.approvalsRequired,
      approverId,
    });
    if (!decision.allowed) {
      if (decision.code === 'self') throw forbidden(decision.reason);
      if (decision.code === 'twice')
        throw new AppError('CONFLICT', decision.reason, { errors: [{ path: 'id', message: decision.reason }] });
      throw new AppError('INVALID_TRANSITION', decision.reason, { errors: [{ path: 'status', message: decision.reason }] });
    }
    await c.tx.insert(payoutApprovals).values({ batchId: id, userId: approverId, approvedAt: c.now });
    const after = decision.completes
      ? await updateAudited(c, payoutBatches, before, { status: 'approved', approvedAt: c.now, updatedAt: c.now }, BATCH, {
          event: 'payout_batch.approved',
          eventData: {
            approvals: approvals.length + 1,
            totalReporting: before.totalReporting,
            currency: before.reportingCurrency,
          },
        })
      : await updateAudited(c, payoutBatches, before, { updatedAt: c.now }, BATCH, {
          event: 'payout_batch.approval_recorded',
          summary: `First of ${before.approvalsRequired} approvals of ${before.number}`,
          eventData: { approvals: approvals.length + 1, required: before.approvalsRequired },
        });
    if (decision.completes) {
      await c.tx.update(payoutLines).set({ status: 'approved' }).where(eq(payoutLines.batchId, id));
      await tellBatchPeople(
        c,
        after,
        `Payout batch ${after.number} is approved`,
        `Ready to pay on ${after.payDate}: record the payment with "Mark paid" once it went out.`,
      );
    } else await askForApproval(c, after, [after.createdById, ...approvals.map((a) => a.userId), approverId], true);
    return batchDetail(c, after);
  });
}

/** Pays an approved batch once: a retried call on a paid batch answers it unchanged. */
export async function markBatchPaid(
  ctx: Ctx,
  id: string,
  input: { paymentReference?: string | undefined },
): Promise<PayoutBatchDetailDto> {
  return withTx(ctx, async (c) => {
    if (!mayManagePayouts(policyActor(c))) throw forbidden('Only finance or an admin records payments');
    const before = await loadBatch(c, id, true);
    const decision = paymentDecision(before.status);
    if (decision === 'already_paid') return batchDetail(c, before);
    if (typeof decision === 'object')
      throw new AppError('INVALID_TRANSITION', decision.refused, { errors: [{ path: 'status', message: decision.refused }] });
    const paid = await c.tx
      .update(incentiveEarnings)
      .set({ paidAt: c.now })
      .where(and(eq(incentiveEarnings.batchId, id), isNull(incentiveEarnings.paidAt)))
      .returning({ id: incentiveEarnings.id, key: incentiveEarnings.key, kind: incentiveEarnings.kind });
    // The referrals module marks these commissions paid when it hears of the payment (decision 0186).
    const referralCommissionIds = paid.flatMap((e) => {
      const commissionId = e.kind === 'referral' ? referralCommissionIdOf(e.key) : null;
      return commissionId ? [commissionId] : [];
    });
    await c.tx
      .update(payoutLines)
      .set({ status: 'paid', paidAt: c.now })
      .where(and(eq(payoutLines.batchId, id), eq(payoutLines.held, false)));
    await c.tx
      .update(payoutLines)
      .set({ status: 'cancelled' })
      .where(and(eq(payoutLines.batchId, id), eq(payoutLines.held, true)));
    const after = await updateAudited(
      c,
      payoutBatches,
      before,
      {
        status: 'paid',
        paidAt: c.now,
        paidById: actorUserId(c),
        paymentReference: input.paymentReference ?? '',
        updatedAt: c.now,
      },
      BATCH,
      {
        event: 'payout_batch.paid',
        eventData: {
          entries: paid.length,
          totalReporting: before.totalReporting,
          currency: before.reportingCurrency,
          number: before.number,
          referralCommissionIds,
        },
      },
    );
    await tellBatchPeople(
      c,
      after,
      `Payout batch ${after.number} is paid`,
      `${paid.length} ledger entries paid${input.paymentReference ? `, reference ${input.paymentReference}` : ''}.`,
    );
    return batchDetail(c, after);
  });
}

/** A draft or approved batch is cancelled: its entries are free for the next batch. */
export async function cancelBatch(ctx: Ctx, id: string, reason: string): Promise<PayoutBatchDetailDto> {
  return withTx(ctx, async (c) => {
    if (!mayManagePayouts(policyActor(c))) throw forbidden('Only finance or an admin cancels payout batches');
    const before = await loadBatch(c, id, true);
    if (before.status === 'paid' || before.status === 'cancelled')
      throw new AppError('INVALID_TRANSITION', `a ${before.status} batch cannot be cancelled`, {
        errors: [{ path: 'status', message: `is ${before.status}` }],
      });
    await c.tx
      .update(incentiveEarnings)
      .set({ batchId: null })
      .where(and(eq(incentiveEarnings.batchId, id), isNull(incentiveEarnings.paidAt)));
    await c.tx.update(payoutLines).set({ status: 'cancelled' }).where(eq(payoutLines.batchId, id));
    const after = await updateAudited(
      c,
      payoutBatches,
      before,
      { status: 'cancelled', cancelledAt: c.now, note: reason || before.note, updatedAt: c.now },
      BATCH,
      {
        event: 'payout_batch.cancelled',
        eventData: { reason },
      },
    );
    return batchDetail(c, after);
  });
}
