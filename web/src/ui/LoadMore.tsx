import { Button, Center, Text } from '@mantine/core';

/** Cursor paging: the API hands out the next page's cursor; there are no page numbers to jump to. */
export function LoadMore({
  shown,
  noun,
  hasMore,
  loading,
  onLoad,
}: {
  shown: number;
  noun: string;
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}) {
  return (
    <Center mt="md" style={{ flexDirection: 'column', gap: 8 }}>
      <Text size="sm" c="dimmed">
        Showing {shown} {noun}
        {hasMore ? '' : shown === 1 ? '' : ' — all of them'}
      </Text>
      {hasMore && (
        <Button variant="default" onClick={onLoad} loading={loading}>
          Load more
        </Button>
      )}
    </Center>
  );
}
