import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZId, ZIdParams, zOptionalText, zText } from '../../server/schemas.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import { COOPETITION_KINDS } from './coopetition.rules.js';
import { addCoopetitionArea, deleteCoopetitionArea, listCoopetitionAreas, updateCoopetitionArea } from './coopetition.service.js';

const ZArea = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    kind: z.enum(COOPETITION_KINDS),
    name: z.string(),
    notes: z.string(),
    createdById: z.uuid().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'CoopetitionArea' });

const fields = {
  kind: z.enum(COOPETITION_KINDS, { error: `must be one of ${COOPETITION_KINDS.join(', ')}` }),
  name: zText(200),
  notes: zOptionalText(2000).optional(),
};

const ZAreaParams = z.object({ id: ZId, areaId: ZId });

export const coopetitionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/coopetition-areas',
    summary: 'Where a partner also competes with us: segments, products, solution categories',
    description: 'The vendor’s view: a partner’s people do not see it.',
    tags: ['coopetition'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'coopetitionArea.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZArea) }),
    handler: async ({ ctx, params }) => ({ data: await listCoopetitionAreas(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/coopetition-areas',
    summary: 'Record an area where a partner competes',
    tags: ['coopetition'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'coopetitionArea.edit',
    target: 'partner',
    status: 201,
    params: ZIdParams,
    body: z.strictObject(fields),
    response: ZArea,
    example: (refs) => ({ kind: 'product', name: `Competing product ${refs.unique}`, notes: 'Sells its own SIEM to banks' }),
    handler: async ({ ctx, params, body }) => addCoopetitionArea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:id/coopetition-areas/:areaId',
    summary: 'Change a coopetition area',
    tags: ['coopetition'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'coopetitionArea.edit',
    target: 'coopetitionArea',
    params: ZAreaParams,
    body: z.strictObject(fields).partial(),
    response: ZArea,
    example: () => ({ notes: 'Confirmed at the quarterly review' }),
    handler: async ({ ctx, params, body }) => updateCoopetitionArea(ctx, params.id, params.areaId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:id/coopetition-areas/:areaId',
    summary: 'Remove a coopetition area',
    tags: ['coopetition'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'coopetitionArea.edit',
    target: 'coopetitionArea',
    status: 204,
    params: ZAreaParams,
    handler: async ({ ctx, params }) => deleteCoopetitionArea(ctx, params.id, params.areaId),
  }),
];
