import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden } from '../../shared/errors.js';
import { formatMoney, type Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { assertComplianceAllows, complianceBlocks } from '../compliance/index.js';
import { activePartnerUsers, visiblePartner, visiblePartners } from '../directory/index.js';
import { listRecordFiles } from '../files/index.js';
import { convertManyToReporting, convertToReporting } from '../fx/index.js';
import { assignLead, createLead, leads } from '../leads/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { opportunities, opportunityPartners } from '../opportunities/index.js';
import { currentTierBenefits, programMemberships, programs } from '../programs/index.js';
import { getSettings } from '../settings/index.js';
import { appendEntry, balanceOfAllocation, balancesByAllocation } from './mdf.ledger.js';
import {
  decidesFor,
  type MdfClaimPermissions,
  type MdfRequestPermissions,
  mayManageFunds,
  mayPayClaims,
  mayRequestFunds,
  mdfClaimPermissions,
  mdfRequestPermissions,
} from './mdf.policy.js';
import {
  type ActivityType,
  accrualAmount,
  allocationFits,
  approvalFits,
  type Balance,
  type ClaimWindow,
  claimAllowed,
  claimMoveAllowed,
  claimWindow,
  type Decision,
  defaultExpiry,
  type EntryKind,
  parseLeadList,
  periodOf,
  requestFits,
  requestMoveAllowed,
  roiPercent,
  ZERO_BALANCE,
} from './mdf.rules.js';
import {
  type MdfAllocationRow,
  type MdfClaimRow,
  type MdfRequestRow,
  mdfAllocations,
  mdfClaimLeads,
  mdfClaims,
  mdfLedger,
  mdfRequests,
  mdfSettings,
} from './mdf.schema.js';

export const PROOF_KIND = 'mdf_claim.proof';

const ALLOCATION: AuditedKind<MdfAllocationRow> = {
  entityType: 'mdf_allocation',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.period} ${r.kind}`,
};
const REQUEST: AuditedKind<MdfRequestRow> = {
  entityType: 'mdf_request',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.title,
};
const CLAIM: AuditedKind<MdfClaimRow> = {
  entityType: 'mdf_claim',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `claim ${r.id.slice(-6)}`,
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

const m = (amount: number, currency: string): Money => ({ amount, currency });

function refuse(d: Decision, code: 'CONFLICT' | 'VALIDATION_FAILED' = 'CONFLICT'): void {
  if (d.allowed) return;
  throw new AppError(code, `${d.path}: ${d.reason}`, { errors: [{ path: d.path, message: d.reason }] });
}

function transitionRefused(what: string, status: string, path = 'status'): AppError {
  return new AppError('CONFLICT', `This ${what} is ${status}`, { errors: [{ path, message: `is ${status}` }] });
}

// ——— Settings ———

export type MdfSettings = {
  claimWindowDays: number;
  expiryReminderDays: number;
  partnerCap: Money | null;
  periodPool: Money | null;
};

export async function getMdfSettings(ctx: Ctx): Promise<MdfSettings> {
  return withTx(ctx, async (c) => {
    const reporting = (await getSettings(c)).reportingCurrency;
    const [row] = await c.tx.select().from(mdfSettings).where(eq(mdfSettings.id, 1));
    return {
      claimWindowDays: row?.claimWindowDays ?? 60,
      expiryReminderDays: row?.expiryReminderDays ?? 30,
      partnerCap: row?.partnerCap != null ? m(row.partnerCap, reporting) : null,
      periodPool: row?.periodPool != null ? m(row.periodPool, reporting) : null,
    };
  });
}

export async function saveMdfSettings(
  ctx: Ctx,
  input: { claimWindowDays?: number; expiryReminderDays?: number; partnerCap?: Money | null; periodPool?: Money | null },
): Promise<MdfSettings> {
  return withTx(ctx, async (c) => {
    if (!mayManageFunds(policyActor(c))) throw forbidden('Only an admin sets the MDF rules');
    const before = await getMdfSettings(c);
    const reporting = (await getSettings(c)).reportingCurrency;
    for (const field of ['partnerCap', 'periodPool'] as const) {
      const v = input[field];
      if (v && v.currency !== reporting) {
        throw new AppError('VALIDATION_FAILED', `${field}: caps are in the reporting currency ${reporting}`, {
          errors: [{ path: `${field}.currency`, message: `must be the reporting currency ${reporting}` }],
        });
      }
    }
    const values = {
      claimWindowDays: input.claimWindowDays ?? before.claimWindowDays,
      expiryReminderDays: input.expiryReminderDays ?? before.expiryReminderDays,
      partnerCap: input.partnerCap === undefined ? (before.partnerCap?.amount ?? null) : (input.partnerCap?.amount ?? null),
      periodPool: input.periodPool === undefined ? (before.periodPool?.amount ?? null) : (input.periodPool?.amount ?? null),
    };
    await c.tx
      .insert(mdfSettings)
      .values({ id: 1, ...values, updatedAt: c.now })
      .onConflictDoUpdate({ target: mdfSettings.id, set: { ...values, updatedAt: c.now } });
    const after = await getMdfSettings(c);
    await recordChange(c, {
      action: 'update',
      entityType: 'mdf_settings',
      entityId: '1',
      partnerId: null,
      before,
      after,
      summary: `MDF rules: claim window ${after.claimWindowDays} days`,
    });
    return after;
  });
}

// ——— Allocations ———

export type MdfAllocationDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  kind: MdfAllocationRow['kind'];
  amount: Money;
  expiresOn: string;
  basisRevenue: Money | null;
  accrualPercent: number | null;
  notes: string;
  balance: Balance;
  /** Expired: no new request may draw on it (claims on committed funds go on). */
  expired: boolean;
  createdAt: Date;
  updatedAt: Date;
};

async function allocationDtos(c: TxCtx, rows: readonly MdfAllocationRow[]): Promise<MdfAllocationDto[]> {
  if (rows.length === 0) return [];
  const [partners, balances, reporting, today] = [
    await visiblePartners(
      c,
      rows.map((r) => r.partnerId),
    ),
    await balancesByAllocation(c, { allocationIds: rows.map((r) => r.id) }),
    (await getSettings(c)).reportingCurrency,
    await todayOf(c),
  ];
  return rows.map((r) => {
    const { currency: _c, partnerId: _p, ...balance } = balances.get(r.id) ?? { ...ZERO_BALANCE, currency: '', partnerId: '' };
    return {
      id: r.id,
      partnerId: r.partnerId,
      partnerName: partners.get(r.partnerId)?.name ?? '',
      period: r.period,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      kind: r.kind,
      amount: m(r.amount, r.currency),
      expiresOn: r.expiresOn,
      basisRevenue: r.basisRevenue === null ? null : m(r.basisRevenue, reporting),
      accrualPercent: r.accrualPercent === null ? null : Number(r.accrualPercent),
      notes: r.notes,
      balance,
      expired: r.expiresOn < today,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  });
}

/** Allocations of a partner (or every partner) in a quarter, converted to the reporting currency at its start. */
async function periodTotals(c: TxCtx, period: string, partnerId: string | null, exceptId?: string): Promise<number> {
  const sums = await c.tx
    .select({ currency: mdfAllocations.currency, amount: sql<string>`sum(${mdfAllocations.amount})::text` })
    .from(mdfAllocations)
    .where(
      and(
        eq(mdfAllocations.period, period),
        partnerId ? eq(mdfAllocations.partnerId, partnerId) : undefined,
        exceptId ? sql`${mdfAllocations.id} <> ${exceptId}` : undefined,
      ),
    )
    .groupBy(mdfAllocations.currency);
  const start = periodOf(period)?.start ?? period;
  const converted = await convertManyToReporting(
    c,
    sums.map((s) => m(Number(s.amount), s.currency)),
    start,
  );
  return converted.reduce((total, v) => total + (v?.amount ?? 0), 0);
}

/** The room the caps leave a partner in a quarter (reporting currency), null: no cap. */
async function capRoom(
  c: TxCtx,
  period: string,
  partnerId: string,
): Promise<{ partner: number; pool: number; settings: MdfSettings }> {
  const settings = await getMdfSettings(c);
  return {
    settings,
    partner: settings.partnerCap ? await periodTotals(c, period, partnerId) : 0,
    pool: settings.periodPool ? await periodTotals(c, period, null) : 0,
  };
}

async function writeAllocation(
  c: TxCtx,
  values: Omit<typeof mdfAllocations.$inferInsert, 'createdAt' | 'updatedAt'>,
  partnerName: string,
): Promise<MdfAllocationRow> {
  const row = await insertAudited(c, mdfAllocations, { ...values, createdAt: c.now, updatedAt: c.now }, ALLOCATION, {
    summary: `Allocated ${formatMoney({ amount: values.amount, currency: values.currency })} MDF (${values.kind}) to ${partnerName} for ${values.period}`,
    eventData: {
      period: values.period,
      kind: values.kind,
      amount: values.amount,
      currency: values.currency,
      expiresOn: values.expiresOn,
    },
  });
  await appendEntry(c, {
    partnerId: row.partnerId,
    allocationId: row.id,
    kind: 'allocation',
    amount: row.amount,
    currency: row.currency,
    onDate: row.periodStart,
    key: `allocation:${row.id}`,
    actorId: actorUserId(c),
  });
  return row;
}

export type AllocationInput = { period: string; amount: Money; expiresOn?: IsoDate; notes?: string };

/** A fixed allocation for a partner and quarter, within the caps (409 naming `amount` otherwise). */
export async function createAllocation(ctx: Ctx, partnerId: string, input: AllocationInput): Promise<MdfAllocationDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageFunds(policyActor(c))) throw forbidden('Only an admin allocates market development funds');
    const partner = await visiblePartner(c, partnerId);
    const period = periodOf(input.period);
    if (!period)
      throw new AppError('VALIDATION_FAILED', 'period', {
        errors: [{ path: 'period', message: 'must be a quarter such as 2026-Q3' }],
      });
    const expiresOn = input.expiresOn ?? defaultExpiry(period);
    if (expiresOn < period.start) {
      throw new AppError('VALIDATION_FAILED', 'expiresOn: before the period starts', {
        errors: [{ path: 'expiresOn', message: `must not be before the period starts (${period.start})` }],
      });
    }
    const room = await capRoom(c, period.key, partner.id);
    const inReporting = (await convertToReporting(c, input.amount, period.start)).value.amount;
    refuse(
      allocationFits({
        amount: inReporting,
        partnerPeriodTotal: room.partner,
        partnerCap: room.settings.partnerCap?.amount ?? null,
        poolPeriodTotal: room.pool,
        pool: room.settings.periodPool?.amount ?? null,
      }),
    );
    const row = await writeAllocation(
      c,
      {
        partnerId: partner.id,
        period: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        kind: 'fixed',
        amount: input.amount.amount,
        currency: input.amount.currency,
        expiresOn,
        notes: input.notes ?? '',
        createdById: actorUserId(c),
      },
      partner.name,
    );
    const [dto] = await allocationDtos(c, [row]);
    return dto as MdfAllocationDto;
  });
}

export type AllocationListQuery = { limit: number; cursor?: string; partnerId?: string[]; period?: string[] };

export async function listAllocations(ctx: Ctx, query: AllocationListQuery): Promise<Page<MdfAllocationDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('mdf-allocations', '-createdAt', { createdAt: mdfAllocations.createdAt }, mdfAllocations.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(mdfAllocations)
      .where(
        and(
          ks.where,
          partnerFilter(c, mdfAllocations.partnerId),
          query.partnerId?.length ? inArray(mdfAllocations.partnerId, query.partnerId) : undefined,
          query.period?.length ? inArray(mdfAllocations.period, query.period) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await allocationDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export type LedgerEntryDto = {
  id: string;
  kind: EntryKind;
  amount: Money;
  onDate: string;
  requestId: string | null;
  claimId: string | null;
  createdAt: Date;
};

export async function getAllocation(ctx: Ctx, id: string): Promise<MdfAllocationDto & { entries: LedgerEntryDto[] }> {
  return withTx(ctx, async (c) => {
    const row = await loadScoped(c, mdfAllocations, id, 'MDF allocation');
    const [dto] = await allocationDtos(c, [row]);
    const entries = await c.tx
      .select()
      .from(mdfLedger)
      .where(eq(mdfLedger.allocationId, id))
      .orderBy(asc(mdfLedger.onDate), asc(mdfLedger.createdAt), asc(mdfLedger.id));
    return {
      ...(dto as MdfAllocationDto),
      entries: entries.map((e) => ({
        id: e.id,
        kind: e.kind,
        amount: m(e.amount, e.currency),
        onDate: e.onDate,
        requestId: e.requestId,
        claimId: e.claimId,
        createdAt: e.createdAt,
      })),
    };
  });
}

export type FundsSummary = {
  partnerId: string;
  /** Per currency, every allocation's balance added up. */
  totals: (Balance & { currency: string })[];
  /** Available funds in the reporting currency (converted today); null: nothing allocated or no rate. */
  availableReporting: Money | null;
  /** Requests and claims awaiting the vendor. */
  pendingRequests: number;
  pendingClaims: number;
  /** Approved claims awaiting payment. */
  awaitingPayment: Money[];
  /** Allocations with funds left that expire within the reminder window, soonest first. */
  expiring: { allocationId: string; period: string; expiresOn: string; available: Money }[];
  /** Allocations that still take requests (not expired, funds left). */
  open: MdfAllocationDto[];
};

/** One partner's funds at a glance: the portal's home card and the partner page. "None yet" is an empty summary. */
export async function fundsSummary(ctx: Ctx, partnerId: string): Promise<FundsSummary> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const today = await todayOf(c);
    const settings = await getMdfSettings(c);
    const rows = await c.tx
      .select()
      .from(mdfAllocations)
      .where(eq(mdfAllocations.partnerId, partner.id))
      .orderBy(asc(mdfAllocations.expiresOn), asc(mdfAllocations.id));
    const dtos = await allocationDtos(c, rows);
    const totals = new Map<string, Balance & { currency: string }>();
    for (const d of dtos) {
      const t = totals.get(d.amount.currency) ?? { ...ZERO_BALANCE, currency: d.amount.currency };
      for (const k of Object.keys(ZERO_BALANCE) as (keyof Balance)[]) t[k] += d.balance[k];
      totals.set(d.amount.currency, t);
    }
    const totalList = [...totals.values()];
    const converted = await convertManyToReporting(
      c,
      totalList.map((t) => m(t.available, t.currency)),
      today,
    );
    const availableReporting =
      totalList.length === 0 || converted.some((v) => v === null)
        ? null
        : converted.reduce<Money>((sum, v) => m(sum.amount + (v?.amount ?? 0), v?.currency ?? sum.currency), m(0, ''));
    const [pending] = await c.tx
      .select({
        requests: sql<number>`count(*) filter (where ${mdfRequests.status} = 'submitted')::int`,
      })
      .from(mdfRequests)
      .where(eq(mdfRequests.partnerId, partner.id));
    const claimRows = await c.tx
      .select({
        status: mdfClaims.status,
        currency: mdfClaims.currency,
        amount: sql<string>`sum(coalesce(${mdfClaims.approvedAmount}, ${mdfClaims.claimedAmount}))::text`,
        n: sql<number>`count(*)::int`,
      })
      .from(mdfClaims)
      .where(and(eq(mdfClaims.partnerId, partner.id), inArray(mdfClaims.status, ['submitted', 'approved'])))
      .groupBy(mdfClaims.status, mdfClaims.currency);
    return {
      partnerId: partner.id,
      totals: totalList,
      availableReporting,
      pendingRequests: Number(pending?.requests ?? 0),
      pendingClaims: claimRows.filter((r) => r.status === 'submitted').reduce((n, r) => n + Number(r.n), 0),
      awaitingPayment: claimRows.filter((r) => r.status === 'approved').map((r) => m(Number(r.amount), r.currency)),
      expiring: dtos
        .filter((d) => !d.expired && d.balance.available > 0 && d.expiresOn <= addDays(today, settings.expiryReminderDays))
        .map((d) => ({
          allocationId: d.id,
          period: d.period,
          expiresOn: d.expiresOn,
          available: m(d.balance.available, d.amount.currency),
        })),
      open: dtos.filter((d) => !d.expired && d.balance.available > 0),
    };
  });
}

// ——— Accrual ———

export type AccrualResult = { period: string; created: number; skipped: number };

/**
 * The quarterly accrual: for each partner whose current tier grants `mdfAccrualPercent`, that
 * percent of its won revenue in the quarter (opportunities it sourced or co-sold, closed won in the
 * quarter, each converted to the reporting currency at its close date), capped, as an accrued
 * allocation. Once per partner and quarter: safe to run twice.
 */
export async function runAccrual(ctx: Ctx, periodKey: string): Promise<AccrualResult> {
  const period = periodOf(periodKey);
  if (!period)
    throw new AppError('VALIDATION_FAILED', 'period', {
      errors: [{ path: 'period', message: 'must be a quarter such as 2026-Q3' }],
    });
  return withTx(ctx, async (c) => {
    if (!mayManageFunds(policyActor(c))) throw forbidden('Only an admin runs the MDF accrual');
    const reporting = (await getSettings(c)).reportingCurrency;
    const revenue = await c.tx
      .select({
        partnerId: opportunityPartners.partnerId,
        currency: opportunities.currency,
        closeDate: opportunities.closeDate,
        amount: sql<string>`sum(${opportunities.amount})::text`,
      })
      .from(opportunityPartners)
      .innerJoin(opportunities, eq(opportunities.id, opportunityPartners.opportunityId))
      .where(
        and(
          eq(opportunities.stage, 'closed_won'),
          sql`${opportunities.closeDate} between ${period.start}::date and ${period.end}::date`,
          sql`${opportunityPartners.roles} && array['sourced', 'co_sell']::text[]`,
        ),
      )
      .groupBy(opportunityPartners.partnerId, opportunities.currency, opportunities.closeDate);
    const perPartner = new Map<string, number>();
    const byDate = new Map<string, typeof revenue>();
    for (const r of revenue) byDate.set(String(r.closeDate), [...(byDate.get(String(r.closeDate)) ?? []), r]);
    for (const [day, rows] of byDate) {
      const converted = await convertManyToReporting(
        c,
        rows.map((r) => m(Number(r.amount), r.currency)),
        day,
      );
      rows.forEach((r, i) => {
        perPartner.set(r.partnerId, (perPartner.get(r.partnerId) ?? 0) + (converted[i]?.amount ?? 0));
      });
    }
    const benefits = await currentTierBenefits(c, [...perPartner.keys()]);
    const existing = new Set(
      (
        await c.tx
          .select({ partnerId: mdfAllocations.partnerId })
          .from(mdfAllocations)
          .where(and(eq(mdfAllocations.period, period.key), eq(mdfAllocations.kind, 'accrued')))
      ).map((r) => r.partnerId),
    );
    const partners = await visiblePartners(c, [...perPartner.keys()]);
    const result: AccrualResult = { period: period.key, created: 0, skipped: 0 };
    for (const [partnerId, amount] of [...perPartner.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const percent = Math.max(0, ...(benefits.get(partnerId) ?? []).map((b) => Number(b.mdfAccrualPercent ?? 0)));
      const partner = partners.get(partnerId);
      if (!partner || percent <= 0 || existing.has(partnerId)) {
        result.skipped += 1;
        continue;
      }
      const room = await capRoom(c, period.key, partnerId);
      const left = [
        room.settings.partnerCap ? room.settings.partnerCap.amount - room.partner : null,
        room.settings.periodPool ? room.settings.periodPool.amount - room.pool : null,
      ].filter((v): v is number => v !== null);
      const accrued = accrualAmount(amount, percent, left.length ? Math.min(...left) : null);
      if (accrued <= 0) {
        result.skipped += 1;
        continue;
      }
      await writeAllocation(
        c,
        {
          partnerId,
          period: period.key,
          periodStart: period.start,
          periodEnd: period.end,
          kind: 'accrued',
          amount: accrued,
          currency: reporting,
          expiresOn: defaultExpiry(period),
          basisRevenue: amount,
          accrualPercent: String(percent),
          notes: `${percent}% of ${period.key} won revenue`,
          createdById: actorUserId(c),
        },
        partner.name,
      );
      result.created += 1;
    }
    return result;
  });
}

// ——— Requests ———

export type MdfRequestDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  allocationId: string;
  period: string;
  activityType: ActivityType;
  title: string;
  description: string;
  startsOn: string;
  endsOn: string;
  requestedAmount: Money;
  approvedAmount: Money | null;
  expectedLeads: number;
  expectedPipeline: Money;
  status: MdfRequestRow['status'];
  decisionReason: string;
  decidedAt: Date | null;
  claimWindow: ClaimWindow;
  can: MdfRequestPermissions;
  createdAt: Date;
  updatedAt: Date;
};

async function requestDtos(c: TxCtx, rows: readonly MdfRequestRow[]): Promise<MdfRequestDto[]> {
  if (rows.length === 0) return [];
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const allocations = new Map(
    (
      await c.tx
        .select({ id: mdfAllocations.id, period: mdfAllocations.period })
        .from(mdfAllocations)
        .where(
          inArray(
            mdfAllocations.id,
            rows.map((r) => r.allocationId),
          ),
        )
    ).map((a) => [a.id, a.period]),
  );
  const settings = await getMdfSettings(c);
  const actor = policyActor(c);
  return rows.map((r) => {
    const partner = partners.get(r.partnerId) ?? { name: '', ownerId: null };
    return {
      id: r.id,
      partnerId: r.partnerId,
      partnerName: partner.name,
      allocationId: r.allocationId,
      period: allocations.get(r.allocationId) ?? '',
      activityType: r.activityType,
      title: r.title,
      description: r.description,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      requestedAmount: m(r.requestedAmount, r.currency),
      approvedAmount: r.approvedAmount === null ? null : m(r.approvedAmount, r.currency),
      expectedLeads: r.expectedLeads,
      expectedPipeline: m(r.expectedPipeline, r.currency),
      status: r.status,
      decisionReason: r.decisionReason,
      decidedAt: r.decidedAt,
      claimWindow: claimWindow(r.endsOn, settings.claimWindowDays),
      can: mdfRequestPermissions(actor, r, partner),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  });
}

async function requestDto(c: TxCtx, row: MdfRequestRow): Promise<MdfRequestDto> {
  return (await requestDtos(c, [row]))[0] as MdfRequestDto;
}

export type RequestInput = {
  activityType: ActivityType;
  title: string;
  description?: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  amount: Money;
  expectedLeads?: number;
  expectedPipeline?: number;
};

/**
 * A partner's request for funds from one of its allocations. Refused (409 naming `amount`) when it
 * asks more than is available or the allocation expired, (422 naming `partnerId`) when compliance
 * blocks MDF requests.
 */
export async function createRequest(ctx: Ctx, allocationId: string, input: RequestInput): Promise<MdfRequestDto> {
  return withTx(ctx, async (c) => {
    const allocation = await loadScoped(c, mdfAllocations, allocationId, 'MDF allocation', { lock: true });
    const partner = await visiblePartner(c, allocation.partnerId);
    if (!mayRequestFunds(policyActor(c), partner))
      throw forbidden("Only the partner's people, its manager or an admin request its funds");
    if (input.endsOn < input.startsOn) {
      throw new AppError('VALIDATION_FAILED', 'endsOn: before startsOn', {
        errors: [{ path: 'endsOn', message: 'must not be before startsOn' }],
      });
    }
    if (input.amount.currency !== allocation.currency) {
      throw new AppError('VALIDATION_FAILED', 'amount.currency', {
        errors: [{ path: 'amount.currency', message: `must be the allocation's currency ${allocation.currency}` }],
      });
    }
    await assertComplianceAllows(c, partner.id, 'mdf_requests');
    const balance = await balanceOfAllocation(c, allocation.id);
    refuse(
      requestFits({
        amount: input.amount.amount,
        available: balance.available,
        allocationExpiresOn: allocation.expiresOn,
        today: await todayOf(c),
      }),
    );
    const row = await insertAudited(
      c,
      mdfRequests,
      {
        partnerId: partner.id,
        allocationId: allocation.id,
        activityType: input.activityType,
        title: input.title,
        description: input.description ?? '',
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        requestedAmount: input.amount.amount,
        currency: input.amount.currency,
        expectedLeads: input.expectedLeads ?? 0,
        expectedPipeline: input.expectedPipeline ?? 0,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      REQUEST,
      {
        event: 'mdf_request.submitted',
        summary: `${partner.name} requested ${formatMoney(input.amount)} MDF for ${input.title}`,
        eventData: {
          allocationId: allocation.id,
          activityType: input.activityType,
          amount: input.amount.amount,
          currency: input.amount.currency,
        },
      },
    );
    if (partner.ownerId && policyActor(c).partnerId !== null) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'mdf.review',
        title: `${partner.name} requests MDF: ${input.title}`,
        link: '/mdf',
        entity: { type: 'mdf_request', id: row.id },
        partnerId: partner.id,
      });
    }
    return requestDto(c, row);
  });
}

