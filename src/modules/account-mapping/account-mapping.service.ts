import { createHmac } from 'node:crypto';
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { insertFromJson } from '../../db/bulk-insert.js';
import { withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField } from '../../shared/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../shared/paging.js';
import { blindingKeyFrom, blind as blindKey, isBlindedValue, reblind } from '../../shared/psi.js';
import { recordChange } from '../audit/index.js';
import { customerKeys, normaliseDomain } from '../deal-registrations/index.js';
import { type VisiblePartner, visiblePartner } from '../directory/index.js';
import { type AccountMappingPermissions, accountMappingPermissions, viewerSide } from './account-mapping.policy.js';
import {
  cellCount,
  checkReveal,
  MAPPING_SIDES,
  type MappingSide,
  otherSide,
  POPULATIONS,
  type Population,
  privateMatchPopulations,
  type Sharing,
  type SharingLevel,
  sharingFrom,
  visibility,
} from './account-mapping.rules.js';
import {
  accountMappingPrivateMatches,
  accountMappingSharing,
  partnerMappingAccounts,
  vendorMappingAccounts,
} from './account-mapping.schema.js';

type Counts = Record<Population, number | null>;

export type AccountMappingDto = {
  partnerId: string;
  partnerName: string;
  viewer: MappingSide;
  sharing: Sharing;
  lists: Record<MappingSide, Counts>;
  matrix: { vendorPopulation: Population; partnerPopulation: Population; count: number | null; rows: boolean }[];
  /** Distinct overlapping companies the caller may count (null: nothing of the other side is shared). */
  overlapTotal: number | null;
  privateMatch: { ranAt: string; submitted: number; revealed: number | null; revealedAt: string | null } | null;
  can: AccountMappingPermissions;
};

export type OverlapRow = {
  id: string;
  matchedOn: 'domain' | 'name';
  vendorPopulation: Population | null;
  vendorName: string | null;
  vendorDomain: string | null;
  partnerPopulation: Population | null;
  partnerName: string | null;
  partnerDomain: string | null;
  industry: string | null;
  country: string | null;
};

export type MappingAccount = {
  id: string;
  side: MappingSide;
  population: Population;
  name: string;
  domain: string | null;
  industry: string | null;
  country: string | null;
};

export type AccountRowInput = {
  population: Population;
  name: string;
  domain?: string | null;
  industry?: string | null;
  country?: string | null;
  externalId?: string | null;
};

const emptyCounts = (): Counts => ({ customer: null, prospect: null, opportunity: null });

async function partnerAndSharing(c: TxCtx, partnerId: string): Promise<{ partner: VisiblePartner; sharing: Sharing }> {
  const partner = await visiblePartner(c, partnerId);
  const rows = await c.tx
    .select({
      side: accountMappingSharing.side,
      population: accountMappingSharing.population,
      level: accountMappingSharing.level,
    })
    .from(accountMappingSharing)
    .where(eq(accountMappingSharing.partnerId, partner.id));
  return { partner, sharing: sharingFrom(rows) };
}

/** The keys of an account, or the field that has none ("name" / "domain"). */
export function accountKeys(row: { name: string; domain?: string | null }) {
  const keys = customerKeys({ name: row.name, domain: row.domain ?? null });
  return keys.ok ? { ok: true as const, keys: keys.keys } : { ok: false as const, field: keys.path.replace('customer.', '') };
}

/**
 * One partner's mapping as the caller sees it: both sides' list sizes and the overlap matrix
 * (vendor population × partner population, distinct companies), each figure of the other side
 * only as far as that side shares it. One statement per part, set-based in the database.
 */
