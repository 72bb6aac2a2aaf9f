import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type Runbook = components['schemas']['OffboardingRunbook'];
export type RunbookItem = components['schemas']['OffboardingItem'];
export type RunbookStatus = Runbook['status'];
export type RunbookItemKind = RunbookItem['kind'];

export const offboardingKeys = {
  all: ['offboarding'] as const,
  partner: (id: string) => ['offboarding', 'partner', id] as const,
};

export function usePartnerRunbooks(partnerId: string, enabled = true) {
  return useQuery({
    queryKey: offboardingKeys.partner(partnerId),
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/offboarding-runbooks', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useCompleteRunbookItem() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: { id: string } & RequestBody<'/api/v1/offboarding-items/{id}/complete', 'post'>) =>
      unwrap(api.POST('/api/v1/offboarding-items/{id}/complete', { params: { path: { id } }, body })),
    // Ending access changes the partner's people; archiving cancels its onboarding.
    invalidates: [offboardingKeys.all, ['onboarding'], ['users'], ['partners']],
  });
}

/** Starts the runbook of a partner already off-boarding without one (it left before runbooks existed). */
export function useStartRunbook() {
  return useApiMutation({
    mutationFn: ({
      partnerId,
      ...body
    }: { partnerId: string } & RequestBody<'/api/v1/partners/{id}/offboarding-runbooks', 'post'>) =>
      unwrap(api.POST('/api/v1/partners/{id}/offboarding-runbooks', { params: { path: { id: partnerId } }, body })),
    invalidates: [offboardingKeys.all],
  });
}
