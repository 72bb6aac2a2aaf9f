import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

type Row = {
  partnerId: string;
  partnerName: string;
  owner: { email: string } | null;
  status: string | null;
  score: number | null;
  history: { period: string }[];
};

/**
 * Health on first start: 24 months of snapshots computed from the story's data, the healthy
 * alliances green (Contoso, Tailspin), Woodgrove — strategic in name only — red, partners turning
 * red in the last months with their owners told, and the standard scorecard over the last 4 quarters.
 */
export default function healthDemo() {
  describe('the health demo', () => {
    it('shows green, yellow and red partners with trends; Woodgrove is red; a partner turned red in the last months and its owner was told', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const res = await admin.get('/api/v1/health');
      expect(res.status).toBe(200);
      const rows = res.body.data as Row[];
      const row = (name: string) => {
        const found = rows.find((r) => r.partnerName === name);
        if (!found) throw new Error(`${name} has no health row`);
        return found;
      };
      expect(res.body.counts.green).toBeGreaterThanOrEqual(2);
      expect(res.body.counts.yellow).toBeGreaterThanOrEqual(5);
      expect(res.body.counts.red).toBeGreaterThanOrEqual(1);
      expect(res.body.counts.red).toBeLessThan(rows.length / 3);
      for (const name of ['Contoso Consulting Group', 'Tailspin Data']) expect(row(name).status, name).toBe('green');
      const woodgrove = row('Woodgrove Distribution');
      // Whatever the time of day the demo loads (decision 0313: what exists and what the story's
      // random source draws depend on the day only).
      expect(woodgrove.status).toBe('red');
      expect(row('Contoso Consulting Group').history.length).toBe(12);

      const history = await admin.get(`/api/v1/partners/${row('Contoso Consulting Group').partnerId}/health/history`);
      // A snapshot for every month since it was enabled, some seventeen months ago (decision 0339).
      expect(history.body.data.length).toBeGreaterThanOrEqual(14);

      // The red alert: partners turned red in the last months (the monthly snapshot saw them leave
      // yellow), and the owner of the latest was told. Which partner it is follows the story's data
      // month by month.
      const audit = await admin.get('/api/v1/audit-events', { query: { action: 'turn_red', limit: '100' } });
      const turned = (audit.body.data as { entityId: string; occurredAt: string }[]).sort(
        (a, b) => new Date(b.occurredAt).getTime() - new Date(a.occurredAt).getTime(),
      );
      const latest = turned.find((t) => rows.some((r) => r.partnerId === t.entityId && r.owner));
      if (!latest) throw new Error('no partner in business turned red');
      expect(demo.today.getTime() - new Date(latest.occurredAt).getTime()).toBeLessThan(100 * 24 * 3600 * 1000);
      const turnedRow = rows.find((r) => r.partnerId === latest.entityId);
      const owner = await demo.t.login(turnedRow?.owner?.email ?? '', DEMO_PASSWORD);
      const inbox: { kind: string; link: string }[] = [];
      let cursor: string | null = null;
      do {
        const page = await owner.get('/api/v1/me/notifications', { query: { limit: '100', ...(cursor ? { cursor } : {}) } });
        inbox.push(...page.body.data);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(
        inbox.filter((n) => n.kind === 'health.turned_red' && n.link === `/partners/${latest.entityId}`).length,
      ).toBeGreaterThanOrEqual(1);

      const health = await admin.get(`/api/v1/partners/${woodgrove.partnerId}/health`);
      const strategic = health.body.dimensions.find((d: { key: string }) => d.key === 'strategic');
      expect(strategic.evidence.find((e: { metric: string }) => e.metric === 'alliances.sponsors_named')).toMatchObject({
        measured: true,
        value: 0,
      });
    });

    it('tells Woodgrove’s arc: green in its first year, yellow from the spring its sponsor left, red since its plan ran out, its owner told that month', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const rows = (await admin.get('/api/v1/health')).body.data as Row[];
      const woodgrove = rows.find((r) => r.partnerName === 'Woodgrove Distribution');
      if (!woodgrove) throw new Error('Woodgrove has no health row');
      const snapshots = (await admin.get(`/api/v1/partners/${woodgrove.partnerId}/health/history`)).body.data as {
        period: string;
        score: number;
        status: 'green' | 'yellow' | 'red';
      }[];
      const line = snapshots.map((s) => `${s.period} ${s.score} ${s.status}`).join(', ');
      // From the month it was enabled (decision 0339), never before.
      expect(snapshots.length, line).toBeGreaterThanOrEqual(12);
      expect(snapshots.length, line).toBeLessThanOrEqual(16);
      // Green → yellow → red: after its first green month it only ever gets worse, a season of each.
      const rank = { green: 0, yellow: 1, red: 2 };
      const from = snapshots.findIndex((s) => s.status === 'green');
      expect(from, line).toBeGreaterThanOrEqual(0);
      expect(from, line).toBeLessThanOrEqual(3);
      const arc = snapshots.slice(from);
      for (const [i, s] of arc.entries())
        if (i > 0) expect(rank[s.status], line).toBeGreaterThanOrEqual(rank[arc[i - 1]?.status ?? 'green']);
      expect(arc.filter((s) => s.status === 'green').length, line).toBeGreaterThanOrEqual(3);
      expect(arc.filter((s) => s.status === 'yellow').length, line).toBeGreaterThanOrEqual(3);
      expect(
        arc.slice(-2).map((s) => s.status),
        line,
      ).toEqual(['red', 'red']);
      // Red with a clear margin: at least five points below the red line, in the last snapshot and live.
      const red = (await admin.get('/api/v1/health/settings')).body.red as number;
      expect(snapshots.at(-1)?.score ?? 100, line).toBeLessThanOrEqual(red - 5);
      expect(woodgrove.status).toBe('red');
      expect(woodgrove.score ?? 100).toBeLessThanOrEqual(red - 5);

      // One turn, in the month of its first red snapshot, and Sofia (its owner) was told.
      const firstRed = arc.find((s) => s.status === 'red');
      const turns = (
        await admin.get('/api/v1/audit-events', { query: { action: 'turn_red', entityId: woodgrove.partnerId, limit: '100' } })
      ).body.data as { after: { period: string } }[];
      expect(turns.map((t) => t.after.period)).toEqual([firstRed?.period]);
      const sofia = await demo.t.login('sofia.manager@lumen.example', DEMO_PASSWORD);
      const inbox: { kind: string; link: string; body: string }[] = [];
      let cursor: string | null = null;
      do {
        const page = await sofia.get('/api/v1/me/notifications', { query: { limit: '100', ...(cursor ? { cursor } : {}) } });
        inbox.push(...page.body.data);
        cursor = page.body.nextCursor;
      } while (cursor);
      const told = inbox.filter((n) => n.kind === 'health.turned_red' && n.link === `/partners/${woodgrove.partnerId}`);
      expect(told.length).toBe(1);
      expect(told[0]?.body).toContain(`in ${firstRed?.period}`);

      // The causes, in the evidence: no current plan, no sponsor left on either side, no review
      // for most of a year, its people detractors, and a high risk open.
      const health = await admin.get(`/api/v1/partners/${woodgrove.partnerId}/health`);
      const evidence = new Map(
        (health.body.dimensions as { evidence: { metric: string; value: number | null; measured: boolean }[] }[])
          .flatMap((d) => d.evidence)
          .map((e) => [e.metric, e]),
      );
      expect(evidence.get('plans.current_plan')).toMatchObject({ measured: true, value: 0 });
      expect(evidence.get('alliances.sponsors_named')).toMatchObject({ measured: true, value: 0 });
      expect(evidence.get('governance.days_since_review')?.value ?? 0).toBeGreaterThan(300);
      expect(evidence.get('surveys.nps')?.value ?? 0).toBeLessThan(0);
      expect(evidence.get('risks.high')?.value ?? 0).toBeGreaterThanOrEqual(1);
      // Its sponsors left (the alliance's history), rather than never having been named.
      const changes = (
        await admin.get('/api/v1/audit-events', {
          query: { entityType: 'alliance', partnerId: woodgrove.partnerId, limit: '100' },
        })
      ).body.data as { before: Record<string, unknown> | null; after: Record<string, unknown> | null }[];
      for (const field of ['partnerSponsorContactId', 'vendorSponsorId'])
        expect(
          changes.some((c) => c.before?.[field] && c.after && c.after[field] === null),
          `${field}: ${JSON.stringify(changes.map((c) => [c.before?.[field], c.after?.[field]]))}`,
        ).toBe(true);
    });

    it('evaluated the standard scorecard for the last four quarters, with every colour', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const cards = (await admin.get('/api/v1/scorecards', { query: { limit: '200' } })).body.data as {
        period: string;
        colour: string | null;
        templateName: string;
      }[];
      const standard = cards.filter((c) => c.templateName === 'Standard partner scorecard');
      expect(new Set(standard.map((c) => c.period)).size).toBe(4);
      for (const colour of ['green', 'yellow', 'red'])
        expect(
          standard.some((c) => c.colour === colour),
          colour,
        ).toBe(true);
      const partnerAdmin = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const own = await partnerAdmin.get('/api/v1/scorecards');
      expect(own.status).toBe(200);
      expect(own.body.data.length).toBeGreaterThanOrEqual(1);
      expect(new Set(own.body.data.map((c: { partnerName: string }) => c.partnerName))).toEqual(new Set(['Northwind Systems']));
    });
  });
}