export async function getAccountMapping(ctx: Ctx, partnerId: string): Promise<AccountMappingDto> {
  return withTx(ctx, async (c) => {
    const { partner, sharing } = await partnerAndSharing(c, partnerId);
    const actor = policyActor(c);
    const viewer = viewerSide(actor);
    const other = otherSide(viewer);
    const countable = POPULATIONS.filter((p) => visibility(sharing, viewer, other, p).counts);
    const [partnerTotals, vendorTotals, cells, runs] = await Promise.all([
      c.tx
        .select({ population: partnerMappingAccounts.population, n: count() })
        .from(partnerMappingAccounts)
        .where(eq(partnerMappingAccounts.partnerId, partner.id))
        .groupBy(partnerMappingAccounts.population),
      c.tx.execute<{ population: Population; accounts: string }>(
        sql`SELECT population, accounts FROM account_mapping_vendor_totals(${partner.id}::uuid)`,
      ),
      // Distinct companies per cell, and in the populations the caller may count: the count path
      // (no names, no vendor company join), counted in the database function (decision 0208).
      c.tx.execute<{ vendor_population: Population | null; partner_population: Population | null; companies: number }>(
        sql`SELECT vendor_population, partner_population, companies
              FROM account_mapping_overlap_counts(${partner.id}::uuid, ${other}::text,
                   ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(countable)}::jsonb)))`,
      ),
      c.tx
        .select()
        .from(accountMappingPrivateMatches)
        .where(eq(accountMappingPrivateMatches.partnerId, partner.id))
        .orderBy(desc(accountMappingPrivateMatches.createdAt))
        .limit(1),
    ]);
    const lists = { vendor: emptyCounts(), partner: emptyCounts() };
    for (const p of POPULATIONS) {
      if (visibility(sharing, viewer, 'partner', p).counts)
        lists.partner[p] = Number(partnerTotals.find((r) => r.population === p)?.n ?? 0);
      if (visibility(sharing, viewer, 'vendor', p).counts)
        lists.vendor[p] = Number(vendorTotals.rows.find((r) => r.population === p)?.accounts ?? 0);
    }
    const matrix = POPULATIONS.flatMap((vendorPopulation) =>
      POPULATIONS.map((partnerPopulation) => {
        const found = cells.rows.find(
          (r) => r.vendor_population === vendorPopulation && r.partner_population === partnerPopulation,
        );
        const cell = { vendorPopulation, partnerPopulation, count: Number(found?.companies ?? 0) };
        const otherPopulation = other === 'vendor' ? vendorPopulation : partnerPopulation;
        return {
          vendorPopulation,
          partnerPopulation,
          count: cellCount(sharing, viewer, cell),
          rows: visibility(sharing, viewer, other, otherPopulation).overlapRows,
        };
      }),
    );
    const overlapTotal =
      countable.length === 0 ? null : Number(cells.rows.find((r) => r.vendor_population === null)?.companies ?? 0);
    const run = runs[0];
    return {
      partnerId: partner.id,
      partnerName: partner.name,
      viewer,
      sharing,
      lists,
      matrix,
      overlapTotal,
      privateMatch: run
        ? {
            ranAt: run.createdAt.toISOString(),
            submitted: run.submitted,
            revealed: run.revealed,
            revealedAt: run.revealedAt?.toISOString() ?? null,
          }
        : null,
      can: accountMappingPermissions(actor, partner),
    };
  });
}

/** The caller's own side's sharing, per population given; the other side's is never the caller's to set. */
export async function setSharing(
  ctx: Ctx,
  partnerId: string,
  levels: Partial<Record<Population, SharingLevel>>,
): Promise<AccountMappingDto> {
  await withTx(ctx, async (c) => {
    const { partner, sharing } = await partnerAndSharing(c, partnerId);
    const actor = policyActor(c);
    if (!accountMappingPermissions(actor, partner).share) throw forbidden('You may not change what is shared in this mapping');
    const side = viewerSide(actor);
    const changed = POPULATIONS.filter((p) => levels[p] !== undefined && levels[p] !== sharing[side][p]);
    if (changed.length === 0) return;
    await c.tx
      .insert(accountMappingSharing)
      .values(
        changed.map((population) => ({
          partnerId: partner.id,
          side,
          population,
          level: levels[population] as SharingLevel,
          updatedAt: c.now,
          updatedById: actorUserId(c),
        })),
      )
      .onConflictDoUpdate({
        target: [accountMappingSharing.partnerId, accountMappingSharing.side, accountMappingSharing.population],
        set: { level: sql`excluded.level`, updatedAt: c.now, updatedById: actorUserId(c) },
      });
    await recordChange(c, {
      action: 'update',
      entityType: 'account_mapping_sharing',
      entityId: partner.id,
      partnerId: partner.id,
      before: Object.fromEntries(changed.map((p) => [p, sharing[side][p]])),
      after: Object.fromEntries(changed.map((p) => [p, levels[p]])),
      summary: `${side === 'vendor' ? 'The vendor' : partner.name} changed what it shares in the account mapping`,
      event: 'account_mapping.sharing_changed',
      eventData: { side, levels: Object.fromEntries(changed.map((p) => [p, levels[p]])) },
    });
  });
  return getAccountMapping(ctx, partnerId);
}

export type OverlapQuery = {
  vendorPopulation?: Population;
  partnerPopulation?: Population;
  limit: number;
  cursor?: string;
};

