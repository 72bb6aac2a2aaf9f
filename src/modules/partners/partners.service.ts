import {
  type AnyColumn,
  and,
  arrayOverlaps,
  count,
  eq,
  getTableColumns,
  ilike,
  inArray,
  ne,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { loadStageHooks } from '../../server/module.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, type FieldError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { assertVendorUser, type PersonSummary, personSummaries } from '../directory/index.js';
import { assertTierExists, type TierSummary, tierSummaries } from '../tiers/index.js';
import { fitScoreSql, loadCriteria } from './fit.queries.js';
import { type Fit, fitOf } from './fit.rules.js';
import { type PartnerPermissions, partnerPermissions } from './partners.policy.js';
import {
  type CompanySize,
  type Designation,
  decideStageTransition,
  fieldsPartnerMayNotEdit,
  isNearDuplicateName,
  type LifecycleStage,
  type Motion,
  nextStages,
  normalizeDomain,
  type PartnerStatus,
  type PartnerType,
  partnerNameKey,
  type Region,
} from './partners.rules.js';
import {
  type PartnerRow,
  type PartnerStageTransitionRow,
  partnerDomainClaims,
  partnerStageTransitions,
  partners,
} from './partners.schema.js';

/** A move the caller may make now; `stage` is the deprecated first name of `toStage`. */
export type NextStage = { toStage: LifecycleStage; stage: LifecycleStage; needsReason: boolean };

export type PartnerDto = PartnerRow & {
  nextStages: NextStage[];
  owner: PersonSummary | null;
  executiveSponsor: PersonSummary | null;
  tier: TierSummary | null;
  can: PartnerPermissions;
};

/** A row of the partners list: vendor staff also see its fit against the Ideal Partner Profile. */
export type PartnerListDto = PartnerDto & { fit?: Fit };

export const PARTNER: AuditedKind<PartnerRow> = {
  entityType: 'partner',
  partnerIdOf: (p) => p.id,
  labelOf: (p) => p.name,
  inUse: 'This partner has user accounts, which are kept for the audit trail; move the partner to off-boarding instead',
};

async function toPartnerDtos(ctx: Ctx, rows: readonly PartnerRow[]): Promise<PartnerDto[]> {
  const people = await personSummaries(
    ctx,
    rows.flatMap((r) => [r.ownerId, r.executiveSponsorId]),
  );
  const tierMap = await tierSummaries(
    ctx,
    rows.map((r) => r.tierId),
  );
  const actor = policyActor(ctx);
  return rows.map((row) => {
    const can = partnerPermissions(actor, row);
    return {
      ...row,
      // Only the moves this caller may make: none for those who cannot change the stage.
      nextStages: can.changeStage ? nextStages(row.lifecycleStage).map((next) => ({ ...next, stage: next.toStage })) : [],
      owner: row.ownerId ? (people.get(row.ownerId) ?? null) : null,
      executiveSponsor: row.executiveSponsorId ? (people.get(row.executiveSponsorId) ?? null) : null,
      tier: row.tierId ? (tierMap.get(row.tierId) ?? null) : null,
      can,
    };
  });
}

async function toPartnerDto(ctx: Ctx, row: PartnerRow): Promise<PartnerDto> {
  const [dto] = await toPartnerDtos(ctx, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

/** A partner's domains, normalised and without repeats, with where each first appeared in the input. */
type DomainList = { domains: string[]; positions: Map<string, number> };

/**
 * The request schema already normalised each domain (so a bad one is reported with the other
 * field errors); this repeats it for callers inside the server (demo data, other modules) and
 * merges duplicates, remembering positions so that an error names `domains.N` as sent.
 */
function normalizeDomains(domains: readonly string[]): DomainList {
  const positions = new Map<string, number>();
  domains.forEach((raw, index) => {
    const domain = normalizeDomain(raw);
    if (!domain) throw invalidField(`domains.${index}`, `"${raw}" is not a domain name`);
    if (!positions.has(domain)) positions.set(domain, index);
  });
  return { domains: [...positions.keys()], positions };
}

/**
 * Makes `partnerId` the claimant of exactly `wanted.domains` (partner_domains), or answers 409
 * naming every domain another partner holds, as `domains.N`. Vendor staff are told which partner
 * holds it; a partner-side caller is not (another company must look like no company to them), so
 * they get the same answer for any taken domain.
 *
 * Concurrency: the primary key on the domain is what decides, not a read before the write. Two
 * transactions claiming the same domain both reach the INSERT; the second waits on the first's
 * uncommitted index entry and, once it commits, finds the conflict (ON CONFLICT DO NOTHING skips
 * the row, so the domain is missing from RETURNING and reported here); if the first rolls back,
 * the second gets the domain. New claims are inserted in sorted order, so two transactions
 * claiming overlapping sets wait for each other in the same order and cannot deadlock.
 * Row-level security hides other partners' claims from a partner-side caller, but not from the
 * unique index, which sees every row.
 */
async function claimDomains(ctx: TxCtx, partnerId: string, wanted: DomainList): Promise<void> {
  const held = (
    await ctx.tx
      .select({ domain: partnerDomainClaims.domain })
      .from(partnerDomainClaims)
      .where(eq(partnerDomainClaims.partnerId, partnerId))
  ).map((r) => r.domain);
  const released = held.filter((d) => !wanted.positions.has(d));
  if (released.length > 0) {
    await ctx.tx
      .delete(partnerDomainClaims)
      .where(and(eq(partnerDomainClaims.partnerId, partnerId), inArray(partnerDomainClaims.domain, released)));
  }
  const claiming = wanted.domains.filter((d) => !held.includes(d)).sort();
  if (claiming.length === 0) return;
  const claimed = await ctx.tx
    .insert(partnerDomainClaims)
    .values(claiming.map((domain) => ({ domain, partnerId, createdAt: ctx.now })))
    .onConflictDoNothing({ target: partnerDomainClaims.domain })
    .returning({ domain: partnerDomainClaims.domain });
  const taken = claiming.filter((d) => !claimed.some((c) => c.domain === d));
  if (taken.length === 0) return;
  const holders = scopeOf(ctx).kind === 'all' ? await domainHolders(ctx, taken) : new Map<string, string>();
  const errors = taken
    .map((domain) => {
      const holder = holders.get(domain);
      return {
        position: wanted.positions.get(domain) ?? 0,
        message: holder ? `"${domain}" belongs to partner ${holder}` : `"${domain}" is already claimed by another partner`,
      };
    })
    .sort((a, b) => a.position - b.position)
    .map(({ position, message }) => ({ path: `domains.${position}`, message }));
  throw new AppError(
    'CONFLICT',
    taken.length === 1 ? 'A domain is claimed by another partner' : 'Domains are claimed by other partners',
    { errors },
  );
}

/** Claims `domains` (as sent) for a partner inside the caller's transaction; see claimDomains. */
export function claimPartnerDomains(ctx: TxCtx, partnerId: string, domains: readonly string[]): Promise<void> {
  return claimDomains(ctx, partnerId, normalizeDomains(domains));
}

/** Which partner (by name) claims each of `domains`; for vendor staff, who see every partner. */
async function domainHolders(ctx: TxCtx, domains: readonly string[]): Promise<Map<string, string>> {
  const rows = await ctx.tx
    .select({ domain: partnerDomainClaims.domain, name: partners.name })
    .from(partnerDomainClaims)
    .innerJoin(partners, eq(partners.id, partnerDomainClaims.partnerId))
    .where(inArray(partnerDomainClaims.domain, [...domains]));
  return new Map(rows.map((r) => [r.domain, r.name]));
}

/** The partner row if the caller may see it; 404 otherwise (never revealing that it exists). */
export async function loadPartner(ctx: TxCtx, id: string): Promise<PartnerRow> {
  const [row] = await ctx.tx
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), partnerFilter(ctx, partners.id)));
  if (!row) throw notFound('Partner');
  return row;
}

