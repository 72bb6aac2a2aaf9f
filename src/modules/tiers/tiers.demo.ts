import type { DemoSeeder } from '../../server/module.js';
import type { TierColor } from './tiers.rules.js';
import { createTier, updateTier } from './tiers.service.js';

const TIERS: { name: string; rank: number; color: TierColor; description: string }[] = [
  { name: 'Registered', rank: 0, color: 'gray', description: 'Entry level: registered and onboarding.' },
  { name: 'Silver', rank: 1, color: 'silver', description: 'Certified partners with a track record.' },
  { name: 'Gold', rank: 2, color: 'gold', description: 'Proven, growing partners with joint pipeline.' },
  { name: 'Platinum', rank: 3, color: 'platinum', description: 'Top partners with the deepest investment.' },
];

/**
 * Alex defines the tiers in the program's first weeks, before the first partner signs, and
 * sharpens the Gold requirements a year later. Leaves each tier's id as `tier:<name>`.
 */
export const tiersDemo: DemoSeeder = {
  order: 30,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The tiers demo needs the admin (users demo) first');
    let at = story.after(alex.since, story.random.int(6, 12)) ?? story.now;
    for (const tier of TIERS) {
      story.refs.set(`tier:${tier.name}`, (await createTier(story.as('alex', at), tier)).id);
      at = story.after(at, 0) ?? story.now;
    }
    await updateTier(story.as('alex', story.daysAgo(story.random.int(330, 370))), story.refs.get('tier:Gold') ?? '', {
      description: 'Proven, growing partners with joint pipeline and two certified people.',
    });
  },
};
