import { and, asc, eq, ilike, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, type FieldError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { type CoopetitionArea, competingAreas, coopetitionAreas } from '../coopetition/index.js';
import {
  activePartnerUsers,
  assertPersonOfPartner,
  type PersonSummary,
  personSummaries,
  visiblePartners,
} from '../directory/index.js';
import { convertManyToReporting } from '../fx/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import {
  accounts,
  findOrCreateAccount,
  type InvolvementRole,
  isOpen,
  type OpportunityStage,
  opportunities,
  opportunityPartners,
} from '../opportunities/index.js';
import { getSettings } from '../settings/index.js';
import {
  type AccountPlanPermissions,
  accountPlanPermissions,
  actionPermissions,
  goalPermissions,
  isPlanWriter,
  mayCreateAccountPlan,
  sideOf,
} from './account-plans.policy.js';
import {
  type ActionStatus,
  actionNeedsReminder,
  actionOverdue,
  type CellStatus,
  foreignFields,
  type GoalProgress,
  type GoalStatus,
  goalProgress,
  mayChangeCell,
  type PlanStatus,
  planEditable,
  planTransition,
  type Side,
  type TeamRole,
} from './account-plans.rules.js';
import {
  type AccountPlanRow,
  type ActionRow,
  accountPlanActions,
  accountPlanCells,
  accountPlanGoals,
  accountPlanMembers,
  accountPlans,
  type CellRow,
  type GoalRow,
} from './account-plans.schema.js';

type AccountRow = typeof accounts.$inferSelect;

