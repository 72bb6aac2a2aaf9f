import type { Readable } from 'node:stream';
import { type AnyColumn, and, arrayOverlaps, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, systemCtx, type TxCtx } from '../../shared/context.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { heldCertificationChoices, heldCertificationNames, holdsCertificationCondition } from '../enablement/index.js';
import { listRecordFiles, openFile } from '../files/index.js';
import { certifiedIntegrations } from '../integrations/index.js';
import { getPartner, type PartnerDto, partners } from '../partners/index.js';
import { directoryTierChoices, membershipTierCondition, publicTiersOf } from '../programs/index.js';
import { tierSummaries, tiers } from '../tiers/index.js';
import { LISTABLE_STAGES, type ListingState, listingState, refusedListingFields } from './directory-listings.rules.js';
import { type DirectoryListingRow, directoryListings as listings } from './directory-listings.schema.js';

const LISTING: AuditedKind<DirectoryListingRow> = {
  entityType: 'directory_listing',
  partnerIdOf: (l) => l.partnerId,
  labelOf: () => 'Directory listing',
  conflicts: {
    directory_listings_partner_unique: { path: 'partnerId', message: 'has a directory listing already; load it again' },
  },
};

export type ListingPermissions = {
  /** Change the published text. */
  edit: boolean;
  /** Opt in or out (the partner's own admin). */
  publish: boolean;
  /** Hide or show it (vendor staff who manage the partner). */
  moderate: boolean;
};

export type DirectoryListingDto = Omit<DirectoryListingRow, 'id' | 'createdAt'> & {
  id: string | null;
  partnerName: string;
  state: ListingState;
  can: ListingPermissions;
};

function permissionsFor(ctx: Ctx, partner: PartnerDto): ListingPermissions {
  const actor = policyActor(ctx);
  return {
    edit: partner.can.edit,
    publish: actor.role === 'partner_admin' && actor.partnerId === partner.id,
    moderate: partner.can.editVendorFields,
  };
}

/** A partner's listing as it stands, or the empty one it would start from (not opted in). */
function toDto(ctx: Ctx, partner: PartnerDto, row: DirectoryListingRow | undefined): DirectoryListingDto {
  const base = row ?? {
    id: null,
    partnerId: partner.id,
    published: false,
    publishedAt: null,
    // A new listing starts from what the partner's profile says.
    description: partner.description,
    website: partner.website,
    contactEmail: '',
    regions: partner.regions,
    industries: partner.industries,
    types: partner.types,
    hidden: false,
    hiddenReason: '',
    hiddenById: null,
    hiddenAt: null,
    updatedAt: partner.updatedAt,
  };
  const { createdAt: _created, ...rest } = base as DirectoryListingRow;
  return {
    ...rest,
    id: row?.id ?? null,
    partnerName: partner.name,
    state: listingState(row ?? null, partner),
    can: permissionsFor(ctx, partner),
  };
}

async function rowOf(ctx: TxCtx, partnerId: string): Promise<DirectoryListingRow | undefined> {
  const [row] = await ctx.tx
    .select()
    .from(listings)
    .where(and(eq(listings.partnerId, partnerId), partnerFilter(ctx, listings.partnerId)))
    .for('update');
  return row;
}

export async function getDirectoryListing(ctx: Ctx, partnerId: string): Promise<DirectoryListingDto> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    return toDto(c, partner, await rowOf(c, partner.id));
  });
}

export type DirectoryListingInput = {
  published?: boolean;
  description?: string;
  website?: string;
  contactEmail?: string;
  regions?: string[];
  industries?: string[];
  types?: string[];
};

