import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type AuditedKind, deleteAudited, insertAudited, insertManyAudited, updateAudited } from '../audit/index.js';
import { type PersonSummary, personSummaries } from '../directory/index.js';
import { type LifecycleStage, partners, transitionStage } from '../partners/index.js';
import { metricInfo, metricValues } from './programs.metrics.js';
import { mayDecideFor, mayManagePrograms, maySeeEvaluations } from './programs.policy.js';
import { type MilestoneEvidence, type MilestoneOperator, milestoneApplies, milestoneReached } from './programs.rules.js';
import { type MilestoneProposalRow, type MilestoneRuleRow, milestoneProposals, milestoneRules } from './programs.schema.js';

const RULE: AuditedKind<MilestoneRuleRow> = {
  entityType: 'milestone_rule',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
  conflicts: { milestone_rules_name_unique: { path: 'name', message: 'is already used by another rule' } },
};

const PROPOSAL: AuditedKind<MilestoneProposalRow> = {
  entityType: 'milestone_proposal',
  partnerIdOf: (p) => p.partnerId,
  labelOf: (p) => `${p.fromStage} → ${p.toStage}`,
};

export type MilestoneRuleInput = {
  name: string;
  fromStages: LifecycleStage[];
  toStage: LifecycleStage;
  metric: string;
  operator: MilestoneOperator;
  threshold: number;
  active?: boolean;
};

function assertVendor(c: TxCtx, manage = false): void {
  const actor = policyActor(c);
  if (manage ? !mayManagePrograms(actor) : !maySeeEvaluations(actor))
    throw forbidden('Milestone rules are the vendor’s internal view');
}

async function checkRule(input: Partial<MilestoneRuleInput>): Promise<void> {
  if (input.metric !== undefined && !(await metricInfo(input.metric))) throw invalidField('metric', 'is not a known metric');
  if (input.fromStages && input.toStage && input.fromStages.includes(input.toStage))
    throw invalidField('toStage', 'must differ from the stages it moves from');
}

export async function listMilestoneRules(ctx: Ctx): Promise<MilestoneRuleRow[]> {
  return withTx(ctx, async (c) => {
    assertVendor(c);
    return c.tx.select().from(milestoneRules).orderBy(asc(milestoneRules.name));
  });
}

async function loadRule(c: TxCtx, id: string): Promise<MilestoneRuleRow> {
  const [row] = await c.tx.select().from(milestoneRules).where(eq(milestoneRules.id, id));
  if (!row) throw notFound('Milestone rule');
  return row;
}

export async function createMilestoneRule(ctx: Ctx, input: MilestoneRuleInput): Promise<MilestoneRuleRow> {
  await checkRule(input);
  return withTx(ctx, async (c) => {
    assertVendor(c, true);
    return insertAudited(c, milestoneRules, { ...input, createdAt: c.now, updatedAt: c.now }, RULE);
  });
}

export async function updateMilestoneRule(ctx: Ctx, id: string, patch: Partial<MilestoneRuleInput>): Promise<MilestoneRuleRow> {
  return withTx(ctx, async (c) => {
    assertVendor(c, true);
    const before = await loadRule(c, id);
    await checkRule({ fromStages: before.fromStages as LifecycleStage[], toStage: before.toStage as LifecycleStage, ...patch });
    return updateAudited(c, milestoneRules, before, { ...patch, updatedAt: c.now }, RULE);
  });
}

export async function deleteMilestoneRule(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    assertVendor(c, true);
    await deleteAudited(c, milestoneRules, await loadRule(c, id), RULE);
  });
}

/**
 * Checks the active rules (or one, or one partner) set-based: per rule, the partners in its
 * from-stages, the metric for all of them in one query, a proposal (with the evidence) for each
 * that reached the threshold and has none open. Open proposals whose partner has left the
 * rule's from-stages are superseded. Nothing moves until a person confirms.
 */
export async function checkMilestones(
  ctx: Ctx,
  scope: { ruleId?: string; partnerId?: string } = {},
): Promise<{ proposed: number }> {
  return withTx(ctx, async (c) => {
    assertVendor(c, true);
    const rules = await c.tx
      .select()
      .from(milestoneRules)
      .where(and(eq(milestoneRules.active, true), scope.ruleId ? eq(milestoneRules.id, scope.ruleId) : undefined));
    // Stale proposals first: the partner moved on.
    await c.tx.execute(sql`UPDATE ${milestoneProposals} mp SET status = 'superseded', updated_at = ${c.now.toISOString()}::timestamptz
      FROM ${partners} p WHERE p.id = mp.partner_id AND mp.status = 'open' AND p.lifecycle_stage <> mp.from_stage`);
    let proposed = 0;
    for (const rule of rules) {
      const candidates = await c.tx
        .select({ id: partners.id, stage: partners.lifecycleStage })
        .from(partners)
        .where(
          and(
            inArray(partners.lifecycleStage, rule.fromStages as LifecycleStage[]),
            scope.partnerId ? eq(partners.id, scope.partnerId) : undefined,
          ),
        );
      const eligible = candidates.filter((p) => milestoneApplies(rule, p.stage));
      if (eligible.length === 0) continue;
      const values =
        (
          await metricValues(
            c,
            [rule.metric],
            eligible.map((p) => p.id),
            c.now,
          )
        ).get(rule.metric) ?? new Map();
      const info = await metricInfo(rule.metric);
      const rows = eligible
        .filter((p) => milestoneReached(values.get(p.id) ?? null, rule.operator, rule.threshold))
        .map((p) => ({
          ruleId: rule.id,
          partnerId: p.id,
          fromStage: p.stage,
          toStage: rule.toStage,
          evidence: {
            metric: rule.metric,
            label: info?.label ?? rule.metric,
            unit: info?.unit ?? 'count',
            operator: rule.operator,
            threshold: rule.threshold,
            actual: values.get(p.id) ?? null,
            asOf: c.now.toISOString(),
          } satisfies MilestoneEvidence,
          createdAt: c.now,
          updatedAt: c.now,
        }));
      if (rows.length === 0) continue;
      const open = await c.tx
        .select({ partnerId: milestoneProposals.partnerId })
        .from(milestoneProposals)
        .where(and(eq(milestoneProposals.ruleId, rule.id), eq(milestoneProposals.status, 'open')));
      const already = new Set(open.map((o) => o.partnerId));
      const fresh = rows.filter((r) => !already.has(r.partnerId));
      await insertManyAudited(c, milestoneProposals, fresh, PROPOSAL, {
        summaryOf: (p) => `Milestone “${rule.name}” reached: propose ${p.toStage}`,
      });
      proposed += fresh.length;
    }
    return { proposed };
  });
}

