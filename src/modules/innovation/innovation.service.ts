import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, type FieldError, forbidden } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { assertVendorUser, type PersonSummary, personSummaries, visiblePartner, visiblePartners } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { decidesIdeas, type IdeaPermissions, ideaPermissions, maySubmitIdea, REVIEWER_ROLES } from './innovation.policy.js';
import { averageScores, decideStage, funnelCounts, type IdeaStage, mayEditIdea, scoreProblems } from './innovation.rules.js';
import { type IdeaRow, innovationDecisions, innovationIdeas, innovationReviews } from './innovation.schema.js';

const IDEA: AuditedKind<IdeaRow> = {
  entityType: 'innovation_idea',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.title,
};

export type IdeaInput = { title: string; problem?: string; proposal: string; expectedValue?: string };

export type ReviewDto = {
  reviewer: PersonSummary;
  scored: boolean;
  /** Individual scores and comments are the vendor's: null for the partner's people. */
  value: number | null;
  feasibility: number | null;
  comment: string | null;
  scoredAt: Date | null;
};

export type DecisionDto = {
  id: string;
  fromStage: IdeaStage;
  toStage: IdeaStage;
  reason: string;
  decidedBy: PersonSummary | null;
  decidedAt: Date;
};

export type IdeaDto = IdeaRow & {
  partnerName: string;
  submittedBy: PersonSummary | null;
  reviews: ReviewDto[];
  /** The reviewers' averages in tenths (42 = 4.2), and how many scored. */
  scores: { value: number | null; feasibility: number | null; count: number };
  decisions: DecisionDto[];
  can: IdeaPermissions;
};

async function ideaDtos(c: TxCtx, rows: readonly IdeaRow[]): Promise<IdeaDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const reviews = await c.tx.select().from(innovationReviews).where(inArray(innovationReviews.ideaId, ids));
  const decisions = await c.tx
    .select()
    .from(innovationDecisions)
    .where(inArray(innovationDecisions.ideaId, ids))
    .orderBy(asc(innovationDecisions.decidedAt), asc(innovationDecisions.id));
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(c, [
    ...rows.map((r) => r.submittedById),
    ...reviews.map((r) => r.reviewerId),
    ...decisions.map((d) => d.decidedById),
  ]);
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    const mine = reviews.filter((r) => r.ideaId === row.id);
    const assigned = actor.userId !== null && mine.some((r) => r.reviewerId === actor.userId);
    const can = ideaPermissions(actor, row, partner, assigned);
    const scored = mine.flatMap((r) =>
      r.value !== null && r.feasibility !== null ? [{ value: r.value, feasibility: r.feasibility }] : [],
    );
    return {
      ...row,
      partnerName: partner.name,
      submittedBy: row.submittedById ? (people.get(row.submittedById) ?? null) : null,
      reviews: mine.flatMap((r) => {
        const reviewer = people.get(r.reviewerId);
        if (!reviewer) return [];
        return [
          {
            reviewer,
            scored: r.scoredAt !== null,
            value: can.seeReviews ? r.value : null,
            feasibility: can.seeReviews ? r.feasibility : null,
            comment: can.seeReviews ? r.comment : null,
            scoredAt: r.scoredAt,
          },
        ];
      }),
      scores: averageScores(scored),
      decisions: decisions
        .filter((d) => d.ideaId === row.id)
        .map((d) => ({
          id: d.id,
          fromStage: d.fromStage,
          toStage: d.toStage,
          reason: d.reason,
          decidedBy: d.decidedById ? (people.get(d.decidedById) ?? null) : null,
          decidedAt: d.decidedAt,
        })),
      can,
    };
  });
}

async function ideaDto(c: TxCtx, row: IdeaRow): Promise<IdeaDto> {
  const [dto] = await ideaDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadIdea(c: TxCtx, id: string, lock = false): Promise<IdeaRow> {
  return loadScoped(c, innovationIdeas, id, 'Idea', { lock });
}

export type IdeaListQuery = { partnerId?: string[]; stage?: IdeaStage[]; limit: number; cursor?: string; sort: string };

/** Ideas in the caller's scope (a partner's people: their company's), newest first by default. */
export async function listIdeas(ctx: Ctx, query: IdeaListQuery): Promise<Page<IdeaDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'innovation_ideas',
      query.sort,
      { createdAt: innovationIdeas.createdAt, stageChangedAt: innovationIdeas.stageChangedAt, title: innovationIdeas.title },
      innovationIdeas.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, innovationIdeas.partnerId),
      query.partnerId?.length ? inArray(innovationIdeas.partnerId, query.partnerId) : undefined,
      query.stage?.length ? inArray(innovationIdeas.stage, query.stage) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(innovationIdeas)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await ideaDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/** How many ideas are at each stage, in the caller's scope (optionally for some partners). */
