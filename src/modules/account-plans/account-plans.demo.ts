import type { DemoSeeder } from '../../server/module.js';
export const accountPlansDemo: readonly DemoSeeder[] = [];
