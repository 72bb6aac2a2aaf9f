import type { DemoSeeder } from '../../server/module.js';

export const recruitmentDemo: DemoSeeder = {
  order: 46,
  async seed() {},
};
