import type { DemoSeeder } from '../../server/module.js';

export const dealRegistrationsDemo: DemoSeeder = { order: 900, seed: async () => {} };
