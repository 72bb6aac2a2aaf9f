import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import type { Session } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { ErrorState, PageLoader } from '../../../ui/States';
import { useEndSession, useSessions } from '../api';

/** "Chrome on Linux" from a user-agent string; good enough to recognise one's own devices. */
export function describeAgent(userAgent: string): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && os) return `${browser} on ${os}`;
  return browser ?? os ?? userAgent.slice(0, 60);
}

function SessionRow({ session }: { session: Session }) {
  const end = useEndSession();
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
        <IconDeviceDesktop size={20} style={{ flexShrink: 0, marginTop: 2 }} />
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {describeAgent(session.userAgent)}
            </Text>
            {session.current && (
              <Badge size="xs" color="green" variant="light">
                This device
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {session.ip} · signed in {formatDateTime(session.createdAt)} · last active {formatRelative(session.lastSeenAt)}
          </Text>
        </div>
      </Group>
      {!session.current && (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          loading={end.isPending}
          onClick={() =>
            end.mutate(session.id, {
              onSuccess: () => notifySuccess('Session ended'),
              onError: (error) => notifyError(error),
            })
          }
        >
          Sign out
        </Button>
      )}
    </Group>
  );
}

export function SessionsCard() {
  const sessions = useSessions();
  return (
    <Card>
      <Title order={4} mb={4}>
        Active sessions
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Where you are signed in. Sign out of any device you do not recognise.
      </Text>
      {sessions.isPending ? (
        <PageLoader />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => sessions.refetch()} />
      ) : (
        <Stack gap="md">
          {sessions.data.map((s) => (
            <SessionRow key={s.id} session={s} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
