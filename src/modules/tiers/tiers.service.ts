import { eq, inArray } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { invalidField, notFound } from '../../shared/errors.js';
import { forgetReference, referenceCacheOf } from '../../shared/reference-cache.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { byRank, type TierColor } from './tiers.rules.js';
import { type TierRow, tiers } from './tiers.schema.js';

export type TierInput = { name: string; rank: number; description?: string; color?: TierColor };

const TIER: AuditedKind<TierRow> = {
  entityType: 'tier',
  partnerIdOf: () => null,
  labelOf: (t) => t.name,
  conflicts: {
    tiers_name_unique: { path: 'name', message: 'is already used by another tier' },
    tiers_rank_unique: { path: 'rank', message: 'is already used by another tier' },
  },
  inUse: 'Partners are still placed in this tier; move them to another tier first',
};

export async function listTiers(ctx: Ctx): Promise<TierRow[]> {
  return byRank(await withTx(ctx, (c) => c.tx.select().from(tiers)));
}

async function loadTier(ctx: Ctx, id: string): Promise<TierRow> {
  const [row] = await withTx(ctx, (c) => c.tx.select().from(tiers).where(eq(tiers.id, id)));
  if (!row) throw notFound('Tier');
  return row;
}

export const getTier = loadTier;

export async function createTier(ctx: Ctx, input: TierInput): Promise<TierRow> {
  return withTx(ctx, (c) => insertAudited(c, tiers, { ...input, createdAt: c.now, updatedAt: c.now }, TIER));
}

export async function updateTier(ctx: Ctx, id: string, patch: Partial<TierInput>): Promise<TierRow> {
  return withTx(ctx, async (c) => {
    forgetReference(c, TIERS, id);
    return updateAudited(c, tiers, await loadTier(c, id), { ...patch, updatedAt: c.now }, TIER);
  });
}

export async function deleteTier(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    forgetReference(c, TIERS, id);
    await deleteAudited(c, tiers, await loadTier(c, id), TIER);
  });
}

export async function assertTierExists(ctx: Ctx, id: string, path: string): Promise<void> {
  const [row] = await withTx(ctx, (c) => c.tx.select({ id: tiers.id }).from(tiers).where(eq(tiers.id, id)));
  if (!row) throw invalidField(path, 'no such tier');
}

export type TierSummary = Pick<TierRow, 'id' | 'name' | 'rank' | 'color'>;

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
      .select({ id: tiers.id, name: tiers.name, rank: tiers.rank, color: tiers.color })
      .from(tiers)
      .where(inArray(tiers.id, missing)),
  );
  const loaded = rows.map((r) => [r.id, r] as [string, TierSummary]);
  cache.remember(loaded, Date.now());
  for (const [id, tier] of loaded) found.set(id, tier);
  return found;
}
