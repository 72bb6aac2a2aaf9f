import type { DemoSeeder, DemoStory } from '../../server/module.js';
import { addMonths, type IsoDate } from '../../shared/dates.js';
import { STANDARD_TEMPLATE_ID } from './health.rules.js';
import { takeSnapshots } from './health.service.js';
import { evaluateTemplate, getTemplate, updateTemplate } from './scorecards.service.js';

/**
 * Health over the story's two years, after every other module has told its part: the monthly job
 * on the 1st of each of the last 24 months, each snapshot computed from the data as of that month's
 * end (metrics take `asOf`; decision 0280 says which cannot answer the past), so trends mean
 * something and a partner whose alliance went hollow turned red with its owner told then. Then the
 * standard scorecard evaluated for the last four finished quarters, each just after it ended, with
 * the targets Maria set to Lumen's programme before the first of them: its partners are small
 * firms, so two certified people and two active registrations are what a good one holds.
 */
/**
 * When a job due at `hour` on the day a period ends ran: then, or — on that very day, before the
 * hour has come — a minute before the load (the story depends on the day, not the hour; decision
 * 0313). Null when the period has not ended yet.
 */
function ranAt(story: DemoStory, end: IsoDate, hour: number): Date | null {
  const due = new Date(`${end}T${String(hour).padStart(2, '0')}:00:00Z`);
  if (due <= story.now) return due;
  const justBefore = new Date(story.now.getTime() - 60_000);
  return justBefore > new Date(`${end}T00:00:00Z`) ? justBefore : null;
}

export const healthDemo: DemoSeeder = {
  order: 995,
  async seed(_ctx, story) {
    const today = story.now.toISOString().slice(0, 10);
    const thisMonth = `${today.slice(0, 7)}-01`;
    for (let back = 24; back >= 1; back--) {
      const start = addMonths(thisMonth, -back);
      const end = addMonths(start, 1);
      const at = ranAt(story, end, 3);
      if (!at) continue;
      await takeSnapshots(story.system('health.snapshot', at), { period: start.slice(0, 7), asOf: new Date(`${end}T00:00:00Z`) });
      story.progress(25 - back, 28);
    }
    const calibrated = story.daysAgo(430);
    const standard = await getTemplate(story.as('maria', calibrated), STANDARD_TEMPLATE_ID);
    const PROGRAMME_TARGETS: Record<string, number> = { 'enablement.certified_people': 2, 'deals.active_registrations': 2 };
    await updateTemplate(story.as('maria', calibrated), STANDARD_TEMPLATE_ID, {
      dimensions: standard.dimensions.map((d) => ({
        ...d,
        metrics: d.metrics.map((m) => ({ ...m, target: PROGRAMME_TARGETS[m.metric] ?? m.target })),
      })),
    });
    const month = Number(today.slice(5, 7));
    let year = Number(today.slice(0, 4));
    let quarter = Math.floor((month - 1) / 3) + 1;
    for (let i = 0; i < 4; i++) {
      quarter -= 1;
      if (quarter === 0) {
        quarter = 4;
        year -= 1;
      }
      const endMonth = quarter * 3 + 1;
      const end = endMonth > 12 ? `${year + 1}-01-01` : `${year}-${String(endMonth).padStart(2, '0')}-01`;
      const at = ranAt(story, end, 9);
      if (!at) continue;
      await evaluateTemplate(story.as('maria', at), { templateId: STANDARD_TEMPLATE_ID, period: `${year}-Q${quarter}` });
      story.progress(25 + i, 28);
    }
  },
};
