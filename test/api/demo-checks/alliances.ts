import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

type Row = {
  partnerName: string;
  flagged: boolean;
  reasons: { code: string; value: number | null }[];
  failureModes: { code: string }[];
  measures: Record<string, { measured: boolean; value: number | null }>;
  nextMeetingOn: string | null;
};

/**
 * The alliance portfolio on first start (decision 0174): a mix of healthy alliances, one on the
 * watch list and several strategic in name only, each for reasons an alliance manager recognises.
 */
export default function alliancesDemo() {
  describe('the alliances portfolio demo', () => {
    it('shows healthy alliances, one to watch and the strategic-in-name-only ones, each with its reasons', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const res = await admin.get('/api/v1/alliances/portfolio');
      expect(res.status).toBe(200);
      const rows = res.body.data as Row[];
      const row = (name: string) => {
        const found = rows.find((r) => r.partnerName === name);
        if (!found) throw new Error(`${name} is not in the portfolio`);
        return found;
      };
      const value = (name: string, key: string) => row(name).measures[key]?.value;
      const codes = (name: string) => row(name).reasons.map((r) => r.code);

      // Healthy: Contoso (the long-running one) and Tailspin Data (a younger ISV alliance).
      for (const name of ['Contoso Consulting Group', 'Tailspin Data']) {
        expect(row(name).flagged, name).toBe(false);
        expect(value(name, 'alliances.sponsors_named'), name).toBe(2);
        expect(value(name, 'plans.current_plan'), name).toBe(1);
        expect(value(name, 'governance.days_since_review'), name).toBeLessThan(60);
        expect(row(name).nextMeetingOn, name).not.toBeNull();
      }
      expect(value('Tailspin Data', 'plans.commitment_asymmetry')).toBe(0);
      // On the watch list: not flagged, but one sponsor, a review three months ago, nothing scheduled,
      // and the partner's side slipping (late, within the limit).
      const relecloud = row('Relecloud');
      expect(relecloud.flagged).toBe(false);
      expect(value('Relecloud', 'alliances.sponsors_named')).toBe(1);
      expect(value('Relecloud', 'governance.days_since_review')).toBeGreaterThanOrEqual(95);
      expect(relecloud.nextMeetingOn).toBeNull();
      expect(value('Relecloud', 'plans.fulfilment_vendor')).toBe(100);
      expect(value('Relecloud', 'plans.fulfilment_partner')).toBe(80);
      expect(value('Relecloud', 'plans.commitment_asymmetry')).toBe(20);
      // Flagged for one reason only: VanArsdel's first plan waits for the partner's approval.
      expect(codes('VanArsdel Consulting')).toEqual(['no_current_plan']);
      expect(value('VanArsdel Consulting', 'alliances.sponsors_named')).toBe(2);
      // The existing story holds.
      expect(codes('Woodgrove Distribution')).toContain('no_executive_sponsor');
      expect(codes('Kestrel Security Alliance')).toContain('commitment_asymmetry');
      expect(codes('Fabrikam Managed Services')).toContain('no_recent_review');
      expect(row('Adatum Cloud').failureModes.map((f) => f.code)).toContain('jvp_without_deployment');
      // A mix, not a wall of red.
      const flagged = rows.filter((r) => r.flagged).length;
      expect(rows.length - flagged).toBeGreaterThanOrEqual(3);
      expect(flagged).toBeGreaterThanOrEqual(5);
      expect(res.body.thresholds).toEqual({ reviewWithinDays: 120, maxAsymmetry: 25 });
    });

    it('a past asOf reads the alliance as it was: Woodgrove and Contoso had both sponsors a year ago, Woodgrove has none now', async () => {
      const { loadMetrics } = await import('../../../src/server/module.js');
      const { withTx } = await import('../../../src/db/scope.js');
      const sponsors = (await loadMetrics()).get('alliances.sponsors_named');
      if (!sponsors) throw new Error('alliances.sponsors_named is not installed');
      const yearAgo = new Date(demo.today.getTime() - 365 * 86_400_000);
      const figures = await withTx(demo.t.system(), async (c) => {
        const all = await sponsors.compute(c, 'all', yearAgo);
        const names = (await c.tx.execute(`SELECT id, name FROM partners`)).rows as { id: string; name: string }[];
        return new Map(names.map((n) => [n.name, all.get(n.id)]));
      });
      expect(figures.get('Contoso Consulting Group')).toBe(2);
      // Woodgrove's managing director left in its second spring (195 days after it went active),
      // Erin stepped down two months ago (decision 0340).
      expect(figures.get('Woodgrove Distribution')).toBe(2);
      const now = await withTx(demo.t.system(), async (c) => {
        const all = await sponsors.compute(c, 'all', demo.today);
        const names = (await c.tx.execute(`SELECT id, name FROM partners`)).rows as { id: string; name: string }[];
        return new Map(names.map((n) => [n.name, all.get(n.id)]));
      });
      expect(now.get('Woodgrove Distribution')).toBe(0);
      // Tailspin's alliance started eleven months ago: no alliance a year ago.
      expect(figures.get('Tailspin Data')).toBeUndefined();
    });

    it('Woodgrove’s sponsor who left is recorded as such: ended in the alliance’s sponsor history before the risk was raised', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const partners = await admin.get('/api/v1/partners', { query: { q: 'Woodgrove Distribution' } });
      const woodgrove = (partners.body.data as { id: string; name: string }[]).find((p) => p.name === 'Woodgrove Distribution');
      if (!woodgrove) throw new Error('Woodgrove Distribution is not in the demo');
      const alliance = (await admin.get(`/api/v1/partners/${woodgrove.id}/alliance`)).body;
      expect(alliance.sponsors).toEqual({ vendor: null, partner: null });
      type Change = {
        side: string;
        from: { name: string } | null;
        to: { name: string } | null;
        note: string | null;
        occurredAt: string;
      };
      const history = alliance.sponsorHistory as Change[];
      const ended = history.find((h) => h.side === 'partner' && h.to === null) as Change;
      const named = history.find((h) => h.side === 'partner' && h.from === null) as Change;
      expect(ended).toMatchObject({ side: 'partner', to: null, note: expect.stringContaining('left Woodgrove') });
      expect(ended.from?.name).toBeTruthy();
      expect(named).toMatchObject({ side: 'partner', from: null, to: { name: ended.from?.name } });
      // Erin stepped down after Woodgrove's side had gone (decision 0340), with the reason.
      const erin = history.find((h) => h.side === 'vendor' && h.to === null) as Change;
      expect(erin).toMatchObject({
        from: { name: expect.stringContaining('Erin') },
        note: expect.stringContaining('stepped down'),
      });
      expect(new Date(erin.occurredAt).getTime()).toBeGreaterThan(new Date(ended.occurredAt).getTime());
      const risks = await admin.get('/api/v1/risks', { query: { partnerId: woodgrove.id, limit: '100' } });
      const risk = (risks.body.data as { title: string; createdAt: string }[]).find((r) =>
        r.title.startsWith('Executive sponsor left Woodgrove'),
      );
      if (!risk) throw new Error('Woodgrove has no sponsor risk');
      expect(new Date(ended.occurredAt).getTime()).toBeLessThan(new Date(risk.createdAt).getTime());
    });

    it('Contoso’s joint value proposition is deployed in campaigns, opportunities and content; Adatum’s in nothing', async () => {
      const admin = await demo.t.login('admin@lumen.example', DEMO_PASSWORD);
      const rows = (await admin.get('/api/v1/alliances/portfolio')).body.data as (Row & { partnerId: string })[];
      const idOf = (name: string) => {
        const found = rows.find((r) => r.partnerName === name);
        if (!found) throw new Error(`${name} is not in the portfolio`);
        return found.partnerId;
      };
      const uses = async (name: string) => {
        const res = await admin.get(`/api/v1/partners/${idOf(name)}/value-proposition/uses`);
        expect(res.status, name).toBe(200);
        return res.body as {
          last90Days: Record<string, number>;
          records: { kind: string; label: string; version: number | null; linkedAt: string }[];
        };
      };
      const contoso = await uses('Contoso Consulting Group');
      const kinds = new Set(contoso.records.map((r) => r.kind));
      expect([...kinds].sort()).toEqual(expect.arrayContaining(['campaign', 'opportunity', 'resource']));
      // Built on the current version, v2, published some five months ago: nothing names it from before.
      expect(contoso.records.every((r) => r.version === 2)).toBe(true);
      const fiveMonthsAgo = demo.today.getTime() - 160 * 86_400_000;
      expect(contoso.records.every((r) => new Date(r.linkedAt).getTime() > fiveMonthsAgo)).toBe(true);
      expect(contoso.last90Days.total).toBeGreaterThan(contoso.last90Days.session ?? 0);
      // Adatum's stays "without deployment": no record names it, no use in 90 days.
      const adatum = await uses('Adatum Cloud');
      expect(adatum.records).toEqual([]);
      expect(adatum.last90Days.total).toBe(0);
    });
  });
}
