import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { loadMetrics } from '../../../src/server/module.js';
import { demo } from './run.js';

const DEMO_PASSWORD = 'consort-demo-2026';

/** The resource library of the demo: two years of resources across categories and tiers, downloads spread over time, two co-brand templates. */
export default function resourcesDemo() {
  describe('the resources demo', () => {
    it('has 15–25 resources across the categories and tiers, two co-brand templates, and two years of downloads', async () => {
      const figures = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          resources: await one('SELECT count(*) n FROM resources'),
          categories: await one('SELECT count(DISTINCT category_id) n FROM resources'),
          gated: await one("SELECT count(*) n FROM resources WHERE audience <> '[]'::jsonb"),
          templates: await one('SELECT count(*) n FROM resources WHERE template IS NOT NULL'),
          files: await one('SELECT count(*) n FROM resources WHERE file IS NOT NULL'),
          drafts: await one("SELECT count(*) n FROM resources WHERE status = 'draft'"),
          archived: await one("SELECT count(*) n FROM resources WHERE status = 'archived'"),
          createdSpanDays: await one('SELECT extract(day from max(created_at) - min(created_at)) n FROM resources'),
          downloads: await one('SELECT count(*) n FROM resource_downloads'),
          cobranded: await one('SELECT count(*) n FROM resource_downloads WHERE cobranded'),
          partners: await one('SELECT count(DISTINCT partner_id) n FROM resource_downloads'),
          downloadSpanDays: await one('SELECT extract(day from max(at) - min(at)) n FROM resource_downloads'),
          future: await one(`SELECT count(*) n FROM resource_downloads WHERE at > '${demo.loadedAt.toISOString()}'`),
          events: await one("SELECT count(*) n FROM domain_events WHERE name = 'resource.downloaded'"),
          generated: await one("SELECT count(*) n FROM domain_events WHERE name = 'cobranded_asset.generated'"),
        };
      });
      expect(figures.resources).toBeGreaterThanOrEqual(15);
      expect(figures.resources).toBeLessThanOrEqual(25);
      expect(figures.categories).toBeGreaterThanOrEqual(6);
      expect(figures.gated).toBeGreaterThanOrEqual(5);
      expect(figures.templates).toBe(2);
      expect(figures.files).toBeGreaterThanOrEqual(10);
      expect(figures.drafts).toBe(1);
      expect(figures.archived).toBe(1);
      expect(figures.createdSpanDays).toBeGreaterThan(600);
      expect(figures.downloads).toBeGreaterThan(50);
      expect(figures.cobranded).toBeGreaterThan(3);
      expect(figures.partners).toBeGreaterThan(5);
      expect(figures.downloadSpanDays).toBeGreaterThan(300);
      expect(figures.future).toBe(0);
      expect(figures.events).toBe(figures.downloads);
      expect(figures.generated).toBe(figures.cobranded);

      const metric = (await loadMetrics()).get('resources.downloads_90d');
      const recent = await withTx(demo.t.system(), async (c) => metric?.compute(c, 'all', demo.today));
      expect([...(recent?.values() ?? [])].some((n) => (n ?? 0) > 0)).toBe(true);
    });

    it('shows a partner only what its programs and tier unlock', async () => {
      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const all = (await admin.get('/api/v1/resources', { query: { limit: 500 } })).body.data as { id: string; status: string }[];
      const seen = (await ben.get('/api/v1/resources', { query: { limit: 500 } })).body.data as {
        id: string;
        status: string;
        template: string | null;
      }[];
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.length).toBeLessThan(all.length);
      expect(seen.every((r) => r.status === 'published' && r.template === null)).toBe(true);
      const stats = await admin.get('/api/v1/resources/stats');
      expect(stats.body.topResources.length).toBeGreaterThan(3);
    });
  });
}