export async function saveDirectoryListing(
  ctx: Ctx,
  partnerId: string,
  input: DirectoryListingInput,
): Promise<DirectoryListingDto> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    const can = permissionsFor(c, partner);
    if (!can.edit) throw forbidden('Only the partner’s admin, its partner manager or an admin edits its directory listing');
    const before = await rowOf(c, partner.id);
    const refused = refusedListingFields(
      { partnerSide: isPartnerRole(policyActor(c).role) },
      { published: before?.published ?? false },
      input,
    );
    if (refused.length > 0) {
      throw forbidden(
        'Only the partner’s own admin opts it in or out of the public directory',
        refused.map((path) => ({ path, message: 'is the partner’s own decision' })),
      );
    }
    const publishing = input.published === true && !before?.published;
    const values = {
      ...input,
      ...(publishing ? { publishedAt: c.now } : {}),
      updatedAt: c.now,
    };
    const note =
      input.published === undefined || input.published === (before?.published ?? false)
        ? {}
        : {
            summary: `${partner.name} ${input.published ? 'opted in to' : 'opted out of'} the public partner directory`,
            event: input.published ? 'directory_listing.published' : 'directory_listing.unpublished',
          };
    const after = before
      ? await updateAudited(c, listings, before, values, LISTING, note)
      : await insertAudited(
          c,
          listings,
          {
            partnerId: partner.id,
            description: partner.description,
            website: partner.website,
            regions: partner.regions,
            industries: partner.industries,
            types: partner.types,
            ...values,
            createdAt: c.now,
          },
          LISTING,
          note,
        );
    return toDto(c, partner, after);
  });
}

/** Vendor staff hide a listing from the directory (with a reason the partner sees), or show it again. */
export async function moderateDirectoryListing(
  ctx: Ctx,
  partnerId: string,
  input: { hidden: boolean; reason?: string },
): Promise<DirectoryListingDto> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    if (!permissionsFor(c, partner).moderate)
      throw forbidden('Only an admin or the partner’s own partner manager hides its listing');
    const before = await rowOf(c, partner.id);
    const set = {
      hidden: input.hidden,
      hiddenReason: input.hidden ? (input.reason?.trim() ?? '') : '',
      hiddenById: input.hidden ? actorUserId(c) : null,
      hiddenAt: input.hidden ? c.now : null,
      updatedAt: c.now,
    };
    const note = {
      summary: `${input.hidden ? 'Hid' : 'Showed'} ${partner.name} ${input.hidden ? 'from' : 'in'} the public partner directory${input.hidden && input.reason ? `: ${input.reason}` : ''}`,
      event: input.hidden ? 'directory_listing.hidden' : 'directory_listing.shown',
    };
    const after = before
      ? await updateAudited(c, listings, before, set, LISTING, note)
      : await insertAudited(c, listings, { partnerId: partner.id, ...set, createdAt: c.now }, LISTING, note);
    return toDto(c, partner, after);
  });
}

/** A listing as the public sees it: nothing but what the partner chose to publish, and its tier. */
export type PublicListing = {
  id: string;
  name: string;
  description: string;
  website: string;
  contactEmail: string;
  regions: string[];
  industries: string[];
  types: string[];
  tier: { name: string; color: string } | null;
  /** Its tier in each program it is in (the default program first): "Gold · Reseller program". */
  tiers: { program: string; name: string; color: string }[];
  /** Names of the certifications the partner's people hold today (enablement module). */
  certifications: string[];
  integrations: { name: string; category: string; listingUrl: string }[];
  logoUrl: string;
};

export type PublicDirectoryQuery = {
  limit: number;
  cursor?: string;
  region?: string[];
  industry?: string[];
  type?: string[];
  tier?: string[];
  /** Tier names, matched in any program (or in `program`): what a visitor knows as "Gold". */
  tierName?: string[];
  program?: string[];
  certification?: string[];
  q?: string;
};

/** Conditions every public read applies: opted in, not hidden, listable stage, active status. */
function shownConditions(): SQL[] {
  return [
    eq(listings.published, true),
    eq(listings.hidden, false),
    inArray(partners.lifecycleStage, [...LISTABLE_STAGES]),
    eq(partners.status, 'active'),
  ];
}