/** The partner if the caller may see it and the policy allows `action` on it: 404, else 403. */
export async function loadPartnerFor(
  ctx: TxCtx,
  id: string,
  action: keyof PartnerPermissions,
  refusal = 'Only the partner owner or an admin can change this partner',
): Promise<PartnerRow> {
  const partner = await loadPartner(ctx, id);
  if (!partnerPermissions(policyActor(ctx), partner)[action]) throw forbidden(refusal);
  return partner;
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

/**
 * The records a partner names (owner, sponsor, tier) exist and fit. Every bad reference is
 * reported in one answer, as the request schema reports every malformed field at once.
 */
async function assertReferences(ctx: Ctx, input: Partial<PartnerInput>): Promise<void> {
  const { ownerId, executiveSponsorId, tierId } = input;
  const checks: (() => Promise<void>)[] = [];
  if (ownerId) checks.push(() => assertVendorUser(ctx, ownerId, ['admin', 'partner_manager'], 'ownerId'));
  if (executiveSponsorId) {
    checks.push(() => assertVendorUser(ctx, executiveSponsorId, ['executive', 'admin'], 'executiveSponsorId'));
  }
  if (tierId) checks.push(() => assertTierExists(ctx, tierId, 'tierId'));
  const errors: FieldError[] = [];
  for (const check of checks) {
    try {
      await check();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'VALIDATION_FAILED') throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length > 0) {
    throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
}

export async function createPartner(ctx: Ctx, input: PartnerInput): Promise<SavedPartnerDto> {
  // A partner manager who creates a partner owns it unless they name another owner.
  const ownerId =
    input.ownerId === undefined && policyActor(ctx).role === 'partner_manager' ? actorUserId(ctx) : (input.ownerId ?? null);
  const domains = normalizeDomains(input.domains ?? []);
  // Every partner starts as a prospect and moves on by the lifecycle rules (decideStageTransition).
  // Only an admin creates one at a later stage: an existing partnership brought in, recorded as an
  // import in its stage history (docs/decisions/0034).
  const stage = input.lifecycleStage ?? 'prospect';
  const imported = stage !== 'prospect';
  if (imported && policyActor(ctx).role !== 'admin') {
    throw forbidden('Only an admin can create a partner at a later lifecycle stage; create it as a prospect and move it on', [
      { path: 'lifecycleStage', message: 'must be prospect: only an admin imports a partner at a later stage' },
    ]);
  }
  return withTx(ctx, async (c) => {
    await assertReferences(c, { ...input, ownerId });
    const created = await insertAudited(
      c,
      partners,
      {
        name: input.name,
        legalName: input.legalName ?? '',
        website: input.website ?? '',
        description: input.description ?? '',
        domains: domains.domains,
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
      },
      PARTNER,
      imported
        ? { summary: `Imported partner ${input.name} at stage ${stage}`, eventData: { lifecycleStage: stage, imported: true } }
        : {},
    );
    await claimDomains(c, created.id, domains);
    await c.tx.insert(partnerStageTransitions).values({
      partnerId: created.id,
      fromStage: null,
      toStage: stage,
      reason: imported ? `Imported at stage ${stage}` : 'Partner created',
      actorId: actorUserId(c),
      occurredAt: c.now,
    });
    return { ...(await toPartnerDto(c, created)), warnings: await nameWarnings(c, created) };
  });
}

/** A partner as a create or update answers it: with what the caller should look at again. */
export type SavedPartnerDto = PartnerDto & { warnings: FieldError[] };

/** How many existing partners a near-duplicate warning names at most. */
const MAX_NAME_WARNINGS = 5;

/**
 * Warnings for vendor staff when another partner's name near-duplicates this one's
 * (`isNearDuplicateName`). Saving goes ahead: two franchises may share a brand. A partner-side
 * caller is never told about other companies.
 *
 * The rule decides; the database only narrows the candidates, through the trigram index on
 * name: `name %> key` keeps names containing a word sequence much like the key (pg_trgm's
 * word similarity, at least 0.6), which every name with the same key has.
 */
async function nameWarnings(ctx: TxCtx, partner: PartnerRow): Promise<FieldError[]> {
  if (scopeOf(ctx).kind !== 'all') return [];
  const key = partnerNameKey(partner.name);
  if (!key) return [];
  const candidates = await ctx.tx
    .select({ name: partners.name })
    .from(partners)
    .where(and(ne(partners.id, partner.id), sql`${partners.name} %> ${key}`))
    .orderBy(partners.name, partners.id)
    .limit(200);
  return candidates
    .filter((c) => isNearDuplicateName(c.name, partner.name))
    .slice(0, MAX_NAME_WARNINGS)
    .map((c) => ({ path: 'name', message: `Similar to existing partner "${c.name}"` }));
}

/** An existing partner a new company (an application) may be: it claims the domain, or its name is much alike. */
export type SimilarPartner = { partnerId: string; name: string; lifecycleStage: LifecycleStage; reason: 'domain' | 'name' };

/**
 * Existing partners a company described by name and domains may already be (vendor staff only):
 * those claiming one of the domains, then those whose name near-duplicates it
 * (`isNearDuplicateName`, narrowed by the trigram index as `nameWarnings` does). Two queries.
 */
export async function findSimilarPartners(
  ctx: Ctx,
  company: { name: string; domains: readonly string[] },
): Promise<SimilarPartner[]> {
  return withTx(ctx, async (c) => {
    if (scopeOf(c).kind !== 'all') throw forbidden('Looking for similar partners is for vendor staff');
    const domains = [...new Set(company.domains.map((d) => normalizeDomain(d)).filter((d): d is string => d !== null))];
    const found = new Map<string, SimilarPartner>();
    if (domains.length > 0) {
      const byDomain = await c.tx
        .select({ id: partners.id, name: partners.name, lifecycleStage: partners.lifecycleStage })
        .from(partnerDomainClaims)
        .innerJoin(partners, eq(partners.id, partnerDomainClaims.partnerId))
        .where(inArray(partnerDomainClaims.domain, domains));
      for (const p of byDomain)
        found.set(p.id, { partnerId: p.id, name: p.name, lifecycleStage: p.lifecycleStage, reason: 'domain' });
    }
    const key = partnerNameKey(company.name);
    if (key) {
      const candidates = await c.tx
        .select({ id: partners.id, name: partners.name, lifecycleStage: partners.lifecycleStage })
        .from(partners)
        .where(sql`${partners.name} %> ${key}`)
        .orderBy(partners.name, partners.id)
        .limit(200);
      for (const p of candidates) {
        if (found.has(p.id) || !isNearDuplicateName(p.name, company.name)) continue;
        found.set(p.id, { partnerId: p.id, name: p.name, lifecycleStage: p.lifecycleStage, reason: 'name' });
      }
    }
    return [...found.values()].slice(0, MAX_NAME_WARNINGS + domains.length);
  });
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
  /** Only partners whose fit against the Ideal Partner Profile is at least this (vendor staff only). */
  minFit?: number;
};

function anyOf<T>(column: AnyColumn, values: readonly T[] | undefined): SQL | undefined {
  if (!values?.length) return undefined;
  return values.length === 1 ? eq(column, values[0]) : inArray(column, [...values]);
}

export async function listPartners(ctx: Ctx, query: PartnerListQuery): Promise<Page<PartnerListDto>> {
  return withTx(ctx, async (c) => {
    const vendor = scopeOf(c).kind === 'all';
    const byFit = query.sort === 'fit' || query.sort === '-fit';
    // Fit is the vendor's internal view of a partner: a partner's people can neither see it nor rank by it.
    if (!vendor && (byFit || query.minFit !== undefined)) {
      throw forbidden('Fit against the Ideal Partner Profile is for vendor staff', [
        { path: byFit ? 'sort' : 'minFit', message: 'is for vendor staff' },
      ]);
    }
    // The profile, read once (reference data), scores the rows in SQL and gives the reasons beside them.
    const criteria = vendor ? await loadCriteria(c) : [];
    const fit = fitScoreSql(criteria);
    const ks = keyset(
      'partners',
      query.sort,
      {
        name: partners.name,
        createdAt: partners.createdAt,
        updatedAt: partners.updatedAt,
        lifecycleStageChangedAt: partners.lifecycleStageChangedAt,
        fit,
      },
      partners.id,
      query.cursor,
    );
    const q = query.q?.trim();
    const pattern = q ? containsPattern(q) : undefined;
    const domain = q ? normalizeDomain(q) : null;
    const conditions: (SQL | undefined)[] = [
      partnerFilter(c, partners.id),
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
      query.minFit === undefined ? undefined : sql`${fit} >= ${query.minFit}`,
    ];
    const rows = await c.tx
      .select({ ...getTableColumns(partners), ...(byFit ? { fit } : {}) })
      .from(partners)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    // Owners, sponsors and tiers of the whole page in one query each, in the same transaction.
    const dtos = await toPartnerDtos(c, page.data);
    if (!vendor) return { data: dtos, nextCursor: page.nextCursor };
    // The page's fit with its reasons, from the rule the SQL above mirrors.
    return { data: dtos.map((dto) => ({ ...dto, fit: fitOf(criteria, dto) })), nextCursor: page.nextCursor };
  });
}

export async function getPartner(ctx: Ctx, id: string): Promise<PartnerDto> {
  return withTx(ctx, async (c) => toPartnerDto(c, await loadPartner(c, id)));
}

export type PartnerPatch = Partial<Omit<PartnerInput, 'lifecycleStage'>>;

export async function updatePartner(ctx: Ctx, id: string, patch: PartnerPatch): Promise<SavedPartnerDto> {
  const domains = patch.domains === undefined ? undefined : normalizeDomains(patch.domains);
  return withTx(ctx, async (c) => {
    const before = await loadPartnerFor(c, id, 'edit');
    if (!partnerPermissions(policyActor(c), before).editVendorFields) {
      const refused = fieldsPartnerMayNotEdit(patch);
      if (refused.length > 0) {
        throw forbidden(
          'Partner users can edit only their company profile',
          refused.map((path) => ({ path, message: 'is managed by the vendor' })),
        );
      }
    }
    await assertReferences(c, patch);
    if (domains) await claimDomains(c, id, domains);
    const after = await updateAudited(c, partners, before, { ...patch, domains: domains?.domains, updatedAt: c.now }, PARTNER);
    const warnings = patch.name === undefined ? [] : await nameWarnings(c, after);
    return { ...(await toPartnerDto(c, after)), warnings };
  });
}

export async function deletePartner(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => deleteAudited(c, partners, await loadPartnerFor(c, id, 'delete'), PARTNER));
}

export type StageTransitionDto = PartnerStageTransitionRow & { actor: PersonSummary | null };

/**
 * Moves a partner to another lifecycle stage if the rule allows it, and answers the transition it
 * recorded together with the partner as it is now (its new stage, next moves and permissions).
 */
export async function transitionStage(
  ctx: Ctx,
  id: string,
  input: { toStage: LifecycleStage; reason?: string },
): Promise<StageTransitionDto & { partner: PartnerDto }> {
  const reason = input.reason?.trim() ?? '';
  return withTx(ctx, async (c) => {
    const before = await loadPartnerFor(c, id, 'changeStage');
    const decision = decideStageTransition(before.lifecycleStage, input.toStage);
    if (!decision.allowed) {
      throw new AppError('INVALID_TRANSITION', decision.reason, { errors: [{ path: 'toStage', message: decision.reason }] });
    }
    if (decision.needsReason && !reason)
      throw invalidField('reason', `is required to move from ${before.lifecycleStage} to ${input.toStage}`);
    // Other modules' conditions on this move (the off-boarding runbook before termination).
    const hooks = await loadStageHooks(input.toStage);
    for (const hook of hooks) {
      const verdict = (await hook.check?.(c, { id, fromStage: before.lifecycleStage })) ?? { allowed: true };
      if (!verdict.allowed) {
        throw new AppError('INVALID_TRANSITION', verdict.reason, { errors: [{ path: 'toStage', message: verdict.reason }] });
      }
    }
    const after = await updateAudited(
      c,
      partners,
      before,
      { lifecycleStage: input.toStage, lifecycleStageChangedAt: c.now, updatedAt: c.now },
      PARTNER,
      {
        summary: `Moved ${before.name} from ${before.lifecycleStage} to ${input.toStage}${reason ? `: ${reason}` : ''}`,
        event: 'partner.stage_changed',
        eventData: { fromStage: before.lifecycleStage, toStage: input.toStage, reason },
      },
    );
    const [transition] = await c.tx
      .insert(partnerStageTransitions)
      .values({
        partnerId: id,
        fromStage: before.lifecycleStage,
        toStage: input.toStage,
        reason,
        actorId: actorUserId(c),
        occurredAt: c.now,
      })
      .returning();
    if (!transition) throw new Error('insert returned no row');
    // …and what they do with it, in this transaction (the off-boarding runbook is made).
    for (const hook of hooks) await hook.after?.(c, { id, fromStage: before.lifecycleStage, reason });
    const [withActor] = await withActors(c, [transition]);
    if (!withActor) throw new Error('unreachable');
    return { ...withActor, partner: await toPartnerDto(c, after) };
  });
}

async function withActors(ctx: Ctx, rows: readonly PartnerStageTransitionRow[]): Promise<StageTransitionDto[]> {
  const people = await personSummaries(
    ctx,
    rows.map((r) => r.actorId),
  );
  return rows.map((r) => ({ ...r, actor: r.actorId ? (people.get(r.actorId) ?? null) : null }));
}

export async function listStageTransitions(ctx: Ctx, id: string): Promise<StageTransitionDto[]> {
  return withTx(ctx, async (c) => {
    await loadPartner(c, id);
    const rows = await c.tx
      .select()
      .from(partnerStageTransitions)
      .where(and(eq(partnerStageTransitions.partnerId, id), partnerFilter(c, partnerStageTransitions.partnerId)))
      .orderBy(partnerStageTransitions.occurredAt, partnerStageTransitions.id);
    return withActors(c, rows);
  });
}

/** Portfolio counts for the vendor home, one GROUP BY per dimension over the caller's scope. */
export async function partnerStats(ctx: Ctx) {
  return withTx(ctx, async (c) => {
    const scope = partnerFilter(c, partners.id);
    const group = async (column: SQL | AnyColumn) =>
      (
        await c.tx
          .select({ key: sql<string>`${column}`, n: count() })
          .from(partners)
          .where(scope)
          .groupBy(sql`1`)
      ).map((r) => ({ key: r.key ?? 'none', count: r.n }));
    const [total] = await c.tx.select({ n: count() }).from(partners).where(scope);
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
