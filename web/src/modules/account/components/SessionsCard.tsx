import { Badge, Group, Text } from '@mantine/core';
import { IconDeviceDesktop } from '@tabler/icons-react';
import type { Session } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
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

const COLUMNS: Column<Session>[] = [
  {
    key: 'device',
    header: 'Device',
    cell: (session) => (
      <Group gap={6} wrap="nowrap">
        <IconDeviceDesktop size={18} style={{ flexShrink: 0 }} />
        <Text size="sm" fw={600}>
          {describeAgent(session.userAgent)}
        </Text>
        <ThisDevice session={session} />
      </Group>
    ),
  },
  { key: 'ip', header: 'Address', cell: (session) => <Text size="sm">{session.ip}</Text> },
  {
    key: 'since',
    header: 'Signed in',
    nowrap: true,
    cell: (session) => <Text size="sm">{formatDateTime(session.createdAt)}</Text>,
  },
  {
    key: 'seen',
    header: 'Last active',
    nowrap: true,
    cell: (session) => <Text size="sm">{formatRelative(session.lastSeenAt)}</Text>,
  },
];

function ThisDevice({ session }: { session: Session }) {
  return session.current ? (
    <Badge size="xs" color="green" variant="light">
      This device
    </Badge>
  ) : null;
}

export function SessionsCard() {
  const sessions = useSessions();
  const end = useEndSession();
  return (
    <SectionCard title="Active sessions" description="Where you are signed in. Sign out of any device you do not recognise.">
      <QueryState query={sessions}>
        {(list) => (
          <DataTable
            label="Sessions"
            rows={list}
            rowName={(session) => describeAgent(session.userAgent)}
            columns={COLUMNS}
            minWidth={640}
            actionsVariant="buttons"
            actions={(session) => [
              {
                label: 'Sign out',
                color: 'red',
                onClick: () => end.run(session.id, { success: 'Session ended' }),
                allowed: !session.current,
                loading: end.isPending && end.variables === session.id,
              },
            ]}
            card={(session) => ({
              title: describeAgent(session.userAgent),
              subtitle: session.ip,
              badges: session.current ? <ThisDevice session={session} /> : undefined,
              footer: `Signed in ${formatDateTime(session.createdAt)} · last active ${formatRelative(session.lastSeenAt)}`,
            })}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}