export async function getRequest(ctx: Ctx, id: string): Promise<MdfRequestDto> {
  return withTx(ctx, async (c) => requestDto(c, await loadScoped(c, mdfRequests, id, 'MDF request')));
}

export type RequestListQuery = { limit: number; cursor?: string; partnerId?: string[]; status?: MdfRequestRow['status'][] };

export async function listRequests(ctx: Ctx, query: RequestListQuery): Promise<Page<MdfRequestDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('mdf-requests', '-createdAt', { createdAt: mdfRequests.createdAt }, mdfRequests.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(mdfRequests)
      .where(
        and(
          ks.where,
          partnerFilter(c, mdfRequests.partnerId),
          query.partnerId?.length ? inArray(mdfRequests.partnerId, query.partnerId) : undefined,
          query.status?.length ? inArray(mdfRequests.status, query.status) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await requestDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

async function partnerPeople(c: TxCtx, partnerId: string): Promise<string[]> {
  return activePartnerUsers(c, partnerId, ['partner_admin', 'partner_user']);
}

/**
 * The decision on a submitted request: approved in full or in part (the approved amount is
 * committed in the ledger) or rejected with the reason. A decided request answers 409.
 */
export async function decideRequest(
  ctx: Ctx,
  id: string,
  verdict: { approve: true; amount?: number; reason?: string } | { approve: false; reason: string },
): Promise<MdfRequestDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, mdfRequests, id, 'MDF request', { lock: true });
    const partner = await visiblePartner(c, before.partnerId);
    if (!decidesFor(policyActor(c), partner)) throw forbidden("Only an admin or the partner's manager decides MDF requests");
    if (!requestMoveAllowed(before.status, verdict.approve ? 'approve' : 'reject'))
      throw transitionRefused('request', before.status);
    if (!verdict.approve) {
      const after = await updateAudited(
        c,
        mdfRequests,
        before,
        { status: 'rejected', decisionReason: verdict.reason, decidedAt: c.now, decidedById: actorUserId(c), updatedAt: c.now },
        REQUEST,
        {
          event: 'mdf_request.rejected',
          summary: `Rejected MDF request ${before.title}: ${verdict.reason}`,
          eventData: { reason: verdict.reason },
        },
      );
      await notify(c, {
        to: await partnerPeople(c, before.partnerId),
        kind: 'mdf.decision',
        title: `MDF request rejected: ${before.title}`,
        body: verdict.reason,
        link: '/mdf',
        entity: { type: 'mdf_request', id },
        partnerId: before.partnerId,
      });
      return requestDto(c, after);
    }
    const amount = verdict.amount ?? before.requestedAmount;
    refuse(approvalFits(before.requestedAmount, amount), 'VALIDATION_FAILED');
    const allocation = await loadScoped(c, mdfAllocations, before.allocationId, 'MDF allocation', { lock: true });
    const balance = await balanceOfAllocation(c, allocation.id);
    refuse(
      requestFits({ amount, available: balance.available, allocationExpiresOn: allocation.expiresOn, today: await todayOf(c) }),
    );
    await appendEntry(c, {
      partnerId: before.partnerId,
      allocationId: allocation.id,
      requestId: before.id,
      kind: 'commitment',
      amount,
      currency: before.currency,
      onDate: await todayOf(c),
      key: `commitment:${before.id}`,
      actorId: actorUserId(c),
    });
    const after = await updateAudited(
      c,
      mdfRequests,
      before,
      {
        status: 'approved',
        approvedAmount: amount,
        decisionReason: verdict.reason ?? '',
        decidedAt: c.now,
        decidedById: actorUserId(c),
        updatedAt: c.now,
      },
      REQUEST,
      {
        event: 'mdf_request.approved',
        summary: `Approved ${formatMoney({ amount, currency: before.currency })} of ${formatMoney({ amount: before.requestedAmount, currency: before.currency })} MDF for ${before.title}`,
        eventData: {
          requestedAmount: before.requestedAmount,
          approvedAmount: amount,
          currency: before.currency,
          partial: amount < before.requestedAmount,
        },
      },
    );
    await notify(c, {
      to: await partnerPeople(c, before.partnerId),
      kind: 'mdf.decision',
      title: `MDF request approved: ${before.title}`,
      body:
        amount < before.requestedAmount
          ? `Approved ${formatMoney({ amount, currency: before.currency })} of ${formatMoney({ amount: before.requestedAmount, currency: before.currency })}. ${verdict.reason ?? ''}`
          : undefined,
      link: '/mdf',
      entity: { type: 'mdf_request', id },
      partnerId: before.partnerId,
    });
    return requestDto(c, after);
  });
}

