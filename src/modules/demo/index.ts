import type { ModuleDescriptor } from '../../server/module.js';

export type { DemoLogin } from './demo-data.js';
export { DEMO_PASSWORD, isDatabaseEmpty, loadDemoData } from './demo-data.js';

/** The demo ecosystem that `consort demo` loads into an empty database. */
export const module: ModuleDescriptor = { name: 'demo' };
