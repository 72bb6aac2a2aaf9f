import { Button, Group, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { User } from '../../../api/types';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { FilterInput } from '../../../ui/FilterInput';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { assignableRoles, isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type UserFilters, userList } from '../api';
import { UserForm } from '../components/UserForm';
import { UserList } from '../components/UserList';

function parseUserFilters(params: URLSearchParams): UserFilters {
  return {
    q: textParam(params, 'q'),
    role: enumParam(params, 'role', LABELS.role),
    side: enumParam(params, 'side', LABELS.userSide),
    active: enumParam(params, 'active', LABELS.userActive),
    partnerId: textParam(params, 'partnerId'),
  };
}

export function UsersPage() {
  const me = useCurrentUser();
  const vendor = isVendor(me);
  const list = usePagedList(userList, parseUserFilters);
  const { field } = list;
  const form = useDialog<User>();
  const roleChoices = vendor ? optionsOf(LABELS.role) : assignableRoles(me).map((r) => ({ value: r, label: LABELS.role[r] }));

  return (
    <>
      <PageHeader
        title={vendor ? 'Users' : `${me.partnerName ?? 'Company'} users`}
        description={
          vendor
            ? 'Vendor staff and the people of every partner company who can sign in.'
            : 'The people of your company who can sign in to the partner portal.'
        }
        actions={
          <Group gap="xs">
            <ExportMenu path="/api/v1/users" />
            <ImportButton kind="users" allowed={mayApp(me, 'import:users')} />
            <Button leftSection={<IconPlus size={16} />} onClick={() => form.open()}>
              New user
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <FilterInput search aria-label="Search users" placeholder="Search by name or e-mail" {...field('q')} />
          <Select aria-label="Role" placeholder="Any role" data={roleChoices} clearable w={180} {...field('role')} />
          {vendor && (
            <Select
              aria-label="Side"
              placeholder="Both sides"
              data={optionsOf(LABELS.userSide)}
              clearable
              w={170}
              {...field('side')}
            />
          )}
          <Select
            aria-label="Status"
            placeholder="Active and inactive"
            data={optionsOf(LABELS.userActive)}
            clearable
            w={190}
            {...field('active')}
          />
        </Group>
        <PagedList
          list={list}
          noun={['user', 'users']}
          loading="Loading users…"
          empty={{ title: 'No users match', description: 'Try another search or filter.' }}
        >
          {(users) => <UserList users={users} onEdit={form.open} />}
        </PagedList>
      </Stack>
      <FormDialog dialog={form} title={(user) => (user ? `Edit ${user.name}` : 'New user')} size="lg">
        {(user) => <UserForm user={user} onDone={form.close} />}
      </FormDialog>
    </>
  );
}
