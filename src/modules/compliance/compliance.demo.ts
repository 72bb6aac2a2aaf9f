import type { DemoSeeder } from '../../server/module.js';

export const complianceDemo: DemoSeeder = {
  order: 63,
  async seed() {},
};
