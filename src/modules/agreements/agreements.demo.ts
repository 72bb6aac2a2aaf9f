import type { DemoSeeder } from '../../server/module.js';

export const agreementsDemo: DemoSeeder = {
  order: 61,
  async seed() {},
};
