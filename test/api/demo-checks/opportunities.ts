import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { loadMetrics } from '../../../src/server/module.js';
import { demo } from './run.js';

/** The opportunities part of the demo: two years of sourced, co-sold and direct deals. */
export default function opportunitiesDemo() {
  describe('the opportunities demo', () => {
    it('every converted lead became an opportunity with its partner co-selling, some already won or lost', async () => {
      const rows = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (
            await tx.execute(sql`
              SELECT l.number, o.stage, o.source_kind,
                     (SELECT count(*)::int FROM opportunity_partners p
                       WHERE p.opportunity_id = o.id AND p.partner_id = l.partner_id AND 'co_sell' = ANY (p.roles)) AS co_selling
                FROM leads l LEFT JOIN opportunities o ON o.id = l.opportunity_id
               WHERE l.status = 'converted'`)
          ).rows as { number: string; stage: string | null; source_kind: string | null; co_selling: number }[],
      );
      expect(rows.length).toBeGreaterThan(5);
      for (const row of rows) expect(row, row.number).toMatchObject({ source_kind: 'lead', co_selling: 1 });
      expect(rows.some((r) => r.stage === 'closed_won')).toBe(true);
      expect(rows.some((r) => r.stage !== 'closed_won' && r.stage !== 'closed_lost')).toBe(true);
    });

    it('approved registrations became sourced opportunities, won and lost over the two years, some co-sold', async () => {
      const rows = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (
            await tx.execute(sql`
              SELECT o.stage, o.source_kind, o.close_date::text AS close_date, o.created_at,
                     (SELECT count(*)::int FROM opportunity_partners p WHERE p.opportunity_id = o.id) AS partners,
                     (SELECT count(*)::int FROM opportunity_partners p WHERE p.opportunity_id = o.id AND p.sourced) AS sourced,
                     (SELECT count(*)::int FROM opportunity_touches t WHERE t.opportunity_id = o.id) AS touches
                FROM opportunities o`)
          ).rows as {
            stage: string;
            source_kind: string;
            close_date: string;
            created_at: Date;
            partners: number;
            sourced: number;
            touches: number;
          }[],
      );
      const fromRegistrations = rows.filter((r) => r.source_kind === 'deal_registration');
      expect(fromRegistrations.length).toBeGreaterThan(20);
      expect(fromRegistrations.every((r) => r.sourced === 1)).toBe(true);
      const won = rows
        .filter((r) => r.stage === 'closed_won')
        .map((r) => r.close_date)
        .sort();
      expect(won.length).toBeGreaterThan(10);
      expect(rows.some((r) => r.stage === 'closed_lost')).toBe(true);
      // Won deals spread over more than a year, so trailing revenue and time to first deal mean something.
      const spread = (Date.parse(won.at(-1) as string) - Date.parse(won[0] as string)) / 86_400_000;
      expect(spread).toBeGreaterThan(365);
      expect(rows.filter((r) => r.partners >= 2).length).toBeGreaterThan(2);
      expect(
        rows.filter((r) => r.partners === 0 && !['closed_won', 'closed_lost'].includes(r.stage)).length,
      ).toBeGreaterThanOrEqual(3);
      expect(rows.filter((r) => r.touches > 0).length).toBeGreaterThan(10);
    });

    it('joint pipeline and time to first deal differ from partner to partner', async () => {
      const metrics = await loadMetrics();
      const compute = (key: string) =>
        withTx(demo.t.system(), async (c) => metrics.get(key)?.compute(c, 'all', demo.loadedAt) ?? new Map());
      const pipeline = await compute('opportunities.joint_pipeline');
      const firstDeal = await compute('opportunities.days_to_first_deal');
      const revenue = await compute('opportunities.won_revenue_t4q');
      expect(pipeline.size).toBeGreaterThanOrEqual(3);
      expect(new Set(firstDeal.values()).size).toBeGreaterThanOrEqual(3);
      expect(revenue.size).toBeGreaterThanOrEqual(2);
    });

    it('Northwind sees its shared opportunities and the vendor’s invitation; a registration on a directly worked customer is flagged', async () => {
      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const shared = (await ben.get('/api/v1/opportunities')).body.data as { partnerId: string; title: string }[];
      expect(shared.length).toBeGreaterThan(0);
      const requests = (await ben.get('/api/v1/co-sell-requests')).body.data as {
        direction: string;
        status: string;
        can: { accept: boolean };
      }[];
      expect(requests.some((r) => r.direction === 'from_vendor' && r.status === 'requested' && r.can.accept)).toBe(true);
      expect(requests.some((r) => r.direction === 'from_partner' && r.status === 'requested')).toBe(true);
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const flagged = (await admin.get('/api/v1/deal-registrations', { query: { q: 'Tailspin' } })).body.data as {
        conflict: { flagged: boolean; reasons: { opportunity?: { number: string } }[] };
      }[];
      expect(flagged[0]?.conflict.flagged).toBe(true);
      expect(flagged[0]?.conflict.reasons.some((r) => r.opportunity?.number.startsWith('OPP-'))).toBe(true);
    });
  });
}
