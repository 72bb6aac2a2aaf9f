import type { ModuleDescriptor } from '../../server/module.js';

export type { DemoLogin } from '../../server/module.js';
export { DEMO_PASSWORD, isDatabaseEmpty, loadDemoData } from './demo.service.js';

/** The demo ecosystem that `consort demo` loads into an empty database: the runner of every module's demo seeders. */
export const module: ModuleDescriptor = { name: 'demo' };
