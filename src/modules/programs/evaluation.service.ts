import { and, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type FiscalPeriod, fiscalPeriodOf } from '../../shared/fiscal.js';
import { type AuditedKind, insertAudited, insertManyAudited, updateAudited } from '../audit/index.js';
import { type PersonSummary, personSummaries } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import { byRank, listTiers, type TierSummary, tierSummaries } from '../tiers/index.js';
import { changeTier } from './memberships.service.js';
import { metricValues, requirementSpecs, valuesFor } from './programs.metrics.js';
import { mayRunEvaluations, maySeeEvaluations, type ProposalPermissions, proposalPermissions } from './programs.policy.js';
import { decideTierMove, type LadderTier, progressTowards, type TierEvidence } from './programs.rules.js';
import {
  type EvaluationRunRow,
  type MembershipRow,
  programMemberships,
  programs,
  type TierProposalRow,
  tierEvaluationRuns,
  tierProposals,
} from './programs.schema.js';

const RUN: AuditedKind<EvaluationRunRow> = {
  entityType: 'tier_evaluation_run',
  partnerIdOf: () => null,
  labelOf: (r) => r.periodLabel,
};

const PROPOSAL: AuditedKind<TierProposalRow> = {
  entityType: 'tier_proposal',
  partnerIdOf: (p) => p.partnerId,
  labelOf: (p) => `${p.direction} ${p.id}`,
};

/** The fiscal quarter containing `date` (YYYY-MM-DD), or the last completed one before `now`. */
export function evaluationPeriod(now: Date, startMonth: number, timeZone: string, date?: string): FiscalPeriod {
  if (date) return fiscalPeriodOf(new Date(`${date}T12:00:00Z`), startMonth, timeZone);
  const current = fiscalPeriodOf(now, startMonth, timeZone);
  const dayBefore = new Date(new Date(`${current.start}T12:00:00Z`).getTime() - 86_400_000);
  return fiscalPeriodOf(dayBefore, startMonth, timeZone);
}

export type RunInput = { programId?: string; date?: string; trigger: 'manual' | 'schedule' };

/**
 * Evaluates every current membership of the active programs (or of one) for a fiscal quarter,
 * set-based: one query for the memberships, one per metric for all their partners, one insert
 * for the proposals. It changes no tier: it writes a run, a proposal (with its evidence) per
 * promotion and per demotion past the grace period, and when each partner first fell below its
 * tier; open proposals of earlier runs for the same memberships are superseded. The owners of
 * the partners with proposals are notified.
 */
type Decided = {
  period: FiscalPeriod;
  asOf: Date;
  programIds: string[];
  members: { m: MembershipRow; ownerId: string | null }[];
  proposals: Omit<typeof tierProposals.$inferInsert, 'runId'>[];
  below: { id: string; below_since: string | null }[];
  inGrace: number;
};

/**
 * The evaluation's reads and decisions, without writing: the memberships of the programs with
 * their partners' owners (one query), the ladders (one), each metric for all members (one query
 * per metric), then the pure rule per membership.
 */
