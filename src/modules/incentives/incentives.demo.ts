import type { DemoSeeder } from '../../server/module.js';

export const incentivesDemo: DemoSeeder[] = [];
