import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import {
  assertPersonOfPartner,
  type PersonSummary,
  personSummaries,
  type VisiblePartner,
  visiblePartner,
  visiblePartners,
} from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import {
  mayRaiseRisk,
  type RiskActionPermissions,
  type RiskPermissions,
  riskActionPermissions,
  riskPermissions,
} from './risks.policy.js';
import {
  type ActionStatus,
  actionOverdue,
  type HeatCell,
  heatMap,
  isLive,
  type RiskBand,
  type RiskCategory,
  type RiskStatus,
  reviewOverdue,
  riskBand,
} from './risks.rules.js';
import { type RiskActionRow, type RiskRow, riskActions, riskReviewReminders, risks } from './risks.schema.js';

const RISK: AuditedKind<RiskRow> = { entityType: 'risk', partnerIdOf: (r) => r.partnerId, labelOf: (r) => r.title };
const ACTION: AuditedKind<RiskActionRow> = {
  entityType: 'risk_action',
  partnerIdOf: (a) => a.partnerId,
  labelOf: (a) => a.title,
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

/** A partner-side caller sees only the risks shared with its company (decision 0151). */
function visibleTo(c: TxCtx): SQL | undefined {
  return scopeOf(c).kind === 'partner' ? and(partnerFilter(c, risks.partnerId), eq(risks.shared, true)) : undefined;
}

export type RiskActionDto = Omit<RiskActionRow, 'partnerId'> & {
  partnerId: string;
  owner: PersonSummary | null;
  overdue: boolean;
  can: RiskActionPermissions;
};

export type RiskDto = RiskRow & {
  partnerName: string;
  band: RiskBand;
  owner: PersonSummary | null;
  reviewOverdue: boolean;
  actions: RiskActionDto[];
  can: RiskPermissions;
};

async function toDtos(c: TxCtx, rows: readonly RiskRow[]): Promise<RiskDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const actions = await c.tx
    .select()
    .from(riskActions)
    .where(inArray(riskActions.riskId, ids))
    .orderBy(asc(riskActions.createdAt), asc(riskActions.id));
  const [partners, people, today] = await Promise.all([
    visiblePartners(
      c,
      rows.map((r) => r.partnerId),
    ),
    personSummaries(c, [...rows.map((r) => r.ownerId), ...actions.map((a) => a.ownerId)]),
    todayOf(c),
  ]);
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      band: riskBand(row.score),
      owner: row.ownerId ? (people.get(row.ownerId) ?? null) : null,
      reviewOverdue: reviewOverdue(row, today),
      actions: actions
        .filter((a) => a.riskId === row.id)
        .map((a) => ({
          ...a,
          owner: a.ownerId ? (people.get(a.ownerId) ?? null) : null,
          overdue: actionOverdue(a, today),
          can: riskActionPermissions(actor, a, row, partner),
        })),
      can: riskPermissions(actor, row, partner),
    };
  });
}

async function toDto(c: TxCtx, row: RiskRow): Promise<RiskDto> {
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw notFound('Risk');
  return dto;
}