export async function ideaFunnel(
  ctx: Ctx,
  partnerIds?: string[],
): Promise<{ partnerId: string | null; stages: Record<IdeaStage, number> }> {
  return withTx(ctx, async (c) => {
    const scope = scopeOf(c);
    const partnerId = scope.kind === 'partner' ? scope.partnerId : partnerIds?.length === 1 ? (partnerIds[0] ?? null) : null;
    const rows = await c.tx
      .select({ stage: innovationIdeas.stage, count: sql<number>`count(*)`.mapWith(Number) })
      .from(innovationIdeas)
      .where(
        and(
          partnerFilter(c, innovationIdeas.partnerId),
          partnerIds?.length ? inArray(innovationIdeas.partnerId, partnerIds) : undefined,
        ),
      )
      .groupBy(innovationIdeas.stage);
    return { partnerId, stages: funnelCounts(rows) };
  });
}

export async function getIdea(ctx: Ctx, id: string): Promise<IdeaDto> {
  return withTx(ctx, async (c) => ideaDto(c, await loadIdea(c, id)));
}

/** A partner's people submit an idea for their company (the alliance's managers for the partner); its manager is told. */
export async function submitIdea(ctx: Ctx, partnerId: string, input: IdeaInput): Promise<IdeaDto> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    if (!maySubmitIdea(policyActor(c), partner)) throw forbidden('The partner’s people and the alliance’s managers submit ideas');
    const row = await insertAudited(
      c,
      innovationIdeas,
      {
        partnerId,
        title: input.title,
        problem: input.problem ?? '',
        proposal: input.proposal,
        expectedValue: input.expectedValue ?? '',
        stage: 'submission',
        submittedById: actorUserId(c),
        stageChangedAt: c.now,
        createdAt: c.now,
        updatedAt: c.now,
      },
      IDEA,
      { event: 'innovation_idea.submitted' },
    );
    const me = actorUserId(c);
    if (partner.ownerId && partner.ownerId !== me) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'innovation.submitted',
        title: isPartnerRole(policyActor(c).role)
          ? `${partner.name} submitted an idea: ${row.title}`
          : `An idea was recorded for ${partner.name}: ${row.title}`,
        body: 'Assign reviewers and decide whether it goes on to feasibility.',
        link: `/innovation/${row.id}`,
        entity: { type: 'innovation_idea', id: row.id },
        partnerId,
      });
    }
    return ideaDto(c, row);
  });
}

export async function updateIdea(ctx: Ctx, id: string, patch: Partial<IdeaInput>): Promise<IdeaDto> {
  return withTx(ctx, async (c) => {
    const before = await loadIdea(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!mayEditIdea(before.stage))
      throw new AppError('INVALID_TRANSITION', `an idea at ${before.stage} no longer changes`, {
        errors: [{ path: 'stage', message: 'only an idea at submission is edited' }],
      });
    if (!ideaPermissions(policyActor(c), before, partner, false).edit)
      throw forbidden('An idea is edited by whoever submitted it, its company’s admin, or the alliance’s managers');
    const after = await updateAudited(c, innovationIdeas, before, { ...patch, updatedAt: c.now }, IDEA);
    return ideaDto(c, after);
  });
}

/**
 * The alliance's managers name the idea's reviewers (vendor staff). Reviewers who stay keep
 * their scores; new ones are told.
 */
export async function setReviewers(ctx: Ctx, id: string, reviewerIds: string[]): Promise<IdeaDto> {
  return withTx(ctx, async (c) => {
    const idea = await loadIdea(c, id, true);
    const partner = await visiblePartner(c, idea.partnerId);
    if (!ideaPermissions(policyActor(c), idea, partner, false).decide)
      throw forbidden('The alliance’s managers assign reviewers to its open ideas');
    const wanted = [...new Set(reviewerIds)];
    for (const [i, rid] of wanted.entries()) await assertVendorUser(c, rid, REVIEWER_ROLES, `reviewerIds.${i}`);
    const existing = await c.tx.select().from(innovationReviews).where(eq(innovationReviews.ideaId, id));
    const had = new Set(existing.map((r) => r.reviewerId));
    const removed = existing.filter((r) => !wanted.includes(r.reviewerId)).map((r) => r.reviewerId);
    const added = wanted.filter((r) => !had.has(r));
    if (removed.length > 0)
      await c.tx
        .delete(innovationReviews)
        .where(and(eq(innovationReviews.ideaId, id), inArray(innovationReviews.reviewerId, removed)));
    if (added.length > 0)
      await c.tx
        .insert(innovationReviews)
        .values(added.map((reviewerId) => ({ ideaId: id, reviewerId, partnerId: idea.partnerId, createdAt: c.now })));
    if (added.length > 0 || removed.length > 0) {
      await recordChange(c, {
        action: 'update',
        entityType: IDEA.entityType,
        entityId: idea.id,
        partnerId: idea.partnerId,
        before: { reviewerIds: [...had].sort() },
        after: { reviewerIds: [...wanted].sort() },
        event: 'innovation_idea.reviewers_assigned',
        eventData: { added, removed },
        summary: `Reviewers of ${idea.title}`,
      });
    }
    const notMe = added.filter((r) => r !== actorUserId(c));
    if (notMe.length > 0) {
      await notify(c, {
        to: notMe,
        kind: 'innovation.review_assigned',
        title: `Review the idea ${idea.title}`,
        body: `${partner.name}’s idea waits for your value and feasibility scores.`,
        link: `/innovation/${idea.id}`,
        entity: { type: 'innovation_idea', id: idea.id },
        partnerId: idea.partnerId,
      });
    }
    return ideaDto(c, idea);
  });
}