export async function decideEvaluation(c: TxCtx, input: { programId?: string; date?: string }): Promise<Decided> {
  const settings = await getSettings(c);
  const period = evaluationPeriod(c.now, settings.fiscalYearStartMonth, settings.timeZone, input.date);
  const periodEnd = new Date(`${period.end}T23:59:59.999Z`);
  const asOf = periodEnd < c.now ? periodEnd : c.now;
  const programRows = await c.tx
    .select()
    .from(programs)
    .where(input.programId ? eq(programs.id, input.programId) : eq(programs.status, 'active'));
  if (input.programId && programRows.length === 0) throw invalidField('programId', 'no such program');
  const programIds = programRows.map((p) => p.id);
  const members =
    programIds.length === 0
      ? []
      : await c.tx
          .select({ m: programMemberships, ownerId: partners.ownerId })
          .from(programMemberships)
          .innerJoin(partners, eq(partners.id, programMemberships.partnerId))
          .where(
            and(
              inArray(programMemberships.programId, programIds),
              isNull(programMemberships.leftAt),
              lte(programMemberships.joinedAt, asOf),
            ),
          );
  const tiers = await listTiers(c, { programIds });
  const ladders = new Map<string, LadderTier[]>();
  for (const t of byRank(tiers)) {
    const list = ladders.get(t.programId) ?? [];
    list.push({ id: t.id, name: t.name, rank: t.rank, requirements: await requirementSpecs(t.requirements) });
    ladders.set(t.programId, list);
  }
  const keys = [...ladders.values()].flatMap((l) => l.flatMap((t) => t.requirements.map((r) => r.metric)));
  const partnerIds = [...new Set(members.map((r) => r.m.partnerId))];
  const values = await metricValues(c, keys, partnerIds.length > 5000 ? 'all' : partnerIds, asOf);
  const grace = new Map(programRows.map((p) => [p.id, p.demotionGraceDays]));

  const proposals: Decided['proposals'] = [];
  const below: Decided['below'] = [];
  let inGrace = 0;
  for (const { m } of members) {
    const ladder = ladders.get(m.programId) ?? [];
    if (ladder.length === 0) continue;
    const actuals = valuesFor(values, m.partnerId);
    const decision = decideTierMove({
      ladder,
      currentTierId: m.tierId,
      actuals,
      belowSince: m.belowSince,
      graceDays: grace.get(m.programId) ?? 90,
      asOf,
    });
    const belowSince = decision.outcome === 'grace' || decision.outcome === 'demote' ? decision.belowSince : null;
    if ((belowSince?.getTime() ?? null) !== (m.belowSince?.getTime() ?? null))
      below.push({ id: m.id, below_since: belowSince?.toISOString() ?? null });
    if (decision.outcome === 'grace') inGrace += 1;
    if (decision.outcome !== 'promote' && decision.outcome !== 'demote') continue;
    const evidence: TierEvidence = {
      asOf: asOf.toISOString(),
      periodLabel: period.label,
      belowSince: belowSince?.toISOString() ?? null,
      tiers: ladder.map((t) => ({
        tierId: t.id,
        name: t.name,
        rank: t.rank,
        requirements: progressTowards(t.requirements, actuals).requirements,
      })),
    };
    proposals.push({
      partnerId: m.partnerId,
      programId: m.programId,
      membershipId: m.id,
      direction: decision.outcome === 'promote' ? 'promotion' : 'demotion',
      fromTierId: m.tierId,
      toTierId: decision.toTierId,
      evidence,
      createdAt: c.now,
      updatedAt: c.now,
    });
  }
  return { period, asOf, programIds, members, proposals, below, inGrace };
}

/** The evaluation's decisions for the caller to look at (the bench measures this against its SQL floor). */
export async function previewEvaluation(ctx: Ctx, input: { programId?: string; date?: string }) {
  return withTx(ctx, async (c) => {
    if (!mayRunEvaluations(policyActor(c))) throw forbidden('Only admins and partner managers run tier evaluations');
    const decided = await decideEvaluation(c, input);
    return { evaluated: decided.members.length, proposals: decided.proposals.length, inGrace: decided.inGrace };
  });
}

/**
 * Evaluates every current membership of the active programs (or of one) for a fiscal quarter,
 * set-based (`decideEvaluation`), then writes: the run, one insert for the proposals (each with
 * its evidence), one update for when partners first fell below their tier. It changes no tier;
 * open proposals of earlier runs for the same programs are superseded. The owners of the
 * partners with proposals are notified.
 */
export async function runEvaluation(ctx: Ctx, input: RunInput): Promise<EvaluationRunDto> {
  return withTx(ctx, async (c) => {
    if (!mayRunEvaluations(policyActor(c))) throw forbidden('Only admins and partner managers run tier evaluations');
    const { period, asOf, programIds, members, proposals, below, inGrace } = await decideEvaluation(c, input);
    const run = await insertAudited(
      c,
      tierEvaluationRuns,
      {
        programId: input.programId ?? null,
        periodLabel: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        asOf,
        trigger: input.trigger,
        startedById: policyActor(c).userId,
        createdAt: c.now,
      },
      RUN,
      { summary: `Evaluated tiers for ${period.label}`, event: 'tier_evaluation_run.created' },
    );
    if (programIds.length > 0) {
      await c.tx
        .update(tierProposals)
        .set({ status: 'superseded', updatedAt: c.now })
        .where(and(eq(tierProposals.status, 'open'), inArray(tierProposals.programId, programIds)));
    }
    if (below.length > 0) {
      await c.tx.execute(sql`UPDATE ${programMemberships} AS m SET below_since = x.below_since
        FROM jsonb_to_recordset(${JSON.stringify(below)}::jsonb) AS x(id uuid, below_since timestamptz) WHERE m.id = x.id`);
    }
    const inserted = await insertManyAudited(
      c,
      tierProposals,
      proposals.map((p) => ({ ...p, runId: run.id })),
      PROPOSAL,
      { summaryOf: (p) => `Proposed a tier ${p.direction} (${period.label})` },
    );
    const promotions = inserted.filter((p) => p.direction === 'promotion').length;
    const [after] = await c.tx
      .update(tierEvaluationRuns)
      .set({ evaluated: members.length, promotions, demotions: inserted.length - promotions, inGrace })
      .where(eq(tierEvaluationRuns.id, run.id))
      .returning();
    await notifyOwners(c, after as EvaluationRunRow, inserted, new Map(members.map((r) => [r.m.partnerId, r.ownerId])));
    return (await toRunDtos(c, [after as EvaluationRunRow]))[0] as EvaluationRunDto;
  });
}

