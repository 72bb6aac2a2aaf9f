import type { DemoSeeder } from '../../server/module.js';

/** Joint campaigns over the story's two years (filled in below). */
export const campaignsDemo: DemoSeeder = {
  order: 900,
  async seed() {},
};
