import type { DemoSeeder } from '../../server/module.js';

export const coopetitionDemo: DemoSeeder = {
  order: 47,
  async seed() {},
};
