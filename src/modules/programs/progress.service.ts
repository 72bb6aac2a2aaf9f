import { and, eq, isNull } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { type Ctx, policyActor } from '../../shared/context.js';
import { forbidden } from '../../shared/errors.js';
import { recordChange } from '../audit/index.js';
import { getPartner } from '../partners/index.js';
import { byRank, listTiers, nextTierUp, type TierRow } from '../tiers/index.js';
import { metricValues, requirementSpecs, valuesFor } from './programs.metrics.js';
import { mayDecideFor } from './programs.policy.js';
import { type Progress, progressTowards, type RequirementProgress } from './programs.rules.js';
import { customMetricValues, programMemberships, programs } from './programs.schema.js';

type TierRef = { id: string; name: string; rank: number; color: string };

export type ProgramProgress = {
  program: { id: string; name: string; isDefault: boolean };
  membershipId: string;
  currentTier: TierRef | null;
  nextTier: TierRef | null;
  /** Towards the next tier (at the top: what keeps the current one). */
  requirements: RequirementProgress[];
  metCount: number;
  total: number;
  /** Whether the partner still meets its current tier (null: it has none; requirements without data count as held). */
  holdsCurrentTier: boolean | null;
  currentRequirements: RequirementProgress[];
};

export type TierProgressDto = {
  partnerId: string;
  asOf: Date;
  /** The default program's answer (or the first program's), repeated at the top for simple clients. */
  currentTier: TierRef | null;
  nextTier: TierRef | null;
  requirements: RequirementProgress[];
  programs: ProgramProgress[];
};

const ref = (t: TierRow | null | undefined): TierRef | null =>
  t ? { id: t.id, name: t.name, rank: t.rank, color: t.color } : null;

/**
 * Where a partner stands in each program it is in: its tier, the next one, and each requirement
 * of the next tier with required vs actual and what is missing. One query per metric for all its
 * programs together.
 */
export async function tierProgress(ctx: Ctx, partnerId: string): Promise<TierProgressDto> {
  return withTx(ctx, async (c) => {
    await getPartner(c, partnerId);
    const rows = await c.tx
      .select({
        membership: programMemberships,
        program: { id: programs.id, name: programs.name, isDefault: programs.isDefault },
      })
      .from(programMemberships)
      .innerJoin(programs, eq(programs.id, programMemberships.programId))
      .where(and(eq(programMemberships.partnerId, partnerId), isNull(programMemberships.leftAt)));
    rows.sort(
      (a, b) => Number(b.program.isDefault) - Number(a.program.isDefault) || a.program.name.localeCompare(b.program.name),
    );
    const tiers = await listTiers(c, { programIds: rows.map((r) => r.program.id) });
    const specs = new Map<string, Awaited<ReturnType<typeof requirementSpecs>>>();
    for (const t of tiers) specs.set(t.id, await requirementSpecs(t.requirements));
    const keys = [...specs.values()].flatMap((list) => list.map((s) => s.metric));
    const values = valuesFor(await metricValues(c, keys, [partnerId], c.now), partnerId);
    const out: ProgramProgress[] = rows.map(({ membership, program }) => {
      const ladder = byRank(tiers.filter((t) => t.programId === program.id));
      const current = ladder.find((t) => t.id === membership.tierId) ?? null;
      const next = nextTierUp(ladder, current?.id ?? null);
      const towards: Progress = progressTowards(specs.get((next ?? current)?.id ?? '') ?? [], values);
      const holding = current ? progressTowards(specs.get(current.id) ?? [], values) : null;
      return {
        program,
        membershipId: membership.id,
        currentTier: ref(current),
        nextTier: ref(next),
        requirements: towards.requirements,
        metCount: towards.metCount,
        total: towards.total,
        holdsCurrentTier: holding ? holding.requirements.every((r) => r.met !== false) : null,
        currentRequirements: holding?.requirements ?? [],
      };
    });
    const first = out[0];
    return {
      partnerId,
      asOf: c.now,
      currentTier: first?.currentTier ?? null,
      nextTier: first?.nextTier ?? null,
      requirements: first?.requirements ?? [],
      programs: out,
    };
  });
}

/** Records a partner's value for a `custom` requirement or rule (`custom.<key>`), replacing the last one. */
export async function setCustomValue(ctx: Ctx, partnerId: string, key: string, input: { value: number; note?: string }) {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    if (!mayDecideFor(policyActor(c), partner)) throw forbidden('Only admins and the partner’s owner record its values');
    const values = {
      partnerId,
      key,
      value: input.value,
      note: input.note?.trim() ?? '',
      recordedById: policyActor(c).userId,
      recordedAt: c.now,
    };
    const [row] = await c.tx
      .insert(customMetricValues)
      .values(values)
      .onConflictDoUpdate({ target: [customMetricValues.partnerId, customMetricValues.key], set: values })
      .returning();
    if (!row) throw new Error('upsert returned no row');
    await recordChange(c, {
      action: 'update',
      entityType: 'custom_metric_value',
      entityId: row.id,
      partnerId,
      after: row,
      summary: `Recorded ${key} = ${input.value} for ${partner.name}`,
      event: 'custom_metric_value.recorded',
      eventData: { key, value: input.value },
    });
    return row;
  });
}

export async function listCustomValues(ctx: Ctx, partnerId: string) {
  return withTx(ctx, async (c) => {
    await getPartner(c, partnerId);
    return c.tx.select().from(customMetricValues).where(eq(customMetricValues.partnerId, partnerId));
  });
}
