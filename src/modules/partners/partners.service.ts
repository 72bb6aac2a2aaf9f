import { type AnyColumn, and, arrayOverlaps, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { pgErrorOf } from '../../db/pg-error.js';
import { canSeePartner, partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, effectiveRole } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertTierExists, tierSummaries } from '../tiers/tiers.service.js';
import { assertVendorUser, type UserSummary, userSummaries } from '../users/users.service.js';
import {
  type CompanySize,
  type Designation,
  decideStageTransition,
  fieldsPartnerMayNotEdit,
  type LifecycleStage,
  type Motion,
  nextStages,
  normalizeDomain,
  type PartnerStatus,
  type PartnerType,
  type Region,
} from './partners.rules.js';
import { type PartnerRow, partnerStageTransitions, partners } from './partners.schema.js';

export type PartnerDto = PartnerRow & {
  nextStages: ReturnType<typeof nextStages>;
  owner: UserSummary | null;
  executiveSponsor: UserSummary | null;
  tier: { id: string; name: string; rank: number; color: string } | null;
};

async function toPartnerDtos(ctx: Ctx, rows: PartnerRow[]): Promise<PartnerDto[]> {
  const people = await userSummaries(
    ctx,
    rows.flatMap((r) => [r.ownerId, r.executiveSponsorId]),
  );
  const tierMap = await tierSummaries(
    ctx,
    rows.map((r) => r.tierId),
  );
  return rows.map((row) => ({
    ...row,
    nextStages: nextStages(row.lifecycleStage),
    owner: row.ownerId ? (people.get(row.ownerId) ?? null) : null,
    executiveSponsor: row.executiveSponsorId ? (people.get(row.executiveSponsorId) ?? null) : null,
    tier: row.tierId ? (tierMap.get(row.tierId) ?? null) : null,
  }));
}

async function toPartnerDto(ctx: Ctx, row: PartnerRow): Promise<PartnerDto> {
  const [dto] = await toPartnerDtos(ctx, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function normalizeDomains(domains: readonly string[]): string[] {
  const out: string[] = [];
  domains.forEach((raw, index) => {
    const domain = normalizeDomain(raw);
    if (!domain) throw invalidField(`domains.${index}`, `"${raw}" is not a domain name`);
    if (!out.includes(domain)) out.push(domain);
  });
  return out;
}

/** The partner row if the caller may see it; 404 otherwise (never revealing that it exists). */
async function loadPartner(tx: Tx, ctx: Ctx, id: string): Promise<PartnerRow> {
  const [row] = await tx
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), partnerFilter(ctx, partners.id)));
  if (!row) throw notFound('Partner');
  return row;
}

/**
 * Reading is open to all vendor staff, but a partner manager changes only the partners they own
 * (PRODUCT.md, roles). Admins change any partner; partner-side callers reach only their own.
 */
export function assertMayManagePartner(ctx: Ctx, partner: Pick<PartnerRow, 'id' | 'ownerId'>): void {
  const actor = ctx.actor;
  if (actor.kind === 'user' && actor.role === 'partner_manager' && partner.ownerId !== actor.userId) {
    throw forbidden('Only the partner owner or an admin can change this partner');
  }
}

/** Loads a partner the caller may see and change, for services of partner-owned records. */
export async function loadManageablePartner(ctx: Ctx & { tx: Tx }, id: string): Promise<PartnerRow> {
  const partner = await loadPartner(ctx.tx, ctx, id);
  assertMayManagePartner(ctx, partner);
  return partner;
}

/** A 422 naming `path` unless the caller can see this partner (other partners look missing). */
export async function assertPartnerExists(ctx: Ctx, id: string, path: string): Promise<void> {
  if (!canSeePartner(ctx, id)) throw invalidField(path, 'no such partner');
  const found = await withTx(ctx, (tx) =>
    tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, id), partnerFilter(ctx, partners.id))),
  );
  if (found.length === 0) throw invalidField(path, 'no such partner');
}

export async function loadVisiblePartner(ctx: Ctx, id: string): Promise<PartnerRow> {
  return withTx(ctx, (tx) => loadPartner(tx, ctx, id));
}

export type PartnerInput = {
  name: string;
  legalName?: string;
  website?: string;
  description?: string;
  domains?: string[];
  types?: PartnerType[];
  motion: Motion;
  designation?: Designation;
  country?: string | null;
  regions?: Region[];
  industries?: string[];
  companySize?: CompanySize | null;
  status?: PartnerStatus;
  tags?: string[];
  segment?: string;
  lifecycleStage?: LifecycleStage;
  tierId?: string | null;
  ownerId?: string | null;
  executiveSponsorId?: string | null;
};

async function assertReferences(ctx: Ctx, input: Partial<PartnerInput>): Promise<void> {
  if (input.ownerId) await assertVendorUser(ctx, input.ownerId, ['admin', 'partner_manager'], 'ownerId');
  if (input.executiveSponsorId) {
    await assertVendorUser(ctx, input.executiveSponsorId, ['executive', 'admin'], 'executiveSponsorId');
  }
  if (input.tierId) await assertTierExists(ctx, input.tierId, 'tierId');
}

