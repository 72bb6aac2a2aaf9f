import type { DemoSeeder } from '../../server/module.js';
import { saveIdealProfile } from './fit.service.js';

/**
 * Maria, who leads recruitment, writes down the Ideal Partner Profile a few weeks into the
 * program — service-led partners in Europe and North America, mid-sized, selling into the
 * industries the product is strongest in — and sharpens it after the first year's lessons
 * (technology partners matter more than expected; size matters less).
 */
export const fitDemo: DemoSeeder = {
  order: 45,
  async seed(_ctx, story) {
    const maria = story.people.get('maria');
    if (!maria) throw new Error('The fit demo needs the partner manager Maria (users demo) first');
    const first = story.after(maria.since, 20) ?? story.now;
    await saveIdealProfile(story.as('maria', first), [
      { label: 'Service-led partner', attribute: 'types', values: ['msp', 'si', 'gsi', 'var', 'service'], weight: 35 },
      { label: 'Europe or North America', attribute: 'regions', values: ['europe', 'north_america'], weight: 25 },
      { label: 'Mid-sized company', attribute: 'companySize', values: ['51-200', '201-1000', '1001-5000'], weight: 25 },
      { label: 'Core industries', attribute: 'industries', values: ['Financial services', 'Healthcare', 'Software'], weight: 15 },
    ]);
    const revised = story.daysAgo(150);
    await saveIdealProfile(story.as('maria', revised > first ? revised : first), [
      { label: 'Service-led partner', attribute: 'types', values: ['msp', 'si', 'gsi', 'var', 'service'], weight: 30 },
      { label: 'Builds on the platform', attribute: 'types', values: ['isv', 'technology'], weight: 20 },
      { label: 'Europe or North America', attribute: 'regions', values: ['europe', 'north_america'], weight: 20 },
      { label: 'Mid-sized company', attribute: 'companySize', values: ['51-200', '201-1000', '1001-5000'], weight: 15 },
      {
        label: 'Core industries',
        attribute: 'industries',
        values: ['Financial services', 'Healthcare', 'Software', 'Cybersecurity', 'Cloud infrastructure'],
        weight: 15,
      },
    ]);
  },
};
