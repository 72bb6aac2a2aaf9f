import {
  type InfiniteData,
  keepPreviousData,
  type QueryKey,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Page } from '../api/types';
import { type UrlFilterValues, useUrlFilters } from './urlFilters';

/** Where a paged list comes from: its query key and one page's fetch for given filters. */
export type PagedSource<F, T> = {
  queryKey: (filters: F) => QueryKey;
  fetchPage: (filters: F, cursor: string | undefined) => Promise<Page<T>>;
};

export type PagedList<T> = { items: T[]; query: UseInfiniteQueryResult<InfiniteData<Page<T>>> };

/**
 * A cursor-paged list whose filters live in the URL, so a filtered list can be bookmarked and
 * shared. `items` is every page loaded so far; `loadMore` fetches the next (the API hands out the
 * next page's cursor, so there are no page numbers to jump to). A change of filters starts again
 * from the first page while the previous rows stay on screen.
 */
export function usePagedList<F extends UrlFilterValues, T>(source: PagedSource<F, T>, parse: (params: URLSearchParams) => F) {
  const url = useUrlFilters(parse);
  const query = useInfiniteQuery({
    queryKey: source.queryKey(url.filters),
    queryFn: ({ pageParam }) => source.fetchPage(url.filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.data) ?? [], [query.data]);
  // The order of a list is not a filter: an empty sorted list has nothing to clear.
  const isFiltered = Object.entries(url.filters).some(([key, value]) => key !== 'sort' && Boolean(value));
  return { ...url, isFiltered, items, query };
}
