import { and, arrayOverlaps, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { canSeePartner, partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { invalidField, notFound } from '../../shared/errors.js';
import { forgetReference, referenceCacheOf } from '../../shared/reference-cache.js';
import type { Role } from '../../shared/roles.js';
// The directory is the read model of people and companies: the one module that reads the
// identity columns of the users and partners tables, so that users, partners, deals, MDF and
// plans can name people and companies without depending on each other (docs/decisions/0012).
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';

export type PersonSummary = { id: string; name: string; email: string; role: Role };

function distinct(ids: readonly (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => Boolean(id)))];
}

/**
 * People by id, for showing names next to references (owners, sponsors, actors). Partner-side
 * callers see vendor staff (their partner manager) and their own colleagues, nobody else.
 */
export async function personSummaries(ctx: Ctx, ids: readonly (string | null)[]): Promise<Map<string, PersonSummary>> {
  const wanted = distinct(ids);
  if (wanted.length === 0) return new Map();
  const cache = referenceCacheOf<Person>(ctx.db, PEOPLE);
  const { found, missing } = cache.lookup(wanted, Date.now());
  if (missing.length > 0) {
    const rows = await withTx(ctx, (c) =>
      c.tx
        .select({ id: users.id, name: users.name, email: users.email, role: users.role, partnerId: users.partnerId })
        .from(users)
        .where(inArray(users.id, missing)),
    );
    const loaded = rows.map((r) => [r.id, r] as [string, Person]);
    for (const [id, person] of loaded) found.set(id, person);
    // Only what every caller may see is remembered: vendor staff, whom partners may name too.
    cache.remember(
      loaded.filter(([, p]) => p.partnerId === null),
      Date.now(),
    );
  }
  const scope = scopeOf(ctx);
  const visible = [...found.values()].filter(
    (r) => scope.kind === 'all' || r.partnerId === null || r.partnerId === scope.partnerId,
  );
  return new Map(visible.map((r) => [r.id, { id: r.id, name: r.name, email: r.email, role: r.role }]));
}

type Person = PersonSummary & { partnerId: string | null };
const PEOPLE = 'directory.people';

/** A person's name, e-mail or role changed: this process looks them up again after the commit. */
export function forgetPerson(ctx: Ctx, id: string): void {
  forgetReference(ctx, PEOPLE, id);
}

/** Partner names by id, for lists that show which company a record belongs to. */
export async function partnerNames(ctx: Ctx, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const scope = scopeOf(ctx);
  const wanted = distinct(ids).filter((id) => scope.kind === 'all' || id === scope.partnerId);
  if (wanted.length === 0) return new Map();
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(and(inArray(partners.id, wanted), partnerFilter(c, partners.id))),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A 422 naming `path` unless the caller can see this partner (other partners look missing). */
export async function assertPartnerExists(ctx: Ctx, id: string, path: string): Promise<void> {
  if (!canSeePartner(ctx, id)) throw invalidField(path, 'no such partner');
  const found = await withTx(ctx, (c) =>
    c.tx
      .select({ id: partners.id })
      .from(partners)
      .where(and(eq(partners.id, id), partnerFilter(c, partners.id))),
  );
  if (found.length === 0) throw invalidField(path, 'no such partner');
}

/** The domains of a partner the caller can see (empty for one it cannot). */
export async function partnerDomains(ctx: Ctx, id: string): Promise<string[]> {
  const [row] = await withTx(ctx, (c) =>
    c.tx
      .select({ domains: partners.domains })
      .from(partners)
      .where(and(eq(partners.id, id), partnerFilter(c, partners.id))),
  );
  return row?.domains ?? [];
}

/** A vendor user who may own or sponsor partners, or a 422 naming `path`. */
export async function assertVendorUser(ctx: Ctx, id: string, allowed: readonly Role[], path: string): Promise<void> {
  const [found] = await withTx(ctx, (c) =>
    c.tx.select({ partnerId: users.partnerId, active: users.active, role: users.role }).from(users).where(eq(users.id, id)),
  );
  if (!found || found.partnerId !== null || !found.active || !allowed.includes(found.role)) {
    throw invalidField(path, `must be an active vendor user with role ${allowed.join(' or ')}`);
  }
}

export type PartnerMatch = { id: string; name: string; ownerId: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Partners the caller can see, named as people write them in a file: by id, by a domain they
 * claim, or by name (case aside). One query per batch; each reference (lower-cased) maps to
 * every partner it names — more than one is ambiguous, none is missing (imports).
 */
export async function findPartnersByReference(ctx: Ctx, refs: readonly string[]): Promise<Map<string, PartnerMatch[]>> {
  const wanted = [...new Set(refs.map((r) => r.trim().toLowerCase()).filter(Boolean))];
  const out = new Map<string, PartnerMatch[]>();
  if (wanted.length === 0) return out;
  const ids = wanted.filter((r) => UUID.test(r));
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: partners.id, name: partners.name, ownerId: partners.ownerId, domains: partners.domains })
      .from(partners)
      .where(
        and(
          partnerFilter(c, partners.id),
          or(
            ids.length ? inArray(partners.id, ids) : undefined,
            inArray(sql`lower(${partners.name})`, wanted),
            arrayOverlaps(partners.domains, wanted),
          ),
        ),
      ),
  );
  for (const row of rows) {
    const keys = new Set([row.id, row.name.toLowerCase(), ...row.domains].filter((k) => wanted.includes(k)));
    for (const key of keys) out.set(key, [...(out.get(key) ?? []), { id: row.id, name: row.name, ownerId: row.ownerId }]);
  }
  return out;
}

