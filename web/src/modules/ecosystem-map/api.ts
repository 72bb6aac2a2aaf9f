import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Query } from '../../api/types';

export type MapQuery = Query<'/api/v1/ecosystem-map'>;

export const ecosystemKeys = {
  map: (query: MapQuery) => ['ecosystem-map', query] as const,
  edge: (a: string, b: string, since?: string) => ['ecosystem-map', 'edge', a, b, since] as const,
};

/** The network for these filters (the previous one stays on screen while a new filter loads). */
export function useEcosystemMap(query: MapQuery) {
  return useQuery({
    queryKey: ecosystemKeys.map(query),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/ecosystem-map', { params: { query } })),
  });
}

/** The records behind one edge (none asked for until an edge is picked). */
export function useEdgeDetail(edge: { a: string; b: string } | null, since?: string) {
  return useQuery({
    queryKey: ecosystemKeys.edge(edge?.a ?? '', edge?.b ?? '', since),
    enabled: edge !== null,
    queryFn: () =>
      unwrap(api.GET('/api/v1/ecosystem-map/edges', { params: { query: { a: edge?.a ?? '', b: edge?.b ?? '', since } } })),
  });
}

/** A partner's neighbours on the map (the partner 360 card). */
export function usePartnerNeighbours(partnerId: string) {
  return useQuery({
    queryKey: ['ecosystem-map', 'neighbours', partnerId] as const,
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/ecosystem-neighbours', { params: { path: { id: partnerId } } })),
  });
}
