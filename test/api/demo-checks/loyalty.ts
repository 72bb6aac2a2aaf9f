import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/** The loyalty part of the demo: points from the story's registrations and won deals, a catalogue, redemptions. */
export default function loyaltyDemo() {
  describe('the loyalty demo', () => {
    it('awards the story’s registrations and won deals at their moments, once each; balances are the ledger’s sums and never negative', async () => {
      const figures = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          partners: await one("SELECT count(DISTINCT partner_id) n FROM loyalty_entries WHERE kind = 'earned'"),
          won: await one("SELECT count(*) n FROM loyalty_entries WHERE source = 'opportunity.won'"),
          registered: await one("SELECT count(*) n FROM loyalty_entries WHERE source = 'deal_registration.submitted'"),
          spanDays: await one(
            "SELECT extract(day from max(occurred_at) - min(occurred_at)) n FROM loyalty_entries WHERE kind = 'earned'",
          ),
          duplicates: await one(
            'SELECT count(*) n FROM (SELECT event_id, partner_id FROM loyalty_entries WHERE event_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d',
          ),
          negative: await one(
            'SELECT count(*) n FROM (SELECT partner_id FROM loyalty_entries GROUP BY 1 HAVING sum(points) < 0) d',
          ),
          rewards: await one('SELECT count(*) n FROM loyalty_rewards WHERE active'),
          fulfilled: await one("SELECT count(*) n FROM loyalty_redemptions WHERE status = 'fulfilled'"),
          rejected: await one("SELECT count(*) n FROM loyalty_redemptions WHERE status = 'rejected'"),
          waiting: await one("SELECT count(*) n FROM loyalty_redemptions WHERE status = 'requested'"),
          returned: await one("SELECT count(*) n FROM loyalty_entries WHERE kind = 'returned'"),
        };
      });
      expect(figures.partners).toBeGreaterThan(5);
      expect(figures.won).toBeGreaterThan(3);
      expect(figures.registered).toBeGreaterThan(10);
      expect(figures.spanDays).toBeGreaterThan(300);
      expect(figures.duplicates).toBe(0);
      expect(figures.negative).toBe(0);
      expect(figures.rewards).toBeGreaterThanOrEqual(5);
      expect(figures.fulfilled).toBeGreaterThanOrEqual(1);
      expect(figures.rejected).toBe(figures.returned);
      expect(figures.waiting).toBeGreaterThanOrEqual(1);
    });

    it('points expire 12 months after they were earned: the oldest unspent ones expired, audited, no balance below 0', async () => {
      const figures = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          partners: await one("SELECT count(DISTINCT partner_id) n FROM loyalty_entries WHERE kind = 'expired'"),
          points: await one("SELECT coalesce(-sum(points), 0) n FROM loyalty_entries WHERE kind = 'expired'"),
          events: await one("SELECT count(*) n FROM domain_events WHERE name = 'loyalty_points.expired'"),
          entries: await one("SELECT count(*) n FROM loyalty_entries WHERE kind = 'expired'"),
          months: await one('SELECT points_expiry_months n FROM loyalty_settings WHERE id = 1'),
        };
      });
      expect(figures.months).toBe(12);
      expect(figures.partners).toBeGreaterThanOrEqual(1);
      expect(figures.points).toBeGreaterThan(0);
      expect(figures.events).toBe(figures.entries);
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const partnerId = await withTx(demo.t.system(), async ({ tx }) =>
        String(
          (
            (await tx.execute(sql.raw("SELECT partner_id n FROM loyalty_entries WHERE kind = 'expired' LIMIT 1"))).rows[0] as {
              n: string;
            }
          ).n,
        ),
      );
      const summary = (await admin.get(`/api/v1/partners/${partnerId}/loyalty`)).body;
      expect(summary.expired).toBeGreaterThan(0);
      expect(summary.expiryMonths).toBe(12);
    });

    it('Northwind has points to spend in the portal, and the leaderboard ranks the partners', async () => {
      const chloe = await demo.t.login('chloe.rossi@northwind.example', DEMO_PASSWORD);
      const me = (await chloe.get('/api/v1/me')).body;
      const partnerId = me.user.partnerId as string;
      const summary = (await chloe.get(`/api/v1/partners/${partnerId}/loyalty`)).body;
      expect(summary.balance).toBeGreaterThanOrEqual(2500);
      expect(summary.affordableRewards).toBeGreaterThan(0);
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const board = (await admin.get('/api/v1/loyalty/leaderboard')).body.data as { earnedLast12Months: number }[];
      expect(board.length).toBeGreaterThan(5);
      expect(board[0]?.earnedLast12Months).toBeGreaterThanOrEqual(board[1]?.earnedLast12Months ?? 0);
    });
  });
}
