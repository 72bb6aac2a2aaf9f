import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type IntegrationListing = components['schemas']['IntegrationListing'];
export type CertificationStatus = IntegrationListing['certification'];
export type CompatibilityStatus = IntegrationListing['compatibility'][number]['status'];
export type ListingBody = RequestBody<'/api/v1/partners/{id}/integration-listings', 'post'>;

export const integrationKeys = {
  all: ['integration-listings'] as const,
  list: (partnerId: string | null) => ['integration-listings', 'list', partnerId ?? 'all'] as const,
};

/** Listings the caller may see (a partner's people: their own), or one partner's. */
export function useIntegrationListings(partnerId: string | null) {
  return useQuery({
    queryKey: integrationKeys.list(partnerId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/integration-listings', {
          params: { query: { limit: 500, ...(partnerId ? { partnerId } : {}) } as never },
        }),
      ),
  });
}

export function useSaveIntegration() {
  return useApiMutation({
    mutationFn: ({ partnerId, id, body }: { partnerId: string; id: string | null; body: ListingBody }) =>
      id
        ? unwrap(api.PATCH('/api/v1/integration-listings/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/partners/{id}/integration-listings', { params: { path: { id: partnerId } }, body })),
    invalidates: [integrationKeys.all],
  });
}

export function useDeleteIntegration() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/integration-listings/{id}', { params: { path: { id } } })),
    invalidates: [integrationKeys.all],
  });
}

export function useCertifyIntegration() {
  return useApiMutation({
    mutationFn: ({
      id,
      status,
      expiresAt,
      note,
    }: {
      id: string;
      status: CertificationStatus;
      expiresAt?: string | null;
      note?: string;
    }) =>
      unwrap(
        api.POST('/api/v1/integration-listings/{id}/certification', {
          params: { path: { id } },
          body: { status, expiresAt, note },
        }),
      ),
    invalidates: [integrationKeys.all],
  });
}
