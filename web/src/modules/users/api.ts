import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import type { Role, User } from '../../api/types';

export type UserQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;
/** The users list's filters as kept in the URL (the API also takes several roles, partners or sides, comma-separated). */
export type UserFilters = {
  [K in keyof Omit<UserQuery, 'limit' | 'cursor'>]?: K extends 'role' | 'partnerId' | 'side'
    ? string
    : Omit<UserQuery, 'limit' | 'cursor'>[K];
};
export type UserCreateBody = paths['/api/v1/users']['post']['requestBody']['content']['application/json'];
export type UserPatchBody = NonNullable<paths['/api/v1/users/{id}']['patch']['requestBody']>['content']['application/json'];

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  vendorStaff: ['users', 'vendor-staff'] as const,
};

export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/users', { params: { query: { ...filters, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Active vendor staff, for owner and sponsor pickers and filters (a vendor team is small). */
export function useVendorStaff(enabled = true) {
  return useQuery({
    queryKey: userKeys.vendorStaff,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/users', { params: { query: { side: 'vendor', active: 'true', limit: 500 } } }))).data,
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function staffOptions(users: readonly User[] | undefined, roles: readonly Role[]) {
  return (users ?? []).filter((u) => roles.includes(u.role)).map((u) => ({ value: u.id, label: u.name }));
}

/** The people of one partner company (the portal's "colleagues"). */
export function useCompanyUsers(partnerId: string | null) {
  return useQuery({
    queryKey: ['users', 'company', partnerId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/users', { params: { query: { partnerId: partnerId ?? undefined, limit: 200 } } }))).data,
    enabled: Boolean(partnerId),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreateBody) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserPatchBody }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useRevokeUserSessions() {
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/users/{id}/revoke-sessions', { params: { path: { id } } })),
  });
}
