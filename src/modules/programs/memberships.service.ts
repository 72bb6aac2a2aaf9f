import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { type PersonSummary, partnerNames, personSummaries } from '../directory/index.js';
import { getPartner, type PartnerDto, partners, updatePartner } from '../partners/index.js';
import { type TierBenefits, type TierSummary, tierSummaries, tiers as tiersTable } from '../tiers/index.js';
import { mayDecideFor } from './programs.policy.js';
import type { CommercialModel } from './programs.rules.js';
import { type MembershipRow, programMemberships, programs, type TierChangeRow, tierChanges } from './programs.schema.js';
import { loadProgram } from './programs.service.js';

export const MEMBERSHIP: AuditedKind<MembershipRow> = {
  entityType: 'program_membership',
  partnerIdOf: (m) => m.partnerId,
  labelOf: (m) => m.id,
  conflicts: {
    program_memberships_active_unique: { path: 'programId', message: 'the partner is already a member of this program' },
  },
};

export type MembershipDto = MembershipRow & {
  program: { id: string; name: string; kind: string; isDefault: boolean };
  tier: TierSummary | null;
  partnerName: string;
  can: { edit: boolean };
};

async function toMembershipDtos(
  c: TxCtx,
  rows: readonly MembershipRow[],
  owners: ReadonlyMap<string, string | null>,
): Promise<MembershipDto[]> {
  if (rows.length === 0) return [];
  const programRows = await c.tx
    .select({ id: programs.id, name: programs.name, kind: programs.kind, isDefault: programs.isDefault })
    .from(programs)
    .where(inArray(programs.id, [...new Set(rows.map((r) => r.programId))]));
  const byId = new Map(programRows.map((p) => [p.id, p]));
  const tiers = await tierSummaries(
    c,
    rows.map((r) => r.tierId),
  );
  const names = await partnerNames(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((r) => ({
    ...r,
    program: byId.get(r.programId) ?? { id: r.programId, name: '', kind: 'other', isDefault: false },
    tier: r.tierId ? (tiers.get(r.tierId) ?? null) : null,
    partnerName: names.get(r.partnerId) ?? '',
    can: { edit: r.leftAt === null && mayDecideFor(actor, { ownerId: owners.get(r.partnerId) ?? null }) },
  }));
}

/** A partner's memberships, current first then past (404 for a partner the caller cannot see). */
export async function listPartnerMemberships(ctx: Ctx, partnerId: string): Promise<MembershipDto[]> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    const rows = await c.tx
      .select()
      .from(programMemberships)
      .where(eq(programMemberships.partnerId, partnerId))
      .orderBy(asc(programMemberships.leftAt), asc(programMemberships.joinedAt));
    return toMembershipDtos(c, rows, new Map([[partner.id, partner.ownerId]]));
  });
}

/** Current members of a program (the vendor's view), by partner name. */
export async function listProgramMembers(ctx: Ctx, programId: string): Promise<MembershipDto[]> {
  return withTx(ctx, async (c) => {
    await loadProgram(c, programId);
    const rows = await c.tx
      .select()
      .from(programMemberships)
      .where(and(eq(programMemberships.programId, programId), isNull(programMemberships.leftAt)));
    const owners = await ownersOf(
      c,
      rows.map((r) => r.partnerId),
    );
    const dtos = await toMembershipDtos(c, rows, owners);
    return dtos.sort((a, b) => a.partnerName.localeCompare(b.partnerName));
  });
}

/** Owners of partners, in one query (the partners module's table, read for the policy). */
export async function ownersOf(c: TxCtx, partnerIds: readonly string[]): Promise<Map<string, string | null>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await c.tx
    .select({ id: partners.id, ownerId: partners.ownerId })
    .from(partners)
    .where(inArray(partners.id, [...new Set(partnerIds)]));
  return new Map(rows.map((r) => [r.id, r.ownerId]));
}

async function partnerToDecide(c: TxCtx, partnerId: string): Promise<PartnerDto> {
  const partner = await getPartner(c, partnerId);
  if (!mayDecideFor(policyActor(c), partner))
    throw forbidden('Only admins and the partner’s owner change its programs and tiers');
  return partner;
}

/** The tier must be one of the program's. */
async function assertTierOf(c: TxCtx, programId: string, tierId: string | null | undefined, path: string): Promise<void> {
  if (!tierId) return;
  const found = await tierSummaries(c, [tierId]);
  if (found.get(tierId)?.programId !== programId) throw invalidField(path, 'is not a tier of this program');
}

function actorId(c: TxCtx): string | null {
  return policyActor(c).userId;
}

/**
 * Changes a membership's tier and keeps the history (and, in the default program, the partner's
 * own `tierId`, which answers for that program). Called by placements and approved proposals.
 */
