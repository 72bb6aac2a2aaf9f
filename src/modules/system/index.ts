import type { ModuleDescriptor } from '../../server/module.js';
import { systemRoutes } from './system.routes.js';

/** Liveness and readiness for load balancers and process managers. */
export const module: ModuleDescriptor = { name: 'system', routes: systemRoutes };
