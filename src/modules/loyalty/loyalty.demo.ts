import type { DemoSeeder } from '../../server/module.js';

export const loyaltyDemo: DemoSeeder = {
  order: 905,
  async seed() {},
};
