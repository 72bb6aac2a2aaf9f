import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { scopeOf, withTx } from '../../db/scope.js';
import { loadMetrics } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { AppError, invalidField, notFound } from '../../shared/errors.js';
import { forgetReference, referenceCacheOf } from '../../shared/reference-cache.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { byRank, type TierBenefits, type TierColor, type TierRequirement } from './tiers.rules.js';
import { type TierRow, tiers } from './tiers.schema.js';

export type TierInput = {
  /** The program the tier belongs to; the default program when left out. */
  programId?: string;
  name: string;
  rank: number;
  description?: string;
  color?: TierColor;
  requirements?: TierRequirement[];
  benefits?: TierBenefits;
};

const TIER: AuditedKind<TierRow> = {
  entityType: 'tier',
  partnerIdOf: () => null,
  labelOf: (t) => t.name,
  conflicts: {
    tiers_program_name_unique: { path: 'name', message: 'is already used by another tier of this program' },
    tiers_program_rank_unique: { path: 'rank', message: 'is already used by another tier of this program' },
  },
  inUse: 'Partners are still placed in this tier; move them to another tier first',
};

/** Tiers lowest rank first, of one program or of several (programs in no particular order). */
export async function listTiers(ctx: Ctx, filter: { programIds?: readonly string[] } = {}): Promise<TierRow[]> {
  if (filter.programIds?.length === 0) return [];
  const where = and(filter.programIds ? inArray(tiers.programId, [...filter.programIds]) : undefined, visibleTiers(ctx));
  return byRank(await withTx(ctx, (c) => c.tx.select().from(tiers).where(where)));
}

/**
 * A partner's people see the tiers of the programs their company is in (the memberships table
 * is the programs module's, partner-isolated by row-level security); vendor staff see them all.
 */
function visibleTiers(ctx: Ctx): SQL | undefined {
  if (scopeOf(ctx).kind === 'all') return undefined;
  return sql`${tiers.programId} IN (SELECT program_id FROM program_memberships WHERE left_at IS NULL)`;
}

/**
 * Metric keys a requirement may name: built-in types read their module's metric (declared even
 * before that module lands), `metric` names one of the metrics port, `custom` a recorded value.
 */
async function checkRequirements(requirements: readonly TierRequirement[] | undefined): Promise<void> {
  if (!requirements) return;
  const metrics = await loadMetrics();
  const seen = new Set<string>();
  for (const [i, r] of requirements.entries()) {
    if (seen.has(r.key)) throw invalidField(`requirements.${i}.key`, 'is used by another requirement of this tier');
    seen.add(r.key);
    if (r.type === 'metric' && !metrics.has(r.metric ?? ''))
      throw invalidField(`requirements.${i}.metric`, 'is not a known metric');
  }
}

async function loadTier(ctx: Ctx, id: string): Promise<TierRow> {
  const [row] = await withTx(ctx, (c) =>
    c.tx
      .select()
      .from(tiers)
      .where(and(eq(tiers.id, id), visibleTiers(c))),
  );
  if (!row) throw notFound('Tier');
  return row;
}

export const getTier = loadTier;

export async function createTier(ctx: Ctx, input: TierInput): Promise<TierRow> {
  await checkRequirements(input.requirements);
  const { programId, ...rest } = input;
  return withTx(ctx, async (c) => {
    if (programId) {
      // The program is the programs module's record; its table is read here for this one check.
      const found = await c.tx.execute(sql`SELECT 1 FROM programs WHERE id = ${programId}`);
      if (found.rows.length === 0) throw invalidField('programId', 'no such program');
    }
    return insertAudited(
      c,
      tiers,
      // A tier without a program goes to the default one (what POST /api/v1/tiers did before programs).
      { ...rest, programId: programId ?? sql`consort_default_program()`, createdAt: c.now, updatedAt: c.now },
      TIER,
    );
  });
}