/**
 * The one partner a file's cell names, from what `findPartnersByReference` found for the batch, or
 * the problem to report on that cell (none, or more than one): the importers' shared wording.
 */
export function partnerNamedBy(
  found: ReadonlyMap<string, PartnerMatch[]>,
  ref: string,
): { partner: PartnerMatch; problem?: undefined } | { partner?: undefined; problem: string } {
  const matches = found.get(ref.trim().toLowerCase()) ?? [];
  const [match] = matches;
  if (!match) return { problem: `no partner "${ref}"` };
  if (matches.length > 1) return { problem: `"${ref}" names ${matches.length} partners; use a domain or id` };
  return { partner: match };
}

/** Active vendor staff by e-mail or name (case aside), one query per batch: each reference → the people it names. */
export async function findVendorUsersByReference(
  ctx: Ctx,
  refs: readonly string[],
): Promise<Map<string, { id: string; role: Role }[]>> {
  const wanted = [...new Set(refs.map((r) => r.trim().toLowerCase()).filter(Boolean))];
  const out = new Map<string, { id: string; role: Role }[]>();
  if (wanted.length === 0) return out;
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: users.id, role: users.role, email: users.email, name: users.name })
      .from(users)
      .where(
        and(
          isNull(users.partnerId),
          eq(users.active, true),
          or(inArray(users.email, wanted), inArray(sql`lower(${users.name})`, wanted)),
        ),
      ),
  );
  for (const row of rows) {
    for (const key of new Set([row.email, row.name.toLowerCase()].filter((k) => wanted.includes(k)))) {
      out.set(key, [...(out.get(key) ?? []), { id: row.id, role: row.role }]);
    }
  }
  return out;
}

/**
 * Active people of the given partner companies by e-mail (case aside), one query per batch: each
 * e-mail → the user it names (imports name a partner's sponsor or an action's owner by e-mail).
 * Only companies the caller can see answer.
 */
export async function findPartnerUsersByEmail(
  ctx: Ctx,
  partnerIds: readonly string[],
  emails: readonly string[],
): Promise<Map<string, { id: string; partnerId: string; role: Role }>> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const companies = [...new Set(partnerIds)];
  const out = new Map<string, { id: string; partnerId: string; role: Role }>();
  if (wanted.length === 0 || companies.length === 0) return out;
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: users.id, role: users.role, email: users.email, partnerId: users.partnerId })
      .from(users)
      .where(
        and(
          inArray(users.partnerId, companies),
          partnerFilter(c, users.partnerId),
          eq(users.active, true),
          inArray(sql`lower(${users.email})`, wanted),
        ),
      ),
  );
  for (const row of rows)
    if (row.partnerId) out.set(row.email.toLowerCase(), { id: row.id, partnerId: row.partnerId, role: row.role });
  return out;
}

