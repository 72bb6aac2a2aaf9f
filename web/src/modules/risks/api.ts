import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type Risk = Schemas['Risk'];
export type RiskAction = Schemas['RiskAction'];
export type RiskHeatMap = Schemas['RiskHeatMap'];
export type RiskBody = RequestBody<'/api/v1/partners/{id}/risks', 'post'>;
export type RiskPatch = RequestBody<'/api/v1/risks/{id}', 'patch'>;
export type ActionBody = RequestBody<'/api/v1/risks/{id}/actions', 'post'>;
export type RiskQuery = Query<'/api/v1/risks'>;

export const riskKeys = {
  all: ['risks'] as const,
  list: (query: RiskQuery) => ['risks', 'list', query] as const,
  one: (id: string) => ['risks', 'one', id] as const,
  heatMap: (partnerId: string | null) => ['risks', 'heat-map', partnerId] as const,
};

export function useRisks(query: RiskQuery) {
  return useQuery({
    queryKey: riskKeys.list(query),
    queryFn: async () => (await unwrap(api.GET('/api/v1/risks', { params: { query } }))).data,
  });
}

export function useRisk(id: string) {
  return useQuery({
    queryKey: riskKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/risks/{id}', { params: { path: { id } } })),
  });
}

export function useHeatMap(partnerId: string | null) {
  return useQuery({
    queryKey: riskKeys.heatMap(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/risks/heat-map', { params: { query: partnerId ? { partnerId } : {} } })),
  });
}

export function useRaiseRisk(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: RiskBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/risks', { params: { path: { id: partnerId } }, body })),
    invalidates: [riskKeys.all],
  });
}

export function useUpdateRisk() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: RiskPatch & { id: string }) =>
      unwrap(api.PATCH('/api/v1/risks/{id}', { params: { path: { id } }, body })),
    invalidates: [riskKeys.all],
  });
}

export function useDeleteRisk() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/risks/{id}', { params: { path: { id } } })),
    invalidates: [riskKeys.all],
  });
}

export function useAddAction(riskId: string) {
  return useApiMutation({
    mutationFn: (body: ActionBody) => unwrap(api.POST('/api/v1/risks/{id}/actions', { params: { path: { id: riskId } }, body })),
    invalidates: [riskKeys.all],
  });
}

export function useUpdateAction() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: RequestBody<'/api/v1/risk-actions/{id}', 'patch'> & { id: string }) =>
      unwrap(api.PATCH('/api/v1/risk-actions/{id}', { params: { path: { id } }, body })),
    invalidates: [riskKeys.all],
  });
}
