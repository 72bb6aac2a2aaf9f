import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

type Listed = {
  id: string;
  partnerId: string;
  partnerName: string;
  status: string;
  startsOn: string;
  endsOn: string;
  budget: { amount: number };
  vendorShare: { amount: number };
  partnerShare: { amount: number };
  results: { leads: number; opportunities: number; won: { amount: number } | null };
};

/** The campaigns part of the demo: joint campaigns of the long-standing partners over two years, with what they generated. */
export default function campaignsDemo() {
  describe('the campaigns demo', () => {
    it('shows two years of joint campaigns with exact splits, completed ones credited with leads and opportunities, some still to come', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const all = (await admin.get('/api/v1/campaigns', { query: { limit: 500 } })).body.data as Listed[];
      expect(all.length).toBeGreaterThan(20);
      expect(new Set(all.map((c) => c.partnerId)).size).toBeGreaterThanOrEqual(4);
      for (const c of all) expect(c.vendorShare.amount + c.partnerShare.amount).toBe(c.budget.amount);
      const today = demo.today.toISOString().slice(0, 10);
      const completed = all.filter((c) => c.status === 'completed');
      expect(completed.length).toBeGreaterThan(10);
      expect(completed.every((c) => c.endsOn <= today)).toBe(true);
      expect(
        completed.some((c) => c.startsOn < new Date(demo.today.getTime() - 450 * 86_400_000).toISOString().slice(0, 10)),
      ).toBe(true);
      expect(completed.filter((c) => c.results.leads > 0).length).toBeGreaterThan(3);
      expect(completed.some((c) => c.results.opportunities > 0)).toBe(true);
      expect(all.some((c) => c.startsOn > today && (c.status === 'planned' || c.status === 'proposed'))).toBe(true);
      expect(all.some((c) => c.status === 'proposed')).toBe(true);
    });

    it('Northwind’s people see their company’s campaigns only', async () => {
      const chloe = await demo.t.login('chloe.rossi@northwind.example', DEMO_PASSWORD);
      const theirs = (await chloe.get('/api/v1/campaigns', { query: { limit: 500 } })).body.data as Listed[];
      expect(theirs.length).toBeGreaterThan(0);
      expect(new Set(theirs.map((c) => c.partnerName))).toEqual(new Set([theirs[0]?.partnerName]));
      expect(theirs[0]?.partnerName).toMatch(/Northwind/);
    });
  });
}
