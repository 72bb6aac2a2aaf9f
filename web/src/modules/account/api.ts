import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../api/client';
import type { Me } from '../../api/types';
import { meKey } from '../auth/api';

const sessionsKey = ['me', 'sessions'] as const;
const tokensKey = ['me', 'api-tokens'] as const;

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; title?: string; phone?: string }) => unwrap(api.PATCH('/api/v1/me', { body })),
    onSuccess: (user) => queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, user } : me)),
  });
}

/** The server starts a fresh session on a password change; its new CSRF token replaces the old one. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => unwrap(api.POST('/api/v1/me/password', { body })),
    onSuccess: ({ csrfToken }) => {
      setCsrfToken(csrfToken);
      queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, csrfToken } : me));
      queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: async () => (await unwrap(api.GET('/api/v1/me/sessions'))).data });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/me/sessions/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: async () => (await unwrap(api.GET('/api/v1/api-tokens'))).data });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; expiresAt?: string | null }) => unwrap(api.POST('/api/v1/api-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/api-tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
