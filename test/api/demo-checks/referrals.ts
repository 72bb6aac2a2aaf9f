import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { demo } from './run.js';

/** The referrals part of the demo: referral partners with links, clicks over the year, sign-ups, customers and commissions. */
export default function referralsDemo() {
  describe('the referrals demo', () => {
    it('tells a year of referrals: Pinnacle and Riverbend share links; clicks, sign-ups, paying customers and commissions', async () => {
      const counts = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          partners: await one('SELECT count(DISTINCT partner_id) n FROM referral_links'),
          named: await one(
            "SELECT count(DISTINCT l.partner_id) n FROM referral_links l JOIN partners p ON p.id = l.partner_id WHERE p.name IN ('Pinnacle Marketing Partners', 'Riverbend Agents Network')",
          ),
          clicks: await one('SELECT count(*) n FROM referral_clicks'),
          clickSpanDays: await one('SELECT extract(day from max(occurred_at) - min(occurred_at)) n FROM referral_clicks'),
          signups: await one("SELECT count(*) n FROM referral_conversions WHERE kind = 'signup'"),
          customers: await one("SELECT count(*) n FROM referral_conversions WHERE kind = 'customer'"),
          commissions: await one('SELECT count(*) n FROM referral_commissions WHERE amount > 0'),
          submissions: await one('SELECT count(*) n FROM referral_submissions'),
        };
      });
      expect(counts.partners).toBeGreaterThanOrEqual(2);
      expect(counts.named).toBe(2);
      expect(counts.clicks).toBeGreaterThan(100);
      expect(counts.clickSpanDays).toBeGreaterThan(200);
      expect(counts.signups).toBeGreaterThan(5);
      expect(counts.customers).toBeGreaterThanOrEqual(2);
      expect(counts.commissions).toBe(counts.customers);
      expect(counts.submissions).toBeGreaterThanOrEqual(4);
    });
  });
}
