import { and, gt, lte, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef } from '../../server/module.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { certificates } from './enablement.schema.js';

/**
 * A certificate is held at `asOf` when it was issued on or before that day and expires after it
 * (renewals are new certificates, so a past date reads the history as it was). The day is taken in
 * UTC: metrics are compared across partners, not per person.
 */
function held(asOf: Date) {
  const day = localDateOf(asOf, 'UTC');
  return and(lte(certificates.issuedOn, day), gt(certificates.expiresOn, day));
}

function scope(partnerIds: readonly string[] | 'all') {
  return partnerIds === 'all' ? undefined : anyId(certificates.partnerId, partnerIds);
}

export const enablementMetrics: readonly MetricDef[] = [
  {
    key: 'enablement.certified_people',
    label: 'Certified people',
    unit: 'count',
    description: 'Partner people holding at least one current certification',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const rows = await ctx.tx
        .select({ id: certificates.partnerId, value: sql<number>`count(DISTINCT ${certificates.userId})` })
        .from(certificates)
        .where(and(held(asOf), scope(partnerIds)))
        .groupBy(certificates.partnerId);
      return new Map(rows.map((r) => [r.id, Number(r.value)]));
    },
  },
  {
    key: 'enablement.certifications_active',
    label: 'Current certifications',
    unit: 'count',
    description: 'Certifications held by the partner’s people (a person with two counts twice)',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const rows = await ctx.tx
        .select({
          id: certificates.partnerId,
          value: sql<number>`count(DISTINCT (${certificates.userId}, ${certificates.certificationId}))`,
        })
        .from(certificates)
        .where(and(held(asOf), scope(partnerIds)))
        .groupBy(certificates.partnerId);
      return new Map(rows.map((r) => [r.id, Number(r.value)]));
    },
  },
  {
    key: 'enablement.certifications_expiring_90d',
    label: 'Certifications expiring within 90 days',
    unit: 'count',
    description: 'Current certifications that expire within 90 days and are not renewed yet',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const day = localDateOf(asOf, 'UTC');
      const rows = await ctx.tx
        .select({
          id: certificates.partnerId,
          value: sql<number>`count(*) FILTER (WHERE ${certificates.expiresOn} <= ${addDays(day, 90)} AND ${certificates.renewedById} IS NULL)`,
        })
        .from(certificates)
        .where(and(held(asOf), scope(partnerIds)))
        .groupBy(certificates.partnerId);
      return new Map(rows.map((r) => [r.id, Number(r.value)]));
    },
  },
];
