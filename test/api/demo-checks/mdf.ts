import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { balanceOf, type Entry } from '../../../src/modules/mdf/mdf.rules.js';
import { demo } from './run.js';

/** The MDF part of the demo: two years of quarterly funds, requests, claims with proof, payments, expiry and ROI. */
export default function mdfDemo() {
  describe('the MDF demo', () => {
    it('tells two years of MDF: quarterly allocations, claims with proof paid by finance, expired funds, and an ROI that means something', async () => {
      const facts = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          partners: await one('SELECT count(DISTINCT partner_id) n FROM mdf_allocations'),
          quarters: await one('SELECT count(DISTINCT period) n FROM mdf_allocations'),
          paid: await one("SELECT count(*) n FROM mdf_claims WHERE status = 'paid'"),
          paidByFrank: await one(
            "SELECT count(*) n FROM mdf_claims c JOIN users u ON u.id = c.paid_by_id WHERE c.status = 'paid' AND u.email = 'frank.finance@lumen.example'",
          ),
          unproven: await one(
            "SELECT count(*) n FROM mdf_claims c WHERE c.status IN ('approved', 'paid') AND NOT EXISTS (SELECT 1 FROM files f WHERE f.record_id = c.id)",
          ),
          expired: await one("SELECT count(DISTINCT allocation_id) n FROM mdf_ledger WHERE kind = 'expiry'"),
          partial: await one('SELECT count(*) n FROM mdf_requests WHERE approved_amount < requested_amount'),
          leads: await one('SELECT count(*) n FROM mdf_claim_leads'),
          won: await one(
            "SELECT count(*) n FROM mdf_claim_leads m JOIN leads l ON l.id = m.lead_id JOIN opportunities o ON o.id = l.opportunity_id WHERE o.stage = 'closed_won'",
          ),
          waiting: await one("SELECT count(*) n FROM mdf_requests WHERE status = 'submitted'"),
          spanDays: await one('SELECT (max(on_date) - min(on_date)) n FROM mdf_ledger'),
        };
      });
      expect(facts.partners).toBeGreaterThanOrEqual(3);
      expect(facts.quarters).toBeGreaterThanOrEqual(6);
      expect(facts.spanDays).toBeGreaterThan(365);
      expect(facts.paid).toBeGreaterThan(10);
      expect(facts.paidByFrank).toBeGreaterThan(0);
      expect(facts.unproven).toBe(0);
      expect(facts.expired).toBeGreaterThan(0);
      expect(facts.partial).toBeGreaterThan(0);
      expect(facts.leads).toBeGreaterThan(10);
      expect(facts.won).toBeGreaterThan(0);
      expect(facts.waiting).toBeGreaterThanOrEqual(1);
    });

    it('keeps every allocation balanced: the SQL balances agree with the rule, and nothing is negative', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const list = await admin.get('/api/v1/mdf-allocations', { query: { limit: 200 } });
      expect(list.status).toBe(200);
      const entries = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (await tx.execute(sql.raw('SELECT allocation_id, kind, amount FROM mdf_ledger'))).rows as {
            allocation_id: string;
            kind: Entry['kind'];
            amount: string | number;
          }[],
      );
      for (const a of list.body.data as { id: string; balance: Record<string, number> }[]) {
        const mine = entries.filter((e) => e.allocation_id === a.id).map((e) => ({ kind: e.kind, amount: Number(e.amount) }));
        expect(a.balance).toEqual(balanceOf(mine));
        for (const v of Object.values(a.balance)) expect(v).toBeGreaterThanOrEqual(0);
      }
      const roi = await admin.get('/api/v1/mdf-roi');
      expect(roi.status).toBe(200);
      expect(roi.body.partners.some((p: { won: { amount: number } }) => p.won.amount > 0)).toBe(true);
    });
    it('holds the payment of an approved claim of the partner whose SOC 2 report lapsed', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const queue = await admin.get('/api/v1/mdf-claims', { query: { status: 'approved', limit: 100 } });
      expect(queue.status).toBe(200);
      const claims = queue.body.data as { partnerId: string; heldReason: string | null; can: { pay: boolean } }[];
      const held = claims.filter((c) => /SOC 2 expired/.test(c.heldReason ?? ''));
      expect(held.length).toBeGreaterThanOrEqual(1);
      for (const c of held) expect(c.can.pay).toBe(false);
      // It is the partner's current SOC 2 item that lapsed: no newer one is in force.
      const items = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (
            await tx.execute(
              sql`SELECT status FROM compliance_items WHERE partner_id = ${held[0]?.partnerId} AND type = 'soc2' ORDER BY expires_on DESC NULLS LAST LIMIT 1`,
            )
          ).rows as { status: string }[],
      );
      expect(items[0]?.status).toBe('expired');
    });
  });
}