export async function changeTier(
  c: TxCtx,
  membership: MembershipRow,
  toTierId: string | null,
  reason: string,
  proposalId: string | null = null,
): Promise<MembershipRow> {
  const after = await updateAudited(
    c,
    programMemberships,
    membership,
    { tierId: toTierId, belowSince: null, updatedAt: c.now },
    MEMBERSHIP,
    {
      summary: `Changed the tier in a program${reason ? `: ${reason}` : ''}`,
      event: 'program_membership.tier_changed',
      eventData: { programId: membership.programId, fromTierId: membership.tierId, toTierId, reason, proposalId },
    },
  );
  await c.tx.insert(tierChanges).values({
    partnerId: membership.partnerId,
    programId: membership.programId,
    fromTierId: membership.tierId,
    toTierId,
    reason,
    proposalId,
    actorId: actorId(c),
    occurredAt: c.now,
  });
  const [program] = await c.tx
    .select({ isDefault: programs.isDefault })
    .from(programs)
    .where(eq(programs.id, membership.programId));
  if (program?.isDefault) await updatePartner(c, membership.partnerId, { tierId: toTierId });
  return after;
}

export async function joinProgram(
  ctx: Ctx,
  partnerId: string,
  input: { programId: string; tierId?: string | null; joinedAt?: Date },
): Promise<MembershipDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerToDecide(c, partnerId);
    const program = await loadProgram(c, input.programId).catch(() => {
      throw invalidField('programId', 'no such program');
    });
    if (program.status !== 'active') throw invalidField('programId', 'the program is retired');
    await assertTierOf(c, program.id, input.tierId, 'tierId');
    const joinedAt = input.joinedAt ?? c.now;
    let row = await insertAudited(
      c,
      programMemberships,
      { programId: program.id, partnerId, tierId: null, joinedAt, createdAt: c.now, updatedAt: c.now },
      MEMBERSHIP,
      {
        summary: `${partner.name} joined ${program.name}`,
        event: 'program_membership.joined',
        eventData: { programId: program.id },
      },
    );
    if (input.tierId) row = await changeTier(c, row, input.tierId, `Placed on joining ${program.name}`);
    return (await toMembershipDtos(c, [row], new Map([[partner.id, partner.ownerId]])))[0] as MembershipDto;
  });
}

async function loadMembership(c: TxCtx, id: string): Promise<MembershipRow> {
  const [row] = await c.tx.select().from(programMemberships).where(eq(programMemberships.id, id));
  if (!row) throw notFound('Membership');
  return row;
}

/** A membership of the partner in the path, or 404. */
async function membershipOf(c: TxCtx, partnerId: string, membershipId: string): Promise<MembershipRow> {
  const row = await loadMembership(c, membershipId);
  if (row.partnerId !== partnerId) throw notFound('Membership');
  return row;
}

export async function leaveProgram(
  ctx: Ctx,
  partnerId: string,
  membershipId: string,
  input: { reason?: string },
): Promise<MembershipDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerToDecide(c, partnerId);
    let row = await membershipOf(c, partnerId, membershipId);
    if (row.leftAt) throw new AppError('CONFLICT', 'The partner already left this program');
    const program = await loadProgram(c, row.programId);
    const reason = input.reason?.trim() ?? '';
    if (row.tierId) row = await changeTier(c, row, null, `Left ${program.name}${reason ? `: ${reason}` : ''}`);
    row = await updateAudited(c, programMemberships, row, { leftAt: c.now, updatedAt: c.now }, MEMBERSHIP, {
      summary: `${partner.name} left ${program.name}${reason ? `: ${reason}` : ''}`,
      event: 'program_membership.left',
      eventData: { programId: program.id, reason },
    });
    return (await toMembershipDtos(c, [row], new Map([[partner.id, partner.ownerId]])))[0] as MembershipDto;
  });
}

/** Places a partner in a tier of a program it is in, by hand (the reason is kept in the history). */
export async function placeInTier(
  ctx: Ctx,
  partnerId: string,
  membershipId: string,
  input: { tierId: string | null; reason: string },
): Promise<MembershipDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerToDecide(c, partnerId);
    const row = await membershipOf(c, partnerId, membershipId);
    if (row.leftAt) throw new AppError('CONFLICT', 'The partner left this program');
    await assertTierOf(c, row.programId, input.tierId, 'tierId');
    const after = row.tierId === input.tierId ? row : await changeTier(c, row, input.tierId, input.reason.trim());
    return (await toMembershipDtos(c, [after], new Map([[partner.id, partner.ownerId]])))[0] as MembershipDto;
  });
}

export type TierChangeDto = TierChangeRow & {
  programName: string;
  fromTier: TierSummary | null;
  toTier: TierSummary | null;
  actor: PersonSummary | null;
};

