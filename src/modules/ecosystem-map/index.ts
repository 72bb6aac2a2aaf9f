import type { ModuleDescriptor } from '../../server/module.js';
import { ecosystemMapDemo } from './ecosystem-map.demo.js';
import { ecosystemMapRoutes } from './ecosystem-map.routes.js';

export type { Edge, EdgeKind } from './ecosystem-map.rules.js';
export { EDGE_KINDS, VENDOR_NODE } from './ecosystem-map.rules.js';
export type { EcosystemMap, EdgeDetail, MapFilter, MapNode, Neighbour } from './ecosystem-map.service.js';
export { ecosystemMap, edgeDetail, partnerNeighbours } from './ecosystem-map.service.js';

/**
 * The ecosystem map: partners as a network, with joint opportunities, multi-partner deals and
 * integrations with the vendor's products as edges; filters; drill-down to the records behind an
 * edge (docs/decisions/0293–0297). Reads the opportunities, integrations, partners and programs
 * modules; writes nothing.
 */
export const module: ModuleDescriptor = {
  name: 'ecosystem-map',
  routes: ecosystemMapRoutes,
  demo: ecosystemMapDemo,
};