/**
 * The overlapping accounts behind the matrix, one row per matched pair — a partner account and a
 * vendor company in one vendor population (decision 0205): the vendor may hold the company several
 * times (uploaded, from the pipeline, once per open opportunity); the pair shows once, with the
 * vendor row matched on the domain preferred. The caller's own side's account in full, the other
 * side's only from populations it shares at least as "overlap" (the database function blanks the
 * vendor's otherwise; the partner's are filtered here).
 */
export async function listOverlaps(ctx: Ctx, partnerId: string, query: OverlapQuery): Promise<Page<OverlapRow>> {
  return withTx(ctx, async (c) => {
    const { partner, sharing } = await partnerAndSharing(c, partnerId);
    const viewer = viewerSide(policyActor(c));
    const other = otherSide(viewer);
    const allowed = POPULATIONS.filter((p) => visibility(sharing, viewer, other, p).overlapRows);
    const otherFilter = other === 'vendor' ? sql`x.vendor_population` : sql`x.partner_population`;
    const kind = 'account-mapping-overlaps';
    let after = sql`true`;
    if (query.cursor) {
      const [nameKey, pid, vpop, vid] = decodeCursor(query.cursor, kind, 4);
      after = sql`(d.name_key, d.pid, d.vendor_population, d.vid) > (${nameKey}::text, ${pid}::uuid, ${vpop}::text, ${vid}::uuid)`;
    }
    if (allowed.length === 0) return { data: [], nextCursor: null };
    const result = await c.tx.execute<{
      vid: string;
      pid: string;
      name_key: string;
      match_key: string;
      vendor_population: Population;
      vendor_name: string | null;
      vendor_domain: string | null;
      partner_population: Population;
      partner_name: string;
      partner_domain: string | null;
      industry: string | null;
      country: string | null;
    }>(sql`
      SELECT d.* FROM (
        SELECT DISTINCT ON (p.id, x.vendor_population, x.vendor_company_key)
               x.vendor_account_id AS vid, p.id AS pid, p.name_key, x.match_key, x.vendor_population, x.vendor_name,
               x.vendor_domain, p.population AS partner_population, p.name AS partner_name, p.domain AS partner_domain,
               p.industry, p.country
          FROM account_mapping_pairs(${partner.id}::uuid) x
          JOIN partner_mapping_accounts p ON p.id = x.partner_account_id
         WHERE ${otherFilter} IN (SELECT jsonb_array_elements_text(${JSON.stringify(allowed)}::jsonb))
           AND (${query.vendorPopulation ?? null}::text IS NULL OR x.vendor_population = ${query.vendorPopulation ?? null}::text)
           AND (${query.partnerPopulation ?? null}::text IS NULL OR p.population = ${query.partnerPopulation ?? null}::text)
         ORDER BY p.id, x.vendor_population, x.vendor_company_key, x.match_key LIKE 'name:%', x.vendor_domain IS NULL,
                  x.vendor_account_id
      ) d
       WHERE ${after}
       ORDER BY d.name_key, d.pid, d.vendor_population, d.vid
       LIMIT ${query.limit + 1}`);
    const rows = result.rows.slice(0, query.limit);
    const last = rows.at(-1);
    return {
      data: rows.map((r) => ({
        id: `${r.pid}:${r.vid}`,
        matchedOn: r.match_key.startsWith('name:') ? ('name' as const) : ('domain' as const),
        vendorPopulation: r.vendor_population,
        vendorName: r.vendor_name,
        vendorDomain: r.vendor_domain,
        partnerPopulation: r.partner_population,
        partnerName: r.partner_name,
        partnerDomain: r.partner_domain,
        industry: r.industry,
        country: r.country,
      })),
      nextCursor:
        result.rows.length > query.limit && last
          ? encodeCursor(kind, [last.name_key, last.pid, last.vendor_population, last.vid])
          : null,
    };
  });
}

export type AccountsQuery = { side: MappingSide; population: Population; limit: number; cursor?: string };