/** Withdraws a request before it is claimed; an approved one releases its commitment. */
export async function cancelRequest(ctx: Ctx, id: string): Promise<MdfRequestDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, mdfRequests, id, 'MDF request', { lock: true });
    const partner = await visiblePartner(c, before.partnerId);
    if (!mdfRequestPermissions(policyActor(c), { partnerId: before.partnerId, status: 'submitted' }, partner).cancel) {
      throw forbidden("Only the partner's people, its manager or an admin withdraw its requests");
    }
    if (!requestMoveAllowed(before.status, 'cancel')) throw transitionRefused('request', before.status);
    if (before.status === 'approved' && before.approvedAmount) {
      await appendEntry(c, {
        partnerId: before.partnerId,
        allocationId: before.allocationId,
        requestId: before.id,
        kind: 'release',
        amount: before.approvedAmount,
        currency: before.currency,
        onDate: await todayOf(c),
        key: `release:${before.id}`,
        actorId: actorUserId(c),
      });
    }
    const after = await updateAudited(c, mdfRequests, before, { status: 'cancelled', updatedAt: c.now }, REQUEST, {
      event: 'mdf_request.cancelled',
      summary: `Withdrew MDF request ${before.title}`,
    });
    return requestDto(c, after);
  });
}

// ——— Claims ———

