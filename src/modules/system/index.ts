import { analyzeTables } from '../../db/analyze.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { systemRoutes } from './system.routes.js';

/** Liveness and readiness for load balancers and process managers; the planner's statistics. */
export const module: ModuleDescriptor = {
  name: 'system',
  routes: systemRoutes,
  jobs: [
    {
      // Embedded PGlite has no autovacuum (docs/decisions/0315); on PostgreSQL it repeats what
      // autovacuum does, at a quiet hour.
      name: 'system.analyze',
      schedule: '41 3 * * *',
      async run(ctx) {
        const started = Date.now();
        await analyzeTables(ctx);
        return { ms: Date.now() - started };
      },
    },
  ],
};