export type ScoreInput = { value: number; feasibility: number; comment?: string };

/** An assigned reviewer scores the idea's value and feasibility (1–5); scoring again replaces it. */
export async function scoreIdea(ctx: Ctx, id: string, input: ScoreInput): Promise<IdeaDto> {
  const problems: FieldError[] = scoreProblems(input);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  return withTx(ctx, async (c) => {
    const idea = await loadIdea(c, id);
    const partner = await visiblePartner(c, idea.partnerId);
    const me = actorUserId(c);
    const [review] = me
      ? await c.tx
          .select()
          .from(innovationReviews)
          .where(and(eq(innovationReviews.ideaId, id), eq(innovationReviews.reviewerId, me)))
          .for('update')
      : [];
    if (!ideaPermissions(policyActor(c), idea, partner, review !== undefined).score)
      throw forbidden('Only the idea’s assigned reviewers score it, until it is launched or stopped');
    if (!review || !me) throw forbidden('Only the idea’s assigned reviewers score it');
    const after = { value: input.value, feasibility: input.feasibility, comment: input.comment ?? '', scoredAt: c.now };
    await c.tx
      .update(innovationReviews)
      .set(after)
      .where(and(eq(innovationReviews.ideaId, id), eq(innovationReviews.reviewerId, me)));
    await recordChange(c, {
      action: 'update',
      entityType: IDEA.entityType,
      entityId: idea.id,
      partnerId: idea.partnerId,
      before: { value: review.value, feasibility: review.feasibility, comment: review.comment },
      after: { value: after.value, feasibility: after.feasibility, comment: after.comment },
      event: 'innovation_idea.scored',
      eventData: { reviewerId: me, value: input.value, feasibility: input.feasibility },
      summary: `Scored ${idea.title}`,
    });
    return ideaDto(c, idea);
  });
}

/**
 * A stage decision by the alliance's managers: forward one stage, or stopped with a reason
 * (innovation.rules.ts). Kept in the idea's history; whoever submitted the idea is told.
 */
export async function decideIdea(ctx: Ctx, id: string, input: { stage: IdeaStage; reason?: string }): Promise<IdeaDto> {
  return withTx(ctx, async (c) => {
    const before = await loadIdea(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!decidesIdeas(policyActor(c), partner)) throw forbidden('The alliance’s managers decide an idea’s stage');
    const reason = input.reason?.trim() ?? '';
    const verdict = decideStage(before.stage, input.stage, reason);
    if (!verdict.allowed) {
      const path = input.stage === 'stopped' && !reason ? 'reason' : 'stage';
      throw new AppError('INVALID_TRANSITION', verdict.reason, { errors: [{ path, message: verdict.reason }] });
    }
    const stopped = input.stage === 'stopped';
    const after = await updateAudited(
      c,
      innovationIdeas,
      before,
      {
        stage: input.stage,
        stopReason: stopped ? reason : before.stopReason,
        stoppedAt: stopped ? before.stage : before.stoppedAt,
        stageChangedAt: c.now,
        updatedAt: c.now,
      },
      IDEA,
      { event: 'innovation_idea.stage_changed', eventData: { from: before.stage, to: input.stage, reason } },
    );
    await c.tx.insert(innovationDecisions).values({
      ideaId: before.id,
      partnerId: before.partnerId,
      fromStage: before.stage,
      toStage: input.stage,
      reason,
      decidedById: actorUserId(c),
      decidedAt: c.now,
    });
    if (before.submittedById && before.submittedById !== actorUserId(c)) {
      await notify(c, {
        to: [before.submittedById],
        kind: 'innovation.decided',
        title: stopped ? `Your idea ${before.title} was stopped` : `Your idea ${before.title} moves to ${input.stage}`,
        body: reason || 'See the idea for what comes next.',
        link: `/innovation/${before.id}`,
        entity: { type: 'innovation_idea', id: before.id },
        partnerId: before.partnerId,
      });
    }
    return ideaDto(c, after);
  });
}
