import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withTx } from '../../../src/db/scope.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

/** Through-channel marketing in the demo: three approved kits, launches by partners over the year, engagement and leads. */
export default function marketingDemo() {
  describe('the marketing demo', () => {
    it('tells a year of co-branded campaigns: three kits, launches by several partners, opens, clicks, unsubscribes and leads', async () => {
      const counts = await withTx(demo.t.system(), async ({ tx }) => {
        const one = async (q: string) => Number(((await tx.execute(sql.raw(q))).rows[0] as { n: string | number }).n);
        return {
          approvedKits: await one("SELECT count(*) n FROM marketing_kits WHERE status = 'approved'"),
          gatedKits: await one('SELECT count(*) n FROM marketing_kits WHERE cardinality(tier_ids) > 0'),
          launchers: await one('SELECT count(DISTINCT partner_id) n FROM marketing_launches'),
          launches: await one('SELECT count(*) n FROM marketing_launches'),
          running: await one("SELECT count(*) n FROM marketing_launches WHERE status = 'running'"),
          spanDays: await one('SELECT extract(day from max(launched_at) - min(launched_at)) n FROM marketing_launches'),
          sent: await one("SELECT count(*) n FROM marketing_messages WHERE status = 'sent'"),
          opened: await one('SELECT count(*) n FROM marketing_messages WHERE opened_at IS NOT NULL'),
          clicked: await one('SELECT count(*) n FROM marketing_messages WHERE clicked_at IS NOT NULL'),
          pastDue: await one("SELECT count(*) n FROM marketing_messages WHERE status = 'scheduled' AND due_at <= now()"),
          leads: await one(
            'SELECT count(*) n FROM marketing_leads ml JOIN leads l ON l.id = ml.lead_id AND l.partner_id = ml.partner_id',
          ),
          captured: await one("SELECT count(*) n FROM domain_events WHERE name = 'marketing_lead.captured'"),
          future: await one('SELECT count(*) n FROM marketing_launches WHERE launched_at > now()'),
          // A landing page's lead the launching partner never answered would wait on its portal home for months.
          staleLeads: await one(
            "SELECT count(*) n FROM marketing_leads ml JOIN leads l ON l.id = ml.lead_id WHERE l.status = 'assigned' AND l.accept_due_at < now() - interval '1 day'",
          ),
          acceptedLeads: await one(
            "SELECT count(*) n FROM marketing_leads ml JOIN leads l ON l.id = ml.lead_id WHERE l.status IN ('accepted', 'converted')",
          ),
        };
      });
      expect(counts.approvedKits).toBe(3);
      expect(counts.gatedKits).toBe(1);
      expect(counts.launchers).toBeGreaterThanOrEqual(2);
      expect(counts.launches).toBeGreaterThanOrEqual(4);
      expect(counts.running).toBeGreaterThanOrEqual(1);
      expect(counts.spanDays).toBeGreaterThan(200);
      expect(counts.sent).toBeGreaterThan(50);
      expect(counts.opened).toBeGreaterThan(0);
      expect(counts.clicked).toBeGreaterThan(0);
      expect(counts.clicked).toBeLessThan(counts.opened);
      // Nothing the job would send on first start: the past is told as sent or skipped.
      expect(counts.pastDue).toBe(0);
      expect(counts.leads).toBeGreaterThanOrEqual(3);
      expect(counts.captured).toBe(counts.leads);
      expect(counts.future).toBe(0);
      expect(counts.staleLeads).toBe(0);
      expect(counts.acceptedLeads).toBeGreaterThanOrEqual(3);
    });

    it('a launch shows the pipeline and won revenue its leads became, to its partner and to the vendor; the kit sums it', async () => {
      const first = await withTx(demo.t.system(), async ({ tx }) => {
        const row = (
          await tx.execute(
            sql`SELECT l.id, l.kit_id, u.email FROM marketing_launches l JOIN users u ON u.partner_id = l.partner_id AND u.role = 'partner_admin' ORDER BY l.launched_at, u.created_at LIMIT 1`,
          )
        ).rows[0] as { id: string; kit_id: string; email: string };
        return row;
      });
      const partner = await demo.t.login(first.email, DEMO_PASSWORD);
      const launch = (await partner.get(`/api/v1/marketing-launches/${first.id}`)).body;
      expect(launch.results.wonOpportunities).toBeGreaterThanOrEqual(1);
      expect(launch.results.openOpportunities).toBeGreaterThanOrEqual(1);
      expect(launch.results.won.amount).toBeGreaterThan(0);
      expect(launch.results.pipeline.amount).toBeGreaterThan(0);
      expect(launch.leads.filter((l: { opportunity: unknown }) => l.opportunity !== null).length).toBe(
        launch.results.convertedLeads,
      );
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      expect((await admin.get(`/api/v1/marketing-launches/${first.id}`)).body.results).toEqual(launch.results);
      const kit = (await admin.get(`/api/v1/marketing-kits/${first.kit_id}`)).body;
      expect(kit.results.won.amount).toBeGreaterThanOrEqual(launch.results.won.amount);
    });

    it('a launching partner’s admin sees its own launches and figures; another partner sees none of them', async () => {
      const launcher = await withTx(demo.t.system(), async ({ tx }) => {
        const row = (
          await tx.execute(
            sql`SELECT u.email FROM marketing_launches l JOIN users u ON u.partner_id = l.partner_id AND u.role = 'partner_admin' ORDER BY l.launched_at LIMIT 1`,
          )
        ).rows[0] as { email: string };
        return row.email;
      });
      const client = await demo.t.login(launcher, DEMO_PASSWORD);
      const summary = await client.get('/api/v1/marketing/summary');
      expect(summary.body.launches).toBeGreaterThan(0);
      expect(summary.body.sent).toBeGreaterThan(0);
      const launches = await client.get('/api/v1/marketing-launches');
      expect(new Set(launches.body.data.map((l: { partnerId: string }) => l.partnerId)).size).toBe(1);
      const catalogue = await client.get('/api/v1/marketing-catalogue');
      expect(catalogue.body.data.length).toBeGreaterThanOrEqual(2);
    });
  });
}
