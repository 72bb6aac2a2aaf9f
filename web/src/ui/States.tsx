import { Alert, Button, Center, EmptyState, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty, IconSearchOff } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeError, isApiError } from '../api/errors';

export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py={80}>
      <Stack align="center" gap="xs">
        <Loader />
        <Text c="dimmed" size="sm">
          {label}
        </Text>
      </Stack>
    </Center>
  );
}

export function Empty({ title, description, action }: { title: string; description?: ReactNode; action?: ReactNode }) {
  return (
    <EmptyState py="xl" icon={<IconMoodEmpty />}>
      <EmptyState.Title order={3}>{title}</EmptyState.Title>
      {description && <EmptyState.Description>{description}</EmptyState.Description>}
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title="Could not load this" my="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{describeError(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** What a missing or not-visible record looks like: the same either way, revealing nothing. */
export function NotFoundState({
  what = 'Page',
  backTo = '/',
  backLabel = 'Go to home',
}: {
  what?: string;
  backTo?: string;
  backLabel?: string;
}) {
  return (
    <EmptyState py={60} icon={<IconSearchOff />}>
      <EmptyState.Title order={2}>{what} not found</EmptyState.Title>
      <EmptyState.Description>It does not exist, or you do not have access to it.</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to={backTo} variant="light">
          {backLabel}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

/**
 * What a query shows while it loads, when it fails (with "Try again"), and when the record is
 * missing or not visible (`notFound`, else it counts as a failure); `children` gets the data.
 */
export function QueryState<T>({
  query,
  loading,
  notFound,
  children,
}: {
  query: UseQueryResult<T>;
  loading?: string;
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoader label={loading} />;
  if (query.isError) {
    if (notFound && isApiError(query.error) && query.error.isNotFound) return notFound;
    return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  }
  return children(query.data);
}
