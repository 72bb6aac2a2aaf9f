import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';
import { meKey } from '../modules/auth/api';

/**
 * One QueryClient for the app. A 401 anywhere means the session ended (expired, signed out in
 * another tab, revoked by an admin): forget the user and the sign-in page takes over.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown, isSignIn = false) => {
    if (!isSignIn && isApiError(error) && error.status === 401) queryClient.setQueryData(meKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error) }),
    mutationCache: new MutationCache({ onError: (error, _v, _c, mutation) => onError(error, mutation.meta?.isSignIn === true) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(isApiError(error) && error.status < 500) && failures < 2,
      },
    },
  });
  return queryClient;
}
