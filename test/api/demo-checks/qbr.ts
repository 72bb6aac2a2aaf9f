import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/**
 * The QBR pack on first start: Contoso Consulting Group, the healthy strategic alliance, has a
 * last-quarter pack James can present — a plan with targets, attribution, health with its evidence
 * and a trend, open action items and risks — and the PDF deck of it.
 */
export default function qbrDemo() {
  describe('the QBR demo', () => {
    it('Contoso’s last-quarter pack has every section filled from the story, and its PDF downloads', async () => {
      const james = await demo.t.login('james.manager@lumen.example', DEMO_PASSWORD);
      const partners = await james.get('/api/v1/partners', { query: { q: 'Contoso Consulting Group' } });
      const contoso = (partners.body.data as { id: string; name: string }[]).find((p) => p.name === 'Contoso Consulting Group');
      if (!contoso) throw new Error('no Contoso');
      const res = await james.get(`/api/v1/partners/${contoso.id}/qbr`);
      expect(res.status).toBe(200);
      const pack = res.body;
      expect(pack.plan, JSON.stringify(pack.unavailable)).not.toBeNull();
      expect(
        pack.plan.goals.some((g: { target: unknown; targetCount: unknown }) => g.target !== null || g.targetCount !== null),
      ).toBe(true);
      expect(pack.commitments.items.length).toBeGreaterThan(0);
      expect(pack.revenue.byQuarter.some((q: { won: { amount: number } }) => q.won.amount > 0)).toBe(true);
      expect(pack.attribution.trend.some((q: { influenced: { amount: number } }) => q.influenced.amount > 0)).toBe(true);
      expect(pack.health.score).not.toBeNull();
      expect(
        pack.health.dimensions.flatMap((d: { evidence: { measured: boolean }[] }) => d.evidence.filter((e) => e.measured)).length,
      ).toBeGreaterThan(3);
      expect(pack.health.trend.length).toBeGreaterThanOrEqual(4);
      expect(pack.governance.openActions.length).toBeGreaterThan(0);
      expect(pack.risks.open.length).toBeGreaterThan(0);
      expect(pack.sponsors.vendor).not.toBeNull();
      expect(pack.highlights.length).toBeGreaterThan(0);

      const pdf = await james.get(`/api/v1/partners/${contoso.id}/qbr.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(String(pdf.headers['content-disposition'])).toBe(
        `attachment; filename="QBR-contoso-consulting-group-${pack.quarter.key}.pdf"`,
      );
      expect(pdf.raw.rawPayload.length).toBeGreaterThan(20_000);
    });
  });
}
