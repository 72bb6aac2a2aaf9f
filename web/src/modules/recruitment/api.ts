import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { FitCriterion, LifecycleStage, RequestBody } from '../../api/types';
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

export type PartnerApplication = components['schemas']['PartnerApplication'];
export type ApplicationStatus = PartnerApplication['status'];
export type ApplicationBody = RequestBody<'/api/v1/partner-applications', 'post'>;
export type AcceptBody = RequestBody<'/api/v1/partner-applications/{id}/accept', 'post'>;

export const applicationKeys = {
  all: ['partner-applications'] as const,
  list: (status: ApplicationStatus | 'all') => ['partner-applications', 'list', status] as const,
  detail: (id: string) => ['partner-applications', 'detail', id] as const,
};

/** Applications of one status (or all), newest first. */
export function useApplications(status: ApplicationStatus | 'all', limit = 50) {
  return useQuery({
    queryKey: applicationKeys.list(status),
    queryFn: () =>
      unwrap(api.GET('/api/v1/partner-applications', { params: { query: { limit, ...(status === 'all' ? {} : { status }) } } })),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/partner-applications/{id}', { params: { path: { id } } })),
  });
}

/** Accepting makes (or links) a prospect: the board's columns refetch too. */
export function useAcceptApplication() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: AcceptBody }) =>
      unwrap(api.POST('/api/v1/partner-applications/{id}/accept', { params: { path: { id } }, body })),
    invalidates: [applicationKeys.all, partnerKeys.all],
  });
}

export function useRejectApplication() {
  return useApiMutation({
    mutationFn: ({ id, reason, notifyApplicant }: { id: string; reason: string; notifyApplicant: boolean }) =>
      unwrap(
        api.POST('/api/v1/partner-applications/{id}/reject', { params: { path: { id } }, body: { reason, notifyApplicant } }),
      ),
    invalidates: [applicationKeys.all],
  });
}

/** The public form's token and choices (no sign-in). */
export function useApplicationForm() {
  return useQuery({
    queryKey: ['partner-application-form'],
    queryFn: () => unwrap(api.GET('/api/v1/partner-applications/form')),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useSubmitApplication() {
  return useApiMutation({
    mutationFn: (body: ApplicationBody) => unwrap(api.POST('/api/v1/partner-applications', { body })),
  });
}
