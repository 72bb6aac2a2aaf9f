import { type AnyColumn, inArray, type SQL, sql } from 'drizzle-orm';
import type { TxCtx } from '../../shared/context.js';
import { tiers } from '../tiers/index.js';
import { programMemberships, programs } from './programs.schema.js';

/**
 * What the public partner directory needs of programs (docs/decisions/0102): tiers live under
 * programs, so a visitor filters by tier name ("Gold", in any program) and, to be precise, by
 * program. Only current memberships of active programs count.
 */
export type TierFilter = { programIds?: readonly string[]; tierNames?: readonly string[]; tierIds?: readonly string[] };

/** A condition on `partnerId` (a column of the caller's query): a current membership matching the filter. */
export function membershipTierCondition(partnerId: AnyColumn, f: TierFilter): SQL | undefined {
  const programs_ = f.programIds?.length ? f.programIds : null;
  const names = f.tierNames?.length ? f.tierNames.map((n) => n.toLowerCase()) : null;
  const ids = f.tierIds?.length ? f.tierIds : null;
  if (!programs_ && !names && !ids) return undefined;
  const conditions: SQL[] = [sql`m.partner_id = ${partnerId}`, sql`m.left_at is null`, sql`p.status = 'active'`];
  if (programs_)
    conditions.push(
      sql`m.program_id in (${sql.join(
        programs_.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  if (names)
    conditions.push(
      sql`lower(t.name) in (${sql.join(
        names.map((n) => sql`${n}`),
        sql`, `,
      )})`,
    );
  if (ids)
    conditions.push(
      sql`t.id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  return sql`exists (select 1 from program_memberships m join programs p on p.id = m.program_id join tiers t on t.id = m.tier_id where ${sql.join(conditions, sql` and `)})`;
}

export type PublicTier = { program: string; name: string; color: string };

/** Each partner's current tiers, one per active program it is in, the default program first. */
export async function publicTiersOf(c: TxCtx, partnerIds: readonly string[]): Promise<Map<string, PublicTier[]>> {
  const out = new Map<string, PublicTier[]>();
  if (partnerIds.length === 0) return out;
  const rows = await c.tx
    .select({
      partnerId: programMemberships.partnerId,
      program: programs.name,
      isDefault: programs.isDefault,
      name: tiers.name,
      color: tiers.color,
    })
    .from(programMemberships)
    .innerJoin(programs, sql`${programs.id} = ${programMemberships.programId}`)
    .innerJoin(tiers, sql`${tiers.id} = ${programMemberships.tierId}`)
    .where(
      sql`${inArray(programMemberships.partnerId, [...partnerIds])} and ${programMemberships.leftAt} is null and ${programs.status} = 'active'`,
    )
    .orderBy(sql`${programs.isDefault} desc`, programs.name);
  for (const r of rows) {
    const list = out.get(r.partnerId) ?? [];
    list.push({ program: r.program, name: r.name, color: r.color });
    out.set(r.partnerId, list);
  }
  return out;
}

/**
 * The directory's tier choices among the partners `shownPartnerIds` selects (a subquery): the
 * programs with the tiers their shown members hold, and the tier names across them by rank.
 */
export async function directoryTierChoices(c: TxCtx, shownPartnerIds: SQL) {
  const rows = await c.tx.execute<{ program_id: string; program: string; tier_id: string; tier: string; rank: number }>(sql`
    select distinct p.id as program_id, p.name as program, t.id as tier_id, t.name as tier, t.rank
    from program_memberships m
    join programs p on p.id = m.program_id
    join tiers t on t.id = m.tier_id
    where m.left_at is null and p.status = 'active' and m.partner_id in (${shownPartnerIds})
    order by p.name, t.rank`);
  const programsOut = new Map<string, { id: string; name: string; tiers: { id: string; name: string }[] }>();
  const names = new Map<string, { name: string; rank: number }>();
  for (const r of rows.rows) {
    const program = programsOut.get(r.program_id) ?? { id: r.program_id, name: r.program, tiers: [] };
    program.tiers.push({ id: r.tier_id, name: r.tier });
    programsOut.set(r.program_id, program);
    const key = r.tier.toLowerCase();
    const seen = names.get(key);
    if (!seen || r.rank < seen.rank) names.set(key, { name: seen?.name ?? r.tier, rank: Math.min(r.rank, seen?.rank ?? r.rank) });
  }
  return {
    programs: [...programsOut.values()],
    tierNames: [...names.values()].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name)).map((n) => n.name),
  };
}
