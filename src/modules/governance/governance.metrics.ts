import { sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { partnerFilter } from '../../db/scope.js';
import { idsKey, sharedRead } from '../../db/shared-reads.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';

export type GovernanceFigures = {
  daysSinceReview: number | null;
  daysToNextMeeting: number | null;
  sponsorVendor: number | null;
  sponsorPartner: number | null;
  openActions: number;
  overdueActions: number;
};

/**
 * Every governance figure of the partners in `ids` ('all': every one the caller sees) as of a
 * moment, in one statement whatever their number: days since the last held review (QBR, JSC or
 * executive review), days to the next scheduled meeting, sponsor attendance per side over the
 * QBRs and JSCs held in the 12 months before (the SQL form of `sponsorAttendance` in
 * governance.rules.ts; a test holds them to the same answer), and action items open and overdue
 * as of then. A partner with no governance record at all is absent: "not measured".
 */
export async function governanceFigures(
  ctx: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, GovernanceFigures>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  // Read once per portfolio computation by the governance.* metrics it feeds (decision 0323).
  return sharedRead(ctx, `governance.figures:${idsKey(ids)}:${asOf.toISOString()}`, () => governanceFiguresRead(ctx, ids, asOf));
}

async function governanceFiguresRead(
  ctx: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, GovernanceFigures>> {
  const today = localDateOf(asOf, (await getSettings(ctx)).timeZone);
  const at = sql`${asOf.toISOString()}::timestamptz`;
  const which = ids === 'all' ? partnerFilter(ctx, partners.id) : anyId(partners.id, ids);
  const scope = partnerFilter(ctx, partners.id);
  const result = await ctx.tx.execute<{
    id: string;
    since: number | null;
    next: number | null;
    sponsor_vendor: string | null;
    sponsor_partner: string | null;
    open: number;
    overdue: number;
  }>(sql`
    WITH p AS (
      SELECT ${partners.id} AS id FROM ${partners} WHERE ${which ?? sql`true`} AND ${scope ?? sql`true`}
    ),
    reviews AS (
      SELECT m.partner_id, max(m.starts_at) AS last FROM governance_meetings m JOIN p ON p.id = m.partner_id
      WHERE m.status = 'held' AND m.kind IN ('qbr', 'jsc', 'executive_review') AND m.starts_at <= ${at}
      GROUP BY m.partner_id
    ),
    upcoming AS (
      SELECT m.partner_id, min(m.starts_at) AS next FROM governance_meetings m JOIN p ON p.id = m.partner_id
      WHERE m.status = 'scheduled' AND m.starts_at >= ${at}
      GROUP BY m.partner_id
    ),
    held AS (
      SELECT m.partner_id,
        coalesce(bool_or(a.side = 'vendor' AND a.executive_sponsor AND a.attended), false) AS vendor,
        coalesce(bool_or(a.side = 'partner' AND a.executive_sponsor AND a.attended), false) AS partner
      FROM governance_meetings m JOIN p ON p.id = m.partner_id
      LEFT JOIN governance_attendees a ON a.meeting_id = m.id
      WHERE m.status = 'held' AND m.kind IN ('qbr', 'jsc') AND m.starts_at <= ${at} AND m.starts_at > ${at} - interval '12 months'
      GROUP BY m.id, m.partner_id
    ),
    sponsors AS (
      SELECT partner_id,
        round(100.0 * count(*) FILTER (WHERE vendor) / count(*)) AS vendor,
        round(100.0 * count(*) FILTER (WHERE partner) / count(*)) AS partner
      FROM held GROUP BY partner_id
    ),
    acts AS (
      SELECT x.partner_id,
        count(*) FILTER (WHERE x.created_at <= ${at} AND (x.closed_at IS NULL OR x.closed_at > ${at}))::int AS open,
        count(*) FILTER (WHERE x.created_at <= ${at} AND (x.closed_at IS NULL OR x.closed_at > ${at}) AND x.due_on < ${today}::date)::int AS overdue
      FROM governance_actions x JOIN p ON p.id = x.partner_id
      GROUP BY x.partner_id
    ),
    involved AS (
      SELECT partner_id FROM governance_bodies b JOIN p ON p.id = b.partner_id
      UNION SELECT partner_id FROM governance_meetings m JOIN p ON p.id = m.partner_id WHERE m.created_at <= ${at}
      UNION SELECT partner_id FROM acts
    )
    SELECT i.partner_id AS id,
      floor(extract(epoch FROM (${at} - r.last)) / 86400)::int AS since,
      floor(extract(epoch FROM (u.next - ${at})) / 86400)::int AS next,
      s.vendor AS sponsor_vendor, s.partner AS sponsor_partner,
      coalesce(a.open, 0) AS open, coalesce(a.overdue, 0) AS overdue
    FROM involved i
    LEFT JOIN reviews r ON r.partner_id = i.partner_id
    LEFT JOIN upcoming u ON u.partner_id = i.partner_id
    LEFT JOIN sponsors s ON s.partner_id = i.partner_id
    LEFT JOIN acts a ON a.partner_id = i.partner_id
  `);
  const num = (v: string | number | null) => (v === null ? null : Number(v));
  return new Map(
    result.rows.map((r) => [
      r.id,
      {
        daysSinceReview: num(r.since),
        daysToNextMeeting: num(r.next),
        sponsorVendor: num(r.sponsor_vendor),
        sponsorPartner: num(r.sponsor_partner),
        openActions: Number(r.open),
        overdueActions: Number(r.overdue),
      },
    ]),
  );
}

function metric(
  key: string,
  label: string,
  unit: MetricDef['unit'],
  description: string,
  pick: (f: GovernanceFigures) => MetricValue,
): MetricDef {
  return {
    key,
    label,
    unit,
    description,
    compute: async (ctx, ids, asOf) => new Map([...(await governanceFigures(ctx, ids, asOf))].map(([id, f]) => [id, pick(f)])),
  };
}

/** The governance keys of the alliances contract (issue 9): the alerts and the portfolio read them. */
export const governanceMetrics: readonly MetricDef[] = [
  metric(
    'governance.days_since_review',
    'Days since the last governance review',
    'days',
    'Since the last held QBR, JSC or executive review; no value if there never was one.',
    (f) => f.daysSinceReview,
  ),
  metric(
    'governance.days_to_next_meeting',
    'Days to the next governance meeting',
    'days',
    'Until the next scheduled meeting of the alliance; no value if none is scheduled.',
    (f) => f.daysToNextMeeting,
  ),
  metric(
    'governance.sponsor_attendance_vendor',
    'Executive sponsor attendance (vendor)',
    'percent',
    'Share of the QBRs and JSCs held in the last 12 months that a vendor executive sponsor attended.',
    (f) => f.sponsorVendor,
  ),
  metric(
    'governance.sponsor_attendance_partner',
    'Executive sponsor attendance (partner)',
    'percent',
    'Share of the QBRs and JSCs held in the last 12 months that a partner executive sponsor attended.',
    (f) => f.sponsorPartner,
  ),
  metric(
    'governance.open_actions',
    'Open action items',
    'count',
    'Governance action items open, either side.',
    (f) => f.openActions,
  ),
  metric(
    'governance.overdue_actions',
    'Overdue action items',
    'count',
    'Governance action items open past their due day, either side.',
    (f) => f.overdueActions,
  ),
];
