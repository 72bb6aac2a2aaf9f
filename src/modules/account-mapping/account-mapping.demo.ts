import type { DemoSeeder } from '../../server/module.js';

export const accountMappingDemo: DemoSeeder = {
  order: 900,
  async seed() {},
};