/** Every tier change of a partner, newest first. */
export async function listTierHistory(ctx: Ctx, partnerId: string): Promise<TierChangeDto[]> {
  return withTx(ctx, async (c) => {
    await getPartner(c, partnerId);
    const rows = await c.tx
      .select({ change: tierChanges, programName: programs.name })
      .from(tierChanges)
      .innerJoin(programs, eq(programs.id, tierChanges.programId))
      .where(eq(tierChanges.partnerId, partnerId))
      .orderBy(desc(tierChanges.occurredAt), desc(tierChanges.id));
    const tiers = await tierSummaries(
      c,
      rows.flatMap((r) => [r.change.fromTierId, r.change.toTierId]),
    );
    const people = await personSummaries(
      c,
      rows.map((r) => r.change.actorId),
    );
    return rows.map(({ change, programName }) => ({
      ...change,
      programName,
      fromTier: change.fromTierId ? (tiers.get(change.fromTierId) ?? null) : null,
      toTier: change.toTierId ? (tiers.get(change.toTierId) ?? null) : null,
      actor: change.actorId ? (people.get(change.actorId) ?? null) : null,
    }));
  });
}

/**
 * The benefits of the tiers each partner holds now, one entry per current membership with a tier,
 * in one query: what another module reads a benefit from (deal registrations take the most
 * generous `dealProtectionDays`). A partner in no program with a tier is absent from the map.
 */
export async function currentTierBenefits(c: TxCtx, partnerIds: readonly string[]): Promise<Map<string, TierBenefits[]>> {
  const out = new Map<string, TierBenefits[]>();
  if (partnerIds.length === 0) return out;
  const rows = await c.tx
    .select({ partnerId: programMemberships.partnerId, benefits: tiersTable.benefits })
    .from(programMemberships)
    .innerJoin(tiersTable, eq(tiersTable.id, programMemberships.tierId))
    .where(and(inArray(programMemberships.partnerId, [...new Set(partnerIds)]), isNull(programMemberships.leftAt)));
  for (const r of rows) out.set(r.partnerId, [...(out.get(r.partnerId) ?? []), r.benefits]);
  return out;
}

/**
 * The commercial models of the programs each partner is a member of now, in one query: what a
 * module that pays the partner reads its terms from (referrals take the commission rate). A
 * partner in no program is absent from the map.
 */
export async function currentCommercialModels(c: TxCtx, partnerIds: readonly string[]): Promise<Map<string, CommercialModel[]>> {
  const out = new Map<string, CommercialModel[]>();
  if (partnerIds.length === 0) return out;
  const rows = await c.tx
    .select({ partnerId: programMemberships.partnerId, model: programs.commercialModel })
    .from(programMemberships)
    .innerJoin(programs, eq(programs.id, programMemberships.programId))
    .where(and(inArray(programMemberships.partnerId, [...new Set(partnerIds)]), isNull(programMemberships.leftAt)));
  for (const r of rows) out.set(r.partnerId, [...(out.get(r.partnerId) ?? []), r.model]);
  return out;
}

/** One current membership as a gate reads it: the program, the tier held in it (and its rank) and that tier's benefits. */
export type Placement = { programId: string; tierId: string | null; tierRank: number | null; benefits: TierBenefits };

/**
 * Where each partner stands now, in one query: its current memberships with the tier it holds in
 * each (rank and benefits). What a module gating content by program and tier reads (the resource
 * library). A partner in no program is absent from the map.
 */
export async function currentPlacements(c: TxCtx, partnerIds: readonly string[]): Promise<Map<string, Placement[]>> {
  const out = new Map<string, Placement[]>();
  if (partnerIds.length === 0) return out;
  const rows = await c.tx
    .select({
      partnerId: programMemberships.partnerId,
      programId: programMemberships.programId,
      tierId: programMemberships.tierId,
      tierRank: tiersTable.rank,
      benefits: tiersTable.benefits,
    })
    .from(programMemberships)
    .leftJoin(tiersTable, eq(tiersTable.id, programMemberships.tierId))
    .where(and(inArray(programMemberships.partnerId, [...new Set(partnerIds)]), isNull(programMemberships.leftAt)));
  for (const r of rows)
    out.set(r.partnerId, [
      ...(out.get(r.partnerId) ?? []),
      { programId: r.programId, tierId: r.tierId, tierRank: r.tierRank, benefits: r.benefits ?? {} },
    ]);
  return out;
}

/**
 * The programs each partner was a member of on `date` (joined on or before it, not left by then),
 * in one query: what the incentives module reads to find the plans in force at a deal's close date.
 */
export async function programsOfPartnersOn(
  c: TxCtx,
  partnerIds: readonly string[],
  date: string,
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (partnerIds.length === 0) return out;
  const rows = await c.tx
    .select({ partnerId: programMemberships.partnerId, programId: programMemberships.programId })
    .from(programMemberships)
    .where(
      and(
        inArray(programMemberships.partnerId, [...new Set(partnerIds)]),
        sql`${programMemberships.joinedAt}::date <= ${date}::date`,
        sql`(${programMemberships.leftAt} is null or ${programMemberships.leftAt}::date > ${date}::date)`,
      ),
    );
  for (const r of rows) out.set(r.partnerId, [...new Set([...(out.get(r.partnerId) ?? []), r.programId])]);
  return out;
}