/** A page of one side's list of one population: the caller's own, or the other's when shared in full. */
export async function listMappingAccounts(ctx: Ctx, partnerId: string, query: AccountsQuery): Promise<Page<MappingAccount>> {
  return withTx(ctx, async (c) => {
    const { partner, sharing } = await partnerAndSharing(c, partnerId);
    const viewer = viewerSide(policyActor(c));
    if (!visibility(sharing, viewer, query.side, query.population).fullList) return { data: [], nextCursor: null };
    const kind = `account-mapping-accounts:${query.side}:${query.population}`;
    const [afterKey, afterId] = query.cursor ? decodeCursor(query.cursor, kind, 2) : [null, null];
    const result =
      query.side === 'vendor'
        ? await c.tx.execute<{
            id: string;
            name: string;
            domain: string | null;
            industry: string | null;
            country: string | null;
            name_key: string;
          }>(
            sql`SELECT id, name, domain, industry, country, name_key
                  FROM account_mapping_vendor_accounts(${partner.id}::uuid, ${query.population}::text, ${afterKey}::text, ${afterId}::uuid, ${query.limit + 1}::int)`,
          )
        : await c.tx.execute<{
            id: string;
            name: string;
            domain: string | null;
            industry: string | null;
            country: string | null;
            name_key: string;
          }>(
            sql`SELECT id, name, domain, industry, country, name_key FROM partner_mapping_accounts
                 WHERE partner_id = ${partner.id}::uuid AND population = ${query.population}::text
                   AND (${afterKey}::text IS NULL OR (name_key, id) > (${afterKey}::text, ${afterId}::uuid))
                 ORDER BY name_key, id LIMIT ${query.limit + 1}`,
          );
    const rows = result.rows.slice(0, query.limit);
    const last = rows.at(-1);
    return {
      data: rows.map((r) => ({
        id: r.id,
        side: query.side,
        population: query.population,
        name: r.name,
        domain: r.domain,
        industry: r.industry,
        country: r.country,
      })),
      nextCursor: result.rows.length > query.limit && last ? encodeCursor(kind, [last.name_key, last.id]) : null,
    };
  });
}

/** The rows of a list as stored: keys made by the one normaliser, nothing else computed. */
function storedRows(rows: readonly AccountRowInput[]) {
  return rows.map((r) => {
    const keys = accountKeys(r);
    if (!keys.ok) throw invalidField(keys.field, 'has no usable key');
    return {
      population: r.population,
      name: r.name,
      // As people read it ("acme.com"), not as the file had it ("https://www.Acme.com/").
      domain: keys.keys.domain,
      nameKey: keys.keys.name,
      domainKey: keys.keys.domain,
      industry: r.industry ?? null,
      country: r.country ?? null,
    };
  });
}

/**
 * Adds a batch of a partner's uploaded list, first replacing what it uploaded before in each
 * population the upload holds (`replace`): an upload is the list as it is now. One audit entry and
 * one `account_list.uploaded` event per batch, never one per account (decision 0197).
 */
export async function addPartnerAccounts(
  c: TxCtx,
  partnerId: string,
  rows: readonly AccountRowInput[],
  replace: readonly Population[],
): Promise<void> {
  let removed = 0;
  if (replace.length > 0) {
    const gone = await c.tx
      .delete(partnerMappingAccounts)
      .where(
        and(
          eq(partnerMappingAccounts.partnerId, partnerId),
          eq(partnerMappingAccounts.source, 'upload'),
          inArray(partnerMappingAccounts.population, [...replace]),
        ),
      )
      .returning({ id: partnerMappingAccounts.id });
    removed = gone.length;
  }
  await insertFromJson(
    c.tx,
    partnerMappingAccounts,
    storedRows(rows).map((r) => ({ ...r, partnerId, source: 'upload' as const })),
    { returning: false },
  );
  await recordChange(c, {
    action: 'upload',
    entityType: 'account_list',
    entityId: partnerId,
    partnerId,
    after: {
      side: 'partner',
      accounts: rows.length,
      replaced: removed,
      populations: [...new Set(rows.map((r) => r.population))],
    },
    summary: `${rows.length} accounts uploaded to the partner's account list`,
    event: 'account_list.uploaded',
    eventData: { side: 'partner', accounts: rows.length, replaced: removed },
  });
}

/** The vendor's uploaded list, as `addPartnerAccounts` for a partner's. */
export async function addVendorAccounts(
  c: TxCtx,
  rows: readonly AccountRowInput[],
  replace: readonly Population[],
): Promise<void> {
  let removed = 0;
  if (replace.length > 0) {
    const gone = await c.tx
      .delete(vendorMappingAccounts)
      .where(and(eq(vendorMappingAccounts.source, 'upload'), inArray(vendorMappingAccounts.population, [...replace])))
      .returning({ id: vendorMappingAccounts.id });
    removed = gone.length;
  }
  await insertFromJson(
    c.tx,
    vendorMappingAccounts,
    storedRows(rows).map((r) => ({ ...r, source: 'upload' })),
    { returning: false },
  );
  await recordChange(c, {
    action: 'upload',
    entityType: 'account_list',
    entityId: 'vendor',
    partnerId: null,
    after: { side: 'vendor', accounts: rows.length, replaced: removed, populations: [...new Set(rows.map((r) => r.population))] },
    summary: `${rows.length} accounts uploaded to the vendor's account list`,
    event: 'account_list.uploaded',
    eventData: { side: 'vendor', accounts: rows.length, replaced: removed },
  });
}

