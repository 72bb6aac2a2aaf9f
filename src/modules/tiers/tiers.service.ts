import { asc, eq, inArray } from 'drizzle-orm';
import { pgErrorOf } from '../../db/pg-error.js';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { AppError, invalidField, notFound } from '../../shared/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { type TierRow, tiers } from './tiers.schema.js';

export type TierInput = { name: string; rank: number; description?: string; color?: string };

export async function listTiers(ctx: Ctx): Promise<TierRow[]> {
  return withTx(ctx, (tx) => tx.select().from(tiers).orderBy(asc(tiers.rank)));
}

export async function getTier(ctx: Ctx, id: string): Promise<TierRow> {
  const [row] = await withTx(ctx, (tx) => tx.select().from(tiers).where(eq(tiers.id, id)));
  if (!row) throw notFound('Tier');
  return row;
}

function conflictFrom(error: unknown): never {
  const constraint = pgErrorOf(error)?.constraint;
  if (constraint === 'tiers_name_unique') {
    throw new AppError('CONFLICT', 'A tier with this name exists', { errors: [{ path: 'name', message: 'is already used' }] });
  }
  if (constraint === 'tiers_rank_unique') {
    throw new AppError('CONFLICT', 'A tier with this rank exists', { errors: [{ path: 'rank', message: 'is already used' }] });
  }
  throw error;
}

export async function createTier(ctx: Ctx, input: TierInput): Promise<TierRow> {
  return withTx(ctx, async (tx) => {
    const [row] = await tx
      .insert(tiers)
      .values({ ...input, createdAt: ctx.now, updatedAt: ctx.now })
      .returning()
      .catch(conflictFrom);
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, { action: 'create', entityType: 'tier', entityId: row.id, partnerId: null, after: row });
    return row;
  });
}

export async function updateTier(ctx: Ctx, id: string, patch: Partial<TierInput>): Promise<TierRow> {
  return withTx(ctx, async (tx) => {
    const [before] = await tx.select().from(tiers).where(eq(tiers.id, id));
    if (!before) throw notFound('Tier');
    const [after] = await tx
      .update(tiers)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(tiers.id, id))
      .returning()
      .catch(conflictFrom);
    if (!after) throw notFound('Tier');
    await recordAudit(tx, ctx, { action: 'update', entityType: 'tier', entityId: id, partnerId: null, before, after });
    return after;
  });
}

export async function deleteTier(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    const [before] = await tx.delete(tiers).where(eq(tiers.id, id)).returning();
    if (!before) throw notFound('Tier');
    await recordAudit(tx, ctx, { action: 'delete', entityType: 'tier', entityId: id, partnerId: null, before });
  });
}

export async function assertTierExists(ctx: Ctx, id: string, path: string): Promise<void> {
  const [row] = await withTx(ctx, (tx) => tx.select({ id: tiers.id }).from(tiers).where(eq(tiers.id, id)));
  if (!row) throw invalidField(path, 'no such tier');
}

export async function tierSummaries(ctx: Ctx, ids: readonly (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map<string, Pick<TierRow, 'id' | 'name' | 'rank' | 'color'>>();
  const rows = await withTx(ctx, (tx) =>
    tx
      .select({ id: tiers.id, name: tiers.name, rank: tiers.rank, color: tiers.color })
      .from(tiers)
      .where(inArray(tiers.id, wanted)),
  );
  return new Map(rows.map((r) => [r.id, r]));
}
