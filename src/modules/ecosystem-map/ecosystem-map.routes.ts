import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZId, ZIdParams, zAnyOf, zDate, zString } from '../../server/schemas.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import { DESIGNATIONS, LIFECYCLE_STAGES, MOTIONS, PARTNER_STATUSES, REGIONS } from '../partners/index.js';
import { EDGE_KINDS, VENDOR_NODE } from './ecosystem-map.rules.js';
import { ecosystemMap, edgeDetail, partnerNeighbours } from './ecosystem-map.service.js';

const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });

const ZNode = z
  .object({
    id: z.string().describe(`The partner's id, or "${VENDOR_NODE}" for the vendor's own node`),
    kind: z.enum(['partner', 'vendor']),
    partnerId: z.uuid().nullable(),
    name: z.string(),
    motion: z.enum(MOTIONS).nullable(),
    designation: z.enum(DESIGNATIONS).nullable(),
    tier: z.string().nullable(),
    regions: z.array(z.enum(REGIONS)),
    industries: z.array(z.string()),
    segment: z.string(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).nullable(),
    status: z.enum(PARTNER_STATUSES).nullable(),
    wonRevenueT4q: ZMoney.nullable().describe(
      'Won revenue of the trailing four quarters, sourced or co-sold (reporting currency)',
    ),
    jointPipeline: ZMoney.nullable().describe('Open opportunities the partner is involved in (reporting currency)'),
    degree: z.number().int().describe('Edges touching the node'),
  })
  .meta({ id: 'EcosystemNode' });

const ZEdge = z
  .object({
    source: z.string(),
    target: z.string(),
    kind: z.enum(EDGE_KINDS),
    weight: z
      .number()
      .describe(
        'Opportunity edges: the value in reporting-currency minor units (the count where no rate converts it); integrations: their number',
      ),
    count: z.number().int(),
    sample: z.array(z.string()).describe('Up to five of the records behind the edge (opportunity or integration listing ids)'),
    value: ZMoney.nullable(),
  })
  .meta({ id: 'EcosystemEdge' });

/** A node id in a query: a partner's id or "vendor". */
const ZNodeId = z.union([z.literal(VENDOR_NODE), ZId], { error: `must be a partner id (UUID) or "${VENDOR_NODE}"` });

const ZKinds = zAnyOf(EDGE_KINDS);

export const ecosystemMapRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/ecosystem-map',
    summary: 'The ecosystem as a network: partners as nodes; joint opportunities, multi-partner deals and integrations as edges',
    description:
      'Nodes are the partners meeting the filters (and the vendor, when an integration connects to it); an edge joins two ' +
      'of them: open opportunities both are involved in (`joint_opportunity`), won ones (`multi_partner_deal`), or a ' +
      'partner’s integration listings with the vendor’s products (`integration`). Both ends of an edge meet the filters. ' +
      'Lost opportunities draw no edge. Vendor staff only.',
    tags: ['ecosystem-map'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'ecosystemMap.read',
    query: z.object({
      segment: zString(100).optional(),
      industry: zString(100).optional(),
      region: zAnyOf(REGIONS).optional(),
      motion: zAnyOf(MOTIONS).optional(),
      designation: zAnyOf(DESIGNATIONS).optional(),
      program: ZId.optional(),
      since: zDate().optional().describe('Opportunities closing on or after this day; integrations listed on or after it'),
      kinds: ZKinds.optional(),
    }),
    response: z
      .object({
        reportingCurrency: z.string(),
        asOf: z.string(),
        nodes: z.array(ZNode),
        edges: z.array(ZEdge),
      })
      .meta({ id: 'EcosystemMap' }),
    export: false,
    handler: async ({ ctx, query }) => ecosystemMap(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/ecosystem-map/edges',
    summary: 'The records behind an edge of the ecosystem map: the opportunities two partners share, or a partner’s integrations',
    description: '`a` and `b` are node ids (a partner’s id or "vendor"); an unknown partner answers 404.',
    tags: ['ecosystem-map'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'ecosystemMap.read',
    query: z.object({ a: ZNodeId, b: ZNodeId, since: zDate().optional(), kinds: ZKinds.optional() }),
    exampleQuery: (refs) => ({ a: refs.partnerId, b: VENDOR_NODE }),
    response: z
      .object({
        a: z.object({ id: z.string(), name: z.string() }),
        b: z.object({ id: z.string(), name: z.string() }),
        opportunities: z.array(
          z.object({
            id: z.uuid(),
            number: z.string(),
            title: z.string(),
            account: z.string(),
            stage: z.string(),
            kind: z.enum(EDGE_KINDS),
            amount: ZMoney,
            closeDate: z.string(),
            rolesA: z.array(z.string()),
            rolesB: z.array(z.string()),
          }),
        ),
        integrations: z.array(
          z.object({
            id: z.uuid(),
            partnerId: z.uuid(),
            name: z.string(),
            category: z.string(),
            certification: z.string(),
            products: z.array(z.string()),
          }),
        ),
      })
      .meta({ id: 'EcosystemEdgeDetail' }),
    export: false,
    handler: async ({ ctx, query }) => edgeDetail(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/ecosystem-neighbours',
    summary: 'A partner’s neighbours on the ecosystem map: the partners it shares deals with, and the vendor where it integrates',
    description:
      'The map’s edges that touch the partner (open and won opportunities shared with another partner; integration ' +
      'listings with the vendor’s products), one row per neighbour, most shared first. Vendor staff only.',
    tags: ['ecosystem-map', 'partners'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'ecosystemMap.read',
    target: 'partner',
    params: ZIdParams,
    response: z
      .object({
        partnerId: z.uuid(),
        neighbours: z.array(
          z.object({
            id: z.string().describe('A partner id, or "vendor"'),
            partnerId: z.uuid().nullable(),
            name: z.string(),
            kinds: z.array(z.enum(EDGE_KINDS)),
            count: z.number().int(),
            value: ZMoney.nullable(),
          }),
        ),
      })
      .meta({ id: 'EcosystemNeighbours' }),
    export: false,
    handler: async ({ ctx, params }) => partnerNeighbours(ctx, params.id),
  }),
];
