import type { DemoSeeder } from '../../server/module.js';

export const onboardingDemo: DemoSeeder = {
  order: 62,
  async seed() {},
};