async function notifyOwners(
  c: TxCtx,
  run: EvaluationRunRow,
  proposals: readonly TierProposalRow[],
  owners: Map<string, string | null>,
) {
  const byOwner = new Map<string, number>();
  for (const p of proposals) {
    const owner = owners.get(p.partnerId);
    if (owner) byOwner.set(owner, (byOwner.get(owner) ?? 0) + 1);
  }
  for (const [owner, count] of byOwner) {
    await notify(c, {
      to: [owner],
      kind: 'programs.tier_proposals',
      title: `${count} tier ${count === 1 ? 'change' : 'changes'} to review for ${run.periodLabel}`,
      body: 'The quarterly tier evaluation proposes promotions or demotions for partners you own. Nothing changes until you approve.',
      link: `/programs/evaluations/${run.id}`,
      entity: { type: 'tier_evaluation_run', id: run.id },
      partnerId: null,
    });
  }
}

export type EvaluationRunDto = EvaluationRunRow & {
  programName: string | null;
  startedBy: PersonSummary | null;
  openProposals: number;
};

async function toRunDtos(c: TxCtx, rows: readonly EvaluationRunRow[]): Promise<EvaluationRunDto[]> {
  if (rows.length === 0) return [];
  const names = new Map(
    (await c.tx.select({ id: programs.id, name: programs.name }).from(programs)).map((p) => [p.id, p.name] as const),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.startedById),
  );
  const open = await c.tx
    .select({ runId: tierProposals.runId, n: sql<number>`count(*)::int` })
    .from(tierProposals)
    .where(
      and(
        eq(tierProposals.status, 'open'),
        inArray(
          tierProposals.runId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .groupBy(tierProposals.runId);
  const openBy = new Map(open.map((o) => [o.runId, o.n]));
  return rows.map((r) => ({
    ...r,
    programName: r.programId ? (names.get(r.programId) ?? null) : null,
    startedBy: r.startedById ? (people.get(r.startedById) ?? null) : null,
    openProposals: openBy.get(r.id) ?? 0,
  }));
}

function assertCanSee(c: TxCtx): void {
  if (!maySeeEvaluations(policyActor(c))) throw forbidden('Tier evaluations are the vendor’s internal view');
}

export async function listRuns(ctx: Ctx): Promise<EvaluationRunDto[]> {
  return withTx(ctx, async (c) => {
    assertCanSee(c);
    const rows = await c.tx
      .select()
      .from(tierEvaluationRuns)
      .orderBy(desc(tierEvaluationRuns.createdAt), desc(tierEvaluationRuns.id))
      .limit(200);
    return toRunDtos(c, rows);
  });
}

export async function getRun(ctx: Ctx, id: string): Promise<EvaluationRunDto & { proposals: TierProposalDto[] }> {
  return withTx(ctx, async (c) => {
    assertCanSee(c);
    const [row] = await c.tx.select().from(tierEvaluationRuns).where(eq(tierEvaluationRuns.id, id));
    if (!row) throw notFound('Evaluation run');
    const proposals = await c.tx.select().from(tierProposals).where(eq(tierProposals.runId, id));
    return { ...((await toRunDtos(c, [row]))[0] as EvaluationRunDto), proposals: await toProposalDtos(c, proposals) };
  });
}

export type TierProposalDto = TierProposalRow & {
  partner: { id: string; name: string; ownerId: string | null };
  programName: string;
  fromTier: TierSummary | null;
  toTier: TierSummary | null;
  decidedBy: PersonSummary | null;
  can: ProposalPermissions;
};

async function toProposalDtos(c: TxCtx, rows: readonly TierProposalRow[]): Promise<TierProposalDto[]> {
  if (rows.length === 0) return [];
  const partnerRows = await c.tx
    .select({ id: partners.id, name: partners.name, ownerId: partners.ownerId })
    .from(partners)
    .where(inArray(partners.id, [...new Set(rows.map((r) => r.partnerId))]));
  const partnerBy = new Map(partnerRows.map((p) => [p.id, p]));
  const names = new Map(
    (await c.tx.select({ id: programs.id, name: programs.name }).from(programs)).map((p) => [p.id, p.name] as const),
  );
  const tiers = await tierSummaries(
    c,
    rows.flatMap((r) => [r.fromTierId, r.toTierId]),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.decidedById),
  );
  const actor = policyActor(c);
  return rows
    .map((r) => {
      const partner = partnerBy.get(r.partnerId) ?? { id: r.partnerId, name: '', ownerId: null };
      return {
        ...r,
        partner,
        programName: names.get(r.programId) ?? '',
        fromTier: r.fromTierId ? (tiers.get(r.fromTierId) ?? null) : null,
        toTier: r.toTierId ? (tiers.get(r.toTierId) ?? null) : null,
        decidedBy: r.decidedById ? (people.get(r.decidedById) ?? null) : null,
        can: proposalPermissions(actor, r, partner),
      };
    })
    .sort((a, b) => a.partner.name.localeCompare(b.partner.name));
}

/** Proposals across runs (open ones by default): what waits for a decision. */
export async function listProposals(ctx: Ctx, filter: { status?: TierProposalRow['status'] }): Promise<TierProposalDto[]> {
  return withTx(ctx, async (c) => {
    assertCanSee(c);
    const rows = await c.tx
      .select()
      .from(tierProposals)
      .where(eq(tierProposals.status, filter.status ?? 'open'))
      .orderBy(desc(tierProposals.createdAt))
      .limit(500);
    return toProposalDtos(c, rows);
  });
}

async function loadProposalToDecide(c: TxCtx, id: string): Promise<{ row: TierProposalRow; dto: TierProposalDto }> {
  assertCanSee(c);
  const [row] = await c.tx.select().from(tierProposals).where(eq(tierProposals.id, id));
  if (!row) throw notFound('Tier proposal');
  const [dto] = await toProposalDtos(c, [row]);
  if (!dto) throw notFound('Tier proposal');
  if (row.status !== 'open') throw new AppError('CONFLICT', `This proposal is already ${row.status}`);
  if (!dto.can.approve) throw forbidden('Only admins and the partner’s owner decide on its tier');
  return { row, dto };
}

/** Approves a proposal: the partner's tier changes now, with the proposal in its history. */
export async function approveProposal(ctx: Ctx, id: string, input: { note?: string }): Promise<TierProposalDto> {
  return withTx(ctx, async (c) => {
    const { row, dto } = await loadProposalToDecide(c, id);
    const [membership] = await c.tx.select().from(programMemberships).where(eq(programMemberships.id, row.membershipId));
    if (!membership || membership.leftAt)
      throw new AppError('CONFLICT', 'The partner has left this program since the evaluation');
    if (membership.tierId !== row.fromTierId)
      throw new AppError('CONFLICT', 'The partner’s tier changed since the evaluation; run the evaluation again');
    const note = input.note?.trim() ?? '';
    const [run] = await c.tx
      .select({ label: tierEvaluationRuns.periodLabel })
      .from(tierEvaluationRuns)
      .where(eq(tierEvaluationRuns.id, row.runId));
    const reason = `${row.direction === 'promotion' ? 'Promotion' : 'Demotion'} approved (${run?.label ?? 'evaluation'})${note ? `: ${note}` : ''}`;
    await changeTier(c, membership, row.toTierId, reason, row.id);
    const after = await updateAudited(
      c,
      tierProposals,
      row,
      { status: 'approved', decidedById: policyActor(c).userId, decidedAt: c.now, decisionNote: note, updatedAt: c.now },
      PROPOSAL,
      {
        summary: `Approved the ${row.direction} of ${dto.partner.name}`,
        event: 'tier_proposal.approved',
        eventData: { toTierId: row.toTierId },
      },
    );
    return (await toProposalDtos(c, [after]))[0] as TierProposalDto;
  });
}

export async function rejectProposal(ctx: Ctx, id: string, input: { note?: string }): Promise<TierProposalDto> {
  return withTx(ctx, async (c) => {
    const { row, dto } = await loadProposalToDecide(c, id);
    const note = input.note?.trim() ?? '';
    const after = await updateAudited(
      c,
      tierProposals,
      row,
      { status: 'rejected', decidedById: policyActor(c).userId, decidedAt: c.now, decisionNote: note, updatedAt: c.now },
      PROPOSAL,
      {
        summary: `Rejected the ${row.direction} of ${dto.partner.name}${note ? `: ${note}` : ''}`,
        event: 'tier_proposal.rejected',
      },
    );
    return (await toProposalDtos(c, [after]))[0] as TierProposalDto;
  });
}

/** The scheduled run: on the first day of a fiscal quarter, the quarter that just ended. */
export async function scheduledEvaluation(ctx: Ctx): Promise<{ ran: boolean; runId?: string }> {
  const settings = await getSettings(ctx);
  const current = fiscalPeriodOf(ctx.now, settings.fiscalYearStartMonth, settings.timeZone);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: settings.timeZone }).format(ctx.now);
  if (today !== current.start) return { ran: false };
  const run = await runEvaluation(ctx, { trigger: 'schedule' });
  return { ran: true, runId: run.id };
}
