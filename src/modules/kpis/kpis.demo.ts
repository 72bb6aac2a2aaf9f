import type { DemoSeeder } from '../../server/module.js';
import { monthStart, previousMonth } from './kpis.rules.js';
import { createCostEntry } from './kpis.service.js';
import { takeSnapshot } from './kpis.snapshot.js';

/**
 * The ecosystem's costs and its 24 monthly KPI snapshots. Over the two years Alex, then Frank
 * (finance, once he joined), records what MDF and incentives do not cover: a partner summit each
 * spring and autumn and a regional roadshow (events, per segment), enablement per program each
 * quarter (course production, exam vouchers), a partner-tools licence, and enablement days at the
 * three strategic alliances. Last, the monthly snapshot job's work: every past month's snapshot
 * taken on the 1st after it, as of its end — the dashboard's history on first start (decision 0303).
 */
export const kpisDemo: DemoSeeder = {
  order: 995,
  async seed(_ctx, story) {
    const frank = story.people.get('frank');
    const who = (at: Date) => (frank && at >= frank.since ? 'frank' : 'alex');
    const programs = ['program:Reseller', 'program:Technology', 'program:Referral'].flatMap((k) => {
      const id = story.refs.get(k);
      return id ? [id] : [];
    });
    const costs: { daysAgo: number; body: Parameters<typeof createCostEntry>[1] }[] = [];
    const day = (daysAgo: number) => story.daysAgo(daysAgo).toISOString().slice(0, 10);
    for (const daysAgo of [700, 520, 335, 155]) {
      costs.push({
        daysAgo,
        body: {
          onDate: day(daysAgo),
          segment: 'Enterprise',
          category: 'events',
          amount: { amount: 4_500_000 + story.random.int(0, 10) * 100_000, currency: 'USD' },
          note: daysAgo % 2 === 0 ? 'Spring partner summit: venue, catering, keynote' : 'Autumn partner summit',
        },
      });
      costs.push({
        daysAgo: daysAgo - 40,
        body: {
          onDate: day(daysAgo - 40),
          segment: 'Mid-market',
          category: 'events',
          amount: { amount: 1_200_000 + story.random.int(0, 5) * 50_000, currency: 'EUR' },
          note: 'Regional partner roadshow (Europe)',
        },
      });
    }
    for (let quarter = 7; quarter >= 0; quarter--) {
      for (const [i, programId] of programs.entries()) {
        const daysAgo = quarter * 91 + 20 + i * 5;
        costs.push({
          daysAgo,
          body: {
            onDate: day(daysAgo),
            programId,
            category: 'enablement',
            amount: { amount: (i === 0 ? 1_800_000 : 900_000) + story.random.int(0, 8) * 25_000, currency: 'USD' },
            note: i === 0 ? 'Course production and exam vouchers' : 'Enablement webinars and lab environments',
          },
        });
      }
    }
    costs.push({
      daysAgo: 600,
      body: {
        onDate: day(600),
        segment: 'Technology',
        category: 'tools',
        amount: { amount: 2_400_000, currency: 'USD' },
        note: 'Partner sandbox licences, one year',
      },
    });
    costs.push({
      daysAgo: 235,
      body: {
        onDate: day(235),
        segment: 'Technology',
        category: 'tools',
        amount: { amount: 2_600_000, currency: 'USD' },
        note: 'Partner sandbox licences, renewal',
      },
    });
    for (const [key, daysAgo] of [
      ['northwind', 410],
      ['contoso-consulting', 300],
      ['adatum', 120],
    ] as const) {
      const partner = story.partners.get(key);
      if (!partner) continue;
      costs.push({
        daysAgo,
        body: {
          onDate: day(daysAgo),
          partnerId: partner.id,
          category: 'enablement',
          amount: { amount: 750_000, currency: 'USD' },
          note: `Two-day enablement bootcamp at ${partner.name}`,
        },
      });
    }
    costs.sort((a, b) => b.daysAgo - a.daysAgo);
    for (const cost of costs) {
      const at = story.daysAgo(cost.daysAgo);
      await createCostEntry(story.as(who(at), at), cost.body);
    }

    // The snapshot job on each 1st: the 24 months before this one, oldest first.
    const months: string[] = [];
    let month = previousMonth(monthStart(story.now.toISOString().slice(0, 10)));
    for (let i = 0; i < 24; i++) {
      months.unshift(month);
      month = previousMonth(month);
    }
    for (const [i, m] of months.entries()) {
      const next = i + 1 < months.length ? (months[i + 1] as string) : monthStart(story.now.toISOString().slice(0, 10));
      const at = new Date(`${next}T02:00:00Z`);
      await takeSnapshot(story.system('kpis.monthly-snapshot', at < story.now ? at : story.now), m);
      story.progress(i + 1, months.length);
    }
  },
};
