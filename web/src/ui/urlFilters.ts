import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters live in the URL so a filtered list can be bookmarked and shared. `parse` turns the
 * query string into typed filters (dropping values it does not know); `setFilter` writes one back.
 */
/** Filters as the URL holds them: one string each (several values comma-separated). */
export type UrlFilterValues = Record<string, string | undefined>;

export function useUrlFilters<T extends UrlFilterValues>(parse: (params: URLSearchParams) => T) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parse(params), [params, parse]);
  /** Several keys at once: two separate calls in one event would each start from the same URL. */
  const setFilters = useCallback(
    (patch: Partial<Record<keyof T & string, string | null | undefined>>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (typeof value === 'string' && value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const setFilter = useCallback(
    (key: keyof T & string, value: string | null | undefined) =>
      setFilters({ [key]: value } as Partial<Record<keyof T & string, string>>),
    [setFilters],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  /** One filter bound to an input: `<Select {...field('role')} />`. */
  const field = useCallback(
    (key: keyof T & string) => ({ value: filters[key] ?? null, onChange: (value: string | null) => setFilter(key, value) }),
    [filters, setFilter],
  );
  return { filters, setFilter, setFilters, field, clear, params };
}

export function enumParam<K extends string>(params: URLSearchParams, key: string, allowed: Record<K, string>): K | undefined {
  const value = params.get(key);
  return value !== null && Object.hasOwn(allowed, value) ? (value as K) : undefined;
}

export function textParam(params: URLSearchParams, key: string): string | undefined {
  return params.get(key)?.trim() || undefined;
}

/** Several allowed values of one filter, from `?k=a,b` or `?k=a&k=b`, as one comma-separated string. */
export function enumListParam(params: URLSearchParams, key: string, allowed: Record<string, string>): string | undefined {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .filter((v) => Object.hasOwn(allowed, v));
  return values.length > 0 ? [...new Set(values)].join(',') : undefined;
}

/** Several free-form values (ids, codes) of one filter, as one comma-separated string. */
export function textListParam(params: URLSearchParams, key: string, pattern: RegExp): string | undefined {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => pattern.test(v));
  return values.length > 0 ? [...new Set(values)].join(',') : undefined;
}
