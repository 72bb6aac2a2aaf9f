import { Badge, Card, Group, Stack, Table, Text } from '@mantine/core';
import type { User } from '../../../api/types';
import { formatRelative } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import { RoleBadge } from './RoleBadge';
import { UserRowMenu } from './UserRowMenu';

function ActiveBadge({ active }: { active: boolean }) {
  return (
    <Badge size="sm" variant="dot" color={active ? 'green' : 'gray'}>
      {active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

export function UserList({ users, onEdit }: { users: User[]; onEdit: (user: User) => void }) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return (
      <Stack gap="sm">
        {users.map((u) => (
          <Card key={u.id} padding="md">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} truncate>
                  {u.name}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {u.email}
                </Text>
              </div>
              <UserRowMenu user={u} onEdit={() => onEdit(u)} />
            </Group>
            <Group gap={6} mt="xs">
              <RoleBadge role={u.role} />
              <ActiveBadge active={u.active} />
            </Group>
            <Text size="xs" c="dimmed" mt="xs">
              {u.partnerName ?? 'Vendor staff'} · last sign-in {formatRelative(u.lastLoginAt)}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label="Users">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Company</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {u.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {u.email}
                  </Text>
                </Table.Td>
                <Table.Td className="consort-nowrap">
                  <RoleBadge role={u.role} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{u.partnerName ?? 'Vendor staff'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{u.title || '—'}</Text>
                </Table.Td>
                <Table.Td className="consort-nowrap">
                  <Text size="sm">{formatRelative(u.lastLoginAt)}</Text>
                </Table.Td>
                <Table.Td className="consort-nowrap">
                  <ActiveBadge active={u.active} />
                </Table.Td>
                <Table.Td w={40}>
                  <UserRowMenu user={u} onEdit={() => onEdit(u)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
