import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Query, RequestBody, User } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type UserQuery = Query<'/api/v1/users'>;
/** The users list's filters as kept in the URL (the API also takes several roles, partners or sides, comma-separated). */
export type UserFilters = {
  [K in keyof Omit<UserQuery, 'limit' | 'cursor'>]?: K extends 'role' | 'partnerId' | 'side' ? string : UserQuery[K];
};
export type UserCreateBody = RequestBody<'/api/v1/users', 'post'>;
export type UserPatchBody = RequestBody<'/api/v1/users/{id}', 'patch'>;

export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  vendorStaff: ['users', 'vendor-staff'] as const,
};

export const userList: PagedSource<UserFilters, User> = {
  queryKey: userKeys.list,
  fetchPage: (filters, cursor) => unwrap(api.GET('/api/v1/users', { params: { query: { ...filters, limit: 50, cursor } } })),
};

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

/** Staff who may fill a part (`mayOwnPartners`, …), as options of a picker. */
export function staffOptions(users: readonly User[] | undefined, may: (user: User) => boolean) {
  return (users ?? []).filter(may).map((u) => ({ value: u.id, label: u.name }));
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
  return useApiMutation({
    mutationFn: (body: UserCreateBody) => unwrap(api.POST('/api/v1/users', { body })),
    invalidates: [userKeys.all],
  });
}

export function useUpdateUser() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: UserPatchBody }) =>
      unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    invalidates: [userKeys.all],
  });
}

export function useRevokeUserSessions() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/users/{id}/revoke-sessions', { params: { path: { id } } })),
  });
}
