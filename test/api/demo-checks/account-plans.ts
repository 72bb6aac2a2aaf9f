import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/** The account plans part of the demo: long-standing partners plan their biggest shared accounts. */
export default function accountPlansDemo() {
  describe('the account plans demo', () => {
    it('has active plans for key accounts with long-standing partners, both teams, whitespace, goals and actions — one overdue', async () => {
      const plans = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (
            await tx.execute(sql`
            SELECT p.id, p.partner_id, p.status, p.created_at, a.name AS account,
              (SELECT count(*)::int FROM account_plan_members m WHERE m.plan_id = p.id AND m.side = 'vendor') AS vendor_team,
              (SELECT count(*)::int FROM account_plan_members m WHERE m.plan_id = p.id AND m.side = 'partner') AS partner_team,
              (SELECT count(*)::int FROM account_plan_cells c WHERE c.plan_id = p.id) AS cells,
              (SELECT count(*)::int FROM account_plan_goals g WHERE g.plan_id = p.id) AS goals,
              (SELECT count(*)::int FROM account_plan_actions x WHERE x.plan_id = p.id AND x.status = 'done') AS done,
              (SELECT count(*)::int FROM account_plan_actions x WHERE x.plan_id = p.id AND x.status = 'open' AND x.due_on < current_date) AS overdue
            FROM account_plans p JOIN accounts a ON a.id = p.account_id ORDER BY p.created_at`)
          ).rows as {
            id: string;
            partner_id: string;
            status: string;
            created_at: string;
            account: string;
            vendor_team: number;
            partner_team: number;
            cells: number;
            goals: number;
            done: number;
            overdue: number;
          }[],
      );
      expect(plans.length).toBeGreaterThanOrEqual(2);
      expect(plans.every((p) => p.status === 'active')).toBe(true);
      // Opened over the last year, not all at once.
      const ages = plans.map((p) => (demo.today.getTime() - new Date(p.created_at).getTime()) / 86_400_000);
      expect(Math.max(...ages)).toBeGreaterThan(150);
      expect(Math.max(...ages)).toBeLessThanOrEqual(370);
      for (const p of plans) {
        expect(p.vendor_team, p.account).toBeGreaterThanOrEqual(1);
        expect(p.cells, p.account).toBeGreaterThanOrEqual(6);
        expect(p.goals, p.account).toBe(2);
      }
      expect(plans.some((p) => p.partner_team >= 1)).toBe(true);
      expect(plans.reduce((n, p) => n + p.done, 0)).toBeGreaterThan(3);
      expect(plans.reduce((n, p) => n + p.overdue, 0)).toBe(1);
      // Every plan's partner is involved in opportunities of its account: the plan shows them with totals.
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      for (const p of plans) {
        const res = await admin.get(`/api/v1/account-plans/${p.id}`);
        expect(res.status).toBe(200);
        expect(res.body.opportunities.data.length, p.account).toBeGreaterThan(0);
        expect(res.body.whitespace.some((c: { status: string }) => c.status === 'joint_opportunity')).toBe(true);
      }
    });

    it('Northwind’s admin sees its plan in the portal, its side’s open action, and no other partner’s plan', async () => {
      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const list = await ben.get('/api/v1/account-plans');
      expect(list.status).toBe(200);
      expect(list.body.data.length).toBe(1);
      const plan = (await ben.get(`/api/v1/account-plans/${list.body.data[0].id}`)).body;
      expect(plan.actions.some((a: { side: string; status: string }) => a.side === 'partner' && a.status === 'open')).toBe(true);
      const others = await withTx(demo.t.system(), async ({ tx }) =>
        (await tx.execute(sql`SELECT id FROM account_plans WHERE partner_id <> ${plan.partnerId}`)).rows.map(
          (r) => r.id as string,
        ),
      );
      for (const id of others) expect((await ben.get(`/api/v1/account-plans/${id}`)).status).toBe(404);
    });
  });
}