export async function updateTier(ctx: Ctx, id: string, patch: Partial<Omit<TierInput, 'programId'>>): Promise<TierRow> {
  await checkRequirements(patch.requirements);
  return withTx(ctx, async (c) => {
    forgetReference(c, TIERS, id);
    return updateAudited(c, tiers, await loadTier(c, id), { ...patch, updatedAt: c.now }, TIER);
  });
}

/**
 * Deletes a tier no partner holds. A tier in use answers 409: deleting it would silently untier
 * its partners and blank the tier history that names it (docs/decisions/0095).
 */
export async function deleteTier(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadTier(c, id);
    // Memberships are the programs module's, partners the partners module's: read here for this one check.
    const used = await c.tx.execute<{ n: number }>(
      sql`SELECT ((SELECT count(*) FROM program_memberships WHERE tier_id = ${id} AND left_at IS NULL)
        + (SELECT count(*) FROM partners WHERE tier_id = ${id}))::int AS n`,
    );
    const n = Number(used.rows[0]?.n ?? 0);
    if (n > 0)
      throw new AppError(
        'CONFLICT',
        `${n === 1 ? 'A partner is' : `${n} partners are`} still in this tier; move them to another tier first`,
      );
    forgetReference(c, TIERS, id);
    await deleteAudited(c, tiers, before, TIER);
  });
}

/**
 * Puts a program's tiers in the order given (lowest first), keeping the ranks the program uses:
 * the tiers swap ranks, each change audited. `tierIds` names every tier of the program once.
 */
export async function reorderTiers(ctx: Ctx, programId: string, tierIds: readonly string[]): Promise<TierRow[]> {
  return withTx(ctx, async (c) => {
    const current = await listTiers(c, { programIds: [programId] });
    const byId = new Map(current.map((t) => [t.id, t]));
    if (tierIds.length !== current.length || new Set(tierIds).size !== tierIds.length || !tierIds.every((t) => byId.has(t)))
      throw invalidField('tierIds', 'must name each tier of the program once');
    const ranks = current.map((t) => t.rank).sort((a, b) => a - b);
    const moves = tierIds
      .map((tierId, i) => ({ before: byId.get(tierId) as TierRow, rank: ranks[i] as number }))
      .filter((m) => m.before.rank !== m.rank);
    if (moves.length === 0) return current;
    // Ranks are unique per program, checked per statement: park the moving tiers on negative ranks first.
    await c.tx
      .update(tiers)
      .set({ rank: sql`-1 - ${tiers.rank}` })
      .where(
        inArray(
          tiers.id,
          moves.map((m) => m.before.id),
        ),
      );
    for (const m of moves) {
      forgetReference(c, TIERS, m.before.id);
      await updateAudited(c, tiers, m.before, { rank: m.rank, updatedAt: c.now }, TIER, {
        summary: `Moved tier ${m.before.name} from rank ${m.before.rank} to ${m.rank}`,
      });
    }
    return listTiers(c, { programIds: [programId] });
  });
}

export async function assertTierExists(ctx: Ctx, id: string, path: string): Promise<void> {
  const [row] = await withTx(ctx, (c) => c.tx.select({ id: tiers.id }).from(tiers).where(eq(tiers.id, id)));
  if (!row) throw invalidField(path, 'no such tier');
}

export type TierSummary = Pick<TierRow, 'id' | 'name' | 'rank' | 'color' | 'programId'>;

const TIERS = 'tiers.summaries';

/** Tiers by id for the badges on every partner row; vendor-wide, so this process reuses them briefly. */
export async function tierSummaries(ctx: Ctx, ids: readonly (string | null)[]): Promise<Map<string, TierSummary>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const cache = referenceCacheOf<TierSummary>(ctx.db, TIERS);
  const { found, missing } = cache.lookup(wanted, Date.now());
  if (missing.length === 0) return found;
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: tiers.id, name: tiers.name, rank: tiers.rank, color: tiers.color, programId: tiers.programId })
      .from(tiers)
      .where(inArray(tiers.id, missing)),
  );
  const loaded = rows.map((r) => [r.id, r] as [string, TierSummary]);
  cache.remember(loaded, Date.now());
  for (const [id, tier] of loaded) found.set(id, tier);
  return found;
}