export async function createPartner(ctx: Ctx, input: PartnerInput): Promise<PartnerDto> {
  // A partner manager who creates a partner owns it unless they name another owner.
  const ownerId =
    input.ownerId === undefined && effectiveRole(ctx) === 'partner_manager' ? actorUserId(ctx) : (input.ownerId ?? null);
  const domains = normalizeDomains(input.domains ?? []);
  const row = await withTx(ctx, async (tx, txCtx) => {
    await assertReferences(txCtx, { ...input, ownerId });
    const stage = input.lifecycleStage ?? 'prospect';
    const [created] = await tx
      .insert(partners)
      .values({
        name: input.name,
        legalName: input.legalName ?? '',
        website: input.website ?? '',
        description: input.description ?? '',
        domains,
        types: input.types ?? [],
        motion: input.motion,
        designation: input.designation ?? 'standard',
        country: input.country ?? null,
        regions: input.regions ?? [],
        industries: input.industries ?? [],
        companySize: input.companySize ?? null,
        status: input.status ?? 'active',
        tags: input.tags ?? [],
        segment: input.segment ?? '',
        lifecycleStage: stage,
        lifecycleStageChangedAt: ctx.now,
        tierId: input.tierId ?? null,
        ownerId,
        executiveSponsorId: input.executiveSponsorId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await tx.insert(partnerStageTransitions).values({
      partnerId: created.id,
      fromStage: null,
      toStage: stage,
      reason: 'Partner created',
      actorId: actorUserId(ctx),
      occurredAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'create',
      entityType: 'partner',
      entityId: created.id,
      partnerId: created.id,
      after: created,
      summary: `Created partner ${created.name}`,
    });
    return created;
  });
  return toPartnerDto(ctx, row);
}

export type PartnerListQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  q?: string;
  type?: PartnerType[];
  motion?: Motion[];
  designation?: Designation[];
  tierId?: string[];
  lifecycleStage?: LifecycleStage[];
  ownerId?: string[];
  status?: PartnerStatus[];
  country?: string[];
};

function anyOf<T>(column: AnyColumn, values: readonly T[] | undefined): SQL | undefined {
  if (!values?.length) return undefined;
  return values.length === 1 ? eq(column, values[0]) : inArray(column, [...values]);
}

export async function listPartners(ctx: Ctx, query: PartnerListQuery): Promise<Page<PartnerDto>> {
  return withTx(ctx, async (tx, txCtx) => {
    const ks = keyset(
      'partners',
      query.sort,
      {
        name: partners.name,
        createdAt: partners.createdAt,
        updatedAt: partners.updatedAt,
        lifecycleStageChangedAt: partners.lifecycleStageChangedAt,
      },
      partners.id,
      query.cursor,
    );
    const q = query.q?.trim();
    const pattern = q ? `%${q.replace(/[\\%_]/g, '\\$&')}%` : undefined;
    const domain = q ? normalizeDomain(q) : null;
    const conditions: (SQL | undefined)[] = [
      partnerFilter(ctx, partners.id),
      ks.where,
      pattern
        ? or(
            ilike(partners.name, pattern),
            ilike(partners.legalName, pattern),
            domain ? sql`${partners.domains} @> ARRAY[${domain}]::text[]` : undefined,
          )
        : undefined,
      // A partner has several types: it matches when it has any of the wanted ones (array overlap).
      query.type?.length ? arrayOverlaps(partners.types, query.type) : undefined,
      anyOf(partners.motion, query.motion),
      anyOf(partners.designation, query.designation),
      anyOf(partners.tierId, query.tierId),
      anyOf(partners.lifecycleStage, query.lifecycleStage),
      anyOf(partners.ownerId, query.ownerId),
      anyOf(partners.status, query.status),
      anyOf(partners.country, query.country),
    ];
    const rows = await tx
      .select()
      .from(partners)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    // Owners, sponsors and tiers of the whole page in one query each, in the same transaction.
    return { data: await toPartnerDtos(txCtx, page.data), nextCursor: page.nextCursor };
  });
}

export async function getPartner(ctx: Ctx, id: string): Promise<PartnerDto> {
  return withTx(ctx, async (tx, txCtx) => toPartnerDto(txCtx, await loadPartner(tx, ctx, id)));
}

export type PartnerPatch = Partial<Omit<PartnerInput, 'lifecycleStage'>>;

export async function updatePartner(ctx: Ctx, id: string, patch: PartnerPatch): Promise<PartnerDto> {
  if (isPartnerRole(effectiveRole(ctx))) {
    const refused = fieldsPartnerMayNotEdit(patch);
    if (refused.length > 0) {
      throw forbidden(
        'Partner users can edit only their company profile',
        refused.map((path) => ({ path, message: 'is managed by the vendor' })),
      );
    }
  }
  const domains = patch.domains === undefined ? undefined : normalizeDomains(patch.domains);
  const row = await withTx(ctx, async (tx, txCtx) => {
    const before = await loadPartner(tx, ctx, id);
    assertMayManagePartner(ctx, before);
    await assertReferences(txCtx, patch);
    const [after] = await tx
      .update(partners)
      .set({ ...patch, domains, updatedAt: ctx.now })
      .where(eq(partners.id, id))
      .returning();
    if (!after) throw notFound('Partner');
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      before,
      after,
      summary: `Updated partner ${after.name}`,
    });
    return after;
  });
  return toPartnerDto(ctx, row);
}

