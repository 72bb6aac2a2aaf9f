import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { currentPlanFulfilment } from '../../../src/modules/business-plans/index.js';
import { demo } from './run.js';

/** The business plans part of the demo: one healthy alliance, one strategic in name only. */

async function partnerId(domain: string): Promise<string> {
  return withTx(demo.t.system(), async ({ tx }) => {
    const rows = (await tx.execute(sql`SELECT id FROM partners WHERE ${domain} = ANY(domains)`)).rows as { id: string }[];
    if (!rows[0]) throw new Error(`no demo partner ${domain}`);
    return rows[0].id;
  });
}

export default function businessPlansDemo() {
  describe('the business plans demo', () => {
    it('Contoso keeps its commitments on both sides under an approved plan for this and last fiscal year; Kestrel’s are asymmetric', async () => {
      const contoso = await partnerId('contoso-consulting.example');
      const kestrel = await partnerId('kestrel-sec.example');
      const plans = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (
            await tx.execute(
              sql`SELECT partner_id, status, period_start::text AS start, version FROM business_plans ORDER BY period_start`,
            )
          ).rows as { partner_id: string; status: string; start: string; version: number }[],
      );
      const contosoPlans = plans.filter((p) => p.partner_id === contoso);
      expect(contosoPlans.map((p) => p.status)).toEqual(['closed', 'approved']);
      expect(contosoPlans.every((p) => p.version > 10)).toBe(true);
      expect(plans.filter((p) => p.partner_id === kestrel).map((p) => p.status)).toEqual(['approved']);

      const fulfilment = await currentPlanFulfilment(demo.t.system(), [contoso, kestrel], new Date());
      const healthy = fulfilment.get(contoso);
      const weak = fulfilment.get(kestrel);
      expect(healthy?.vendor).toBeGreaterThanOrEqual(70);
      expect(healthy?.partner).toBeGreaterThanOrEqual(70);
      expect(healthy?.asymmetry).toBeLessThanOrEqual(25);
      expect(weak).toMatchObject({ vendor: 100 });
      expect(weak?.partner).toBeLessThan(30);
      expect(weak?.asymmetry).toBeGreaterThan(25);
      // Every change at its moment by its side: partner-side versions by the partner's people.
      const sides = await withTx(demo.t.system(), async ({ tx }) =>
        (await tx.execute(sql`SELECT DISTINCT actor_side FROM business_plan_versions ORDER BY 1`)).rows.map((r) => r.actor_side),
      );
      expect(sides).toEqual(['partner', 'vendor']);
    });
  });
}
