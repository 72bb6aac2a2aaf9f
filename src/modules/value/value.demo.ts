import type { DemoSeeder } from '../../server/module.js';
export const valueDemo: DemoSeeder = { order: 900, seed: async () => {} };
