import type { DemoSeeder } from '../../server/module.js';

export const alliancesDemo: DemoSeeder = {
  order: 75,
  async seed() {},
};