async function loadRisk(c: TxCtx, id: string, lock = false): Promise<RiskRow> {
  const query = c.tx
    .select()
    .from(risks)
    .where(and(eq(risks.id, id), partnerFilter(c, risks.partnerId), visibleTo(c)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Risk');
  return row;
}

/** An owner is vendor staff or, on a risk shared with the partner, one of the partner's people. */
async function assertOwner(c: TxCtx, ownerId: string, partnerId: string, shared: boolean): Promise<void> {
  const side = await assertPersonOfPartner(c, ownerId, partnerId, 'ownerId');
  if (side === 'partner' && !shared) {
    throw invalidField('ownerId', 'a partner’s person owns only a risk shared with the partner');
  }
}

export type RiskInput = {
  title: string;
  description?: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  ownerId?: string | null;
  reviewOn?: IsoDate | null;
  status?: RiskStatus;
  shared?: boolean;
};

/**
 * Adds a risk to a partner's register. Vendor staff decide whether the partner sees it
 * (`shared`, default not); a risk the partner's people raise is theirs and always shared, open,
 * and its manager is told.
 */
export async function createRisk(ctx: Ctx, partnerId: string, input: RiskInput): Promise<RiskDto> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const actor = policyActor(c);
    if (!mayRaiseRisk(actor, partner)) throw forbidden("Only an admin, the partner's manager or its people raise its risks");
    const byPartner = actor.partnerId !== null;
    const shared = byPartner ? true : (input.shared ?? false);
    if (input.ownerId) await assertOwner(c, input.ownerId, partner.id, shared);
    const status = byPartner ? 'open' : (input.status ?? 'open');
    const row = await insertAudited(
      c,
      risks,
      {
        partnerId: partner.id,
        title: input.title,
        description: input.description ?? '',
        category: input.category,
        likelihood: input.likelihood,
        impact: input.impact,
        status,
        ownerId: input.ownerId ?? (byPartner ? actorUserId(c) : partner.ownerId),
        reviewOn: input.reviewOn ?? null,
        shared,
        raisedBy: byPartner ? 'partner' : 'vendor',
        createdById: actorUserId(c),
        closedAt: isLive(status) ? null : c.now,
        createdAt: c.now,
        updatedAt: c.now,
      },
      RISK,
      {
        summary: `Raised the risk “${input.title}” (${input.likelihood} × ${input.impact}) for ${partner.name}`,
        eventData: {
          score: input.likelihood * input.impact,
          category: input.category,
          raisedBy: byPartner ? 'partner' : 'vendor',
        },
      },
    );
    if (byPartner && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'risks.raised',
        title: `${partner.name} raised a risk: ${input.title}`,
        body: `Likelihood ${input.likelihood} × impact ${input.impact} = ${input.likelihood * input.impact}.`,
        link: `/risks?partnerId=${partner.id}`,
        entity: { type: 'risk', id: row.id },
        partnerId: partner.id,
      });
    }
    return toDto(c, row);
  });
}

export async function getRisk(ctx: Ctx, id: string): Promise<RiskDto> {
  return withTx(ctx, async (c) => toDto(c, await loadRisk(c, id)));
}

/** Changes a risk. The partner's people change what they raised, never its owner-side fields (status is theirs too). */
export async function updateRisk(ctx: Ctx, id: string, patch: Partial<RiskInput>): Promise<RiskDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRisk(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    const can = riskPermissions(policyActor(c), before, partner);
    if (!can.edit) throw forbidden("Only an admin or the partner's manager changes this risk");
    if (patch.shared !== undefined && patch.shared !== before.shared && !can.share) {
      throw forbidden(
        before.raisedBy === 'partner' ? 'A risk the partner raised stays shared with it' : 'Only the vendor shares a risk',
        [{ path: 'shared', message: 'is not yours to change' }],
      );
    }
    if (patch.ownerId) await assertOwner(c, patch.ownerId, before.partnerId, patch.shared ?? before.shared);
    const status = patch.status ?? before.status;
    const closedAt = isLive(status) ? null : isLive(before.status) ? c.now : before.closedAt;
    const scoreChanged =
      (patch.likelihood !== undefined && patch.likelihood !== before.likelihood) ||
      (patch.impact !== undefined && patch.impact !== before.impact);
    const after = await updateAudited(
      c,
      risks,
      before,
      { ...patch, closedAt, updatedAt: c.now },
      RISK,
      patch.status && patch.status !== before.status
        ? {
            event: 'risk.status_changed',
            summary: `${before.title}: ${before.status} → ${patch.status}`,
            eventData: { from: before.status, to: patch.status },
          }
        : scoreChanged
          ? {
              event: 'risk.rescored',
              eventData: {
                from: before.score,
                to: (patch.likelihood ?? before.likelihood) * (patch.impact ?? before.impact),
              },
            }
          : undefined,
    );
    return toDto(c, after);
  });
}

export async function deleteRisk(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadRisk(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!riskPermissions(policyActor(c), before, partner).delete) {
      throw forbidden("Only an admin or the partner's manager deletes a risk");
    }
    await deleteAudited(c, risks, before, RISK);
  });
}

export type ActionInput = { title: string; ownerId?: string | null; dueOn?: IsoDate | null; status?: ActionStatus };

