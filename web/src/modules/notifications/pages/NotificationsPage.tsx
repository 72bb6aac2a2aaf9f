import { Anchor, Badge, Box, Button, Group, Paper, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Notification } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { useInbox, useMarkAllRead, useMarkRead } from '../api';

function NotificationItem({ item, onOpen }: { item: Notification; onOpen: (item: Notification) => void }) {
  const unread = item.readAt === null;
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      w="100%"
      p="sm"
      style={{ borderRadius: 8, background: unread ? 'var(--mantine-color-blue-0)' : undefined }}
      data-testid="notification"
      data-unread={unread}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Box style={{ minWidth: 0 }}>
          <Group gap={8} wrap="nowrap">
            {unread && <Badge size="xs" circle color="blue" aria-label="Unread" />}
            <Text fw={unread ? 700 : 500} truncate>
              {item.title}
            </Text>
          </Group>
          {item.body && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {item.body}
            </Text>
          )}
        </Box>
        <Text size="xs" c="dimmed" title={formatDateTime(item.createdAt)} style={{ whiteSpace: 'nowrap' }}>
          {formatRelative(item.createdAt)}
        </Text>
      </Group>
    </UnstyledButton>
  );
}

export function NotificationsPage() {
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const inbox = useInbox(show === 'unread');
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const navigate = useNavigate();
  const items = inbox.data?.pages.flatMap((page) => page.data) ?? [];
  const unread = inbox.data?.pages[0]?.unread ?? 0;

  const open = (item: Notification) => {
    if (item.readAt === null) markRead.run(item.id);
    if (item.link) navigate(item.link);
  };

  return (
    <>
      <PageHeader
        title="Notifications"
        description={
          <>
            What happened that concerns you. Choose how you hear of each kind in your{' '}
            <Anchor component={Link} to="/account/notifications">
              notification settings
            </Anchor>
            .
          </>
        }
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} />}
            disabled={unread === 0}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.run(undefined, { success: 'All notifications marked read' })}
          >
            Mark all read
          </Button>
        }
      />
      <Stack gap="md">
        <SegmentedControl
          w="fit-content"
          value={show}
          onChange={(value) => setShow(value as 'all' | 'unread')}
          data={[
            { value: 'all', label: 'All' },
            { value: 'unread', label: `Unread${unread ? ` (${unread})` : ''}` },
          ]}
        />
        {inbox.isPending ? (
          <PageLoader />
        ) : inbox.isError ? (
          <ErrorState error={inbox.error} onRetry={() => inbox.refetch()} />
        ) : items.length === 0 ? (
          <Empty title={show === 'unread' ? 'Nothing unread' : 'No notifications yet'} description="You are all caught up." />
        ) : (
          <Paper withBorder radius="md" p={4}>
            <Stack gap={2}>
              {items.map((item) => (
                <NotificationItem key={item.id} item={item} onOpen={open} />
              ))}
            </Stack>
          </Paper>
        )}
        {inbox.hasNextPage && (
          <Button variant="default" w="fit-content" loading={inbox.isFetchingNextPage} onClick={() => inbox.fetchNextPage()}>
            Load more
          </Button>
        )}
      </Stack>
    </>
  );
}
