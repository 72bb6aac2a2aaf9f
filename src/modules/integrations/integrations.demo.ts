import type { DemoSeeder } from '../../server/module.js';

export const integrationsDemo: DemoSeeder = {
  order: 48,
  async seed() {},
};
