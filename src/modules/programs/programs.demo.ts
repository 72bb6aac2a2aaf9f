import type { DemoSeeder } from '../../server/module.js';

export const programsDemo: DemoSeeder = { order: 29, async seed() {} };
export const programsHistoryDemo: DemoSeeder = { order: 200, async seed() {} };