export type MdfClaimDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  requestId: string;
  requestTitle: string;
  activityType: ActivityType;
  claimedAmount: Money;
  approvedAmount: Money | null;
  notes: string;
  leadCount: number;
  /** Leads made from the lead list once approved. */
  leadsCreated: number;
  proofFiles: number;
  status: MdfClaimRow['status'];
  decisionReason: string;
  decidedAt: Date | null;
  paidAt: Date | null;
  paymentReference: string;
  /** Why payment is held: a compliance item blocks the partner's payouts (null: payable or not approved). */
  heldReason: string | null;
  can: MdfClaimPermissions;
  createdAt: Date;
  updatedAt: Date;
};

async function claimDtos(c: TxCtx, rows: readonly MdfClaimRow[]): Promise<MdfClaimDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const requests = new Map(
    (
      await c.tx
        .select({ id: mdfRequests.id, title: mdfRequests.title, activityType: mdfRequests.activityType })
        .from(mdfRequests)
        .where(
          inArray(
            mdfRequests.id,
            rows.map((r) => r.requestId),
          ),
        )
    ).map((r) => [r.id, r]),
  );
  const leads = new Map(
    (
      await c.tx
        .select({ id: mdfClaimLeads.claimId, n: sql<number>`count(*)::int` })
        .from(mdfClaimLeads)
        .where(inArray(mdfClaimLeads.claimId, ids))
        .groupBy(mdfClaimLeads.claimId)
    ).map((r) => [r.id, Number(r.n)]),
  );
  const proofs = new Map<string, number>();
  for (const id of ids) proofs.set(id, (await listRecordFiles(c, id, [PROOF_KIND])).length);
  // An approved claim whose partner's payouts a compliance item blocks is held (decision 0187).
  const held = new Map<string, string>();
  for (const partnerId of new Set(rows.filter((r) => r.status === 'approved').map((r) => r.partnerId))) {
    const decision = await complianceBlocks(c, partnerId, 'payouts');
    if (decision.blocked)
      held.set(partnerId, decision.reasons.map((x) => x.message).join('; ') || 'a compliance item blocks payouts');
  }
  const actor = policyActor(c);
  return rows.map((r) => {
    const partner = partners.get(r.partnerId) ?? { name: '', ownerId: null };
    const heldReason = r.status === 'approved' ? (held.get(r.partnerId) ?? null) : null;
    const can = mdfClaimPermissions(actor, r, partner);
    const request = requests.get(r.requestId);
    return {
      id: r.id,
      partnerId: r.partnerId,
      partnerName: partner.name,
      requestId: r.requestId,
      requestTitle: request?.title ?? '',
      activityType: request?.activityType ?? 'other',
      claimedAmount: m(r.claimedAmount, r.currency),
      approvedAmount: r.approvedAmount === null ? null : m(r.approvedAmount, r.currency),
      notes: r.notes,
      leadCount: r.leadList.length,
      leadsCreated: leads.get(r.id) ?? 0,
      proofFiles: proofs.get(r.id) ?? 0,
      status: r.status,
      decisionReason: r.decisionReason,
      decidedAt: r.decidedAt,
      paidAt: r.paidAt,
      paymentReference: r.paymentReference,
      heldReason,
      can: heldReason ? { ...can, pay: false } : can,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  });
}

