import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { loadMetrics } from '../../../src/server/module.js';
import { demo } from './run.js';

/** The surveys part of the demo: two years of diagnostics, NPS and PX that tell the alliances apart. */
export default function surveysDemo() {
  describe('the surveys demo', () => {
    it('Contoso’s diagnostic shows a small perception gap; Woodgrove’s and Kestrel’s a large one the vendor does not feel', async () => {
      const metrics = await loadMetrics();
      const figures = await withTx(demo.t.system(), async (c) => {
        const rows = (
          await c.tx.execute(
            sql.raw(
              "SELECT id, name FROM partners WHERE name IN ('Contoso Consulting Group', 'Woodgrove Distribution', 'Kestrel Security Alliance')",
            ),
          )
        ).rows as { id: string; name: string }[];
        const ids = rows.map((r) => r.id);
        const gap = await metrics.get('surveys.perception_gap')!.compute(c, ids, demo.today);
        const score = await metrics.get('surveys.diagnostic_score')!.compute(c, ids, demo.today);
        const nps = await metrics.get('surveys.nps')!.compute(c, ids, demo.today);
        return Object.fromEntries(rows.map((r) => [r.name, { gap: gap.get(r.id), score: score.get(r.id), nps: nps.get(r.id) }]));
      });
      expect(figures['Contoso Consulting Group']?.gap).toBeLessThan(15);
      expect(figures['Contoso Consulting Group']?.score).toBeGreaterThan(65);
      // Both sceptics where their people answered a closed diagnostic (Kestrel's do in every load).
      const sceptics = ['Woodgrove Distribution', 'Kestrel Security Alliance'].filter((name) => figures[name]?.gap != null);
      expect(sceptics.length).toBeGreaterThanOrEqual(1);
      for (const name of sceptics) expect(figures[name]?.gap, name).toBeGreaterThan(25);
    });

    it('NPS half-yearly and PX quarterly over two years, improving; Northwind’s diagnostic waits for Ben', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const trends = await admin.get('/api/v1/survey-trends');
      expect(trends.status).toBe(200);
      expect(trends.body.nps.length).toBeGreaterThanOrEqual(3);
      expect(trends.body.px.length).toBeGreaterThanOrEqual(6);
      expect(trends.body.px.at(-1).value).toBeGreaterThan(trends.body.px[0].value);
      // This half-year's wave may have opened only days ago: the trend is read from the answered ones.
      const answered = (trends.body.nps as { value: number; count: number }[]).filter((p) => p.count >= 5);
      expect(answered.length).toBeGreaterThanOrEqual(3);
      expect(answered.at(-1)?.value).toBeGreaterThan(answered[0]?.value ?? 100);
      expect(trends.body.pxDimensions).toEqual(expect.arrayContaining(['support', 'ease_of_doing_business']));

      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const waiting = await ben.get('/api/v1/survey-rounds', { query: { awaitingMe: 'true', kind: 'health_diagnostic' } });
      expect(waiting.body.data).toHaveLength(1);
      expect(waiting.body.data[0]).toMatchObject({ status: 'open', asked: true, myResponse: null, can: { answer: true } });
      expect(waiting.body.data[0].responses.vendor).toBe(1);
    });
  });
}
