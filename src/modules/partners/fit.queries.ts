import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { scopeOf } from '../../db/scope.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { forbidden } from '../../shared/errors.js';
import { forgetReference, referenceCacheOf } from '../../shared/reference-cache.js';
import type { FitAttribute, FitCriterion } from './fit.rules.js';
import { idealPartnerProfiles } from './ideal-profile.schema.js';
import { partners } from './partners.schema.js';

/** The partners column a criterion looks at, and whether it holds a list. */
const COLUMNS: Record<FitAttribute, { column: AnyColumn; list: boolean }> = {
  types: { column: partners.types, list: true },
  regions: { column: partners.regions, list: true },
  industries: { column: partners.industries, list: true },
  tags: { column: partners.tags, list: true },
  companySize: { column: partners.companySize, list: false },
  country: { column: partners.country, list: false },
  motion: { column: partners.motion, list: false },
  segment: { column: partners.segment, list: false },
};

/** Whether the partners row in scope meets one criterion: fit.rules.ts `fitOf`, in SQL. */
function metSql(criterion: FitCriterion): SQL {
  const { column, list } = COLUMNS[criterion.attribute];
  const values = sql`ARRAY[${sql.join(
    criterion.values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
  // An empty value (a partner without a segment) meets nothing, as in the rule.
  return list ? sql`${column} && ${values}` : sql`coalesce(${column} <> '' AND ${column} = ANY(${values}), false)`;
}

/**
 * The fit score (0–100) of the partners row in scope against `criteria`: round(100 · met weight /
 * total weight), halves up, in integers — the same answer as `fitOf` (a property test holds them
 * together). The criteria are the profile the caller just read, written into the statement as
 * parameters, so the score is plain arithmetic on each row's own columns: the partners list
 * sorts and filters every partner by it in one set-based pass, and the reasons shown beside each
 * row come from the same criteria.
 */
export function fitScoreSql(criteria: readonly FitCriterion[]): SQL<number> {
  const int = (n: number) => {
    if (!Number.isSafeInteger(n)) throw new Error(`a criterion weight is a whole number, not ${n}`);
    return sql.raw(String(n));
  };
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (total === 0) return sql<number>`0`;
  const earned = sql.join(
    criteria.map((c) => sql`CASE WHEN ${metSql(c)} THEN ${int(c.weight)} ELSE 0 END`),
    sql` + `,
  );
  return sql<number>`((200 * (${earned}) + ${int(total)}) / ${int(2 * total)})::int`;
}

/**
 * The profile is reference data every vendor list page reads (the reasons beside each row's
 * score): one process reuses it for the cache time (CONSORT_CACHE_SECONDS), as it does tiers;
 * the process that saves it forgets it at once.
 */
const PROFILE_CACHE = 'partners.ideal-profile';
const PROFILE_KEY = 'profile';

/** The profile's criteria (none before the vendor first saves one). Vendor staff only. */
export async function loadCriteria(ctx: TxCtx): Promise<FitCriterion[]> {
  if (scopeOf(ctx).kind !== 'all') throw forbidden('The Ideal Partner Profile is the vendor’s internal view');
  const cache = referenceCacheOf<FitCriterion[]>(ctx.db, PROFILE_CACHE);
  const cached = cache.lookup([PROFILE_KEY], Date.now()).found.get(PROFILE_KEY);
  if (cached) return cached;
  const [row] = await ctx.tx.select().from(idealPartnerProfiles).limit(1);
  const criteria = row?.criteria ?? [];
  cache.remember([[PROFILE_KEY, criteria]], Date.now());
  return criteria;
}

/** After the profile is saved: this process reads it afresh once the transaction ends. */
export function forgetCriteria(ctx: Ctx): void {
  forgetReference(ctx, PROFILE_CACHE, PROFILE_KEY);
}
