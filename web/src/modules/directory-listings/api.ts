import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type DirectoryListing = components['schemas']['DirectoryListing'];
export type PublicListing = components['schemas']['PublicPartnerListing'];
export type ListingBody = RequestBody<'/api/v1/partners/{id}/directory-listing', 'put'>;

export const directoryKeys = {
  listing: (partnerId: string) => ['partners', 'detail', partnerId, 'directory-listing'] as const,
  search: (filters: DirectoryFilters) => ['directory', 'search', filters] as const,
  filters: ['directory', 'filters'] as const,
};

export function useDirectoryListing(partnerId: string) {
  return useQuery({
    queryKey: directoryKeys.listing(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/directory-listing', { params: { path: { id: partnerId } } })),
    enabled: Boolean(partnerId),
  });
}

export function useSaveDirectoryListing(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: ListingBody) =>
      unwrap(api.PUT('/api/v1/partners/{id}/directory-listing', { params: { path: { id: partnerId } }, body })),
    invalidates: [directoryKeys.listing(partnerId)],
  });
}

export function useListingVisibility(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: { hidden: boolean; reason?: string }) =>
      unwrap(api.POST('/api/v1/partners/{id}/directory-listing/visibility', { params: { path: { id: partnerId } }, body })),
    invalidates: [directoryKeys.listing(partnerId)],
  });
}

export type DirectoryFilters = {
  q?: string;
  region?: string;
  industry?: string;
  type?: string;
  tier?: string;
  /** A tier name, in any program (or in `program`). */
  tierName?: string;
  program?: string;
  certification?: string;
};

/** The public directory, a page at a time (no sign-in). */
export function usePublicDirectory(filters: DirectoryFilters) {
  return useInfiniteQuery({
    queryKey: directoryKeys.search(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/directory/partners', {
          params: {
            query: {
              limit: 24,
              ...(pageParam ? { cursor: pageParam } : {}),
              ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
            } as never,
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDirectoryFilters() {
  return useQuery({ queryKey: directoryKeys.filters, queryFn: () => unwrap(api.GET('/api/v1/directory/filters')) });
}

export type ListingSummary = components['schemas']['DirectoryListingSummary'];
export type ListingStatus = ListingSummary['status'];

/** Every partner's listing with where it stands (vendor staff), optionally of some statuses. */
export function useAllDirectoryListings(status: ListingStatus | 'all') {
  return useQuery({
    queryKey: ['directory', 'listings', status] as const,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/directory-listings', {
          params: { query: { limit: 500, ...(status === 'all' ? {} : { status: [status] }) } as never },
        }),
      ),
  });
}
