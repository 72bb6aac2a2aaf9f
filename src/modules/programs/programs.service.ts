import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { scopeOf, withTx } from '../../db/scope.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { createTier, listTiers, reorderTiers, type TierInput, type TierRow } from '../tiers/index.js';
import { mayManagePrograms, type ProgramPermissions, programPermissions } from './programs.policy.js';
import type { CommercialModel, ProgramKind } from './programs.rules.js';
import { type ProgramRow, programMemberships, programs } from './programs.schema.js';

export type ProgramInput = {
  name: string;
  kind: ProgramKind;
  description?: string;
  commercialModel: CommercialModel;
  demotionGraceDays?: number;
  status?: 'active' | 'retired';
};

export type ProgramDto = ProgramRow & { memberCount: number; tierCount: number; can: ProgramPermissions };

export const PROGRAM: AuditedKind<ProgramRow> = {
  entityType: 'program',
  partnerIdOf: () => null,
  labelOf: (p) => p.name,
  conflicts: { programs_name_unique: { path: 'name', message: 'is already used by another program' } },
  inUse: 'Partners or tiers still belong to this program; remove them first',
};

/**
 * Programs the caller sees: vendor staff all of them; a partner's people only those their
 * company is a member of now (memberships are partner-isolated, so the subquery sees theirs only).
 */
function visiblePrograms(ctx: Ctx) {
  if (scopeOf(ctx).kind === 'all') return undefined;
  return inArray(programs.id, sqlSubquery());
}

function sqlSubquery() {
  return sql`(SELECT ${programMemberships.programId} FROM ${programMemberships} WHERE ${programMemberships.leftAt} IS NULL)`;
}

async function toDtos(c: TxCtx, rows: readonly ProgramRow[]): Promise<ProgramDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const counts = await c.tx
    .select({
      id: programs.id,
      members: sql<number>`(SELECT count(*) FROM ${programMemberships} m WHERE m.program_id = ${programs.id} AND m.left_at IS NULL)::int`,
      tiers: sql<number>`(SELECT count(*) FROM tiers t WHERE t.program_id = ${programs.id})::int`,
    })
    .from(programs)
    .where(inArray(programs.id, ids));
  const byId = new Map(counts.map((r) => [r.id, r]));
  const actor = policyActor(c);
  return rows.map((row) => ({
    ...row,
    memberCount: byId.get(row.id)?.members ?? 0,
    tierCount: byId.get(row.id)?.tiers ?? 0,
    can: programPermissions(actor, row),
  }));
}

export async function listPrograms(ctx: Ctx, filter: { status?: 'active' | 'retired' } = {}): Promise<ProgramDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(programs)
      .where(and(visiblePrograms(c), filter.status ? eq(programs.status, filter.status) : undefined))
      .orderBy(sql`${programs.isDefault} DESC`, asc(programs.name));
    return toDtos(c, rows);
  });
}

/** A program the caller may see, or 404 (a partner asking about a program it is not in). */
export async function loadProgram(c: TxCtx, id: string): Promise<ProgramRow> {
  const [row] = await c.tx
    .select()
    .from(programs)
    .where(and(eq(programs.id, id), visiblePrograms(c)));
  if (!row) throw notFound('Program');
  return row;
}

export async function getProgram(ctx: Ctx, id: string): Promise<ProgramDto> {
  return withTx(ctx, async (c) => (await toDtos(c, [await loadProgram(c, id)]))[0] as ProgramDto);
}

function assertManager(c: TxCtx): void {
  if (!mayManagePrograms(policyActor(c))) throw forbidden('Only admins and partner managers shape programs');
}

export async function createProgram(ctx: Ctx, input: ProgramInput): Promise<ProgramDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const row = await insertAudited(c, programs, { ...input, createdAt: c.now, updatedAt: c.now }, PROGRAM);
    return (await toDtos(c, [row]))[0] as ProgramDto;
  });
}

export async function updateProgram(ctx: Ctx, id: string, patch: Partial<ProgramInput>): Promise<ProgramDto> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    const before = await loadProgram(c, id);
    if (before.isDefault && patch.status === 'retired') throw invalidField('status', 'the default program cannot be retired');
    const row = await updateAudited(c, programs, before, { ...patch, updatedAt: c.now }, PROGRAM);
    return (await toDtos(c, [row]))[0] as ProgramDto;
  });
}

export async function deleteProgram(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadProgram(c, id);
    if (!programPermissions(policyActor(c), before).delete) {
      if (before.isDefault)
        throw new AppError('CONFLICT', 'The default program holds the partners’ headline tier and cannot be deleted');
      throw forbidden('Only admins delete programs');
    }
    const [members] = await c.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(programMemberships)
      .where(and(eq(programMemberships.programId, id), isNull(programMemberships.leftAt)));
    if ((members?.n ?? 0) > 0)
      throw new AppError('CONFLICT', 'Partners are still members of this program; end their memberships first');
    await deleteAudited(c, programs, before, PROGRAM);
  });
}

export async function listProgramTiers(ctx: Ctx, programId: string): Promise<TierRow[]> {
  return withTx(ctx, async (c) => {
    await loadProgram(c, programId);
    return listTiers(c, { programIds: [programId] });
  });
}

export async function createProgramTier(ctx: Ctx, programId: string, input: Omit<TierInput, 'programId'>): Promise<TierRow> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    await loadProgram(c, programId);
    return createTier(c, { ...input, programId });
  });
}

/** Puts the program's tiers in the order given, lowest first (they swap ranks). */
export async function reorderProgramTiers(ctx: Ctx, programId: string, tierIds: readonly string[]): Promise<TierRow[]> {
  return withTx(ctx, async (c) => {
    assertManager(c);
    await loadProgram(c, programId);
    return reorderTiers(c, programId, tierIds);
  });
}

/** The default program (where a partner's `tierId` lives). */
export async function defaultProgram(c: TxCtx): Promise<ProgramRow> {
  const [row] = await c.tx.select().from(programs).where(eq(programs.isDefault, true));
  if (!row) throw new Error('No default program: migration 0015 makes one');
  return row;
}
