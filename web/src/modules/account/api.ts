import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../api/client';
import type { Me, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import { meKey } from '../auth/api';

const sessionsKey = ['me', 'sessions'] as const;
const tokensKey = ['me', 'api-tokens'] as const;

export type ProfileBody = RequestBody<'/api/v1/me', 'patch'>;
export type PasswordBody = RequestBody<'/api/v1/me/password', 'post'>;
export type ApiTokenBody = RequestBody<'/api/v1/api-tokens', 'post'>;

export function useUpdateProfile() {
  return useApiMutation({
    mutationFn: (body: ProfileBody) => unwrap(api.PATCH('/api/v1/me', { body })),
    update: (queryClient, user) => queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, user } : me)),
  });
}

/** The server starts a fresh session on a password change; its new CSRF token replaces the old one. */
export function useChangePassword() {
  return useApiMutation({
    mutationFn: (body: PasswordBody) => unwrap(api.POST('/api/v1/me/password', { body })),
    update: (queryClient, { csrfToken }) => {
      setCsrfToken(csrfToken);
      queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, csrfToken } : me));
    },
    invalidates: [sessionsKey],
  });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: async () => (await unwrap(api.GET('/api/v1/me/sessions'))).data });
}

export function useEndSession() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    invalidates: [sessionsKey],
  });
}

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: async () => (await unwrap(api.GET('/api/v1/api-tokens'))).data });
}

export function useCreateApiToken() {
  return useApiMutation({
    mutationFn: (body: ApiTokenBody) => unwrap(api.POST('/api/v1/api-tokens', { body })),
    invalidates: [tokensKey],
  });
}

export function useRevokeApiToken() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id } } })),
    invalidates: [tokensKey],
  });
}