export async function deletePartner(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    const before = await loadPartner(tx, ctx, id);
    const deleted = await tx
      .delete(partners)
      .where(eq(partners.id, id))
      .returning({ id: partners.id })
      .catch((error: unknown) => {
        const code = pgErrorOf(error)?.code;
        // restrict_violation (users.partner_id is ON DELETE RESTRICT) or a plain foreign key violation.
        if (code === '23001' || code === '23503') {
          throw new AppError(
            'CONFLICT',
            'This partner has user accounts, which are kept for the audit trail; move the partner to off-boarding instead',
          );
        }
        throw error;
      });
    if (deleted.length === 0) throw notFound('Partner');
    await recordAudit(tx, ctx, {
      action: 'delete',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      before,
      summary: `Deleted partner ${before.name}`,
    });
  });
}

export async function transitionStage(
  ctx: Ctx,
  id: string,
  input: { toStage: LifecycleStage; reason?: string },
): Promise<PartnerDto> {
  const reason = input.reason?.trim() ?? '';
  const row = await withTx(ctx, async (tx) => {
    const before = await loadPartner(tx, ctx, id);
    assertMayManagePartner(ctx, before);
    const decision = decideStageTransition(before.lifecycleStage, input.toStage);
    if (!decision.allowed) {
      throw new AppError('INVALID_TRANSITION', decision.reason, { errors: [{ path: 'toStage', message: decision.reason }] });
    }
    if (decision.needsReason && !reason)
      throw invalidField('reason', `is required to move from ${before.lifecycleStage} to ${input.toStage}`);
    const [after] = await tx
      .update(partners)
      .set({ lifecycleStage: input.toStage, lifecycleStageChangedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(partners.id, id))
      .returning();
    if (!after) throw notFound('Partner');
    await tx.insert(partnerStageTransitions).values({
      partnerId: id,
      fromStage: before.lifecycleStage,
      toStage: input.toStage,
      reason,
      actorId: actorUserId(ctx),
      occurredAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'update',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      before,
      after,
      summary: `Moved ${after.name} from ${before.lifecycleStage} to ${input.toStage}${reason ? `: ${reason}` : ''}`,
    });
    return after;
  });
  return toPartnerDto(ctx, row);
}

export async function listStageTransitions(ctx: Ctx, id: string) {
  const rows = await withTx(ctx, async (tx) => {
    await loadPartner(tx, ctx, id);
    return tx
      .select()
      .from(partnerStageTransitions)
      .where(and(eq(partnerStageTransitions.partnerId, id), partnerFilter(ctx, partnerStageTransitions.partnerId)))
      .orderBy(partnerStageTransitions.occurredAt, partnerStageTransitions.id);
  });
  const people = await userSummaries(
    ctx,
    rows.map((r) => r.actorId),
  );
  return rows.map((r) => ({ ...r, actor: r.actorId ? (people.get(r.actorId) ?? null) : null }));
}

/** Portfolio counts for the vendor home, one GROUP BY per dimension over the caller's scope. */
export async function partnerStats(ctx: Ctx) {
  return withTx(ctx, async (tx) => {
    const scope = partnerFilter(ctx, partners.id);
    const group = async (column: SQL | AnyColumn) =>
      (
        await tx
          .select({ key: sql<string>`${column}`, n: count() })
          .from(partners)
          .where(scope)
          .groupBy(sql`1`)
      ).map((r) => ({ key: r.key ?? 'none', count: r.n }));
    const [total] = await tx.select({ n: count() }).from(partners).where(scope);
    return {
      total: total?.n ?? 0,
      byStage: await group(partners.lifecycleStage),
      byMotion: await group(partners.motion),
      byDesignation: await group(partners.designation),
      byTier: await group(sql`${partners.tierId}::text`),
      byType: await group(sql`unnest(${partners.types})`),
    };
  });
}

/** Partner names by id, for lists that show which company a record belongs to. */
export async function partnerNames(ctx: Ctx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const scope = scopeOf(ctx);
  const visible = scope.kind === 'all' ? wanted : wanted.filter((id) => id === scope.partnerId);
  if (visible.length === 0) return new Map();
  const rows = await withTx(ctx, (tx) =>
    tx
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(and(inArray(partners.id, visible), partnerFilter(ctx, partners.id))),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
