import { type SQL, sql } from 'drizzle-orm';
import { scopeOf } from '../../db/scope.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { forbidden } from '../../shared/errors.js';
import { forgetReference, referenceCacheOf } from '../../shared/reference-cache.js';
import type { FitCriterion } from './fit.rules.js';
import { idealPartnerProfiles } from './ideal-profile.schema.js';
import { partners } from './partners.schema.js';

/** A criterion's values as a text array (`c` is one element of the profile's criteria). */
const values = sql`ARRAY(SELECT jsonb_array_elements_text(c->'values'))`;
const weight = sql`(c->>'weight')::int`;

/** Whether the partner row in scope meets criterion `c`: fit.rules.ts `fitOf`, in SQL. */
const met = sql`CASE c->>'attribute'
  WHEN 'types' THEN ${partners.types} && ${values}
  WHEN 'regions' THEN ${partners.regions} && ${values}
  WHEN 'industries' THEN ${partners.industries} && ${values}
  WHEN 'tags' THEN ${partners.tags} && ${values}
  WHEN 'companySize' THEN ${partners.companySize} = ANY(${values})
  WHEN 'country' THEN ${partners.country} = ANY(${values})
  WHEN 'motion' THEN ${partners.motion} = ANY(${values})
  WHEN 'segment' THEN ${partners.segment} <> '' AND ${partners.segment} = ANY(${values})
  ELSE false END`;

/**
 * The fit score (0–100) of the partners row in scope, as a correlated subquery over the profile's
 * criteria: round(100 · met weight / total weight), halves up, in integers — the same answer as
 * `fitOf` (a test holds them together). The partners list sorts and filters by it, so it is
 * computed where the rows are, set-based, for any number of partners.
 */
export function fitScoreSql(): SQL<number> {
  return sql<number>`(SELECT coalesce((200 * sum(CASE WHEN ${met} THEN ${weight} ELSE 0 END) + sum(${weight})) / nullif(2 * sum(${weight}), 0), 0)::int
    FROM ${idealPartnerProfiles} CROSS JOIN LATERAL jsonb_array_elements(${idealPartnerProfiles.criteria}) AS c)`;
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
