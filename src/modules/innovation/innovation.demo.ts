import type { DemoSeeder } from '../../server/module.js';
export const innovationDemo: DemoSeeder = { order: 910, seed: async () => {} };
