import { and, asc, eq, gt, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TxCtx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { certificates, certifications } from './enablement.schema.js';

/**
 * What the public partner directory shows of enablement: the names of the certifications a
 * partner's people hold today (a current certificate), as badges and as a filter. Names only —
 * never who holds them or how many.
 */
function heldToday(now: Date) {
  const day = localDateOf(now, 'UTC');
  return and(lte(certificates.issuedOn, day), gt(certificates.expiresOn, day));
}

/** Per partner, the sorted names of the certifications its people currently hold. */
export async function heldCertificationNames(c: TxCtx, partnerIds: readonly string[]): Promise<Map<string, string[]>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await c.tx
    .selectDistinct({ partnerId: certificates.partnerId, name: certifications.name })
    .from(certificates)
    .innerJoin(certifications, eq(certifications.id, certificates.certificationId))
    .where(and(heldToday(c.now), inArray(certificates.partnerId, [...partnerIds])))
    .orderBy(asc(certifications.name));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.partnerId, [...(out.get(r.partnerId) ?? []), r.name]);
  return out;
}

/** A condition on a partner id column: its people currently hold one of these certifications (by name). */
export function holdsCertificationCondition(partnerId: AnyPgColumn, names: readonly string[], now: Date): SQL {
  const day = localDateOf(now, 'UTC');
  return sql`exists (select 1 from ${certificates} join ${certifications} on ${certifications.id} = ${certificates.certificationId}
    where ${certificates.partnerId} = ${partnerId} and ${certificates.issuedOn} <= ${day} and ${certificates.expiresOn} > ${day}
    and lower(${certifications.name}) in (${sql.join(
      names.map((n) => sql`${n.toLowerCase()}`),
      sql`, `,
    )}))`;
}

/** The certification names held today by any partner among `partnerIds` (a subquery of partner ids). */
export async function heldCertificationChoices(c: TxCtx, partnerIds: SQL): Promise<string[]> {
  const rows = await c.tx
    .selectDistinct({ name: certifications.name })
    .from(certificates)
    .innerJoin(certifications, eq(certifications.id, certificates.certificationId))
    .where(and(heldToday(c.now), sql`${certificates.partnerId} in (${partnerIds})`))
    .orderBy(asc(certifications.name));
  return rows.map((r) => r.name);
}
