import { describe, expect, it } from 'vitest';
import { quarterOf } from '../../../src/modules/attribution/attribution.rules.js';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

type Line = { partnerId: string; partnerName: string; credited: { amount: number } };

/** The attribution part of the demo: two years of won deals, models that disagree, past quarters locked. */
export default function attributionDemo() {
  describe('the attribution demo', () => {
    it('credits two years of won deals differently by model, with past quarters locked', async () => {
      const frank = await demo.t.login('frank.finance@lumen.example', DEMO_PASSWORD);
      const today = demo.today.toISOString().slice(0, 10);
      const from = new Date(demo.today.getTime() - 730 * 86_400_000).toISOString().slice(0, 10);
      const by = async (model: string) => {
        const res = await frank.get(`/api/v1/attribution?from=${from}&to=${today}&model=${model}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body as { data: Line[]; lockedPeriods: string[]; currency: string };
      };
      const sourced = await by('sourced');
      const linear = await by('linear');
      const first = await by('first_touch');
      expect(sourced.currency).toBe('USD');
      expect(linear.data.length).toBeGreaterThan(8);
      const amount = (r: { data: Line[] }, id: string) => r.data.find((l) => l.partnerId === id)?.credited.amount ?? 0;
      const moved = linear.data.filter((l) => amount(sourced, l.partnerId) !== l.credited.amount);
      expect(moved.length, 'partners whose credit differs between sourced and linear').toBeGreaterThan(3);
      expect(
        first.data.some((l) => amount(sourced, l.partnerId) === 0),
        'a partner credited only by first touch',
      ).toBe(true);
      // Every model credits at most the won revenue once; the influenced figures overlap.
      const total = (r: { data: Line[] }) => r.data.reduce((s, l) => s + l.credited.amount, 0);
      expect(total(linear)).toBe(total(first));
      expect(total(sourced)).toBeLessThanOrEqual(total(linear));
      const influenced = (await frank.get(`/api/v1/attribution/influenced?from=${from}&to=${today}`)).body;
      const influencedTotal = influenced.data.reduce(
        (s: number, l: { influenced: { amount: number } }) => s + l.influenced.amount,
        0,
      );
      expect(influencedTotal).toBeGreaterThan(total(linear));

      // All quarters but the current one and the last one are locked; one was unlocked once and locked again.
      const periods = (await frank.get('/api/v1/attribution-periods')).body.data as {
        period: string;
        status: string;
        reason: string;
        opportunities: number;
      }[];
      const current = quarterOf(today);
      expect(periods.length).toBeGreaterThanOrEqual(6);
      expect(periods.every((p) => p.status === 'locked')).toBe(true);
      expect(periods.map((p) => p.period)).not.toContain(current);
      expect(periods.filter((p) => p.reason !== '')).toHaveLength(1);
      expect(periods.reduce((s, p) => s + p.opportunities, 0)).toBeGreaterThan(10);
      expect(linear.lockedPeriods.length).toBe(periods.length);

      const policies = (await frank.get('/api/v1/attribution-policies')).body.data as { name: string }[];
      expect(policies.map((p) => p.name)).toContain('Channel standard');

      // Ben (Northwind's admin) reads Northwind's own line only.
      const ben = await demo.t.login('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const own = (await ben.get(`/api/v1/attribution?from=${from}&to=${today}&model=linear`)).body.data as Line[];
      expect(own).toHaveLength(1);
      expect(own[0]?.partnerName).toMatch(/^Northwind/);
      expect(own[0]?.credited.amount).toBe(amount(linear, own[0]?.partnerId ?? ''));
    });
  });
}
