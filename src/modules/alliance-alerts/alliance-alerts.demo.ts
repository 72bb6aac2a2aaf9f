import type { DemoSeeder } from '../../server/module.js';
import { evaluateAlerts } from './alliance-alerts.service.js';

/**
 * This morning's evaluation, after every alliance module has told its part: the strategic partners
 * that are "strategic in name only" by then (Contoso Consulting, once sponsors, plans and meetings
 * are recorded) are flagged and their owners told.
 */
export const allianceAlertsDemo: DemoSeeder = {
  order: 89,
  async seed(_ctx, story) {
    await evaluateAlerts(story.system('alliance-alerts.evaluate', story.now));
  },
};
