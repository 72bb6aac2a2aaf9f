import { Badge, Text } from '@mantine/core';
import { IconLogout, IconPencil } from '@tabler/icons-react';
import type { User } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, useDialog } from '../../../ui/dialogs';
import { formatRelative } from '../../../ui/format';
import { canEditUser, canRevokeSessions } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useRevokeUserSessions } from '../api';
import { RoleBadge } from './RoleBadge';

function ActiveBadge({ active }: { active: boolean }) {
  return (
    <Badge size="sm" variant="dot" color={active ? 'green' : 'gray'}>
      {active ? 'Active' : 'Inactive'}
    </Badge>
  );
}

const COLUMNS: Column<User>[] = [
  {
    key: 'name',
    header: 'Name',
    cell: (u) => (
      <>
        <Text size="sm" fw={600}>
          {u.name}
        </Text>
        <Text size="xs" c="dimmed">
          {u.email}
        </Text>
      </>
    ),
  },
  { key: 'role', header: 'Role', nowrap: true, cell: (u) => <RoleBadge role={u.role} /> },
  { key: 'company', header: 'Company', cell: (u) => <Text size="sm">{u.partnerName ?? 'Vendor staff'}</Text> },
  { key: 'title', header: 'Title', cell: (u) => <Text size="sm">{u.title || '—'}</Text> },
  { key: 'login', header: 'Last sign-in', nowrap: true, cell: (u) => <Text size="sm">{formatRelative(u.lastLoginAt)}</Text> },
  { key: 'status', header: 'Status', nowrap: true, cell: (u) => <ActiveBadge active={u.active} /> },
];

export function UserList({ users, onEdit }: { users: User[]; onEdit: (user: User) => void }) {
  const me = useCurrentUser();
  const signingOut = useDialog<User>();
  const revoke = useRevokeUserSessions();
  return (
    <>
      <DataTable
        label="Users"
        rows={users}
        rowName={(u) => u.name}
        columns={COLUMNS}
        minWidth={860}
        framed
        actions={(u) => [
          { label: 'Edit', icon: IconPencil, onClick: () => onEdit(u), allowed: canEditUser(me, u) },
          {
            label: 'Sign out everywhere',
            icon: IconLogout,
            color: 'orange',
            onClick: () => signingOut.open(u),
            allowed: canRevokeSessions(me, u),
          },
        ]}
        card={(u) => ({
          title: u.name,
          subtitle: u.email,
          badges: (
            <>
              <RoleBadge role={u.role} />
              <ActiveBadge active={u.active} />
            </>
          ),
          footer: `${u.partnerName ?? 'Vendor staff'} · last sign-in ${formatRelative(u.lastLoginAt)}`,
        })}
      />
      <ConfirmDialog
        dialog={signingOut}
        title={(u) => `Sign ${u.name} out everywhere?`}
        confirmLabel="Sign out everywhere"
        color="orange"
        mutation={revoke}
        variables={(u) => u.id}
        success={(u, { revoked }) => `Ended ${revoked} session${revoked === 1 ? '' : 's'} of ${u.name}`}
      >
        {(u) => `This ends every session and API token of ${u.name} on every device; they can sign in again with their password.`}
      </ConfirmDialog>
    </>
  );
}
