import { type QueryClient, type QueryKey, type UseMutationResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type FormWithErrors, showFormErrors } from './forms';
import { notifyError, notifySuccess } from './notify';

type Keys<TData, TVars> = readonly QueryKey[] | ((data: TData, vars: TVars) => readonly QueryKey[]);

export type ApiMutationOptions<TData, TVars> = {
  mutationFn: (vars: TVars) => Promise<TData>;
  /** Queries the change makes stale (prefixes: ['partners'] covers every partner query). */
  invalidates?: Keys<TData, TVars>;
  /** Queries of records the change removed: dropped from the cache rather than refetched into a 404. */
  removes?: Keys<TData, TVars>;
  /** Direct cache writes with what the server answered (the saved record), before the invalidation. */
  update?: (queryClient: QueryClient, data: TData, vars: TVars) => unknown;
  meta?: Record<string, unknown>;
};

export type RunOptions<TData> = {
  /** The notification on success; none when left out. */
  success?: string | ((data: TData) => string);
  successTitle?: string;
  /** Puts the problem's `errors[{path, message}]` under this form's inputs (what no input shows is notified). */
  form?: FormWithErrors;
  /** Server paths the form names differently: { expiresAt: 'expiresOn' }. */
  aliases?: Record<string, string>;
  /** The notification's title when the change fails. */
  errorTitle?: string;
  onSuccess?: (data: TData) => void;
  /** Handles a failure itself; return true to skip the default (form errors or a notification). */
  onError?: (error: unknown) => boolean;
};

export type ApiMutation<TData, TVars> = UseMutationResult<TData, Error, TVars> & {
  /** Runs the change and reports the outcome: a notification, field errors on the form, or both. */
  run: (vars: TVars, options?: RunOptions<TData>) => void;
};

function keysOf<TData, TVars>(keys: Keys<TData, TVars> | undefined, data: TData, vars: TVars): readonly QueryKey[] {
  if (!keys) return [];
  return typeof keys === 'function' ? keys(data, vars) : keys;
}

/**
 * Every change the web app makes to the server goes through this: the call, then the cache
 * (written, removed, invalidated), then what the user is told. Invalidation is awaited, so a
 * dialog closes onto fresh data.
 */
export function useApiMutation<TData, TVars = void>(options: ApiMutationOptions<TData, TVars>): ApiMutation<TData, TVars> {
  const queryClient = useQueryClient();
  const mutation = useMutation<TData, Error, TVars>({
    mutationFn: options.mutationFn,
    meta: options.meta,
    onSuccess: async (data, vars) => {
      await options.update?.(queryClient, data, vars);
      for (const queryKey of keysOf(options.removes, data, vars)) queryClient.removeQueries({ queryKey });
      await Promise.all(keysOf(options.invalidates, data, vars).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
  const { mutate } = mutation;
  const run = useCallback(
    (vars: TVars, run: RunOptions<TData> = {}) =>
      mutate(vars, {
        onSuccess: (data) => {
          if (run.success) notifySuccess(typeof run.success === 'function' ? run.success(data) : run.success, run.successTitle);
          run.onSuccess?.(data);
        },
        onError: (error) => {
          if (run.onError?.(error)) return;
          if (run.form) showFormErrors(run.form, error, run.aliases);
          else notifyError(error, run.errorTitle);
        },
      }),
    [mutate],
  );
  return { ...mutation, run };
}
