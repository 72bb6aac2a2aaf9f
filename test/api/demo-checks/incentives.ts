import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/** The incentives part of the demo: plans on every program, earnings from won deals, quarterly payouts paid, one waiting. */
export default function incentivesDemo() {
  describe('the incentives demo', () => {
    it('accrues the won deals under the plans in force, pays quarterly and keeps the ledger balanced', async () => {
      const counts = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          programsWithoutPlans: await one(
            'SELECT count(*) n FROM programs p WHERE NOT EXISTS (SELECT 1 FROM incentive_plans i WHERE i.program_id = p.id)',
          ),
          commissions: await one("SELECT count(*) n FROM incentive_earnings WHERE kind = 'commission' AND amount > 0"),
          oldVersion: await one(
            "SELECT count(*) n FROM incentive_earnings e JOIN incentive_plans p ON p.id = e.plan_id WHERE p.name LIKE '%(8%)'",
          ),
          rebates: await one("SELECT count(*) n FROM incentive_earnings WHERE kind = 'rebate'"),
          paidBatches: await one("SELECT count(*) n FROM payout_batches WHERE status = 'paid'"),
          waiting: await one("SELECT count(*) n FROM payout_batches WHERE status = 'draft'"),
          unbalanced: await one(`SELECT count(*) n FROM (
            SELECT e.currency,
                   sum(e.amount) FILTER (WHERE e.amount > 0) accrued,
                   coalesce(-sum(e.amount) FILTER (WHERE e.amount < 0), 0) reversed,
                   coalesce(sum(e.amount) FILTER (WHERE e.paid_at IS NULL), 0) pending,
                   coalesce((SELECT sum(l.amount) FROM payout_lines l WHERE l.status = 'paid' AND NOT l.held AND l.currency = e.currency), 0) paid
            FROM incentive_earnings e GROUP BY e.currency) x WHERE accrued <> paid + pending + reversed`),
        };
      });
      expect(counts.programsWithoutPlans).toBe(0);
      expect(counts.commissions).toBeGreaterThan(10);
      expect(counts.oldVersion).toBeGreaterThan(0);
      expect(counts.rebates).toBeGreaterThanOrEqual(0);
      expect(counts.paidBatches).toBeGreaterThanOrEqual(3);
      expect(counts.waiting).toBe(1);
      expect(counts.unbalanced).toBe(0);
    });

    it('holds only the partner whose SOC 2 report lapsed; Northwind, insured year after year, is paid', async () => {
      const found = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          lapsedPartners: await one(`SELECT count(*) n FROM (
            SELECT partner_id FROM compliance_items WHERE type IN ('soc2', 'insurance') AND status <> 'rejected'
            GROUP BY partner_id HAVING max(expires_on) < current_date) x`),
          heldInWaiting: await one(
            "SELECT count(DISTINCT l.partner_id) n FROM payout_lines l JOIN payout_batches b ON b.id = l.batch_id WHERE b.status = 'draft' AND l.held",
          ),
          northwindPaid: await one(
            "SELECT count(*) n FROM payout_lines l JOIN partners p ON p.id = l.partner_id WHERE p.name = 'Northwind Systems' AND l.status = 'paid' AND NOT l.held",
          ),
        };
      });
      expect(found.lapsedPartners).toBe(1);
      expect(found.heldInWaiting).toBeLessThanOrEqual(1);
      expect(found.northwindPaid).toBeGreaterThan(0);
    });

    it('finance sees the waiting batch; it needs someone other than Frank to approve it', async () => {
      const frank = await demo.t.login('frank.finance@lumen.example', DEMO_PASSWORD);
      const batches = await frank.get('/api/v1/payout-batches');
      expect(batches.status).toBe(200);
      const waiting = batches.body.data.find((b: { status: string }) => b.status === 'draft');
      expect(waiting.can.approve).toBe(false);
      expect(
        batches.body.data
          .filter((b: { status: string }) => b.status === 'paid')
          .every((b: { approvals: unknown[] }) => b.approvals.length >= 1),
      ).toBe(true);
    });

    it('pays referral commissions through the one ledger: each approved one is an entry, paid ones in a paid batch', async () => {
      const found = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          entries: await one("SELECT count(*) n FROM incentive_earnings WHERE kind = 'referral'"),
          approvedWithoutEntry: await one(`SELECT count(*) n FROM referral_commissions rc WHERE rc.status IN ('approved', 'paid')
            AND NOT EXISTS (SELECT 1 FROM incentive_earnings e WHERE e.key = 'referral:' || rc.id)`),
          paidCommissions: await one("SELECT count(*) n FROM referral_commissions WHERE status = 'paid'"),
          statusDisagrees:
            await one(`SELECT count(*) n FROM referral_commissions rc JOIN incentive_earnings e ON e.key = 'referral:' || rc.id
            WHERE (rc.status = 'paid') <> (e.paid_at IS NOT NULL)`),
        };
      });
      expect(found.entries).toBeGreaterThan(0);
      expect(found.approvedWithoutEntry).toBe(0);
      expect(found.paidCommissions).toBeGreaterThan(0);
      expect(found.statusDisagrees).toBe(0);
    });
  });
}