/**
 * The seam for the vendor's own records (decision 0198): a module that owns accounts or
 * opportunities keeps the vendor's list in step by calling this from its service or a subscriber,
 * in its transaction, with its own `source` name and its record ids as `externalId`. Upserts
 * `rows` (by source and externalId) and removes `remove`; uploads (`source = 'upload'`) are untouched.
 */
export async function syncVendorAccounts(
  ctx: Ctx,
  source: string,
  change: { upsert?: readonly (AccountRowInput & { externalId: string })[]; remove?: readonly string[] },
): Promise<void> {
  if (source === 'upload') throw new Error("'upload' is the uploaded list's source");
  await withTx(ctx, async (c) => {
    const upsert = change.upsert ?? [];
    const remove = change.remove ?? [];
    if (upsert.length > 0)
      await c.tx
        .insert(vendorMappingAccounts)
        .values(storedRows(upsert).map((r, i) => ({ ...r, source, externalId: upsert[i]?.externalId })))
        .onConflictDoUpdate({
          target: [vendorMappingAccounts.source, vendorMappingAccounts.externalId],
          set: {
            population: sql`excluded.population`,
            name: sql`excluded.name`,
            domain: sql`excluded.domain`,
            nameKey: sql`excluded.name_key`,
            domainKey: sql`excluded.domain_key`,
            industry: sql`excluded.industry`,
            country: sql`excluded.country`,
          },
        });
    if (remove.length > 0)
      await c.tx
        .delete(vendorMappingAccounts)
        .where(and(eq(vendorMappingAccounts.source, source), inArray(vendorMappingAccounts.externalId, [...remove])));
    if (upsert.length + remove.length > 0)
      await recordChange(c, {
        action: 'sync',
        entityType: 'account_list',
        entityId: 'vendor',
        partnerId: null,
        after: { side: 'vendor', source, upserted: upsert.length, removed: remove.length },
        event: 'account_list.synced',
        eventData: { source, upserted: upsert.length, removed: remove.length },
      });
  });
}

/** The partner clears its list (uploaded and revealed): it no longer takes part in the mapping. */
export async function clearPartnerAccounts(ctx: Ctx, partnerId: string): Promise<AccountMappingDto> {
  await withTx(ctx, async (c) => {
    const { partner } = await partnerAndSharing(c, partnerId);
    if (!accountMappingPermissions(policyActor(c), partner).upload) throw forbidden('You may not change this account list');
    const gone = await c.tx
      .delete(partnerMappingAccounts)
      .where(eq(partnerMappingAccounts.partnerId, partner.id))
      .returning({ id: partnerMappingAccounts.id });
    await recordChange(c, {
      action: 'clear',
      entityType: 'account_list',
      entityId: partner.id,
      partnerId: partner.id,
      before: { accounts: gone.length },
      after: { accounts: 0 },
      summary: `${partner.name} cleared its account list`,
      event: 'account_list.cleared',
      eventData: { side: 'partner', removed: gone.length },
    });
  });
  return getAccountMapping(ctx, partnerId);
}

/** The most accounts a reveal takes (the overlap, not the lists: those have no cap, decision 0206). */
export const PRIVATE_MATCH_LIMIT = 10_000;
/** The most of the vendor's blinded values one answer carries (the browser asks for the next page). */
export const PRIVATE_MATCH_VENDOR_PAGE = 5_000;
/** The most blinded values one request of a private match carries (the browser sends its list in chunks). */
export const PRIVATE_MATCH_CHUNK = 5_000;
/** The most values one private match takes in all its chunks. */
export const PRIVATE_MATCH_MAX = 100_000;
/** How long a private match takes more chunks after it started. */
const PRIVATE_MATCH_OPEN_MS = 60 * 60_000;

export type PrivateMatchAnswer = {
  matchId: string;
  /** (H(d)^a)^b for each value sent, in the order sent. */
  items: string[];
  /** H(v)^b for a page of the vendor domains the partner may match against, with its population; sorted. */
  vendor: { value: string; population: Population }[];
  /** How many (domain, population) values the vendor's side of the match has in all. */
  vendorTotal: number;
  /** Where the next page of the vendor's values starts (`vendorFrom` of a later request), null when this was the last. */
  vendorNext: number | null;
  /** How many values the match has taken so far, this chunk included. */
  submitted: number;
};

