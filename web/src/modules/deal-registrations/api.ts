import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type DealRegistration = Schemas['DealRegistration'];
export type DealStatus = DealRegistration['status'];
export type DealBody = RequestBody<'/api/v1/deal-registrations', 'post'>;

export const dealKeys = {
  all: ['deal-registrations'] as const,
  one: (id: string) => ['deal-registrations', 'one', id] as const,
  summary: (partnerId?: string) => ['deal-registrations', 'summary', partnerId ?? 'all'] as const,
  recent: (partnerId?: string) => ['deal-registrations', 'recent', partnerId ?? 'all'] as const,
};

export type DealFilters = {
  status?: string;
  q?: string;
  overdue?: string;
  expiringSoon?: string;
  conflict?: string;
  partnerId?: string;
};

/** The list, filters in the URL (status, overdue approvals, expiring soon, conflicts, search). */
export const dealList: PagedSource<DealFilters, DealRegistration> = {
  queryKey: (filters) => [...dealKeys.all, 'list', filters],
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/deal-registrations', {
        params: {
          query: {
            ...(filters as Pick<Query<'/api/v1/deal-registrations'>, 'q'>),
            status: filters.status ? (filters.status.split(',') as DealStatus[]) : undefined,
            partnerId: filters.partnerId ? [filters.partnerId] : undefined,
            overdue: filters.overdue === 'true' ? 'true' : undefined,
            expiringSoon: filters.expiringSoon === 'true' ? 'true' : undefined,
            conflict: filters.conflict === 'true' ? 'true' : undefined,
            limit: 50,
            cursor,
          },
        },
      }),
    ),
};

export function useRecentDeals(partnerId?: string) {
  return useQuery({
    queryKey: dealKeys.recent(partnerId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/deal-registrations', {
            params: { query: { limit: 8, ...(partnerId ? { partnerId: [partnerId] } : {}) } },
          }),
        )
      ).data,
  });
}

export function useDealSummary(partnerId?: string) {
  return useQuery({
    queryKey: dealKeys.summary(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/deal-registrations/summary', { params: { query: partnerId ? { partnerId } : {} } })),
  });
}

export function useDealRegistration(id: string) {
  return useQuery({
    queryKey: dealKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/deal-registrations/{id}', { params: { path: { id } } })),
  });
}

export function useRegisterDeal() {
  return useApiMutation({
    mutationFn: (body: DealBody) => unwrap(api.POST('/api/v1/deal-registrations', { body })),
    invalidates: [dealKeys.all, ['value']],
  });
}

/** Names (or clears) the joint value proposition a registration is sold with. */
export function useUpdateDeal(id: string) {
  return useApiMutation({
    mutationFn: (body: { valuePropositionId: string | null }) =>
      unwrap(api.PATCH('/api/v1/deal-registrations/{id}', { params: { path: { id } }, body })),
    invalidates: [dealKeys.all, ['value']],
  });
}

type Step =
  | { id: string; step: 'approve' }
  | { id: string; step: 'reject'; reason: string }
  | { id: string; step: 'won'; note?: string }
  | { id: string; step: 'lost'; reason: string }
  | { id: string; step: 'extension-request'; until: string; reason?: string }
  | { id: string; step: 'extend'; expiresOn: string };

export function useDealStep() {
  return useApiMutation({
    mutationFn: (s: Step) => {
      const path = { path: { id: s.id } };
      switch (s.step) {
        case 'approve':
          return unwrap(api.POST('/api/v1/deal-registrations/{id}/approve', { params: path }));
        case 'reject':
          return unwrap(api.POST('/api/v1/deal-registrations/{id}/reject', { params: path, body: { reason: s.reason } }));
        case 'won':
          return unwrap(api.POST('/api/v1/deal-registrations/{id}/won', { params: path, body: { note: s.note } }));
        case 'lost':
          return unwrap(api.POST('/api/v1/deal-registrations/{id}/lost', { params: path, body: { reason: s.reason } }));
        case 'extension-request':
          return unwrap(
            api.POST('/api/v1/deal-registrations/{id}/extension-request', {
              params: path,
              body: { until: s.until, reason: s.reason },
            }),
          );
        case 'extend':
          return unwrap(api.POST('/api/v1/deal-registrations/{id}/extend', { params: path, body: { expiresOn: s.expiresOn } }));
      }
    },
    invalidates: [dealKeys.all],
  });
}
