import type { DemoSeeder } from '../../server/module.js';
import { updateSettings } from './settings.service.js';

/** Alex's first day: the organisation is named and its fiscal calendar set. */
export const settingsDemo: DemoSeeder = {
  order: 20,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The settings demo needs the admin (users demo) first');
    await updateSettings(story.as('alex', story.after(alex.since, 0) ?? story.now), {
      vendorName: 'Lumen Cloud',
      fiscalYearStartMonth: 2,
      reportingCurrency: 'USD',
      timeZone: 'America/New_York',
    });
  },
};
