import { and, count, gt, lte } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef } from '../../server/module.js';
import { resourceDownloads } from './resources.schema.js';

/** Downloads from the library by each partner's people in the 90 days up to `asOf` (co-branded ones included). */
export const resourceMetrics: readonly MetricDef[] = [
  {
    key: 'resources.downloads_90d',
    label: 'Resource downloads (90 days)',
    unit: 'count',
    description:
      'Files, links and co-branded one-pagers the partner’s people opened from the resource library in the last 90 days.',
    async compute(ctx, partnerIds, asOf) {
      const since = new Date(asOf.getTime() - 90 * 86_400_000);
      const rows = await ctx.tx
        .select({ id: resourceDownloads.partnerId, value: count() })
        .from(resourceDownloads)
        .where(
          and(
            gt(resourceDownloads.at, since),
            lte(resourceDownloads.at, asOf),
            partnerIds === 'all' ? undefined : anyId(resourceDownloads.partnerId, partnerIds),
          ),
        )
        .groupBy(resourceDownloads.partnerId);
      return new Map(rows.map((r) => [r.id, Number(r.value)]));
    },
  },
];
