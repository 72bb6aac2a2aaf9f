import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiMutation } from '../../ui/useApiMutation';

export type CoopetitionArea = components['schemas']['CoopetitionArea'];
export type CoopetitionKind = CoopetitionArea['kind'];

export const coopetitionKeys = { list: (partnerId: string) => ['partners', 'detail', partnerId, 'coopetition'] as const };

export function useCoopetitionAreas(partnerId: string) {
  return useQuery({
    queryKey: coopetitionKeys.list(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/coopetition-areas', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useAddCoopetitionArea(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: { kind: CoopetitionKind; name: string; notes: string }) =>
      unwrap(api.POST('/api/v1/partners/{id}/coopetition-areas', { params: { path: { id: partnerId } }, body })),
    invalidates: [coopetitionKeys.list(partnerId)],
  });
}

export function useRemoveCoopetitionArea(partnerId: string) {
  return useApiMutation({
    mutationFn: (areaId: string) =>
      unwrap(api.DELETE('/api/v1/partners/{id}/coopetition-areas/{areaId}', { params: { path: { id: partnerId, areaId } } })),
    invalidates: [coopetitionKeys.list(partnerId)],
  });
}