export async function addRiskAction(ctx: Ctx, riskId: string, input: ActionInput): Promise<RiskDto> {
  return withTx(ctx, async (c) => {
    const risk = await loadRisk(c, riskId, true);
    const partner = await visiblePartner(c, risk.partnerId);
    if (!riskPermissions(policyActor(c), risk, partner).mitigate) {
      throw forbidden("Only an admin, the partner's manager or whoever raised it adds mitigation actions");
    }
    if (input.ownerId) await assertOwner(c, input.ownerId, risk.partnerId, risk.shared);
    const status = input.status ?? 'open';
    await insertAudited(
      c,
      riskActions,
      {
        riskId,
        partnerId: risk.partnerId,
        title: input.title,
        ownerId: input.ownerId ?? null,
        dueOn: input.dueOn ?? null,
        status,
        doneAt: status === 'done' ? c.now : null,
        createdAt: c.now,
        updatedAt: c.now,
      },
      ACTION,
      { summary: `Added the mitigation “${input.title}” to ${risk.title}`, eventData: { riskId } },
    );
    // A mitigation under way moves an open risk to mitigating.
    if (risk.status === 'open') {
      await updateAudited(c, risks, risk, { status: 'mitigating', updatedAt: c.now }, RISK, {
        event: 'risk.status_changed',
        eventData: { from: 'open', to: 'mitigating' },
      });
    }
    return toDto(c, await loadRisk(c, riskId));
  });
}

async function loadAction(c: TxCtx, id: string): Promise<{ action: RiskActionRow; risk: RiskRow; partner: VisiblePartner }> {
  const [action] = await c.tx
    .select()
    .from(riskActions)
    .where(and(eq(riskActions.id, id), partnerFilter(c, riskActions.partnerId)))
    .for('update');
  if (!action) throw notFound('Mitigation action');
  const [risk] = await c.tx
    .select()
    .from(risks)
    .where(and(eq(risks.id, action.riskId), visibleTo(c)));
  if (!risk) throw notFound('Mitigation action');
  return { action, risk, partner: await visiblePartner(c, risk.partnerId) };
}

export async function updateRiskAction(ctx: Ctx, id: string, patch: Partial<ActionInput>): Promise<RiskDto> {
  return withTx(ctx, async (c) => {
    const { action, risk, partner } = await loadAction(c, id);
    if (!riskActionPermissions(policyActor(c), action, risk, partner).edit) {
      throw forbidden('Only the vendor, the action’s owner or whoever raised the risk updates it');
    }
    if (patch.ownerId) await assertOwner(c, patch.ownerId, risk.partnerId, risk.shared);
    const status = patch.status ?? action.status;
    await updateAudited(
      c,
      riskActions,
      action,
      { ...patch, doneAt: status === 'done' ? (action.doneAt ?? c.now) : null, updatedAt: c.now },
      ACTION,
      patch.status && patch.status !== action.status
        ? { event: 'risk_action.status_changed', eventData: { riskId: risk.id, from: action.status, to: patch.status } }
        : undefined,
    );
    return toDto(c, await loadRisk(c, risk.id));
  });
}

export async function deleteRiskAction(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const { action, risk, partner } = await loadAction(c, id);
    if (!riskActionPermissions(policyActor(c), action, risk, partner).delete) {
      throw forbidden('Only the vendor or whoever raised the risk deletes its actions');
    }
    await deleteAudited(c, riskActions, action, ACTION);
  });
}

export type RiskListQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  partnerId?: string[];
  status?: RiskStatus[];
  category?: RiskCategory[];
  band?: RiskBand[];
  likelihood?: number;
  impact?: number;
  live?: boolean;
  reviewOverdue?: boolean;
};

const BAND_RANGES: Record<RiskBand, [number, number]> = {
  low: [1, 4],
  medium: [5, 9],
  significant: [10, 14],
  high: [15, 25],
};

function listConditions(c: TxCtx, query: Omit<RiskListQuery, 'limit' | 'cursor' | 'sort'>, today: IsoDate): (SQL | undefined)[] {
  return [
    partnerFilter(c, risks.partnerId),
    visibleTo(c),
    query.partnerId?.length ? inArray(risks.partnerId, query.partnerId) : undefined,
    query.status?.length ? inArray(risks.status, query.status) : undefined,
    query.live === true ? inArray(risks.status, ['open', 'mitigating']) : undefined,
    query.live === false ? inArray(risks.status, ['closed', 'accepted']) : undefined,
    query.category?.length ? inArray(risks.category, query.category) : undefined,
    query.band?.length
      ? sql`(${sql.join(
          query.band.map((b) => sql`${risks.score} between ${BAND_RANGES[b][0]} and ${BAND_RANGES[b][1]}`),
          sql` or `,
        )})`
      : undefined,
    query.likelihood !== undefined ? eq(risks.likelihood, query.likelihood) : undefined,
    query.impact !== undefined ? eq(risks.impact, query.impact) : undefined,
    query.reviewOverdue === true
      ? and(inArray(risks.status, ['open', 'mitigating']), sql`${risks.reviewOn} < ${today}::date`)
      : undefined,
  ];
}

