import { and, asc, eq } from 'drizzle-orm';
import { partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, notFound } from '../../shared/errors.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { getPartner } from '../partners/index.js';
import { mayManageCoopetition, maySeeCoopetition } from './coopetition.policy.js';
import { type CoopetitionArea, type CoopetitionKind, isDuplicateArea } from './coopetition.rules.js';
import { coopetitionAreas as areasTable, type CoopetitionAreaRow } from './coopetition.schema.js';

const AREA: AuditedKind<CoopetitionAreaRow> = {
  entityType: 'coopetition_area',
  partnerIdOf: (a) => a.partnerId,
  labelOf: (a) => a.name,
};

export type CoopetitionAreaDto = CoopetitionAreaRow & { can: { edit: boolean } };
export type CoopetitionAreaInput = { kind: CoopetitionKind; name: string; notes?: string };

/** The partner (404 if the caller cannot see it) and whether the caller may manage its areas. */
async function partnerFor(ctx: TxCtx, partnerId: string) {
  if (!maySeeCoopetition(policyActor(ctx))) throw notFound('Partner');
  const partner = await getPartner(ctx, partnerId);
  return { partner, manage: mayManageCoopetition(policyActor(ctx), partner) };
}

async function rowsOf(ctx: TxCtx, partnerId: string): Promise<CoopetitionAreaRow[]> {
  return ctx.tx
    .select()
    .from(areasTable)
    .where(and(eq(areasTable.partnerId, partnerId), partnerFilter(ctx, areasTable.partnerId)))
    .orderBy(asc(areasTable.kind), asc(areasTable.name), asc(areasTable.id));
}

export async function listCoopetitionAreas(ctx: Ctx, partnerId: string): Promise<CoopetitionAreaDto[]> {
  return withTx(ctx, async (c) => {
    const { manage } = await partnerFor(c, partnerId);
    return (await rowsOf(c, partnerId)).map((row) => ({ ...row, can: { edit: manage } }));
  });
}

function assertNew(existing: CoopetitionAreaRow[], area: CoopetitionArea, exceptId?: string) {
  if (isDuplicateArea(existing, area, exceptId)) {
    throw new AppError('CONFLICT', `This partner already has the ${area.kind.replace('_', ' ')} "${area.name}"`, {
      errors: [{ path: 'name', message: 'is already recorded for this partner' }],
    });
  }
}

export async function addCoopetitionArea(ctx: Ctx, partnerId: string, input: CoopetitionAreaInput): Promise<CoopetitionAreaDto> {
  return withTx(ctx, async (c) => {
    const { partner, manage } = await partnerFor(c, partnerId);
    if (!manage) throw forbidden('Only an admin or the partner’s own partner manager records where it competes');
    assertNew(await rowsOf(c, partner.id), input);
    const row = await insertAudited(
      c,
      areasTable,
      {
        partnerId: partner.id,
        kind: input.kind,
        name: input.name,
        notes: input.notes ?? '',
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      AREA,
      { summary: `Recorded that ${partner.name} competes in ${input.name}`, eventData: { kind: input.kind, name: input.name } },
    );
    return { ...row, can: { edit: true } };
  });
}

async function loadArea(c: TxCtx, partnerId: string, areaId: string) {
  const { partner, manage } = await partnerFor(c, partnerId);
  const [row] = await c.tx
    .select()
    .from(areasTable)
    .where(and(eq(areasTable.id, areaId), eq(areasTable.partnerId, partner.id), partnerFilter(c, areasTable.partnerId)));
  if (!row) throw notFound('Coopetition area');
  if (!manage) throw forbidden('Only an admin or the partner’s own partner manager records where it competes');
  return row;
}

export async function updateCoopetitionArea(
  ctx: Ctx,
  partnerId: string,
  areaId: string,
  patch: Partial<CoopetitionAreaInput>,
): Promise<CoopetitionAreaDto> {
  return withTx(ctx, async (c) => {
    const before = await loadArea(c, partnerId, areaId);
    const next = { kind: patch.kind ?? before.kind, name: patch.name ?? before.name };
    assertNew(await rowsOf(c, partnerId), next, before.id);
    const after = await updateAudited(c, areasTable, before, { ...patch, updatedAt: c.now }, AREA);
    return { ...after, can: { edit: true } };
  });
}

export async function deleteCoopetitionArea(ctx: Ctx, partnerId: string, areaId: string): Promise<void> {
  await withTx(ctx, async (c) => deleteAudited(c, areasTable, await loadArea(c, partnerId, areaId), AREA));
}

/**
 * Where a partner competes, for modules that share data with partners (account mapping, co-sell,
 * plans): check with `competingAreas` (coopetition.rules.ts) before sharing. Runs in the caller's
 * scope and transaction (a partner-side caller reads only its own company's areas); it applies no
 * visibility policy, so never show the result's notes to a partner's people.
 */
export async function coopetitionAreas(ctx: Ctx, partnerId: string): Promise<(CoopetitionArea & { notes: string })[]> {
  return withTx(ctx, async (c) => (await rowsOf(c, partnerId)).map((r) => ({ kind: r.kind, name: r.name, notes: r.notes })));
}