export type MilestoneProposalDto = MilestoneProposalRow & {
  partner: { id: string; name: string };
  ruleName: string;
  decidedBy: PersonSummary | null;
  can: { confirm: boolean; dismiss: boolean };
};

async function toDtos(c: TxCtx, rows: readonly MilestoneProposalRow[]): Promise<MilestoneProposalDto[]> {
  if (rows.length === 0) return [];
  const ps = await c.tx
    .select({ id: partners.id, name: partners.name, ownerId: partners.ownerId })
    .from(partners)
    .where(inArray(partners.id, [...new Set(rows.map((r) => r.partnerId))]));
  const by = new Map(ps.map((p) => [p.id, p]));
  const rules = new Map(
    (await c.tx.select({ id: milestoneRules.id, name: milestoneRules.name }).from(milestoneRules)).map(
      (r) => [r.id, r.name] as const,
    ),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.decidedById),
  );
  const actor = policyActor(c);
  return rows.map((r) => {
    const p = by.get(r.partnerId) ?? { id: r.partnerId, name: '', ownerId: null };
    const decide = r.status === 'open' && mayDecideFor(actor, p);
    return {
      ...r,
      partner: { id: p.id, name: p.name },
      ruleName: rules.get(r.ruleId) ?? '',
      decidedBy: r.decidedById ? (people.get(r.decidedById) ?? null) : null,
      can: { confirm: decide, dismiss: decide },
    };
  });
}

export async function listMilestoneProposals(
  ctx: Ctx,
  filter: { status?: MilestoneProposalRow['status']; partnerId?: string },
): Promise<MilestoneProposalDto[]> {
  return withTx(ctx, async (c) => {
    assertVendor(c);
    const rows = await c.tx
      .select()
      .from(milestoneProposals)
      .where(
        and(
          filter.status ? eq(milestoneProposals.status, filter.status) : undefined,
          filter.partnerId ? eq(milestoneProposals.partnerId, filter.partnerId) : undefined,
        ),
      )
      .orderBy(desc(milestoneProposals.createdAt))
      .limit(500);
    return toDtos(c, rows);
  });
}

async function loadToDecide(c: TxCtx, id: string): Promise<{ row: MilestoneProposalRow; dto: MilestoneProposalDto }> {
  assertVendor(c);
  const [row] = await c.tx.select().from(milestoneProposals).where(eq(milestoneProposals.id, id));
  if (!row) throw notFound('Milestone proposal');
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw notFound('Milestone proposal');
  if (row.status !== 'open') throw new AppError('CONFLICT', `This proposal is already ${row.status}`);
  if (!dto.can.confirm) throw forbidden('Only admins and the partner’s owner move it through its lifecycle');
  return { row, dto };
}

function describe(e: MilestoneEvidence): string {
  return `${e.label} ${e.actual ?? 'no data'} ${e.operator} ${e.threshold}`;
}

/** Confirms: the partner moves along its lifecycle (the existing stage transition), with the rule as the reason. */
export async function confirmMilestone(ctx: Ctx, id: string, input: { note?: string }): Promise<MilestoneProposalDto> {
  return withTx(ctx, async (c) => {
    const { row, dto } = await loadToDecide(c, id);
    const note = input.note?.trim() ?? '';
    await transitionStage(c, row.partnerId, {
      toStage: row.toStage as LifecycleStage,
      reason: `Milestone rule “${dto.ruleName}”: ${describe(row.evidence)}${note ? ` — ${note}` : ''}`,
    });
    const after = await updateAudited(
      c,
      milestoneProposals,
      row,
      { status: 'confirmed', decidedById: policyActor(c).userId, decidedAt: c.now, decisionNote: note, updatedAt: c.now },
      PROPOSAL,
      { summary: `Confirmed the milestone “${dto.ruleName}” for ${dto.partner.name}`, event: 'milestone_proposal.confirmed' },
    );
    return (await toDtos(c, [after]))[0] as MilestoneProposalDto;
  });
}

export async function dismissMilestone(ctx: Ctx, id: string, input: { note?: string }): Promise<MilestoneProposalDto> {
  return withTx(ctx, async (c) => {
    const { row, dto } = await loadToDecide(c, id);
    const note = input.note?.trim() ?? '';
    const after = await updateAudited(
      c,
      milestoneProposals,
      row,
      { status: 'dismissed', decidedById: policyActor(c).userId, decidedAt: c.now, decisionNote: note, updatedAt: c.now },
      PROPOSAL,
      { summary: `Dismissed the milestone “${dto.ruleName}” for ${dto.partner.name}`, event: 'milestone_proposal.dismissed' },
    );
    return (await toDtos(c, [after]))[0] as MilestoneProposalDto;
  });
}
