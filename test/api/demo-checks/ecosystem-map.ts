import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

type Map = {
  nodes: { id: string; name: string; kind: string; degree: number }[];
  edges: { source: string; target: string; kind: string; count: number; sample: string[] }[];
};

/** The ecosystem map of the demo: clusters around the strategic alliances, integrations with Lumen Cloud. */
export default function ecosystemMapDemo() {
  describe('the ecosystem map demo', () => {
    it('has deals of three partners, around Adatum Cloud and Contoso Consulting, won and open', async () => {
      const rows = await withTx(
        demo.t.system(),
        async ({ tx }) =>
          (
            await tx.execute(sql`
              select o.stage, array_agg(pa.name order by pa.name) as partners
                from opportunities o
                join opportunity_partners p on p.opportunity_id = o.id
                join partners pa on pa.id = p.partner_id
               group by o.id, o.stage
              having count(*) >= 3`)
          ).rows as { stage: string; partners: string[] }[],
      );
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(rows.some((r) => r.stage === 'closed_won')).toBe(true);
      expect(rows.some((r) => r.stage !== 'closed_won' && r.stage !== 'closed_lost')).toBe(true);
      expect(rows.some((r) => r.partners.includes('Adatum Cloud'))).toBe(true);
      expect(rows.some((r) => r.partners.some((n) => n.startsWith('Contoso Consulting')))).toBe(true);
    });

    it('draws the network for a manager: multi-partner deals, joint opportunities and integrations with the vendor', async () => {
      const maria = await demo.t.login('maria.manager@lumen.example', DEMO_PASSWORD);
      const res = await demo.t.request('GET', '/api/v1/ecosystem-map', { cookie: maria.cookie });
      expect(res.status).toBe(200);
      const map = res.body as Map;
      const kinds = new Set(map.edges.map((e) => e.kind));
      expect([...kinds].sort()).toEqual(['integration', 'joint_opportunity', 'multi_partner_deal']);
      expect(map.edges.filter((e) => e.kind === 'multi_partner_deal').length).toBeGreaterThanOrEqual(5);
      const vendor = map.nodes.find((n) => n.kind === 'vendor');
      expect(vendor?.name).toBe('Lumen Cloud');
      expect(vendor?.degree).toBeGreaterThanOrEqual(4);
      const adatum = map.nodes.find((n) => n.name === 'Adatum Cloud');
      expect(adatum?.degree).toBeGreaterThanOrEqual(4);
      expect(map.nodes.length).toBeGreaterThan(30);
      // Every edge's drill-down lists as many records as the edge counts (up to the sample).
      const edge = map.edges.find((e) => e.kind === 'multi_partner_deal');
      if (!edge) throw new Error('no multi-partner deal');
      const detail = await demo.t.request('GET', `/api/v1/ecosystem-map/edges?a=${edge.source}&b=${edge.target}`, {
        cookie: maria.cookie,
      });
      expect(detail.status).toBe(200);
      const ids = (detail.body as { opportunities: { id: string; kind: string }[] }).opportunities
        .filter((o) => o.kind === 'multi_partner_deal')
        .map((o) => o.id);
      expect(ids.length).toBe(edge.count);
      expect(ids).toEqual(expect.arrayContaining(edge.sample));
    });
  });
}