async function claimDto(c: TxCtx, row: MdfClaimRow): Promise<MdfClaimDto> {
  return (await claimDtos(c, [row]))[0] as MdfClaimDto;
}

/** The claim in the caller's scope for the files module, with its partner's manager; null: not theirs. */
export async function loadClaimForFiles(c: TxCtx, id: string) {
  const [row] = await c.tx
    .select()
    .from(mdfClaims)
    .where(and(eq(mdfClaims.id, id), partnerFilter(c, mdfClaims.partnerId)));
  if (!row) return null;
  const partner = (await visiblePartners(c, [row.partnerId])).get(row.partnerId);
  return partner ? { ...row, partnerOwnerId: partner.ownerId } : null;
}

export type ClaimInput = { amount: Money; notes?: string; leadsCsv?: string };

/**
 * The claim for an approved request's activity, within its claim window (409 naming `claimWindow`
 * otherwise) and at most the approved amount (409 naming `amount`); proof files are uploaded to
 * it next, and a lead list (CSV) becomes leads when it is approved.
 */
export async function submitClaim(ctx: Ctx, requestId: string, input: ClaimInput): Promise<MdfClaimDto> {
  return withTx(ctx, async (c) => {
    const request = await loadScoped(c, mdfRequests, requestId, 'MDF request', { lock: true });
    const partner = await visiblePartner(c, request.partnerId);
    if (!mdfRequestPermissions(policyActor(c), { partnerId: request.partnerId, status: 'approved' }, partner).claim) {
      throw forbidden("Only the partner's people, its manager or an admin claim its funds");
    }
    if (!requestMoveAllowed(request.status, 'claim')) throw transitionRefused('request', request.status);
    if (input.amount.currency !== request.currency) {
      throw new AppError('VALIDATION_FAILED', 'amount.currency', {
        errors: [{ path: 'amount.currency', message: `must be the request's currency ${request.currency}` }],
      });
    }
    const parsed = parseLeadList(input.leadsCsv ?? 'company\n');
    if (parsed.problems.length > 0) {
      const message = parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ');
      throw new AppError('VALIDATION_FAILED', `leadsCsv: ${message}`, { errors: [{ path: 'leadsCsv', message }] });
    }
    const settings = await getMdfSettings(c);
    refuse(
      claimAllowed({
        endsOn: request.endsOn,
        windowDays: settings.claimWindowDays,
        today: await todayOf(c),
        amount: input.amount.amount,
        committed: request.approvedAmount ?? 0,
      }),
    );
    const row = await insertAudited(
      c,
      mdfClaims,
      {
        partnerId: request.partnerId,
        requestId: request.id,
        claimedAmount: input.amount.amount,
        currency: request.currency,
        notes: input.notes ?? '',
        leadList: parsed.rows,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      CLAIM,
      {
        event: 'mdf_claim.submitted',
        summary: `${partner.name} claimed ${formatMoney({ amount: input.amount.amount, currency: request.currency })} for ${request.title}`,
        eventData: { requestId: request.id, amount: input.amount.amount, currency: request.currency, leads: parsed.rows.length },
      },
    );
    await updateAudited(c, mdfRequests, request, { status: 'claimed', updatedAt: c.now }, REQUEST, {
      event: 'mdf_request.claimed',
      summary: `Claim submitted for ${request.title}`,
    });
    if (partner.ownerId && policyActor(c).partnerId !== null) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'mdf.review',
        title: `${partner.name} claims MDF for ${request.title}`,
        link: '/mdf',
        entity: { type: 'mdf_claim', id: row.id },
        partnerId: partner.id,
      });
    }
    return claimDto(c, row);
  });
}