/**
 * The public directory: one query over listings joined to the partners' public columns (name,
 * tier, stage, status), filtered and paged by name in SQL; tiers and certified integrations of
 * the page in one query each. Runs as the system (the caller is anonymous), so it selects only
 * published columns — never a partner's other fields.
 */
export async function searchDirectory(db: Db, query: PublicDirectoryQuery): Promise<Page<PublicListing>> {
  const ctx = systemCtx(db, 'public partner directory');
  return withTx(ctx, async (c) => {
    const ks = keyset('directory', 'name', { name: partners.name }, listings.id, query.cursor);
    const q = query.q?.trim();
    const pattern = q ? containsPattern(q) : undefined;
    const rows = await c.tx
      .select({
        id: listings.id,
        partnerId: listings.partnerId,
        name: partners.name,
        tierId: partners.tierId,
        description: listings.description,
        website: listings.website,
        contactEmail: listings.contactEmail,
        regions: listings.regions,
        industries: listings.industries,
        types: listings.types,
      })
      .from(listings)
      .innerJoin(partners, eq(partners.id, listings.partnerId))
      .where(
        and(
          ...shownConditions(),
          ks.where,
          query.region?.length ? arrayOverlaps(listings.regions, query.region) : undefined,
          query.industry?.length ? arrayOverlaps(listings.industries, query.industry) : undefined,
          query.type?.length ? arrayOverlaps(listings.types, query.type) : undefined,
          // A tier id (of any program: the partner's tier or a membership's), and tier names / programs.
          query.tier?.length
            ? or(inArray(partners.tierId, query.tier), membershipTierCondition(partners.id, { tierIds: query.tier }))
            : undefined,
          membershipTierCondition(partners.id, { programIds: query.program, tierNames: query.tierName }),
          // Its people hold one of these certifications today (enablement).
          query.certification?.length ? holdsCertificationCondition(partners.id, query.certification, c.now) : undefined,
          pattern ? or(ilike(partners.name, pattern), ilike(listings.description, pattern)) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    const tierMap = await tierSummaries(
      c,
      page.data.map((r) => r.tierId),
    );
    const integrations = await certifiedIntegrations(
      c,
      page.data.map((r) => r.partnerId),
    );
    const programTiers = await publicTiersOf(
      c,
      page.data.map((r) => r.partnerId),
    );
    const certified = await heldCertificationNames(
      c,
      page.data.map((r) => r.partnerId),
    );
    return {
      data: page.data.map((r) => {
        const tier = r.tierId ? tierMap.get(r.tierId) : undefined;
        return {
          id: r.id,
          name: r.name,
          description: r.description,
          website: r.website,
          contactEmail: r.contactEmail,
          regions: r.regions,
          industries: r.industries,
          types: r.types,
          tier: tier ? { name: tier.name, color: tier.color } : null,
          tiers: programTiers.get(r.partnerId) ?? [],
          certifications: certified.get(r.partnerId) ?? [],
          integrations: (integrations.get(r.partnerId) ?? []).map(({ name, category, listingUrl }) => ({
            name,
            category,
            listingUrl,
          })),
          logoUrl: `/api/v1/directory/partners/${r.id}/logo`,
        };
      }),
      nextCursor: page.nextCursor,
    };
  });
}

/** The filter choices the directory page offers: what the shown listings actually have. */
export async function directoryFilters(db: Db) {
  const ctx = systemCtx(db, 'public partner directory');
  return withTx(ctx, async (c) => {
    const shown = and(...shownConditions());
    const values = async (column: AnyColumn) =>
      (
        await c.tx
          .selectDistinct({ value: sql<string>`unnest(${column})` })
          .from(listings)
          .innerJoin(partners, eq(partners.id, listings.partnerId))
          .where(shown)
      )
        .map((r) => r.value)
        .sort((a, b) => a.localeCompare(b));
    const tierRows = await c.tx
      .selectDistinct({ id: tiers.id, name: tiers.name, rank: tiers.rank })
      .from(listings)
      .innerJoin(partners, eq(partners.id, listings.partnerId))
      .innerJoin(tiers, eq(tiers.id, partners.tierId))
      .where(shown)
      .orderBy(asc(tiers.rank));
    const shownIds = sql`select ${listings.partnerId} from ${listings} join ${partners} on ${partners.id} = ${listings.partnerId} where ${shown}`;
    const choices = await directoryTierChoices(c, shownIds);
    return {
      regions: await values(listings.regions),
      industries: await values(listings.industries),
      types: await values(listings.types),
      tiers: tierRows.map((t) => ({ id: t.id, name: t.name })),
      tierNames: choices.tierNames,
      programs: choices.programs,
      certifications: await heldCertificationChoices(c, shownIds),
    };
  });
}

/** A shown listing's logo (the partner's logo file), or 404. */
export async function directoryLogo(db: Db, listingId: string): Promise<{ contentType: string; stream: Readable }> {
  const ctx = systemCtx(db, 'public partner directory logo');
  const partnerId = await withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select({ partnerId: listings.partnerId })
      .from(listings)
      .innerJoin(partners, eq(partners.id, listings.partnerId))
      .where(and(eq(listings.id, listingId), ...shownConditions()));
    return row?.partnerId ?? null;
  });
  if (!partnerId) throw notFound('Logo');
  const [logo] = await listRecordFiles(ctx, partnerId, ['partner.logo']);
  if (!logo) throw notFound('Logo');
  const { file, stream } = await openFile(ctx, logo.id);
  return { contentType: file.contentType, stream };
}

