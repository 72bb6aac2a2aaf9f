import { Button, Card, Center, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Empty, ErrorState, PageLoader } from './States';
import type { PagedList as List } from './usePagedList';

/**
 * A paged list's states in one place: loading, failed (with "Try again"), empty (`empty`), or the
 * rows (`children`) with how many are shown and "Load more" while the server has more.
 */
export function PagedList<T>({
  list,
  noun,
  loading,
  empty,
  children,
}: {
  list: List<T>;
  /** What a row is, singular and plural: ['partner', 'partners']. */
  noun: readonly [string, string];
  loading?: string;
  empty: { title: string; description?: ReactNode; action?: ReactNode };
  children: (items: T[]) => ReactNode;
}) {
  const { items, query } = list;
  if (query.isPending) return <PageLoader label={loading} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (items.length === 0) {
    return (
      <Card>
        <Empty {...empty} />
      </Card>
    );
  }
  const shown = items.length;
  return (
    <>
      {children(items)}
      <Center mt="md" style={{ flexDirection: 'column', gap: 8 }}>
        <Text size="sm" c="dimmed">
          Showing {shown} {shown === 1 ? noun[0] : noun[1]}
          {query.hasNextPage || shown === 1 ? '' : ' — all of them'}
        </Text>
        {query.hasNextPage && (
          <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more
          </Button>
        )}
      </Center>
    </>
  );
}
