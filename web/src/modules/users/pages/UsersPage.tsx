import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { User } from '../../../api/types';
import { LoadMore } from '../../../ui/LoadMore';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { enumParam, textParam, useUrlFilters } from '../../../ui/urlFilters';
import { assignableRoles, isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type UserFilters, useUserList } from '../api';
import { UserFormModal } from '../components/UserFormModal';
import { UserList } from '../components/UserList';

const SIDE_LABELS = { vendor: 'Vendor staff', partner: 'Partner users' } as const;
const ACTIVE_LABELS = { true: 'Active', false: 'Inactive' } as const;

function parseUserFilters(params: URLSearchParams): UserFilters {
  return {
    q: textParam(params, 'q'),
    role: enumParam(params, 'role', LABELS.role),
    side: enumParam(params, 'side', SIDE_LABELS),
    active: enumParam(params, 'active', ACTIVE_LABELS),
    partnerId: textParam(params, 'partnerId'),
  };
}

export function UsersPage() {
  const me = useCurrentUser();
  const vendor = isVendor(me);
  const { filters, setFilter } = useUrlFilters(parseUserFilters);
  const list = useUserList(filters);
  const users = list.data?.pages.flatMap((page) => page.data) ?? [];
  const [editing, setEditing] = useState<User | null>(null);
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState(filters.q ?? '');
  const pushSearch = useDebouncedCallback((q: string) => setFilter('q', q.trim() || null), 300);
  const roleChoices = vendor ? (Object.keys(LABELS.role) as (keyof typeof LABELS.role)[]) : assignableRoles(me);

  const openForm = (user: User | null) => {
    setEditing(user);
    setOpen(true);
  };

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
          <Button leftSection={<IconPlus size={16} />} onClick={() => openForm(null)}>
            New user
          </Button>
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            aria-label="Search users"
            placeholder="Search by name or e-mail"
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              pushSearch(event.currentTarget.value);
            }}
            style={{ flex: '1 1 240px' }}
          />
          <Select
            aria-label="Role"
            placeholder="Any role"
            data={roleChoices.map((r) => ({ value: r, label: LABELS.role[r] }))}
            value={filters.role ?? null}
            onChange={(v) => setFilter('role', v)}
            clearable
            w={180}
          />
          {vendor && (
            <Select
              aria-label="Side"
              placeholder="Both sides"
              data={Object.entries(SIDE_LABELS).map(([value, label]) => ({ value, label }))}
              value={filters.side ?? null}
              onChange={(v) => setFilter('side', v)}
              clearable
              w={170}
            />
          )}
          <Select
            aria-label="Status"
            placeholder="Active and inactive"
            data={Object.entries(ACTIVE_LABELS).map(([value, label]) => ({ value, label }))}
            value={filters.active ?? null}
            onChange={(v) => setFilter('active', v)}
            clearable
            w={190}
          />
        </Group>
        {list.isPending ? (
          <PageLoader label="Loading users…" />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : users.length === 0 ? (
          <Empty title="No users match" description="Try another search or filter." />
        ) : (
          <>
            <UserList users={users} onEdit={openForm} />
            <LoadMore
              shown={users.length}
              noun={users.length === 1 ? 'user' : 'users'}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoad={() => list.fetchNextPage()}
            />
          </>
        )}
      </Stack>
      <UserFormModal user={editing} opened={open} onClose={() => setOpen(false)} />
    </>
  );
}
