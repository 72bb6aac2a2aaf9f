import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { withTx } from '../../db/scope.js';
import { access, defineRoute } from '../../server/route.js';
import { systemCtx } from '../../shared/context.js';
import { AppError } from '../../shared/errors.js';

export const systemRoutes = [
  defineRoute({
    method: 'GET',
    url: '/healthz',
    summary: 'Liveness: the process is up',
    tags: ['system'],
    access: access.public(),
    response: z.object({ status: z.literal('ok'), uptimeSeconds: z.number() }),
    handler: async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/readyz',
    summary: 'Readiness: the database answers',
    tags: ['system'],
    access: access.public(),
    response: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }),
    handler: async ({ ctx, config }) => {
      try {
        await withTx(systemCtx(ctx.db, 'readyz'), (tx) => tx.execute(sql`SELECT 1`));
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer');
      }
      return { status: 'ready' as const, database: config.database.kind };
    },
  }),
];