export async function getClaim(ctx: Ctx, id: string): Promise<MdfClaimDto> {
  return withTx(ctx, async (c) => claimDto(c, await loadScoped(c, mdfClaims, id, 'MDF claim')));
}

export type ClaimListQuery = { limit: number; cursor?: string; partnerId?: string[]; status?: MdfClaimRow['status'][] };

export async function listClaims(ctx: Ctx, query: ClaimListQuery): Promise<Page<MdfClaimDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('mdf-claims', '-createdAt', { createdAt: mdfClaims.createdAt }, mdfClaims.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(mdfClaims)
      .where(
        and(
          ks.where,
          partnerFilter(c, mdfClaims.partnerId),
          query.partnerId?.length ? inArray(mdfClaims.partnerId, query.partnerId) : undefined,
          query.status?.length ? inArray(mdfClaims.status, query.status) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await claimDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * The decision on a submitted claim. Approval needs proof of performance (a file); the approved
 * amount (at most the claimed) becomes a claim entry, what the request committed beyond it is
 * released, and the lead list becomes leads of the partner. Rejection sends the request back for
 * another claim within the window. A decided claim answers 409.
 */
export async function decideClaim(
  ctx: Ctx,
  id: string,
  verdict: { approve: true; amount?: number; reason?: string } | { approve: false; reason: string },
): Promise<MdfClaimDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, mdfClaims, id, 'MDF claim', { lock: true });
    const partner = await visiblePartner(c, before.partnerId);
    if (!decidesFor(policyActor(c), partner)) throw forbidden("Only an admin or the partner's manager decides MDF claims");
    if (!claimMoveAllowed(before.status, verdict.approve ? 'approve' : 'reject')) throw transitionRefused('claim', before.status);
    const request = await loadScoped(c, mdfRequests, before.requestId, 'MDF request', { lock: true });
    if (!verdict.approve) {
      const after = await updateAudited(
        c,
        mdfClaims,
        before,
        { status: 'rejected', decisionReason: verdict.reason, decidedAt: c.now, decidedById: actorUserId(c), updatedAt: c.now },
        CLAIM,
        {
          event: 'mdf_claim.rejected',
          summary: `Rejected the MDF claim for ${request.title}: ${verdict.reason}`,
          eventData: { reason: verdict.reason },
        },
      );
      await updateAudited(c, mdfRequests, request, { status: 'approved', updatedAt: c.now }, REQUEST, {
        summary: `The claim for ${request.title} was rejected: it may be claimed again within the window`,
      });
      await notify(c, {
        to: await partnerPeople(c, before.partnerId),
        kind: 'mdf.decision',
        title: `MDF claim rejected: ${request.title}`,
        body: verdict.reason,
        link: '/mdf',
        entity: { type: 'mdf_claim', id },
        partnerId: before.partnerId,
      });
      return claimDto(c, after);
    }
    const proofs = await listRecordFiles(c, before.id, [PROOF_KIND]);
    if (proofs.length === 0) {
      throw new AppError('CONFLICT', 'files: a claim is approved with proof of performance', {
        errors: [{ path: 'files', message: 'upload proof of performance (invoices, photos, attendee list) first' }],
      });
    }
    const amount = verdict.amount ?? before.claimedAmount;
    refuse(approvalFits(before.claimedAmount, amount), 'VALIDATION_FAILED');
    const today = await todayOf(c);
    const committed = request.approvedAmount ?? 0;
    await appendEntry(c, {
      partnerId: before.partnerId,
      allocationId: request.allocationId,
      requestId: request.id,
      claimId: before.id,
      kind: 'claim',
      amount,
      currency: before.currency,
      onDate: today,
      key: `claim:${request.id}`,
      actorId: actorUserId(c),
    });
    await appendEntry(c, {
      partnerId: before.partnerId,
      allocationId: request.allocationId,
      requestId: request.id,
      claimId: before.id,
      kind: 'release',
      amount: committed - amount,
      currency: before.currency,
      onDate: today,
      key: `release:${request.id}`,
      actorId: actorUserId(c),
    });
    const after = await updateAudited(
      c,
      mdfClaims,
      before,
      {
        status: 'approved',
        approvedAmount: amount,
        decisionReason: verdict.reason ?? '',
        decidedAt: c.now,
        decidedById: actorUserId(c),
        updatedAt: c.now,
      },
      CLAIM,
      {
        event: 'mdf_claim.approved',
        summary: `Approved ${formatMoney({ amount, currency: before.currency })} of ${formatMoney({ amount: before.claimedAmount, currency: before.currency })} claimed for ${request.title}`,
        eventData: {
          requestId: request.id,
          claimedAmount: before.claimedAmount,
          approvedAmount: amount,
          currency: before.currency,
        },
      },
    );
    await updateAudited(c, mdfRequests, request, { status: 'completed', updatedAt: c.now }, REQUEST, {
      summary: `Claim approved for ${request.title}`,
    });
    for (const lead of before.leadList) {
      const made = await createLead(
        c,
        {
          company: lead.company,
          domain: lead.domain,
          contact: { name: lead.contactName, email: lead.contactEmail },
          country: lead.country,
          source: 'mdf',
          notes: `From the MDF activity "${request.title}" of ${partner.name}`,
        },
        { route: false },
      );
      await c.tx
        .insert(mdfClaimLeads)
        .values({ partnerId: before.partnerId, claimId: before.id, requestId: request.id, leadId: made.id });
      try {
        await assignLead(c, made.id, before.partnerId, `Sourced by ${partner.name}'s MDF activity "${request.title}"`);
      } catch (error) {
        // Compliance may keep leads from the partner: the lead stays in the vendor's queue.
        if (!(error instanceof AppError)) throw error;
      }
    }
    await notify(c, {
      to: await partnerPeople(c, before.partnerId),
      kind: 'mdf.decision',
      title: `MDF claim approved: ${request.title}`,
      body: `${formatMoney({ amount, currency: before.currency })} will be reimbursed by finance.`,
      link: '/mdf',
      entity: { type: 'mdf_claim', id },
      partnerId: before.partnerId,
    });
    // Finance pays it: they hear a reimbursement is due.
    await notify(c, {
      to: await activeUsersWithRole(c, ['finance']),
      kind: 'mdf.payable',
      title: `MDF reimbursement due to ${partner.name}: ${formatMoney(m(amount, before.currency))}`,
      body: `The claim for "${request.title}" is approved; record the payment with "Mark paid" once it went out.`,
      link: '/mdf',
      entity: { type: 'mdf_claim', id },
      partnerId: before.partnerId,
    });
    return claimDto(c, after);
  });
}

