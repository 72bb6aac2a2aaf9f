import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type MarketingResults = components['schemas']['MarketingResults'];
export type MarketingLaunchDetail = components['schemas']['MarketingLaunchDetail'];

export const marketingKeys = { all: ['marketing'] as const };

export type KitBody = RequestBody<'/api/v1/marketing-kits', 'post'>;
export type AudienceBody = RequestBody<'/api/v1/marketing-audiences', 'post'>;

export function useMarketingSummary(partnerId?: string) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'summary', partnerId ?? null],
    queryFn: async () => unwrap(api.GET('/api/v1/marketing/summary', { params: { query: partnerId ? { partnerId } : {} } })),
  });
}

export function useKits(enabled: boolean) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'kits'],
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/marketing-kits', { params: { query: {} } }))).data,
  });
}

export function useKit(id: string) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'kit', id],
    queryFn: async () => unwrap(api.GET('/api/v1/marketing-kits/{id}', { params: { path: { id } } })),
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: [...marketingKeys.all, 'catalogue'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/marketing-catalogue'))).data,
  });
}

export function usePreview(id: string | null) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'preview', id],
    enabled: id !== null,
    queryFn: async () => unwrap(api.GET('/api/v1/marketing-catalogue/{id}/preview', { params: { path: { id: id ?? '' } } })),
  });
}

export function useAudiences() {
  return useQuery({
    queryKey: [...marketingKeys.all, 'audiences'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/marketing-audiences', { params: { query: {} } }))).data,
  });
}

export function useContacts(audienceId: string | null) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'contacts', audienceId],
    enabled: audienceId !== null,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/marketing-audiences/{id}/contacts', {
            params: { path: { id: audienceId ?? '' }, query: { limit: 200 } },
          }),
        )
      ).data,
  });
}

export function useLaunches(filter: { kitId?: string } = {}) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'launches', filter.kitId ?? 'all'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/marketing-launches', { params: { query: { limit: 100, ...filter } } }))).data,
  });
}

export function useLaunch(id: string) {
  return useQuery({
    queryKey: [...marketingKeys.all, 'launch', id],
    queryFn: async () => unwrap(api.GET('/api/v1/marketing-launches/{id}', { params: { path: { id } } })),
  });
}

export function useSuppressions() {
  return useQuery({
    queryKey: [...marketingKeys.all, 'suppressions'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/marketing-suppressions', { params: { query: { limit: 200 } } }))).data,
  });
}

export function useCreateKit() {
  return useApiMutation({
    mutationFn: (body: KitBody) => unwrap(api.POST('/api/v1/marketing-kits', { body })),
    invalidates: [marketingKeys.all],
  });
}

export function useUpdateKit(id: string) {
  return useApiMutation({
    mutationFn: (body: KitBody) => unwrap(api.PATCH('/api/v1/marketing-kits/{id}', { params: { path: { id } }, body })),
    invalidates: [marketingKeys.all],
  });
}

export function useMoveKit() {
  return useApiMutation({
    mutationFn: ({ id, action }: { id: string; action: 'approve' | 'retire' }) =>
      action === 'approve'
        ? unwrap(api.POST('/api/v1/marketing-kits/{id}/approve', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/marketing-kits/{id}/retire', { params: { path: { id } } })),
    invalidates: [marketingKeys.all],
  });
}

export function useCreateAudience() {
  return useApiMutation({
    mutationFn: (body: AudienceBody) => unwrap(api.POST('/api/v1/marketing-audiences', { body })),
    invalidates: [marketingKeys.all],
  });
}

export function useLaunchKit() {
  return useApiMutation({
    mutationFn: ({ audienceId, kitId }: { audienceId: string; kitId: string }) =>
      unwrap(
        api.POST('/api/v1/marketing-audiences/{id}/launches/{kitId}', { params: { path: { id: audienceId, kitId } }, body: {} }),
      ),
    invalidates: [marketingKeys.all],
  });
}

export function useCancelLaunch() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/marketing-launches/{id}/cancel', { params: { path: { id } } })),
    invalidates: [marketingKeys.all],
  });
}

export function useAddSuppression() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/marketing-suppressions', 'post'>) =>
      unwrap(api.POST('/api/v1/marketing-suppressions', { body })),
    invalidates: [marketingKeys.all],
  });
}

export function useRemoveSuppression() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/marketing-suppressions/{id}', { params: { path: { id } } })),
    invalidates: [marketingKeys.all],
  });
}

// ——— Public pages (no sign-in) ———

export function useLandingPage(token: string) {
  return useQuery({
    queryKey: ['marketing-landing', token],
    retry: false,
    queryFn: async () => unwrap(api.GET('/api/v1/marketing/landing/{token}', { params: { path: { token } } })),
  });
}

export function useSubmitLanding(token: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/marketing/landing/{token}/submissions', 'post'>) =>
      unwrap(api.POST('/api/v1/marketing/landing/{token}/submissions', { params: { path: { token } }, body })),
  });
}

export function useMarketingUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: ['marketing-unsubscribe', token],
    enabled: token.length > 0,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/v1/marketing/unsubscribe', { params: { query: { token } } })),
  });
}

export function useMarketingUnsubscribe() {
  return useApiMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/v1/marketing/unsubscribe', { params: { query: { token } } })),
  });
}
