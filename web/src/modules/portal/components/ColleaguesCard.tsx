import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorState, PageLoader } from '../../../ui/States';
import { canManageUsers } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { Person } from '../../partners/components/RelationshipCard';
import { useCompanyUsers } from '../../users/api';
import { RoleBadge } from '../../users/components/RoleBadge';

export function ColleaguesCard({ partnerId }: { partnerId: string }) {
  const user = useCurrentUser();
  const users = useCompanyUsers(partnerId);
  return (
    <Card>
      <Group justify="space-between" mb="md">
        <Title order={4}>Colleagues</Title>
        {canManageUsers(user) && (
          <Button size="xs" variant="light" component={Link} to="/users" leftSection={<IconUsers size={14} />}>
            Manage users
          </Button>
        )}
      </Group>
      {users.isPending ? (
        <PageLoader />
      ) : users.isError ? (
        <ErrorState error={users.error} />
      ) : (
        <Stack gap="sm">
          {users.data
            .filter((u) => u.active)
            .map((u) => (
              <Group key={u.id} justify="space-between" wrap="nowrap">
                <Person
                  name={u.id === user.id ? `${u.name} (you)` : u.name}
                  detail={u.title || undefined}
                  email={u.email}
                  color="teal"
                />
                <RoleBadge role={u.role} size="xs" />
              </Group>
            ))}
          {users.data.length === 0 && (
            <Text size="sm" c="dimmed">
              No colleagues yet.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
