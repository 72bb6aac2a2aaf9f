import { type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { scopeOf, withTx } from '../../db/scope.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { campaigns } from '../campaigns/index.js';
import { dealRegistrations } from '../deal-registrations/index.js';
import { visiblePartner } from '../directory/index.js';
import { opportunities } from '../opportunities/index.js';
import { resources } from '../resources/index.js';
import { valueSessions, valuePropositions as vp } from '../value/index.js';

/** The kinds of use a JVP has: a calculator session, or a record that names it. */
export const USE_KINDS = ['session', 'campaign', 'dealRegistration', 'opportunity', 'resource'] as const;
export type UseKind = (typeof USE_KINDS)[number];
export type UseCounts = Record<UseKind, number>;

const DAY = 86_400_000;
export const USE_WINDOW_DAYS = 90;

const noUses = (): UseCounts => ({ session: 0, campaign: 0, dealRegistration: 0, opportunity: 0, resource: 0 });

/**
 * Every use of a JVP version as (proposition, kind, when): calculator sessions when they were run,
 * and campaigns, deal registrations, opportunities and content from the moment they named it
 * (`value_proposition_linked_at`). One UNION ALL for the callers below to group.
 */
function usesUnion(): SQL {
  return sql`
    select ${valueSessions.propositionId} as proposition_id, 'session' as kind, ${valueSessions.createdAt} as at from ${valueSessions}
    union all
    select ${campaigns.valuePropositionId}, 'campaign', ${campaigns.valuePropositionLinkedAt} from ${campaigns}
      where ${campaigns.valuePropositionId} is not null
    union all
    select ${dealRegistrations.valuePropositionId}, 'dealRegistration', ${dealRegistrations.valuePropositionLinkedAt} from ${dealRegistrations}
      where ${dealRegistrations.valuePropositionId} is not null
    union all
    select ${opportunities.valuePropositionId}, 'opportunity', ${opportunities.valuePropositionLinkedAt} from ${opportunities}
      where ${opportunities.valuePropositionId} is not null
    union all
    select ${resources.valuePropositionId}, 'resource', ${resources.valuePropositionLinkedAt} from ${resources}
      where ${resources.valuePropositionId} is not null`;
}

/**
 * Uses of each partner's JVP (any of its versions) in the 90 days up to `asOf`, per kind: one
 * set-based statement. Every partner asked for starts at zero (measured, nothing used).
 */
export async function jvpUsesByKind(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<Map<string, UseCounts>> {
  const from = new Date(asOf.getTime() - USE_WINDOW_DAYS * DAY);
  const rows = await c.tx.execute<{ partner_id: string; kind: UseKind; n: number }>(sql`
    select p.partner_id, u.kind, count(*)::int as n
      from (${usesUnion()}) u
      join ${vp} p on p.id = u.proposition_id
     where u.at > ${from} and u.at <= ${asOf}${ids === 'all' ? sql`` : sql` and ${anyId(sql`p.partner_id`, ids)}`}
     group by p.partner_id, u.kind`);
  const out = new Map<string, UseCounts>(ids === 'all' ? [] : ids.map((id) => [id, noUses()]));
  for (const r of rows.rows) {
    const counts = out.get(r.partner_id) ?? noUses();
    counts[r.kind] = Number(r.n);
    out.set(r.partner_id, counts);
  }
  return out;
}

/**
 * `value.jvp_uses_90d`: the deployment evidence of seed 004's failure mode, calculator sessions
 * plus campaigns, deal registrations, opportunities and content that name the JVP (decision 0344).
 */
export async function jvpUses90d(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<Map<string, number>> {
  const byKind = await jvpUsesByKind(c, ids, asOf);
  return new Map([...byKind].map(([id, counts]) => [id, USE_KINDS.reduce((sum, k) => sum + counts[k], 0)]));
}

export type JvpUse = {
  kind: Exclude<UseKind, 'session'>;
  id: string;
  /** The record's name: a campaign's name, "DR-000123 · title", "OPP-000123 · title", a resource's title. */
  label: string;
  propositionId: string;
  version: number | null;
  /** When the record named the JVP. */
  linkedAt: Date;
};

export type JvpUsesDto = {
  partnerId: string;
  asOf: Date;
  /** Uses per kind in the 90 days up to now (sessions included); `total` is `value.jvp_uses_90d`. */
  last90Days: UseCounts & { total: number };
  /** The records that name one of the alliance's JVP versions, newest link first (at most 200). */
  records: JvpUse[];
};

const MAX_RECORDS = 200;

/**
 * Where an alliance's JVP is used: the counts the failure mode reads and the records naming any
 * of its versions, as the caller may see them (a partner's people: their own partner's records,
 * opportunities they are involved in and published content).
 */
export async function jvpUses(ctx: Ctx, partnerId: string): Promise<JvpUsesDto> {
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    const counts = (await jvpUsesByKind(c, [partnerId], c.now)).get(partnerId) ?? noUses();
    const partnerSide = scopeOf(c).kind === 'partner';
    const rows = await c.tx.execute<{
      kind: JvpUse['kind'];
      id: string;
      label: string;
      proposition_id: string;
      version: number | null;
      linked_at: string | Date;
    }>(sql`
      select u.kind, u.id, u.label, p.id as proposition_id, p.version, u.linked_at
        from (
          select 'campaign' as kind, ${campaigns.id} as id, ${campaigns.name} as label,
                 ${campaigns.valuePropositionId} as proposition_id, ${campaigns.valuePropositionLinkedAt} as linked_at
            from ${campaigns} where ${campaigns.valuePropositionId} is not null
          union all
          select 'dealRegistration', ${dealRegistrations.id}, ${dealRegistrations.number} || ' · ' || ${dealRegistrations.title},
                 ${dealRegistrations.valuePropositionId}, ${dealRegistrations.valuePropositionLinkedAt}
            from ${dealRegistrations} where ${dealRegistrations.valuePropositionId} is not null
          union all
          select 'opportunity', ${opportunities.id}, ${opportunities.number} || ' · ' || ${opportunities.title},
                 ${opportunities.valuePropositionId}, ${opportunities.valuePropositionLinkedAt}
            from ${opportunities} where ${opportunities.valuePropositionId} is not null
          union all
          select 'resource', ${resources.id}, ${resources.title}, ${resources.valuePropositionId}, ${resources.valuePropositionLinkedAt}
            from ${resources} where ${resources.valuePropositionId} is not null
              ${partnerSide ? sql`and ${resources.status} = 'published'` : sql``}
        ) u
        join ${vp} p on p.id = u.proposition_id
       where p.partner_id = ${partnerId}
       order by u.linked_at desc, u.id
       limit ${MAX_RECORDS}`);
    return {
      partnerId,
      asOf: c.now,
      last90Days: { ...counts, total: USE_KINDS.reduce((sum, k) => sum + counts[k], 0) },
      records: rows.rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        label: r.label,
        propositionId: r.proposition_id,
        version: r.version === null ? null : Number(r.version),
        linkedAt: new Date(r.linked_at),
      })),
    };
  });
}
