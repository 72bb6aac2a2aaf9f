import type { DemoSeeder } from '../../server/module.js';

/** Filled in below (the demo story); an empty seeder until then. */
export const surveysDemo: DemoSeeder = { order: 900, seed: async () => {} };
