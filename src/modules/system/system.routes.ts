import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { AppError } from '../../shared/errors.js';
import { isDatabaseReady } from './system.service.js';

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
      if (!(await isDatabaseReady(ctx.db))) throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer');
      return { status: 'ready' as const, database: config.database.kind };
    },
  }),
];
