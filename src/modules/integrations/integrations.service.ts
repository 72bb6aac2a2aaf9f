import { and, asc, eq, ilike, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { partnerNames } from '../directory/index.js';
import { getPartner } from '../partners/index.js';
import { type IntegrationPermissions, integrationPermissions } from './integrations.policy.js';
import { type CertificationStatus, type CompatibilityEntry, decideCertification, repeatedProduct } from './integrations.rules.js';
import { type IntegrationListingRow, integrationListings as listings } from './integrations.schema.js';

const LISTING: AuditedKind<IntegrationListingRow> = {
  entityType: 'integration_listing',
  partnerIdOf: (l) => l.partnerId,
  labelOf: (l) => l.name,
};

export type IntegrationListingDto = IntegrationListingRow & {
  partner: { id: string; name: string };
  can: IntegrationPermissions;
};

export type IntegrationListingInput = {
  name: string;
  category?: string;
  description?: string;
  listingUrl?: string;
  compatibility?: CompatibilityEntry[];
};

/** Owners of the partners of `rows`, for the partner-manager part of the policy. */
async function ownersOf(ctx: TxCtx, partnerIds: readonly string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  for (const id of new Set(partnerIds)) out.set(id, (await getPartner(ctx, id)).ownerId);
  return out;
}

async function toDtos(ctx: TxCtx, rows: readonly IntegrationListingRow[]): Promise<IntegrationListingDto[]> {
  const names = await partnerNames(
    ctx,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(ctx);
  // Only a partner manager's flags depend on who owns the partner.
  const owners =
    actor.role === 'partner_manager'
      ? await ownersOf(
          ctx,
          rows.map((r) => r.partnerId),
        )
      : new Map<string, string | null>();
  return rows.map((row) => ({
    ...row,
    partner: { id: row.partnerId, name: names.get(row.partnerId) ?? '' },
    can: integrationPermissions(actor, row, { ownerId: owners.get(row.partnerId) ?? null }),
  }));
}

async function one(ctx: TxCtx, row: IntegrationListingRow): Promise<IntegrationListingDto> {
  const [dto] = await toDtos(ctx, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function assertCompatibility(compatibility: readonly CompatibilityEntry[] | undefined) {
  const repeated = compatibility ? repeatedProduct(compatibility) : null;
  if (repeated !== null) {
    throw new AppError('VALIDATION_FAILED', 'A product is listed twice', {
      errors: [{ path: `compatibility.${repeated}.product`, message: 'is listed already: one row per product' }],
    });
  }
}

export type IntegrationListQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  partnerId?: string[];
  certification?: CertificationStatus[];
  product?: string;
  q?: string;
};

export async function listIntegrationListings(ctx: Ctx, query: IntegrationListQuery): Promise<Page<IntegrationListingDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'integration-listings',
      query.sort,
      { name: listings.name, updatedAt: listings.updatedAt },
      listings.id,
      query.cursor,
    );
    const q = query.q?.trim();
    const pattern = q ? containsPattern(q) : undefined;
    const conditions: (SQL | undefined)[] = [
      partnerFilter(c, listings.partnerId),
      ks.where,
      query.partnerId?.length ? inArray(listings.partnerId, query.partnerId) : undefined,
      query.certification?.length ? inArray(listings.certification, query.certification) : undefined,
      query.product
        ? sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${listings.compatibility}) e WHERE lower(trim(e->>'product')) = ${query.product.trim().toLowerCase()})`
        : undefined,
      pattern ? or(ilike(listings.name, pattern), ilike(listings.category, pattern)) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(listings)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

function loadListing(ctx: TxCtx, id: string): Promise<IntegrationListingRow> {
  return loadScoped(ctx, listings, id, 'Integration listing');
}

async function loadFor(ctx: TxCtx, id: string, action: keyof IntegrationPermissions): Promise<IntegrationListingRow> {
  const row = await loadListing(ctx, id);
  const partner = await getPartner(ctx, row.partnerId);
  if (!integrationPermissions(policyActor(ctx), row, partner)[action]) {
    throw forbidden(
      action === 'certify'
        ? 'Only an admin or the partner’s own partner manager changes an integration’s certification'
        : 'Only the partner’s admin, its partner manager or an admin changes this listing',
    );
  }
  return row;
}

export async function getIntegrationListing(ctx: Ctx, id: string): Promise<IntegrationListingDto> {
  return withTx(ctx, async (c) => one(c, await loadListing(c, id)));
}

export async function createIntegrationListing(
  ctx: Ctx,
  partnerId: string,
  input: IntegrationListingInput,
): Promise<IntegrationListingDto> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    if (!integrationPermissions(policyActor(c), { partnerId: partner.id }, partner).edit) {
      throw forbidden('Only the partner’s admin, its partner manager or an admin proposes its integrations');
    }
    assertCompatibility(input.compatibility);
    const row = await insertAudited(
      c,
      listings,
      {
        partnerId: partner.id,
        name: input.name,
        category: input.category ?? '',
        description: input.description ?? '',
        listingUrl: input.listingUrl ?? '',
        compatibility: input.compatibility ?? [],
        createdAt: c.now,
        updatedAt: c.now,
      },
      LISTING,
      { summary: `${partner.name} proposed the integration ${input.name}` },
    );
    return one(c, row);
  });
}

export async function updateIntegrationListing(
  ctx: Ctx,
  id: string,
  patch: Partial<IntegrationListingInput>,
): Promise<IntegrationListingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadFor(c, id, 'edit');
    assertCompatibility(patch.compatibility);
    return one(c, await updateAudited(c, listings, before, { ...patch, updatedAt: c.now }, LISTING));
  });
}

export async function deleteIntegrationListing(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => deleteAudited(c, listings, await loadFor(c, id, 'delete'), LISTING));
}

const today = (now: Date) => now.toISOString().slice(0, 10);

export async function changeCertification(
  ctx: Ctx,
  id: string,
  input: { status: CertificationStatus; expiresAt?: string | null; note?: string },
): Promise<IntegrationListingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadFor(c, id, 'certify');
    const decision = decideCertification(before, input.status, today(c.now), input.expiresAt);
    if (!decision.allowed) {
      throw new AppError('INVALID_TRANSITION', `Certification ${decision.path} ${decision.reason}`, {
        errors: [{ path: decision.path, message: decision.reason }],
      });
    }
    const after = await updateAudited(
      c,
      listings,
      before,
      {
        certification: input.status,
        certifiedAt: decision.certifiedAt,
        expiresAt: decision.expiresAt,
        certificationNote: input.note?.trim() ?? '',
        updatedAt: c.now,
      },
      LISTING,
      {
        summary: `Integration ${before.name}: certification ${before.certification} → ${input.status}`,
        event: 'integration_listing.certification_changed',
        eventData: { from: before.certification, to: input.status, expiresAt: decision.expiresAt },
      },
    );
    return one(c, after);
  });
}

/**
 * The daily sweep: certified listings whose expiry date has passed become expired, each audited
 * with an event. Safe to run twice (a second run finds none).
 */
export async function expireCertifications(ctx: Ctx): Promise<number> {
  return withTx(ctx, async (c) => {
    const lapsed = await c.tx
      .select()
      .from(listings)
      .where(and(eq(listings.certification, 'certified'), lt(listings.expiresAt, today(c.now))))
      .for('update');
    for (const before of lapsed) {
      await updateAudited(c, listings, before, { certification: 'expired', updatedAt: c.now }, LISTING, {
        summary: `Integration ${before.name}: certification expired on ${before.expiresAt}`,
        event: 'integration_listing.certification_changed',
        eventData: { from: 'certified', to: 'expired', expiresAt: before.expiresAt },
      });
    }
    return lapsed.length;
  });
}

/** Certified integrations of these partners, for the public directory: public fields only. */
export async function certifiedIntegrations(
  ctx: Ctx,
  partnerIds: readonly string[],
): Promise<Map<string, { name: string; category: string; listingUrl: string; expiresAt: string | null }[]>> {
  const out = new Map<string, { name: string; category: string; listingUrl: string; expiresAt: string | null }[]>();
  if (partnerIds.length === 0) return out;
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({
        partnerId: listings.partnerId,
        name: listings.name,
        category: listings.category,
        listingUrl: listings.listingUrl,
        expiresAt: listings.expiresAt,
      })
      .from(listings)
      .where(
        and(
          inArray(listings.partnerId, [...partnerIds]),
          eq(listings.certification, 'certified'),
          partnerFilter(c, listings.partnerId),
        ),
      )
      .orderBy(asc(listings.name)),
  );
  for (const { partnerId, ...rest } of rows) out.set(partnerId, [...(out.get(partnerId) ?? []), rest]);
  return out;
}