/**
 * Finance marks an approved claim paid: one payment entry. Idempotent: a claim already paid
 * answers as it is and pays nothing again (however many calls race). Compliance blocks MDF at the
 * request (`mdf_requests`) and holds the reimbursement while it blocks `payouts`, as it holds
 * incentive payouts (422 COMPLIANCE_BLOCKED naming `partnerId`; the claim stays approved, decision 0187).
 */
export async function payClaim(ctx: Ctx, id: string, input: { reference?: string }): Promise<MdfClaimDto> {
  return withTx(ctx, async (c) => {
    if (!mayPayClaims(policyActor(c))) throw forbidden('Only finance or an admin marks MDF claims paid');
    const before = await loadScoped(c, mdfClaims, id, 'MDF claim', { lock: true });
    if (before.status === 'paid') return claimDto(c, before);
    if (!claimMoveAllowed(before.status, 'pay')) throw transitionRefused('claim', before.status);
    await assertComplianceAllows(c, before.partnerId, 'payouts');
    const [request] = await c.tx.select().from(mdfRequests).where(eq(mdfRequests.id, before.requestId));
    if (!request) throw new Error('claim without its request');
    const amount = before.approvedAmount ?? before.claimedAmount;
    const paid = await appendEntry(c, {
      partnerId: before.partnerId,
      allocationId: request.allocationId,
      requestId: request.id,
      claimId: before.id,
      kind: 'payment',
      amount,
      currency: before.currency,
      onDate: await todayOf(c),
      key: `payment:${before.id}`,
      actorId: actorUserId(c),
    });
    if (!paid) return claimDto(c, before);
    const after = await updateAudited(
      c,
      mdfClaims,
      before,
      { status: 'paid', paidAt: c.now, paidById: actorUserId(c), paymentReference: input.reference ?? '', updatedAt: c.now },
      CLAIM,
      {
        event: 'mdf_claim.paid',
        summary: `Paid ${formatMoney({ amount, currency: before.currency })} MDF for ${request.title}${input.reference ? ` (${input.reference})` : ''}`,
        eventData: { requestId: request.id, amount, currency: before.currency, reference: input.reference ?? '' },
      },
    );
    await notify(c, {
      to: await partnerPeople(c, before.partnerId),
      kind: 'mdf.decision',
      title: `MDF reimbursed: ${request.title}`,
      body: `${formatMoney({ amount, currency: before.currency })} paid${input.reference ? `, reference ${input.reference}` : ''}.`,
      link: '/mdf',
      entity: { type: 'mdf_claim', id },
      partnerId: before.partnerId,
    });
    return claimDto(c, after);
  });
}

// ——— ROI ———

export type ActivityRoi = {
  requestId: string;
  partnerId: string;
  partnerName: string;
  title: string;
  activityType: ActivityType;
  endsOn: string;
  /** Paid, in the reporting currency (converted at today's rate). */
  paid: Money;
  leads: number;
  opportunities: number;
  pipeline: Money;
  won: Money;
  roiPercent: number | null;
};

/** The return on MDF of one program (null: activities of partners in no program on the day). */
export type ProgramRoi = {
  programId: string | null;
  programName: string;
  activities: number;
  paid: Money;
  leads: number;
  pipeline: Money;
  won: Money;
  roiPercent: number | null;
};

export type PartnerRoi = {
  partnerId: string;
  partnerName: string;
  activities: number;
  paid: Money;
  leads: number;
  pipeline: Money;
  won: Money;
  roiPercent: number | null;
};

/**
 * Return per activity (a request that was paid or is claimed): the leads its lead list created,
 * the opportunities they converted into — open ones as pipeline, closed-won as revenue — against
 * what was paid, all in the reporting currency at today's rate; and the same per partner.
 */
export async function mdfRoi(
  ctx: Ctx,
  query: { partnerId?: string[] },
): Promise<{ data: ActivityRoi[]; partners: PartnerRoi[]; programs: ProgramRoi[] }> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const reporting = (await getSettings(c)).reportingCurrency;
    const scope = and(
      partnerFilter(c, mdfRequests.partnerId),
      query.partnerId?.length ? inArray(mdfRequests.partnerId, query.partnerId) : undefined,
      inArray(mdfRequests.status, ['claimed', 'completed']),
    );
    const requests = await c.tx
      .select()
      .from(mdfRequests)
      .where(scope)
      .orderBy(sql`${mdfRequests.endsOn} desc`, asc(mdfRequests.id))
      .limit(1000);
    if (requests.length === 0) return { data: [], partners: [], programs: [] };
    const ids = requests.map((r) => r.id);
    const paidRows = await c.tx
      .select({ id: mdfLedger.requestId, currency: mdfLedger.currency, amount: sql<string>`sum(${mdfLedger.amount})::text` })
      .from(mdfLedger)
      .where(and(eq(mdfLedger.kind, 'payment'), inArray(mdfLedger.requestId, ids)))
      .groupBy(mdfLedger.requestId, mdfLedger.currency);
    const oppRows = await c.tx
      .select({
        id: mdfClaimLeads.requestId,
        leads: sql<number>`count(distinct ${mdfClaimLeads.leadId})::int`,
        opps: sql<number>`count(distinct ${opportunities.id})::int`,
      })
      .from(mdfClaimLeads)
      .leftJoin(leads, eq(leads.id, mdfClaimLeads.leadId))
      .leftJoin(opportunities, eq(opportunities.id, leads.opportunityId))
      .where(inArray(mdfClaimLeads.requestId, ids))
      .groupBy(mdfClaimLeads.requestId);
    const moneyRows = await c.tx
      .select({
        id: mdfClaimLeads.requestId,
        currency: opportunities.currency,
        won: sql<string>`coalesce(sum(${opportunities.amount}) filter (where ${opportunities.stage} = 'closed_won'), 0)::text`,
        open: sql<string>`coalesce(sum(${opportunities.amount}) filter (where ${opportunities.stage} not in ('closed_won', 'closed_lost')), 0)::text`,
      })
      .from(mdfClaimLeads)
      .innerJoin(leads, eq(leads.id, mdfClaimLeads.leadId))
      .innerJoin(opportunities, eq(opportunities.id, leads.opportunityId))
      .where(inArray(mdfClaimLeads.requestId, ids))
      .groupBy(mdfClaimLeads.requestId, opportunities.currency);
    const toConvert = [
      ...paidRows.map((r) => m(Number(r.amount), r.currency)),
      ...moneyRows.flatMap((r) => [m(Number(r.won), r.currency), m(Number(r.open), r.currency)]),
    ];
    const converted = await convertManyToReporting(c, toConvert, today);
    const paid = new Map<string, number>();
    paidRows.forEach((r, i) => {
      paid.set(r.id ?? '', (paid.get(r.id ?? '') ?? 0) + (converted[i]?.amount ?? 0));
    });
    const won = new Map<string, number>();
    const open = new Map<string, number>();
    moneyRows.forEach((r, i) => {
      const base = paidRows.length + i * 2;
      won.set(r.id, (won.get(r.id) ?? 0) + (converted[base]?.amount ?? 0));
      open.set(r.id, (open.get(r.id) ?? 0) + (converted[base + 1]?.amount ?? 0));
    });
    const counts = new Map(oppRows.map((r) => [r.id, r]));
    const partners = await visiblePartners(
      c,
      requests.map((r) => r.partnerId),
    );
    const activities = requests.map((r) => {
      const p = paid.get(r.id) ?? 0;
      const w = won.get(r.id) ?? 0;
      return {
        requestId: r.id,
        partnerId: r.partnerId,
        partnerName: partners.get(r.partnerId)?.name ?? '',
        title: r.title,
        activityType: r.activityType,
        endsOn: r.endsOn,
        paid: m(p, reporting),
        leads: Number(counts.get(r.id)?.leads ?? 0),
        opportunities: Number(counts.get(r.id)?.opps ?? 0),
        pipeline: m(open.get(r.id) ?? 0, reporting),
        won: m(w, reporting),
        roiPercent: roiPercent(p, w),
      };
    });
    // One activity's figures added to a partner's or a program's row.
    const addActivity = (row: Omit<PartnerRoi, 'partnerId' | 'partnerName'>, a: (typeof activities)[number]) => {
      row.activities += 1;
      row.paid.amount += a.paid.amount;
      row.leads += a.leads;
      row.pipeline.amount += a.pipeline.amount;
      row.won.amount += a.won.amount;
      row.roiPercent = roiPercent(row.paid.amount, row.won.amount);
    };
    const byPartner = new Map<string, PartnerRoi>();
    for (const a of activities) {
      const row = byPartner.get(a.partnerId) ?? {
        partnerId: a.partnerId,
        partnerName: a.partnerName,
        activities: 0,
        paid: m(0, reporting),
        leads: 0,
        pipeline: m(0, reporting),
        won: m(0, reporting),
        roiPercent: null,
      };
      addActivity(row, a);
      byPartner.set(a.partnerId, row);
    }
    // Per program (decision 0178): each activity counts once, under the program its partner had
    // been in longest on the day the activity ended (the partner's home program then).
    const homeRows = await c.tx
      .selectDistinctOn([mdfRequests.id], {
        requestId: mdfRequests.id,
        programId: programMemberships.programId,
        programName: programs.name,
      })
      .from(mdfRequests)
      .innerJoin(
        programMemberships,
        and(
          eq(programMemberships.partnerId, mdfRequests.partnerId),
          sql`${programMemberships.joinedAt}::date <= ${mdfRequests.endsOn}`,
          sql`(${programMemberships.leftAt} is null or ${programMemberships.leftAt}::date > ${mdfRequests.endsOn})`,
        ),
      )
      .innerJoin(programs, eq(programs.id, programMemberships.programId))
      .where(inArray(mdfRequests.id, ids))
      .orderBy(mdfRequests.id, asc(programMemberships.joinedAt), asc(programMemberships.programId));
    const homeOf = new Map(homeRows.map((r) => [r.requestId, r]));
    const byProgram = new Map<string, ProgramRoi>();
    for (const a of activities) {
      const home = homeOf.get(a.requestId);
      const key = home?.programId ?? '';
      const row = byProgram.get(key) ?? {
        programId: home?.programId ?? null,
        programName: home?.programName ?? 'No program',
        activities: 0,
        paid: m(0, reporting),
        leads: 0,
        pipeline: m(0, reporting),
        won: m(0, reporting),
        roiPercent: null,
      };
      addActivity(row, a);
      byProgram.set(key, row);
    }
    return {
      data: activities,
      partners: [...byPartner.values()].sort((a, b) => b.won.amount - a.won.amount),
      programs: [...byProgram.values()].sort((a, b) => b.won.amount - a.won.amount),
    };
  });
}