/**
 * The server's secret of one private match: a keyed hash of the run's id under the
 * `private-match` signing key (migration 0040), so every chunk of the run is blinded alike and
 * the secret is never stored; the partner never learns it (decision 0226).
 */
async function matchSecret(c: TxCtx, matchId: string) {
  const found = await c.tx.execute<{ secret: string }>(sql`SELECT secret FROM signing_keys WHERE name = 'private-match'`);
  const key = found.rows[0]?.secret;
  if (!key) throw new Error('the private-match signing key is missing (migration 0040)');
  return blindingKeyFrom(createHmac('sha512', key).update(`private-match:${matchId}`).digest());
}

/**
 * A page of the vendor's side of a private match (decision 0206): its domains of the populations
 * shared for matching, in one stable order (domain, population), counted and cut in the database;
 * each domain blinded once with the run's secret. No cap on the list: a page at a time.
 */
async function vendorPage(
  c: TxCtx,
  partnerId: string,
  sharing: Sharing,
  secret: ReturnType<typeof blindingKeyFrom>,
  from: number,
  limit: number,
): Promise<{ vendor: { value: string; population: Population }[]; vendorTotal: number; vendorNext: number | null }> {
  if (privateMatchPopulations(sharing).length === 0) return { vendor: [], vendorTotal: 0, vendorNext: null };
  const found = await c.tx.execute<{ total: number; page: { domain_key: string; population: Population }[] | null }>(sql`
    WITH k AS MATERIALIZED (SELECT domain_key, population FROM account_mapping_vendor_keys(${partnerId}::uuid, NULL))
    SELECT (SELECT count(*)::int FROM k) AS total,
           (SELECT json_agg(json_build_object('domain_key', domain_key, 'population', population) ORDER BY domain_key, population)
              FROM (SELECT * FROM k ORDER BY domain_key, population OFFSET ${from}::int LIMIT ${limit}::int) p) AS page`);
  const total = Number(found.rows[0]?.total ?? 0);
  const page = found.rows[0]?.page ?? [];
  const blinded = new Map<string, string>();
  const vendor = page
    .map((k) => {
      let value = blinded.get(k.domain_key);
      if (value === undefined) {
        value = blindKey(k.domain_key, secret);
        blinded.set(k.domain_key, value);
      }
      return { value, population: k.population };
    })
    .sort((x, y) => (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  const next = from + page.length;
  return { vendor, vendorTotal: total, vendorNext: page.length > 0 && next < total ? next : null };
}

/**
 * The server's step of a private match (decisions 0195, 0226): it re-blinds what the partner's
 * browser sent with the run's secret, and — on the first chunk — blinds the vendor's domains of
 * the populations the vendor shares at least as "overlap" with this partner. A list longer than a
 * chunk comes in several requests naming the run (`matchId`): the partner's latest, unrevealed,
 * started within the hour, at most 100,000 values in all. It stores how many values came, never
 * the values.
 */
export async function runPrivateMatch(
  ctx: Ctx,
  partnerId: string,
  items: readonly string[],
  matchId?: string,
  vendorFrom?: number,
  vendorLimit: number = PRIVATE_MATCH_VENDOR_PAGE,
): Promise<PrivateMatchAnswer> {
  return withTx(ctx, async (c) => {
    const { partner, sharing } = await partnerAndSharing(c, partnerId);
    if (!accountMappingPermissions(policyActor(c), partner).match)
      throw forbidden('You may not run a private match for this partner');
    const bad = items.findIndex((v) => !isBlindedValue(v));
    if (bad >= 0) throw invalidField(`items.${bad}`, 'must be a blinded value (a ristretto255 point, base64url)');
    if (matchId) {
      const [latest] = await c.tx
        .select()
        .from(accountMappingPrivateMatches)
        .where(eq(accountMappingPrivateMatches.partnerId, partner.id))
        .orderBy(desc(accountMappingPrivateMatches.createdAt))
        .limit(1)
        .for('update');
      if (!latest || latest.id !== matchId.toLowerCase() || latest.revealedAt)
        throw invalidField('matchId', 'is not the open private match of this partner; start a new one');
      if (c.now.getTime() - latest.createdAt.getTime() > PRIVATE_MATCH_OPEN_MS)
        throw invalidField('matchId', 'started more than an hour ago; start a new one');
      const submitted = latest.submitted + items.length;
      if (submitted > PRIVATE_MATCH_MAX)
        throw invalidField('items', `a private match takes at most ${PRIVATE_MATCH_MAX} values in all`);
      const secret = await matchSecret(c, latest.id);
      const answered = items.map((v) => reblind(v, secret));
      await c.tx.update(accountMappingPrivateMatches).set({ submitted }).where(eq(accountMappingPrivateMatches.id, latest.id));
      await recordChange(c, {
        action: 'update',
        entityType: 'account_mapping_private_match',
        entityId: latest.id,
        partnerId: partner.id,
        before: { submitted: latest.submitted },
        after: { submitted },
        summary: `${partner.name} sent ${items.length} more blinded domains to a private match`,
        event: 'account_mapping.private_match_extended',
        eventData: { submitted, chunk: items.length },
      });
      const page =
        vendorFrom === undefined
          ? { vendor: [], vendorTotal: latest.vendorValues, vendorNext: null }
          : await vendorPage(c, partner.id, sharing, secret, vendorFrom, vendorLimit);
      return { matchId: latest.id, items: answered, submitted, ...page };
    }
    const [run] = await c.tx
      .insert(accountMappingPrivateMatches)
      .values({ partnerId: partner.id, submitted: items.length, vendorValues: 0, createdById: actorUserId(c) })
      .returning();
    if (!run) throw new Error('no private match row');
    const secret = await matchSecret(c, run.id);
    const answered = items.map((v) => reblind(v, secret));
    const page = await vendorPage(c, partner.id, sharing, secret, vendorFrom ?? 0, vendorLimit);
    await c.tx
      .update(accountMappingPrivateMatches)
      .set({ vendorValues: page.vendorTotal })
      .where(eq(accountMappingPrivateMatches.id, run.id));
    await recordChange(c, {
      action: 'create',
      entityType: 'account_mapping_private_match',
      entityId: run.id,
      partnerId: partner.id,
      after: { submitted: items.length, vendorValues: page.vendorTotal },
      summary: `${partner.name} ran a private match of ${items.length} blinded domains`,
      event: 'account_mapping.private_match_run',
      eventData: { submitted: items.length, vendorValues: page.vendorTotal },
    });
    return { matchId: run.id, items: answered, submitted: items.length, ...page };
  });
}

/**
 * The partner consents to show the vendor the overlap its browser found: each revealed domain
 * must be one the vendor holds in a population shared for matching (so nothing outside the overlap
 * can be stored this way). They become the partner's `private_match` accounts, replacing an
 * earlier reveal, and count in the matrix under the partner's own sharing choices. No accounts
 * withdraws an earlier reveal.
 */
export async function revealPrivateMatch(
  ctx: Ctx,
  partnerId: string,
  input: { matchId?: string; accounts: readonly { domain: string; population: Population }[] },
): Promise<AccountMappingDto> {
  await withTx(ctx, async (c) => {
    const { partner } = await partnerAndSharing(c, partnerId);
    if (!accountMappingPermissions(policyActor(c), partner).match) throw forbidden('You may not reveal a match for this partner');
    // The run named, or the partner's latest; none is needed to withdraw a reveal (no accounts).
    const [run] = await c.tx
      .select()
      .from(accountMappingPrivateMatches)
      .where(
        and(
          eq(accountMappingPrivateMatches.partnerId, partner.id),
          input.matchId ? eq(accountMappingPrivateMatches.id, input.matchId) : undefined,
        ),
      )
      .orderBy(desc(accountMappingPrivateMatches.createdAt))
      .limit(1);
    if (!run && (input.matchId || input.accounts.length > 0))
      throw invalidField('matchId', 'is not a private match of this partner');
    const keyed = input.accounts.map((a) => ({ ...a, domainKey: normaliseDomain(a.domain) }));
    const wanted = [...new Set(keyed.flatMap((a) => (a.domainKey ? [a.domainKey] : [])))];
    const found = await c.tx.execute<{ domain_key: string }>(
      sql`SELECT domain_key FROM account_mapping_vendor_keys(${partner.id}::uuid, ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(wanted)}::jsonb)))`,
    );
    const problems = checkReveal(keyed, new Set(found.rows.map((r) => r.domain_key)));
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', 'Only accounts of the overlap can be revealed', {
        errors: problems.map((p) => ({ path: `accounts.${p.index}.domain`, message: p.message })),
      });
    await c.tx
      .delete(partnerMappingAccounts)
      .where(and(eq(partnerMappingAccounts.partnerId, partner.id), eq(partnerMappingAccounts.source, 'private_match')));
    if (keyed.length > 0)
      await insertFromJson(
        c.tx,
        partnerMappingAccounts,
        keyed.map((a) => ({
          partnerId: partner.id,
          population: a.population,
          name: a.domainKey as string,
          domain: a.domainKey,
          nameKey: a.domainKey as string,
          domainKey: a.domainKey,
          source: 'private_match' as const,
        })),
        { returning: false },
      );
    if (run)
      await c.tx
        .update(accountMappingPrivateMatches)
        .set({ revealed: keyed.length, revealedAt: c.now })
        .where(eq(accountMappingPrivateMatches.id, run.id));
    await recordChange(c, {
      action: 'reveal',
      entityType: 'account_mapping_private_match',
      entityId: run?.id ?? partner.id,
      partnerId: partner.id,
      before: { revealed: run?.revealed ?? null },
      after: { revealed: keyed.length },
      summary: `${partner.name} revealed ${keyed.length} overlapping accounts of a private match`,
      event: 'account_mapping.overlap_revealed',
      eventData: { revealed: keyed.length },
    });
  });
  return getAccountMapping(ctx, partnerId);
}

