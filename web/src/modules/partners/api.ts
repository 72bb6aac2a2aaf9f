import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { LifecycleStage } from '../../api/types';

export type PartnerQuery = NonNullable<paths['/api/v1/partners']['get']['parameters']['query']>;
/**
 * The list's filters as they live in the URL: one string each, comma-separated when a filter has
 * several values (the API takes that form and matches any of them).
 */
export type PartnerFilters = {
  [K in keyof Omit<PartnerQuery, 'limit' | 'cursor'>]?: K extends 'sort' ? PartnerQuery['sort'] : string;
};
export type PartnerSort = NonNullable<PartnerQuery['sort']>;
export type PartnerCreateBody = paths['/api/v1/partners']['post']['requestBody']['content']['application/json'];
export type PartnerPatchBody = NonNullable<paths['/api/v1/partners/{id}']['patch']['requestBody']>['content']['application/json'];
export type ContactBody = paths['/api/v1/partners/{id}/contacts']['post']['requestBody']['content']['application/json'];

export const partnerKeys = {
  all: ['partners'] as const,
  list: (filters: PartnerFilters) => ['partners', 'list', filters] as const,
  stats: ['partners', 'stats'] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  contacts: (id: string) => ['partners', 'detail', id, 'contacts'] as const,
  transitions: (id: string) => ['partners', 'detail', id, 'transitions'] as const,
};

const PAGE_SIZE = 25;

export function usePartnerList(filters: PartnerFilters) {
  return useInfiniteQuery({
    queryKey: partnerKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/partners', { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Partners matching a search, for pickers (e.g. the company of a new partner user). */
export function usePartnerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['partners', 'search', q],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners', { params: { query: { q: q || undefined, limit: 50, sort: 'name' } } }))).data,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePartnerStats() {
  return useQuery({ queryKey: partnerKeys.stats, queryFn: () => unwrap(api.GET('/api/v1/partners/stats')) });
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}', { params: { path: { id } } })),
    enabled: Boolean(id),
  });
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerCreateBody) => unwrap(api.POST('/api/v1/partners', { body })),
    onSuccess: (partner) => {
      queryClient.invalidateQueries({ queryKey: partnerKeys.all });
      queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
    },
  });
}

export function useUpdatePartner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerPatchBody) => unwrap(api.PATCH('/api/v1/partners/{id}', { params: { path: { id } }, body })),
    onSuccess: (partner) => {
      queryClient.setQueryData(partnerKeys.detail(id), partner);
      queryClient.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
}

export function useDeletePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/partners/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: partnerKeys.detail(id) });
      queryClient.invalidateQueries({ queryKey: partnerKeys.all });
    },
  });
}

export function useStageTransitions(id: string) {
  return useQuery({
    queryKey: partnerKeys.transitions(id),
    queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/stage-transitions', { params: { path: { id } } }))).data,
  });
}

export function useChangeStage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { toStage: LifecycleStage; reason?: string }) =>
      unwrap(api.POST('/api/v1/partners/{id}/stage-transitions', { params: { path: { id } }, body })),
    // The answer is the transition, with the partner as it is now.
    onSuccess: (transition) => {
      queryClient.setQueryData(partnerKeys.detail(id), transition.partner);
      queryClient.invalidateQueries({ queryKey: partnerKeys.transitions(id) });
      queryClient.invalidateQueries({ queryKey: ['partners', 'list'] });
      queryClient.invalidateQueries({ queryKey: partnerKeys.stats });
    },
  });
}

export function useContacts(partnerId: string) {
  return useQuery({
    queryKey: partnerKeys.contacts(partnerId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } } }))).data,
    enabled: Boolean(partnerId),
  });
}

export function useSaveContact(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: { contactId: string | null; body: ContactBody }) =>
      contactId
        ? unwrap(
            api.PATCH('/api/v1/partners/{id}/contacts/{contactId}', {
              params: { path: { id: partnerId, contactId } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.contacts(partnerId) }),
  });
}

export function useDeleteContact(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) =>
      unwrap(api.DELETE('/api/v1/partners/{id}/contacts/{contactId}', { params: { path: { id: partnerId, contactId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerKeys.contacts(partnerId) }),
  });
}
