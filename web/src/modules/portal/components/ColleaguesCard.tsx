import { Button, Group, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Person } from '../../../ui/Person';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { canManageUsers } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useCompanyUsers } from '../../users/api';
import { RoleBadge } from '../../users/components/RoleBadge';

export function ColleaguesCard({ partnerId }: { partnerId: string }) {
  const user = useCurrentUser();
  const users = useCompanyUsers(partnerId);
  return (
    <SectionCard
      title="Colleagues"
      action={
        canManageUsers(user) && (
          <Button size="xs" variant="light" component={Link} to="/users" leftSection={<IconUsers size={14} />}>
            Manage users
          </Button>
        )
      }
    >
      <QueryState query={users}>
        {(people) => (
          <Stack gap="sm">
            {people
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
            {people.length === 0 && (
              <Text size="sm" c="dimmed">
                No colleagues yet.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
