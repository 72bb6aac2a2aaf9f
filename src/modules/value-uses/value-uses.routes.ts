import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { jvpUses } from './value-uses.service.js';

const ZCount = z.number().int();

const ZJvpUses = z
  .object({
    partnerId: z.uuid(),
    asOf: z.date(),
    last90Days: z
      .object({
        session: ZCount,
        campaign: ZCount,
        dealRegistration: ZCount,
        opportunity: ZCount,
        resource: ZCount,
        total: ZCount.describe('The value of the metric value.jvp_uses_90d'),
      })
      .describe('Uses of any version of the JVP in the 90 days up to now, per kind'),
    records: z.array(
      z.object({
        kind: z.enum(['campaign', 'dealRegistration', 'opportunity', 'resource']),
        id: z.uuid(),
        label: z.string(),
        propositionId: z.uuid(),
        version: z.number().int().nullable(),
        linkedAt: z.date().describe('When the record named the JVP'),
      }),
    ),
  })
  .meta({ id: 'ValuePropositionUses' });

export const valueUsesRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/value-proposition/uses',
    summary: 'Where an alliance’s joint value proposition is used: campaigns, deals, opportunities and content',
    description:
      'The records naming any version of the alliance’s JVP (newest first, at most 200) and the uses per kind in ' +
      'the last 90 days, calculator sessions included: the deployment evidence of the failure mode ' +
      '"joint value proposition without deployment".',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueProposition.read',
    target: 'partner',
    params: ZIdParams,
    response: ZJvpUses,
    handler: async ({ ctx, params }) => jvpUses(ctx, params.id),
  }),
];