// ——— The daily job ———

export type DailyResult = { expired: number; lapsed: number; reminders: number };

/**
 * The daily MDF job (as the system): approved requests whose claim window closed unclaimed lapse
 * (their commitment is released); allocations past their expiry day expire what is still
 * available (an expiry entry); allocations with funds left within the reminder window remind the
 * partner's people and its manager, once. Safe to run twice: every entry has its key.
 */
export async function runMdfDaily(ctx: Ctx): Promise<DailyResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const settings = await getMdfSettings(c);
    const result: DailyResult = { expired: 0, lapsed: 0, reminders: 0 };
    const lapsing = await c.tx
      .select()
      .from(mdfRequests)
      .where(
        and(eq(mdfRequests.status, 'approved'), sql`${mdfRequests.endsOn} + ${settings.claimWindowDays}::int < ${today}::date`),
      )
      .orderBy(asc(mdfRequests.id))
      .for('update');
    for (const r of lapsing) {
      await appendEntry(c, {
        partnerId: r.partnerId,
        allocationId: r.allocationId,
        requestId: r.id,
        kind: 'release',
        amount: r.approvedAmount ?? 0,
        currency: r.currency,
        onDate: today,
        key: `release:${r.id}`,
        actorId: null,
      });
      await updateAudited(c, mdfRequests, r, { status: 'lapsed', updatedAt: c.now }, REQUEST, {
        event: 'mdf_request.lapsed',
        summary: `The claim window of ${r.title} closed unclaimed: its funds are released`,
      });
      result.lapsed += 1;
    }
    const candidates = await c.tx
      .select()
      .from(mdfAllocations)
      .where(lte(mdfAllocations.expiresOn, addDays(today, settings.expiryReminderDays)))
      .orderBy(asc(mdfAllocations.id))
      .for('update');
    const balances = await balancesByAllocation(c, { allocationIds: candidates.map((a) => a.id) });
    const partners = await visiblePartners(
      c,
      candidates.map((a) => a.partnerId),
    );
    for (const a of candidates) {
      const available = balances.get(a.id)?.available ?? 0;
      const partner = partners.get(a.partnerId) ?? { name: '', ownerId: null };
      const people = [
        ...(partner.ownerId ? [partner.ownerId] : []),
        ...(await activePartnerUsers(c, a.partnerId, ['partner_admin'])),
      ];
      if (a.expiresOn < today) {
        // Funds released after the expiry (a cancelled or lapsed request) expire on the next run.
        const expired = await appendEntry(c, {
          partnerId: a.partnerId,
          allocationId: a.id,
          kind: 'expiry',
          amount: available,
          currency: a.currency,
          onDate: today,
          key: `expiry:${a.id}:${today}`,
          actorId: null,
        });
        if (!expired) continue;
        await recordChange(c, {
          action: 'update',
          entityType: 'mdf_allocation',
          entityId: a.id,
          partnerId: a.partnerId,
          before: { available },
          after: { available: 0, expired: available },
          event: 'mdf_allocation.expired',
          eventData: { amount: available, currency: a.currency, expiresOn: a.expiresOn },
          summary: `${formatMoney({ amount: available, currency: a.currency })} of ${partner.name}'s ${a.period} MDF expired unused`,
        });
        result.expired += 1;
        continue;
      }
      if (a.remindedAt || available <= 0) continue;
      await c.tx
        .update(mdfAllocations)
        .set({ remindedAt: c.now })
        .where(and(eq(mdfAllocations.id, a.id), isNull(mdfAllocations.remindedAt)));
      await notify(c, {
        to: people,
        kind: 'mdf.expiry',
        title: `${formatMoney({ amount: available, currency: a.currency })} of ${partner.name}'s MDF expires on ${a.expiresOn}`,
        body: 'Request funds for an activity before then, or they are lost.',
        link: '/mdf',
        entity: { type: 'mdf_allocation', id: a.id },
        partnerId: a.partnerId,
      });
      result.reminders += 1;
    }
    return result;
  });
}
