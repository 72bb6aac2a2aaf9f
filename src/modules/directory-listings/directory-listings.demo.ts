import type { DemoSeeder } from '../../server/module.js';

export const directoryListingsDemo: DemoSeeder = {
  order: 49,
  async seed() {},
};