export const PLAN: AuditedKind<AccountPlanRow> = {
  entityType: 'account_plan',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.title,
  conflicts: {
    account_plans_open_unique: { path: 'accountId', message: 'this partner already has an open plan for this account' },
  },
};
const GOAL: AuditedKind<GoalRow> = { entityType: 'account_plan_goal', partnerIdOf: (r) => r.partnerId, labelOf: (r) => r.title };
const ACTION: AuditedKind<ActionRow> = {
  entityType: 'account_plan_action',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.title,
};
const CELL: AuditedKind<CellRow> = {
  entityType: 'account_plan_cell',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.unit} × ${r.area}`,
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

function viewerPartner(c: Ctx): string | null {
  const scope = scopeOf(c);
  return scope.kind === 'partner' ? scope.partnerId : null;
}

function validation(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** SQL: the plan's account lies in none of the viewer's competing segments (coopetition). */
function outsideCompetingSegments(areas: readonly CoopetitionArea[]): SQL | undefined {
  const segments = areas.filter((a) => a.kind === 'segment').map((a) => norm(a.name));
  if (segments.length === 0) return undefined;
  return sql`not exists (select 1 from ${accounts} where ${accounts.id} = ${accountPlans.accountId} and lower(regexp_replace(trim(${accounts.segment}), '\\s+', ' ', 'g')) = any(${sql.param(segments)}::text[]))`;
}

// ---------------------------------------------------------------------------------------------
// DTOs

export type AccountRef = {
  id: string;
  name: string;
  domain: string | null;
  industry: string;
  segment: string;
  country: string | null;
};

export type AccountPlanSummaryDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  account: AccountRef;
  title: string;
  status: PlanStatus;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  goals: number;
  openActions: number;
  overdueActions: number;
  activatedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  can: AccountPlanPermissions;
};

export type TeamMemberDto = { id: string; side: Side; person: PersonSummary | null; role: TeamRole; note: string };
export type GoalDto = {
  id: string;
  planId: string;
  partnerId: string;
  title: string;
  target: Money;
  achieved: Money;
  targetDate: IsoDate;
  status: GoalStatus;
  notes: string;
  progress: GoalProgress;
  can: { edit: boolean; delete: boolean };
};
export type CellDto = {
  unit: string;
  area: string;
  status: CellStatus;
  vendorNotes: string;
  partnerNotes: string;
  updatedAt: Date;
};
export type ActionDto = {
  id: string;
  planId: string;
  partnerId: string;
  side: Side;
  title: string;
  owner: PersonSummary | null;
  dueOn: IsoDate;
  status: ActionStatus;
  notes: string;
  overdue: boolean;
  completedAt: Date | null;
  completedBy: PersonSummary | null;
  can: { edit: boolean; complete: boolean };
};
export type LinkedOpportunityDto = {
  id: string;
  number: string;
  title: string;
  stage: OpportunityStage | null;
  amount: Money | null;
  closeDate: IsoDate | null;
  roles: InvolvementRole[];
};
export type AccountPlanDto = AccountPlanSummaryDto & {
  summary: string;
  footprint: string;
  vendorRelationships: string;
  partnerRelationships: string;
  partnerNotes: string;
  businessUnits: string[];
  solutionAreas: string[];
  statusReason: string;
  team: TeamMemberDto[];
  goalList: GoalDto[];
  whitespace: CellDto[];
  actions: ActionDto[];
  opportunities: {
    data: LinkedOpportunityDto[];
    /** Open opportunities' amounts in the reporting currency (those the caller sees). */
    pipeline: Money;
    /** Won opportunities' amounts in the reporting currency. */
    won: Money;
    /** Amounts left out for want of an exchange rate. */
    unconverted: number;
  };
};

async function accountRefs(c: TxCtx, ids: readonly string[]): Promise<Map<string, AccountRef>> {
  if (ids.length === 0) return new Map();
  const rows = await c.tx
    .select({
      id: accounts.id,
      name: accounts.name,
      domain: accounts.domain,
      industry: accounts.industry,
      segment: accounts.segment,
      country: accounts.country,
    })
    .from(accounts)
    .where(inArray(accounts.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

async function summaryDtos(c: TxCtx, rows: readonly AccountPlanRow[]): Promise<AccountPlanSummaryDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const today = await todayOf(c);
  const [accountById, partners, counts] = [
    await accountRefs(
      c,
      rows.map((r) => r.accountId),
    ),
    await visiblePartners(
      c,
      rows.map((r) => r.partnerId),
    ),
    await c.tx
      .select({
        id: accountPlans.id,
        goals: sql<number>`(select count(*)::int from account_plan_goals g where g.plan_id = account_plans.id)`,
        open: sql<number>`(select count(*)::int from account_plan_actions a where a.plan_id = account_plans.id and a.status = 'open')`,
        overdue: sql<number>`(select count(*)::int from account_plan_actions a where a.plan_id = account_plans.id and a.status = 'open' and a.due_on < ${today}::date)`,
      })
      .from(accountPlans)
      .where(inArray(accountPlans.id, ids)),
  ];
  const countById = new Map(counts.map((r) => [r.id, r]));
  const actor = policyActor(c);
  return rows.map((r) => ({
    id: r.id,
    partnerId: r.partnerId,
    partnerName: partners.get(r.partnerId)?.name ?? '',
    account: accountById.get(r.accountId) ?? {
      id: r.accountId,
      name: '',
      domain: null,
      industry: '',
      segment: '',
      country: null,
    },
    title: r.title,
    status: r.status,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    goals: countById.get(r.id)?.goals ?? 0,
    openActions: countById.get(r.id)?.open ?? 0,
    overdueActions: countById.get(r.id)?.overdue ?? 0,
    activatedAt: r.activatedAt,
    closedAt: r.closedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    can: accountPlanPermissions(actor, r),
  }));
}

function goalDto(c: TxCtx, plan: AccountPlanRow, g: GoalRow, today: IsoDate): GoalDto {
  return {
    id: g.id,
    planId: g.planId,
    partnerId: g.partnerId,
    title: g.title,
    target: { amount: g.targetAmount, currency: g.currency },
    achieved: { amount: g.achievedAmount, currency: g.currency },
    targetDate: g.targetDate,
    status: g.status,
    notes: g.notes,
    progress: goalProgress(
      {
        status: g.status,
        target: g.targetAmount,
        achieved: g.achievedAmount,
        startOn: plan.periodStart,
        targetDate: g.targetDate,
      },
      today,
    ),
    can: goalPermissions(policyActor(c), plan.status),
  };
}

async function actionDtos(c: TxCtx, plan: AccountPlanRow, rows: readonly ActionRow[], today: IsoDate): Promise<ActionDto[]> {
  const people = await personSummaries(c, [...rows.map((a) => a.ownerId), ...rows.map((a) => a.completedById)]);
  const actor = policyActor(c);
  return rows.map((a) => ({
    id: a.id,
    planId: a.planId,
    partnerId: a.partnerId,
    side: a.side,
    title: a.title,
    owner: a.ownerId ? (people.get(a.ownerId) ?? null) : null,
    dueOn: a.dueOn,
    status: a.status,
    notes: a.notes,
    overdue: actionOverdue(a, today),
    completedAt: a.completedAt,
    completedBy: a.completedById ? (people.get(a.completedById) ?? null) : null,
    can: actionPermissions(actor, a, plan.status),
  }));
}

/**
 * The account's opportunities the plan's partner is involved in. A partner's people see only those
 * (row-level security holds the same line), outside the products where it competes, with the fields
 * each opportunity shares with it; totals in the reporting currency at today's rates.
 */
async function linkedOpportunities(c: TxCtx, plan: AccountPlanRow, today: IsoDate): Promise<AccountPlanDto['opportunities']> {
  const viewer = viewerPartner(c);
  const rows = await c.tx
    .select({
      id: opportunities.id,
      number: opportunities.number,
      title: opportunities.title,
      stage: opportunities.stage,
      amount: opportunities.amount,
      currency: opportunities.currency,
      closeDate: opportunities.closeDate,
      products: opportunities.products,
      sharedFields: opportunities.sharedFields,
      roles: opportunityPartners.roles,
    })
    .from(opportunities)
    .innerJoin(
      opportunityPartners,
      and(eq(opportunityPartners.opportunityId, opportunities.id), eq(opportunityPartners.partnerId, plan.partnerId)),
    )
    .where(eq(opportunities.accountId, plan.accountId))
    .orderBy(asc(opportunities.closeDate), asc(opportunities.id));
  const areas = viewer ? await coopetitionAreas(c, viewer) : [];
  const visible = viewer ? rows.filter((r) => competingAreas(areas, { products: r.products }).length === 0) : rows;
  const data: LinkedOpportunityDto[] = visible.map((r) => {
    const shows = (f: string) => !viewer || (r.sharedFields as string[]).includes(f);
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      stage: shows('stage') ? r.stage : null,
      amount: shows('amount') ? { amount: r.amount, currency: r.currency } : null,
      closeDate: shows('closeDate') ? r.closeDate : null,
      roles: r.roles,
    };
  });
  const reporting = (await getSettings(c)).reportingCurrency;
  const counted = data.filter((o) => o.amount && o.stage && (isOpen(o.stage) || o.stage === 'closed_won'));
  const converted = await convertManyToReporting(
    c,
    counted.map((o) => o.amount as Money),
    today,
  );
  let pipeline = 0;
  let won = 0;
  let unconverted = 0;
  counted.forEach((o, i) => {
    const value = converted[i];
    if (!value) unconverted += 1;
    else if (o.stage === 'closed_won') won += value.amount;
    else pipeline += value.amount;
  });
  return {
    data,
    pipeline: { amount: pipeline, currency: reporting },
    won: { amount: won, currency: reporting },
    unconverted,
  };
}

async function planDto(c: TxCtx, plan: AccountPlanRow): Promise<AccountPlanDto> {
  const [summary] = await summaryDtos(c, [plan]);
  if (!summary) throw new Error('unreachable');
  const today = await todayOf(c);
  const members = await c.tx
    .select()
    .from(accountPlanMembers)
    .where(eq(accountPlanMembers.planId, plan.id))
    .orderBy(asc(accountPlanMembers.side), asc(accountPlanMembers.createdAt), asc(accountPlanMembers.id));
  const goals = await c.tx
    .select()
    .from(accountPlanGoals)
    .where(eq(accountPlanGoals.planId, plan.id))
    .orderBy(asc(accountPlanGoals.targetDate), asc(accountPlanGoals.id));
  const cells = await c.tx
    .select()
    .from(accountPlanCells)
    .where(eq(accountPlanCells.planId, plan.id))
    .orderBy(asc(accountPlanCells.unit), asc(accountPlanCells.area));
  const actions = await c.tx
    .select()
    .from(accountPlanActions)
    .where(eq(accountPlanActions.planId, plan.id))
    .orderBy(asc(accountPlanActions.dueOn), asc(accountPlanActions.id));
  const people = await personSummaries(
    c,
    members.map((m) => m.userId),
  );
  return {
    ...summary,
    summary: plan.summary,
    footprint: plan.footprint,
    vendorRelationships: plan.vendorRelationships,
    partnerRelationships: plan.partnerRelationships,
    partnerNotes: plan.partnerNotes,
    businessUnits: plan.businessUnits,
    solutionAreas: plan.solutionAreas,
    statusReason: plan.statusReason,
    team: members.map((m) => ({ id: m.id, side: m.side, person: people.get(m.userId) ?? null, role: m.role, note: m.note })),
    goalList: goals.map((g) => goalDto(c, plan, g, today)),
    whitespace: cells.map((x) => ({
      unit: x.unit,
      area: x.area,
      status: x.status,
      vendorNotes: x.vendorNotes,
      partnerNotes: x.partnerNotes,
      updatedAt: x.updatedAt,
    })),
    actions: await actionDtos(c, plan, actions, today),
    opportunities: await linkedOpportunities(c, plan, today),
  };
}

// ---------------------------------------------------------------------------------------------
// Loading

/**
 * A plan the caller sees, or 404: vendor staff any; a partner's people their company's, unless
 * its account has since fallen in a segment where the partner competes with the vendor.
 */
async function loadPlan(c: TxCtx, id: string, lock = false): Promise<AccountPlanRow> {
  const plan = await loadScoped(c, accountPlans, id, 'Account plan', { lock });
  const viewer = viewerPartner(c);
  if (viewer) {
    const areas = await coopetitionAreas(c, viewer);
    const clash = outsideCompetingSegments(areas);
    if (clash) {
      const [ok] = await c.tx
        .select({ id: accountPlans.id })
        .from(accountPlans)
        .where(and(eq(accountPlans.id, id), clash));
      if (!ok) throw notFound('Account plan');
    }
  }
  return plan;
}

function assertWriter(c: TxCtx, plan: AccountPlanRow): void {
  const actor = policyActor(c);
  if (!isPlanWriter(actor)) throw forbidden('Account plans are written by the vendor’s plan writers and the partner’s people');
  if (!planEditable(plan.status)) {
    throw new AppError('INVALID_TRANSITION', 'The plan is closed: reopen it to change it', {
      errors: [{ path: 'status', message: 'the plan is closed' }],
    });
  }
}

export async function getAccountPlan(ctx: Ctx, id: string): Promise<AccountPlanDto> {
  return withTx(ctx, async (c) => planDto(c, await loadPlan(c, id)));
}

// ---------------------------------------------------------------------------------------------
// Plans

export type AccountPlanInput = {
  partnerId: string;
  accountId?: string;
  customer?: { name: string; domain?: string | null };
  title?: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  summary?: string;
  footprint?: string;
  vendorRelationships?: string;
  businessUnits?: string[];
  solutionAreas?: string[];
};

function distinctList(values: readonly string[], path: string): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const key = norm(v);
    if (seen.has(key)) throw invalidField(path, `"${v}" is listed twice`);
    seen.add(key);
  }
  return values.map((v) => v.trim());
}

async function loadAccountForPlan(c: TxCtx, input: AccountPlanInput): Promise<AccountRow> {
  if (input.accountId && input.customer) throw invalidField('accountId', 'give an account or a customer, not both');
  if (input.customer) return findOrCreateAccount(c, input.customer, 'customer');
  if (!input.accountId) throw invalidField('accountId', 'is required (or a customer)');
  const [row] = await c.tx.select().from(accounts).where(eq(accounts.id, input.accountId));
  if (!row) throw invalidField('accountId', 'no such account');
  return row;
}

export async function createAccountPlan(ctx: Ctx, input: AccountPlanInput): Promise<AccountPlanDto> {
  return withTx(ctx, async (c) => {
    if (!mayCreateAccountPlan(policyActor(c))) throw forbidden('The vendor’s admins and partner managers create account plans');
    const partner = (await visiblePartners(c, [input.partnerId])).get(input.partnerId.toLowerCase());
    if (!partner) throw invalidField('partnerId', 'no such partner');
    if (input.periodEnd < input.periodStart) throw invalidField('periodEnd', 'must not be before periodStart');
    const account = await loadAccountForPlan(c, input);
    const clash = competingAreas(await coopetitionAreas(c, partner.id), { segments: account.segment ? [account.segment] : [] });
    if (clash.length > 0) {
      const what = clash.map((a) => `${a.kind.replace('_', ' ')} ${a.name}`).join(', ');
      throw new AppError('CONFLICT', `${partner.name} competes with the vendor in ${what}: this account is not shared with it`, {
        errors: [{ path: 'partnerId', message: `competes with the vendor in ${what} (coopetition)` }],
      });
    }
    const row = await insertAudited(
      c,
      accountPlans,
      {
        partnerId: partner.id,
        accountId: account.id,
        title: input.title?.trim() || `${account.name} × ${partner.name}`,
        status: 'draft',
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        summary: input.summary ?? '',
        footprint: input.footprint ?? '',
        vendorRelationships: input.vendorRelationships ?? '',
        businessUnits: distinctList(input.businessUnits ?? [], 'businessUnits'),
        solutionAreas: distinctList(input.solutionAreas ?? [], 'solutionAreas'),
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      PLAN,
      {
        summary: `Drafted the account plan for ${account.name} with ${partner.name}`,
        eventData: { accountId: account.id, periodStart: input.periodStart, periodEnd: input.periodEnd },
      },
    );
    return planDto(c, row);
  });
}

export type AccountPlanPatch = {
  title?: string;
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
  summary?: string;
  footprint?: string;
  vendorRelationships?: string;
  partnerRelationships?: string;
  partnerNotes?: string;
  businessUnits?: string[];
  solutionAreas?: string[];
};

export async function updateAccountPlan(ctx: Ctx, id: string, patch: AccountPlanPatch): Promise<AccountPlanDto> {
  return withTx(ctx, async (c) => {
    const before = await loadPlan(c, id, true);
    assertWriter(c, before);
    const fields = Object.keys(patch).filter((k) => patch[k as keyof AccountPlanPatch] !== undefined);
    const foreign = foreignFields(sideOf(policyActor(c)), fields);
    if (foreign.length > 0) {
      throw forbidden(
        'A partner’s people write their side of the plan: partnerRelationships and partnerNotes',
        foreign.map((path) => ({ path, message: 'is the vendor’s to write' })),
      );
    }
    const start = patch.periodStart ?? before.periodStart;
    const end = patch.periodEnd ?? before.periodEnd;
    if (end < start) throw invalidField('periodEnd', 'must not be before periodStart');
    const set: Partial<AccountPlanRow> = { ...patch, updatedAt: c.now };
    if (patch.businessUnits) set.businessUnits = distinctList(patch.businessUnits, 'businessUnits');
    if (patch.solutionAreas) set.solutionAreas = distinctList(patch.solutionAreas, 'solutionAreas');
    if (patch.title !== undefined) set.title = patch.title.trim();
    const after = await updateAudited(c, accountPlans, before, set, PLAN);
    // Rows or columns taken out of the whitespace matrix take their cells along.
    const gone = (list: string[], next: string[] | undefined) => (next ? list.filter((v) => !next.includes(v)) : []);
    const units = gone(before.businessUnits, set.businessUnits);
    const areas = gone(before.solutionAreas, set.solutionAreas);
    if (units.length > 0 || areas.length > 0) {
      await c.tx
        .delete(accountPlanCells)
        .where(
          and(
            eq(accountPlanCells.planId, id),
            or(
              units.length ? inArray(accountPlanCells.unit, units) : undefined,
              areas.length ? inArray(accountPlanCells.area, areas) : undefined,
            ),
          ),
        );
    }
    return planDto(c, after);
  });
}

/** Activate a draft, close a plan, or reopen a closed one (rule: `planTransition`). */
export async function transitionAccountPlan(ctx: Ctx, id: string, to: PlanStatus, reason: string): Promise<AccountPlanDto> {
  return withTx(ctx, async (c) => {
    const before = await loadPlan(c, id, true);
    const actor = policyActor(c);
    if (!isPlanWriter(actor) || sideOf(actor) !== 'vendor') throw forbidden('The vendor’s plan writers change a plan’s status');
    const decision = planTransition(before.status, to);
    if (!decision.allowed)
      throw new AppError('INVALID_TRANSITION', decision.reason, { errors: [{ path: 'status', message: decision.reason }] });
    const verb =
      to === 'active' ? (before.status === 'closed' ? 'reopened' : 'activated') : to === 'closed' ? 'closed' : 'updated';
    const after = await updateAudited(
      c,
      accountPlans,
      before,
      {
        status: to,
        statusReason: reason,
        activatedAt: to === 'active' ? c.now : before.activatedAt,
        closedAt: to === 'closed' ? c.now : null,
        updatedAt: c.now,
      },
      PLAN,
      { event: `account_plan.${verb}`, eventData: { fromStatus: before.status, toStatus: to, reason } },
    );
    return planDto(c, after);
  });
}

export type AccountPlanListQuery = {
  limit: number;
  cursor?: string;
  sort: 'createdAt' | '-createdAt' | 'periodEnd' | '-periodEnd';
  partnerId?: string[];
  accountId?: string;
  status?: PlanStatus[];
  q?: string;
};

export async function listAccountPlans(ctx: Ctx, query: AccountPlanListQuery): Promise<Page<AccountPlanSummaryDto>> {
  return withTx(ctx, async (c) => {
    const viewer = viewerPartner(c);
    const ks = keyset(
      'account-plans',
      query.sort,
      { createdAt: accountPlans.createdAt, periodEnd: accountPlans.periodEnd },
      accountPlans.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(accountPlans)
      .where(
        and(
          ks.where,
          partnerFilter(c, accountPlans.partnerId),
          viewer ? outsideCompetingSegments(await coopetitionAreas(c, viewer)) : undefined,
          query.partnerId?.length ? inArray(accountPlans.partnerId, query.partnerId) : undefined,
          query.accountId ? eq(accountPlans.accountId, query.accountId) : undefined,
          query.status?.length ? inArray(accountPlans.status, query.status) : undefined,
          query.q
            ? or(
                ilike(accountPlans.title, containsPattern(query.q)),
                sql`exists (select 1 from ${accounts} where ${accounts.id} = ${accountPlans.accountId} and (${accounts.name} ilike ${containsPattern(query.q)} or ${accounts.domain} ilike ${containsPattern(query.q)}))`,
              )
            : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await summaryDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

// ---------------------------------------------------------------------------------------------
// Team

export type TeamInput = { side: Side; members: { userId: string; role: TeamRole; note?: string }[] };

/** Replace one side's named people on the account: a partner's people their own side, the vendor either. */
export async function setTeam(ctx: Ctx, planId: string, input: TeamInput): Promise<AccountPlanDto> {
  return withTx(ctx, async (c) => {
    const plan = await loadPlan(c, planId, true);
    assertWriter(c, plan);
    const mySide = sideOf(policyActor(c));
    if (mySide === 'partner' && input.side !== 'partner') {
      throw forbidden('A partner’s people name their own side’s team', [{ path: 'side', message: 'must be partner' }]);
    }
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    for (const [i, m] of input.members.entries()) {
      const key = `${m.userId}:${m.role}`;
      if (seen.has(key)) problems.push({ path: `members.${i}.userId`, message: 'is listed twice in that role' });
      seen.add(key);
      try {
        const side = await assertPersonOfPartner(c, m.userId, plan.partnerId, `members.${i}.userId`);
        if (side !== input.side)
          problems.push({ path: `members.${i}.userId`, message: `must be a person of the ${input.side}’s side` });
      } catch (e) {
        if (e instanceof AppError) problems.push(...e.errors);
        else throw e;
      }
    }
    if (problems.length > 0) throw validation(problems);
    const before = await c.tx
      .select()
      .from(accountPlanMembers)
      .where(and(eq(accountPlanMembers.planId, planId), eq(accountPlanMembers.side, input.side)));
    await c.tx
      .delete(accountPlanMembers)
      .where(and(eq(accountPlanMembers.planId, planId), eq(accountPlanMembers.side, input.side)));
    const rows = input.members.length
      ? await c.tx
          .insert(accountPlanMembers)
          .values(
            input.members.map((m) => ({
              planId,
              partnerId: plan.partnerId,
              side: input.side,
              userId: m.userId,
              role: m.role,
              note: m.note ?? '',
              createdAt: c.now,
            })),
          )
          .returning()
      : [];
    const brief = (r: { userId: string; role: string; note: string }) => ({ userId: r.userId, role: r.role, note: r.note });
    await recordChange(c, {
      action: 'update',
      entityType: 'account_plan',
      entityId: planId,
      partnerId: plan.partnerId,
      summary: `Named the ${input.side}’s team of "${plan.title}" (${rows.length})`,
      before: { team: before.map(brief) },
      after: { team: rows.map(brief) },
      event: 'account_plan.team_changed',
      eventData: { side: input.side, members: rows.map(brief) },
    });
    return planDto(c, plan);
  });
}

// ---------------------------------------------------------------------------------------------
// Whitespace

export type CellInput = { unit: string; area: string; status: CellStatus; notes?: string };

/** Set one cell of the whitespace matrix (rule: `mayChangeCell`); each side writes its own notes. */
export async function setCell(ctx: Ctx, planId: string, input: CellInput): Promise<AccountPlanDto> {
  return withTx(ctx, async (c) => {
    const plan = await loadPlan(c, planId, true);
    assertWriter(c, plan);
    const problems: FieldError[] = [];
    if (!plan.businessUnits.includes(input.unit))
      problems.push({ path: 'unit', message: 'must be one of the plan’s business units' });
    if (!plan.solutionAreas.includes(input.area))
      problems.push({ path: 'area', message: 'must be one of the plan’s solution areas' });
    if (problems.length > 0) throw validation(problems);
    const side = sideOf(policyActor(c));
    const [before] = await c.tx
      .select()
      .from(accountPlanCells)
      .where(
        and(eq(accountPlanCells.planId, planId), eq(accountPlanCells.unit, input.unit), eq(accountPlanCells.area, input.area)),
      );
    const decision = mayChangeCell(side, before?.status ?? null, input.status);
    if (!decision.allowed) throw forbidden(decision.reason, [{ path: 'status', message: decision.reason }]);
    const notes =
      side === 'vendor'
        ? { vendorNotes: input.notes ?? before?.vendorNotes ?? '' }
        : { partnerNotes: input.notes ?? before?.partnerNotes ?? '' };
    const note = {
      event: 'account_plan_cell.set',
      eventData: { planId, unit: input.unit, area: input.area, fromStatus: before?.status ?? null, toStatus: input.status, side },
    };
    if (before) {
      await updateAudited(
        c,
        accountPlanCells,
        before,
        { status: input.status, ...notes, updatedById: actorUserId(c), updatedAt: c.now },
        CELL,
        note,
      );
    } else {
      await insertAudited(
        c,
        accountPlanCells,
        {
          planId,
          partnerId: plan.partnerId,
          unit: input.unit,
          area: input.area,
          status: input.status,
          ...notes,
          updatedById: actorUserId(c),
          createdAt: c.now,
          updatedAt: c.now,
        },
        CELL,
        note,
      );
    }
    return planDto(c, plan);
  });
}

// ---------------------------------------------------------------------------------------------
// Goals

export type GoalInput = {
  title: string;
  target: Money;
  achieved?: Money;
  targetDate: IsoDate;
  status?: GoalStatus;
  notes?: string;
};

function goalProblems(target: Money, achieved: Money | undefined): FieldError[] {
  if (achieved && achieved.currency !== target.currency)
    return [{ path: 'achieved.currency', message: 'must be the target’s currency' }];
  return [];
}

async function goalDtoOf(c: TxCtx, plan: AccountPlanRow, row: GoalRow): Promise<GoalDto> {
  return goalDto(c, plan, row, await todayOf(c));
}

export async function addGoal(ctx: Ctx, planId: string, input: GoalInput): Promise<GoalDto> {
  return withTx(ctx, async (c) => {
    const plan = await loadPlan(c, planId, true);
    assertWriter(c, plan);
    const problems = goalProblems(input.target, input.achieved);
    if (problems.length > 0) throw validation(problems);
    const row = await insertAudited(
      c,
      accountPlanGoals,
      {
        planId,
        partnerId: plan.partnerId,
        title: input.title,
        targetAmount: input.target.amount,
        achievedAmount: input.achieved?.amount ?? 0,
        currency: input.target.currency,
        targetDate: input.targetDate,
        status: input.status ?? 'open',
        notes: input.notes ?? '',
        createdAt: c.now,
        updatedAt: c.now,
      },
      GOAL,
      { eventData: { planId, target: input.target, targetDate: input.targetDate } },
    );
    return goalDtoOf(c, plan, row);
  });
}

async function loadGoal(c: TxCtx, id: string): Promise<{ goal: GoalRow; plan: AccountPlanRow }> {
  const goal = await loadScoped(c, accountPlanGoals, id, 'Goal', { lock: true });
  const plan = await loadPlan(c, goal.planId).catch(() => {
    throw notFound('Goal');
  });
  return { goal, plan };
}

export async function updateGoal(ctx: Ctx, id: string, patch: Partial<GoalInput>): Promise<GoalDto> {
  return withTx(ctx, async (c) => {
    const { goal, plan } = await loadGoal(c, id);
    assertWriter(c, plan);
    const target = patch.target ?? { amount: goal.targetAmount, currency: goal.currency };
    const achieved = patch.achieved ?? (patch.target ? undefined : { amount: goal.achievedAmount, currency: goal.currency });
    const problems = goalProblems(target, achieved);
    if (!patch.achieved && patch.target && patch.target.currency !== goal.currency && goal.achievedAmount > 0) {
      problems.push({ path: 'target.currency', message: 'give achieved in the new currency too' });
    }
    if (problems.length > 0) throw validation(problems);
    const after = await updateAudited(
      c,
      accountPlanGoals,
      goal,
      {
        title: patch.title ?? goal.title,
        targetAmount: target.amount,
        currency: target.currency,
        achievedAmount: achieved?.amount ?? goal.achievedAmount,
        targetDate: patch.targetDate ?? goal.targetDate,
        status: patch.status ?? goal.status,
        notes: patch.notes ?? goal.notes,
        updatedAt: c.now,
      },
      GOAL,
      patch.status && patch.status !== goal.status
        ? {
            event: `account_plan_goal.${patch.status === 'open' ? 'reopened' : patch.status}`,
            eventData: { planId: goal.planId, fromStatus: goal.status, toStatus: patch.status },
          }
        : { eventData: { planId: goal.planId } },
    );
    return goalDtoOf(c, plan, after);
  });
}

export async function deleteGoal(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const { goal, plan } = await loadGoal(c, id);
    assertWriter(c, plan);
    await deleteAudited(c, accountPlanGoals, goal, GOAL, { eventData: { planId: goal.planId } });
  });
}

// ---------------------------------------------------------------------------------------------
// Actions

export type ActionInput = {
  title: string;
  side?: Side;
  ownerId?: string | null;
  dueOn: IsoDate;
  notes?: string;
};

async function ownerProblem(c: TxCtx, plan: AccountPlanRow, ownerId: string, side: Side): Promise<void> {
  const ownerSide = await assertPersonOfPartner(c, ownerId, plan.partnerId, 'ownerId');
  if (ownerSide !== side) throw invalidField('ownerId', `must be a person of the ${side}’s side`);
}

export async function addAction(ctx: Ctx, planId: string, input: ActionInput): Promise<ActionDto> {
  return withTx(ctx, async (c) => {
    const plan = await loadPlan(c, planId, true);
    assertWriter(c, plan);
    const mySide = sideOf(policyActor(c));
    const side = input.side ?? mySide;
    if (mySide === 'partner' && side !== 'partner') {
      throw forbidden('A partner’s people add actions of their own side', [{ path: 'side', message: 'must be partner' }]);
    }
    if (input.ownerId) await ownerProblem(c, plan, input.ownerId, side);
    const row = await insertAudited(
      c,
      accountPlanActions,
      {
        planId,
        partnerId: plan.partnerId,
        side,
        title: input.title,
        ownerId: input.ownerId ?? null,
        dueOn: input.dueOn,
        notes: input.notes ?? '',
        createdAt: c.now,
        updatedAt: c.now,
      },
      ACTION,
      { eventData: { planId, side, ownerId: input.ownerId ?? null, dueOn: input.dueOn } },
    );
    if (row.ownerId && row.ownerId !== actorUserId(c)) {
      await notify(c, {
        to: [row.ownerId],
        kind: 'account_plans.action_assigned',
        title: `Account plan action for you: ${row.title}`,
        body: `Due ${row.dueOn} in the account plan "${plan.title}".`,
        link: `/account-plans/${plan.id}`,
        entity: { type: 'account_plan_action', id: row.id },
        partnerId: plan.partnerId,
      });
    }
    const [dto] = await actionDtos(c, plan, [row], await todayOf(c));
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

export type ActionPatch = { title?: string; ownerId?: string | null; dueOn?: IsoDate; status?: ActionStatus; notes?: string };

export async function updateAction(ctx: Ctx, id: string, patch: ActionPatch): Promise<ActionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadScoped(c, accountPlanActions, id, 'Action', { lock: true });
    const plan = await loadPlan(c, before.planId).catch(() => {
      throw notFound('Action');
    });
    assertWriter(c, plan);
    const can = actionPermissions(policyActor(c), before, plan.status);
    if (!can.edit) throw forbidden('An action of the vendor’s team is changed by the vendor');
    if (patch.ownerId) await ownerProblem(c, plan, patch.ownerId, before.side);
    const status = patch.status ?? before.status;
    const completing = status === 'done' && before.status !== 'done';
    const after = await updateAudited(
      c,
      accountPlanActions,
      before,
      {
        title: patch.title ?? before.title,
        ownerId: patch.ownerId === undefined ? before.ownerId : patch.ownerId,
        dueOn: patch.dueOn ?? before.dueOn,
        notes: patch.notes ?? before.notes,
        status,
        completedAt: status === 'done' ? (completing ? c.now : before.completedAt) : null,
        completedById: status === 'done' ? (completing ? actorUserId(c) : before.completedById) : null,
        updatedAt: c.now,
      },
      ACTION,
      status !== before.status
        ? {
            event: `account_plan_action.${status === 'done' ? 'completed' : status === 'cancelled' ? 'cancelled' : 'reopened'}`,
            eventData: { planId: plan.id, fromStatus: before.status, toStatus: status },
          }
        : { eventData: { planId: plan.id } },
    );
    const [dto] = await actionDtos(c, plan, [after], await todayOf(c));
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

/**
 * The daily reminder: each open action of a plan that is not closed, due today or overdue, is
 * reminded to its owner (or its side's managers) once per due date; moving the date re-arms it.
 * Safe to run twice (the claim is `reminded_for`, set in the notification's transaction).
 */
export async function remindDueActions(ctx: Ctx, batch = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = await withTx(ctx, async (c) => {
      const today = await todayOf(c);
      const rows = await c.tx
        .select({ action: accountPlanActions, planTitle: accountPlans.title })
        .from(accountPlanActions)
        .innerJoin(accountPlans, eq(accountPlans.id, accountPlanActions.planId))
        .where(
          and(
            eq(accountPlanActions.status, 'open'),
            lte(accountPlanActions.dueOn, today),
            sql`${accountPlanActions.remindedFor} is distinct from ${accountPlanActions.dueOn}`,
            sql`${accountPlans.status} <> 'closed'`,
          ),
        )
        .orderBy(asc(accountPlanActions.dueOn), asc(accountPlanActions.id))
        .limit(batch)
        .for('update', { of: accountPlanActions, skipLocked: true });
      const due = rows.filter((r) => actionNeedsReminder(r.action, today));
      if (due.length === 0) return 0;
      const partners = await visiblePartners(
        c,
        due.map((r) => r.action.partnerId),
      );
      let admins: string[] | null = null;
      for (const { action, planTitle } of due) {
        const partner = partners.get(action.partnerId);
        let to: string[];
        if (action.ownerId) to = [action.ownerId];
        else if (action.side === 'partner') to = await activePartnerUsers(c, action.partnerId, ['partner_admin']);
        else if (partner?.ownerId) to = [partner.ownerId];
        else {
          admins ??= await activeUsersWithRole(c, ['admin']);
          to = admins;
        }
        const overdue = action.dueOn < today;
        await notify(c, {
          to,
          kind: 'account_plans.action_due',
          title: `${overdue ? 'Overdue' : 'Due today'}: ${action.title}`,
          body: `Due ${action.dueOn} in the account plan "${planTitle}"${partner && action.side === 'vendor' ? ` with ${partner.name}` : ''}. Mark it done when it is.`,
          link: `/account-plans/${action.planId}`,
          entity: { type: 'account_plan_action', id: action.id },
          partnerId: action.partnerId,
        });
        await c.tx.update(accountPlanActions).set({ remindedFor: action.dueOn }).where(eq(accountPlanActions.id, action.id));
      }
      return due.length;
    });
    total += sent;
    if (sent < batch) return total;
  }
}
