import type { DemoSeeder } from '../../server/module.js';

export const conflictCasesDemo: DemoSeeder = {
  order: 1000,
  async seed() {},
};