/** The register: one partner's (`partnerId`) or the portfolio's, highest score first by default. */
export async function listRisks(ctx: Ctx, query: RiskListQuery): Promise<Page<RiskDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'risks',
      query.sort ?? '-score',
      { score: risks.score, createdAt: risks.createdAt, updatedAt: risks.updatedAt },
      risks.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(risks)
      .where(and(ks.where, ...listConditions(c, query, await todayOf(c))))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export type HeatMapDto = { partnerId: string | null; total: number; high: number; cells: HeatCell[] };

/** Live risks per likelihood × impact cell, for one partner or the whole portfolio, one grouped query. */
export async function riskHeatMap(ctx: Ctx, partnerId: string | null): Promise<HeatMapDto> {
  return withTx(ctx, async (c) => {
    if (partnerId) await visiblePartner(c, partnerId);
    const rows = await c.tx
      .select({ likelihood: risks.likelihood, impact: risks.impact, count: sql<number>`count(*)::int` })
      .from(risks)
      .where(
        and(
          partnerFilter(c, risks.partnerId),
          visibleTo(c),
          inArray(risks.status, ['open', 'mitigating']),
          partnerId ? eq(risks.partnerId, partnerId) : undefined,
        ),
      )
      .groupBy(risks.likelihood, risks.impact);
    const expanded = rows.flatMap((r) => Array.from({ length: Number(r.count) }, () => r));
    const cells = heatMap(expanded);
    const scope = scopeOf(c);
    return {
      // A partner's people always see their own company's map.
      partnerId: partnerId?.toLowerCase() ?? (scope.kind === 'partner' ? scope.partnerId : null),
      total: expanded.length,
      high: cells.filter((cell) => cell.band === 'high').reduce((sum, cell) => sum + cell.count, 0),
      cells,
    };
  });
}

/** The risk in the caller's scope (for the matrix's fixtures and other modules' checks). */
export async function riskExists(ctx: Ctx, id: string): Promise<boolean> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select({ id: risks.id })
      .from(risks)
      .where(and(eq(risks.id, id), partnerFilter(c, risks.partnerId), visibleTo(c)));
    return Boolean(row);
  });
}

export type ReviewSweepResult = { reminded: number };

/**
 * The daily review job (as the system): each live risk whose review date has passed reminds its
 * owner (or, without one, the partner's manager) once per review date. Safe to run twice: a
 * reminder row per risk and review date is written first, and only a new row notifies.
 */
export async function runRiskReviewSweep(ctx: Ctx): Promise<ReviewSweepResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const due = await c.tx
      .select()
      .from(risks)
      .where(and(inArray(risks.status, ['open', 'mitigating']), sql`${risks.reviewOn} < ${today}::date`))
      .orderBy(asc(risks.reviewOn), asc(risks.id))
      .limit(5000);
    if (due.length === 0) return { reminded: 0 };
    const partners = await visiblePartners(
      c,
      due.map((r) => r.partnerId),
    );
    const people = await personSummaries(
      c,
      due.map((r) => r.ownerId),
    );
    let reminded = 0;
    for (const risk of due) {
      if (!risk.reviewOn) continue;
      const [sent] = await c.tx
        .insert(riskReviewReminders)
        .values({ riskId: risk.id, partnerId: risk.partnerId, reviewOn: risk.reviewOn, sentAt: c.now })
        .onConflictDoNothing()
        .returning({ id: riskReviewReminders.id });
      if (!sent) continue;
      const partner = partners.get(risk.partnerId);
      // A partner's person owns a risk but hears of it only when it is shared with them.
      const owner = risk.ownerId ? people.get(risk.ownerId) : undefined;
      const ownerMayKnow = owner && (risk.shared || !owner.role.startsWith('partner'));
      const to = ownerMayKnow ? owner.id : partner?.ownerId;
      if (!to) continue;
      reminded += 1;
      await notify(c, {
        to: [to],
        kind: 'risks.review_overdue',
        title: `Review overdue: ${risk.title}${partner ? ` (${partner.name})` : ''}`,
        body: `The review was due on ${risk.reviewOn}. Re-rate it, record the mitigation, or close it.`,
        link: `/risks/${risk.id}`,
        entity: { type: 'risk', id: risk.id },
        partnerId: risk.partnerId,
      });
    }
    return { reminded };
  });
}