/** Which of `emails` (lower case) have an account already; any partner's, whatever the caller's scope. */
export async function existingEmails(ctx: Ctx, emails: readonly string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ email: users.email })
      .from(users)
      .where(inArray(users.email, [...emails])),
  );
  return new Set(rows.map((r) => r.email));
}

/**
 * The active people of one partner company with one of `roles` (its admins, to tell them about
 * their company's onboarding, agreements and compliance items); none for a partner the caller
 * cannot see.
 */
export async function activePartnerUsers(ctx: Ctx, partnerId: string, roles: readonly Role[]): Promise<string[]> {
  if (!canSeePartner(ctx, partnerId)) return [];
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.partnerId, partnerId),
          inArray(users.role, [...roles]),
          eq(users.active, true),
          // People who existed at the context's moment (the demo tells history at its dates).
          lte(users.createdAt, ctx.now),
        ),
      ),
  );
  return rows.map((r) => r.id);
}

export type VisiblePartner = { id: string; name: string; ownerId: string | null };

/**
 * The partners behind `ids` that the caller can see (name and owning partner manager), by id,
 * in one query: what a partner-owned record's service needs for its DTOs and policy. Another
 * partner's id is simply absent, like a missing one.
 */
export async function visiblePartners(ctx: Ctx, ids: readonly (string | null)[]): Promise<Map<string, VisiblePartner>> {
  const wanted = [...new Set(ids.flatMap((id) => (id ? [id.toLowerCase()] : [])))].filter(
    (id) => UUID.test(id) && canSeePartner(ctx, id),
  );
  if (wanted.length === 0) return new Map();
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select({ id: partners.id, name: partners.name, ownerId: partners.ownerId })
      .from(partners)
      .where(and(inArray(partners.id, wanted), partnerFilter(c, partners.id))),
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** One visible partner, or the 404 of a missing one (another partner's id answers the same). */
export async function visiblePartner(ctx: Ctx, id: string): Promise<VisiblePartner> {
  const found = (await visiblePartners(ctx, [id])).get(id.toLowerCase());
  if (!found) throw notFound('Partner');
  return found;
}

/**
 * An active person on either side of a partner's relationship — vendor staff or one of the
 * partner's own people — or a 422 naming `path` (owners of alliance records: risks, actions).
 * Answers the person's side.
 */
export async function assertPersonOfPartner(
  ctx: Ctx,
  id: string,
  partnerId: string,
  path: string,
): Promise<'vendor' | 'partner'> {
  const [found] = await withTx(ctx, (c) =>
    c.tx.select({ partnerId: users.partnerId, active: users.active }).from(users).where(eq(users.id, id)),
  );
  if (!found?.active || (found.partnerId !== null && found.partnerId !== partnerId)) {
    throw invalidField(path, 'must be an active user of the vendor or of this partner');
  }
  return found.partnerId === null ? 'vendor' : 'partner';
}

export type RoutingCandidate = { id: string; name: string; ownerId: string | null; regions: string[]; tierId: string | null };

/**
 * Partners a lead may be routed to (leads module): active, enabled or further along
 * (not onboarding, off-boarding or terminated), with the regions they serve and their tier, in one query.
 * Vendor scope only (a partner's people see none).
 */
export async function routingCandidates(ctx: Ctx): Promise<RoutingCandidate[]> {
  if (scopeOf(ctx).kind !== 'all') return [];
  return withTx(ctx, (c) =>
    c.tx
      .select({
        id: partners.id,
        name: partners.name,
        ownerId: partners.ownerId,
        regions: partners.regions,
        tierId: partners.tierId,
      })
      .from(partners)
      .where(and(eq(partners.status, 'active'), inArray(partners.lifecycleStage, ['enabled', 'active', 'strategic']))),
  );
}
