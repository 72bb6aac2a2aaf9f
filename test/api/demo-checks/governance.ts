import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { loadMetrics } from '../../../src/server/module.js';
import { demo } from './run.js';

/** The governance part of the demo: one healthy alliance, one strategic in name only. */

export default function governanceDemo() {
  describe('the governance demo', () => {
    it('tells two alliances apart: quarterly reviews with sponsors and votes, and one with nothing for months', async () => {
      const metrics = await loadMetrics();
      const figures = await withTx(demo.t.system(), async (c) => {
        const rows = (
          await c.tx.execute(
            sql.raw("SELECT id, name FROM partners WHERE name IN ('Contoso Consulting Group', 'Fabrikam Managed Services')"),
          )
        ).rows as { id: string; name: string }[];
        const id = (name: string) => rows.find((r) => r.name === name)?.id ?? '';
        const out: { healthy: Record<string, number | null | undefined>; weak: Record<string, number | null | undefined> } = {
          healthy: {},
          weak: {},
        };
        for (const key of [...metrics.keys()].filter((k) => k.startsWith('governance.'))) {
          const values = await metrics
            .get(key)
            ?.compute(c, [id('Contoso Consulting Group'), id('Fabrikam Managed Services')], new Date());
          out.healthy[key] = values?.get(id('Contoso Consulting Group'));
          out.weak[key] = values?.get(id('Fabrikam Managed Services'));
        }
        const decisions = (
          await c.tx.execute(sql.raw('SELECT status, count(*)::int n FROM governance_decisions GROUP BY status'))
        ).rows as {
          status: string;
          n: number;
        }[];
        return { ...out, decisions: Object.fromEntries(decisions.map((d) => [d.status, d.n])) };
      });
      expect(figures.healthy['governance.days_since_review']).toBeLessThan(100);
      expect(figures.healthy['governance.days_to_next_meeting']).toBeGreaterThan(0);
      expect(figures.healthy['governance.sponsor_attendance_vendor']).toBe(100);
      expect(figures.healthy['governance.sponsor_attendance_partner']).toBeGreaterThanOrEqual(75);
      expect(figures.healthy['governance.overdue_actions']).toBe(0);
      expect(figures.weak['governance.days_since_review']).toBeGreaterThan(120);
      expect(figures.weak['governance.days_to_next_meeting']).toBeNull();
      expect(figures.weak['governance.sponsor_attendance_partner']).toBe(0);
      expect(figures.weak['governance.overdue_actions']).toBeGreaterThan(0);
      expect(figures.decisions.passed).toBeGreaterThanOrEqual(2);
      expect(figures.decisions.failed).toBeGreaterThanOrEqual(1);
    });

    it('keeps an archived working group with its held meetings in the history', async () => {
      const archived = await withTx(
        demo.t.system(),
        async (c) =>
          (
            await c.tx.execute(
              sql.raw(
                `SELECT b.name, count(m.id)::int held FROM governance_bodies b
                 JOIN governance_meetings m ON m.body_id = b.id AND m.status = 'held'
                WHERE NOT b.active GROUP BY b.name`,
              ),
            )
          ).rows as { name: string; held: number }[],
      );
      expect(archived).toEqual([{ name: 'Connector working group', held: 3 }]);
    });
  });
}