export type PortfolioRow = {
  partnerId: string;
  partnerName: string;
  partnerAccounts: number;
  overlaps: number;
  customerOverlaps: number;
};

/**
 * Every partner with a list and its overlap with the vendor's, for vendor staff: one statement,
 * the same two equi-joins as the per-partner function over all partners at once.
 */
export async function accountMappingPortfolio(ctx: Ctx): Promise<{ data: PortfolioRow[]; vendor: Record<Population, number> }> {
  return withTx(ctx, async (c) => {
    if (viewerSide(policyActor(c)) !== 'vendor') throw forbidden();
    const [rows, vendorTotals] = await Promise.all([
      c.tx.execute<{ partner_id: string; name: string; accounts: number; overlaps: number; customer_overlaps: number }>(sql`
        WITH shared AS (
          SELECT partner_id, population FROM account_mapping_sharing WHERE side = 'partner' AND level <> 'hidden'
        ), lists AS (
          SELECT a.partner_id, count(*) FILTER (WHERE s.population IS NOT NULL)::int AS accounts
            FROM partner_mapping_accounts a LEFT JOIN shared s ON s.partner_id = a.partner_id AND s.population = a.population
           GROUP BY a.partner_id
        ), pairs AS (
          SELECT p.partner_id, p.domain_key AS k, v.population AS vpop, p.population AS ppop
            FROM partner_mapping_accounts p JOIN vendor_mapping_accounts v ON v.domain_key = p.domain_key
           WHERE p.domain_key IS NOT NULL
          UNION ALL
          SELECT p.partner_id, coalesce(p.domain_key, 'name:' || p.name_key), v.population, p.population
            FROM partner_mapping_accounts p JOIN vendor_mapping_accounts v ON v.name_key = p.name_key
           WHERE p.domain_key IS NULL OR v.domain_key IS NULL
        ), counted AS (
          SELECT x.partner_id, count(DISTINCT x.k)::int AS overlaps,
                 count(DISTINCT x.k) FILTER (WHERE x.vpop = 'customer' AND x.ppop = 'customer')::int AS customer_overlaps
            FROM pairs x JOIN shared s ON s.partner_id = x.partner_id AND s.population = x.ppop
           GROUP BY x.partner_id
        )
        SELECT l.partner_id, pt.name, l.accounts, coalesce(c.overlaps, 0) AS overlaps, coalesce(c.customer_overlaps, 0) AS customer_overlaps
          FROM lists l JOIN partners pt ON pt.id = l.partner_id LEFT JOIN counted c ON c.partner_id = l.partner_id
         ORDER BY coalesce(c.overlaps, 0) DESC, pt.name`),
      // Companies, not rows: the same company uploaded and synced from the pipeline counts once (decision 0225).
      c.tx.execute<{ population: Population; n: number }>(sql`
        SELECT v.population,
               (count(DISTINCT v.domain_key) + count(DISTINCT v.name_key) FILTER (
                 WHERE v.domain_key IS NULL AND NOT EXISTS (
                   SELECT 1 FROM vendor_mapping_accounts w
                    WHERE w.population = v.population AND w.name_key = v.name_key AND w.domain_key IS NOT NULL)))::int AS n
          FROM vendor_mapping_accounts v
         GROUP BY v.population`),
    ]);
    const vendor = { customer: 0, prospect: 0, opportunity: 0 };
    for (const r of vendorTotals.rows) vendor[r.population] = Number(r.n);
    return {
      data: rows.rows.map((r) => ({
        partnerId: r.partner_id,
        partnerName: r.name,
        partnerAccounts: r.accounts,
        overlaps: r.overlaps,
        customerOverlaps: r.customer_overlaps,
      })),
      vendor,
    };
  });
}

export { MAPPING_SIDES };
