import { useMutation, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken, unwrap } from '../../api/client';
import { isApiError } from '../../api/errors';
import type { Me, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export const meKey = ['me'] as const;

/** The signed-in user, or null when there is no session (401 is an answer here, not an error). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/v1/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

export type SignInBody = RequestBody<'/api/v1/auth/login', 'post'>;

/** Nothing cached for whoever used this browser before stays; the new user's /me is loaded before the app shows. */
export function useSignIn() {
  return useApiMutation({
    meta: { isSignIn: true },
    mutationFn: async (body: SignInBody) => {
      const result = await unwrap(api.POST('/api/v1/auth/login', { body }));
      setCsrfToken(result.csrfToken);
      return result;
    },
    update: async (queryClient) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      await queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

/** Asks for a sign-in link by e-mail: the same answer whatever the address. */
export function useRequestMagicLink() {
  return useApiMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/v1/auth/magic-link', { body: { email } })),
  });
}

export function useRequestPasswordReset() {
  return useApiMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}

/** Signs in with the token of a link from an e-mail; afterwards like a password sign-in. */
export function useSignInWithLink() {
  return useApiMutation({
    meta: { isSignIn: true },
    mutationFn: async (token: string) => {
      const result = await unwrap(api.POST('/api/v1/auth/magic-link/verify', { body: { token } }));
      setCsrfToken(result.csrfToken);
      return result;
    },
    update: async (queryClient) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      await queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

export type ResetPasswordBody = RequestBody<'/api/v1/auth/password-reset/verify', 'post'>;

export function useResetPassword() {
  return useApiMutation({
    mutationFn: (body: ResetPasswordBody) => unwrap(api.POST('/api/v1/auth/password-reset/verify', { body })),
  });
}

/**
 * Signing out reloads the app on the sign-in page: nothing of the previous user's data stays in
 * memory for whoever signs in next on this browser.
 */
export function useSignOut() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      window.location.replace('/sign-in');
    },
  });
}

/** The vendor's name and whether it has a logo: public, for the sign-in page. */
export function usePublicSettings() {
  return useQuery({
    queryKey: ['settings', 'public'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/settings/public')),
    staleTime: 5 * 60_000,
  });
}
