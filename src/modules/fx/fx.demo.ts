import type { DemoSeeder } from '../../server/module.js';
import { upsertRates } from './fx.service.js';

/** Where each currency's rate into USD starts two years ago, and how far it drifts a month. */
const CURRENCIES: { currency: string; start: number; drift: number; places: number }[] = [
  { currency: 'EUR', start: 1.07, drift: 0.012, places: 4 },
  { currency: 'GBP', start: 1.25, drift: 0.014, places: 4 },
  { currency: 'JPY', start: 0.0068, drift: 0.00012, places: 6 },
  { currency: 'AUD', start: 0.66, drift: 0.01, places: 4 },
];

/**
 * Frank, in finance, records month-end reference rates for the currencies the partners deal in,
 * from the month the program opened to the last month-end: deals, MDF and incentives convert at
 * these (the reporting currency is USD).
 */
export const fxDemo: DemoSeeder = {
  order: 60,
  async seed(_ctx, story) {
    const frank = story.people.get('frank');
    if (!frank) throw new Error('The fx demo needs the finance manager (users demo) first');
    const now = story.now;
    // Rates from before Frank joined are the ones he back-fills in his first days.
    const firstDays = story.after(frank.since, 2) ?? now;
    for (let monthsAgo = 23; monthsAgo >= 1; monthsAgo -= 1) {
      const monthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0));
      const afterMonthEnd = story.after(monthEnd, 1) ?? now;
      const enteredAt = afterMonthEnd > firstDays ? afterMonthEnd : firstDays;
      const rates = CURRENCIES.map((c) => {
        const value = c.start + c.drift * (story.random.next() * 2 - 1) * Math.sqrt(24 - monthsAgo);
        return {
          currency: c.currency,
          date: monthEnd.toISOString().slice(0, 10),
          rate: value.toFixed(c.places),
          source: 'Month-end reference rate',
        };
      });
      await upsertRates(story.as('frank', enteredAt), rates);
    }
  },
};