/** Where a listing stands, for the vendor's list: shown publicly, opted in but not shown, hidden, or not opted in. */
export const LISTING_STATUSES = ['listed', 'not_listed', 'hidden', 'draft'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export type ListingSummaryDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  lifecycleStage: string;
  status: ListingStatus;
  published: boolean;
  publishedAt: Date | null;
  hidden: boolean;
  hiddenReason: string;
  regions: string[];
  industries: string[];
  updatedAt: Date;
};

export type ListingListQuery = {
  limit: number;
  cursor?: string;
  sort: string;
  status?: ListingStatus[];
  q?: string;
};

/**
 * Every partner's saved listing, for vendor staff: where each stands (the public directory's own
 * conditions, in SQL), filtered by that and by partner name, newest change first.
 */
export async function listDirectoryListings(ctx: Ctx, query: ListingListQuery): Promise<Page<ListingSummaryDto>> {
  return withTx(ctx, async (c) => {
    const shown = and(...shownConditions()) as SQL;
    const status = sql<ListingStatus>`CASE WHEN ${shown} THEN 'listed' WHEN ${listings.hidden} THEN 'hidden'
      WHEN ${listings.published} THEN 'not_listed' ELSE 'draft' END`;
    const ks = keyset(
      'directory-listings',
      query.sort,
      { updatedAt: listings.updatedAt, partnerName: partners.name },
      listings.id,
      query.cursor,
    );
    const q = query.q?.trim();
    const rows = await c.tx
      .select({
        id: listings.id,
        partnerId: listings.partnerId,
        partnerName: partners.name,
        lifecycleStage: partners.lifecycleStage,
        status,
        published: listings.published,
        publishedAt: listings.publishedAt,
        hidden: listings.hidden,
        hiddenReason: listings.hiddenReason,
        regions: listings.regions,
        industries: listings.industries,
        updatedAt: listings.updatedAt,
      })
      .from(listings)
      .innerJoin(partners, eq(partners.id, listings.partnerId))
      .where(
        and(
          partnerFilter(c, listings.partnerId),
          ks.where,
          query.status?.length ? inArray(status, query.status) : undefined,
          q ? ilike(partners.name, containsPattern(q)) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    return toPage(rows, query.limit, ks.cursorOf);
  });
}
