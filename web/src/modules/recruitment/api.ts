import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { FitCriterion, LifecycleStage } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import { partnerKeys } from '../partners/api';

export const recruitmentKeys = {
  profile: ['ideal-partner-profile'] as const,
  fit: (id: string) => ['partners', 'detail', id, 'fit'] as const,
  board: (stage: LifecycleStage) => ['partners', 'list', 'board', stage] as const,
};

export function useIdealProfile() {
  return useQuery({ queryKey: recruitmentKeys.profile, queryFn: () => unwrap(api.GET('/api/v1/ideal-partner-profile')) });
}

/** Saving the profile changes every partner's fit: lists and fit cards refetch. */
export function useSaveIdealProfile() {
  return useApiMutation({
    mutationFn: (criteria: FitCriterion[]) => unwrap(api.PUT('/api/v1/ideal-partner-profile', { body: { criteria } })),
    invalidates: [recruitmentKeys.profile, partnerKeys.all],
  });
}

export function usePartnerFit(id: string) {
  return useQuery({
    queryKey: recruitmentKeys.fit(id),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/fit', { params: { path: { id } } })),
  });
}

/** One column of the recruitment board: the stage's partners, best fit first. */
export function useBoardColumn(stage: LifecycleStage) {
  return useQuery({
    queryKey: recruitmentKeys.board(stage),
    queryFn: () => unwrap(api.GET('/api/v1/partners', { params: { query: { lifecycleStage: stage, sort: '-fit', limit: 50 } } })),
  });
}
