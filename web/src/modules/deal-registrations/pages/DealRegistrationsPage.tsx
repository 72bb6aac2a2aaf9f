import { Button, Card, Group, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { ExportMenu } from '../../../ui/ExportMenu';
import { FilterInput } from '../../../ui/FilterInput';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { dealList } from '../api';
import { dealColumns } from '../components/DealColumns';

const FLAG = { true: 'yes' } as const;

function parse(params: URLSearchParams) {
  return {
    status: enumParam(params, 'status', LABELS.dealStatus),
    q: textParam(params, 'q'),
    overdue: enumParam(params, 'overdue', FLAG),
    expiringSoon: enumParam(params, 'expiringSoon', FLAG),
    conflict: enumParam(params, 'conflict', FLAG),
    partnerId: textParam(params, 'partnerId'),
  };
}

/** Every registration the caller sees (a partner's people: their company's), with the filters a channel manager works from. */
export function DealRegistrationsPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const list = usePagedList(dealList, parse);
  const toggle = (key: 'overdue' | 'expiringSoon' | 'conflict') => ({
    checked: list.filters[key] === 'true',
    onChange: (e: { currentTarget: { checked: boolean } }) => list.field(key).onChange(e.currentTarget.checked ? 'true' : null),
  });
  return (
    <>
      <PageHeader
        title="Deal registrations"
        description={
          vendor
            ? 'Registered deals across the portfolio: approve within the SLA, watch conflicts and expiring protection.'
            : 'The deals your company registered, with their status and protection.'
        }
        actions={
          <Group gap="xs">
            <ExportMenu path="/api/v1/deal-registrations" />
            <ImportButton kind="deal-registrations" allowed={mayApp(user, 'import:deal-registrations')} />
            {!vendor && mayApp(user, 'registerDeals') && (
              <Button component={Link} to="/deal-registrations/new" leftSection={<IconPlus size={16} />}>
                Register a deal
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <FilterInput label="Search" placeholder="Number, title or customer" {...list.field('q')} search />
            <Select label="Status" placeholder="Any" data={optionsOf(LABELS.dealStatus)} clearable {...list.field('status')} />
            <Stack gap={6} justify="flex-end">
              {vendor && <Switch label="Approval overdue" {...toggle('overdue')} />}
              <Switch label="Expiring soon (14 days)" {...toggle('expiringSoon')} />
              <Switch label="Conflict flagged" {...toggle('conflict')} />
            </Stack>
          </SimpleGrid>
          {list.isFiltered && (
            <Group mt="xs">
              <Button variant="subtle" color="gray" size="xs" leftSection={<IconX size={14} />} onClick={list.clear}>
                Clear filters
              </Button>
            </Group>
          )}
        </Card>
        <PagedList
          list={list}
          noun={['registration', 'registrations']}
          loading="Loading registrations…"
          empty={{
            title: 'No registrations',
            description: list.isFiltered ? 'Nothing matches these filters.' : 'No deal has been registered yet.',
          }}
        >
          {(rows) => (
            <DataTable
              label="Deal registrations"
              framed
              rows={rows}
              rowName={(d) => `${d.number} ${d.title}`}
              columns={dealColumns(vendor)}
              minWidth={900}
              card={(d) => ({
                title: `${d.number} · ${d.title}`,
                subtitle: `${vendor ? `${d.partnerName} · ` : ''}${d.customer.name} · ${LABELS.dealStatus[d.status]}`,
                to: `/deal-registrations/${d.id}`,
              })}
            />
          )}
        </PagedList>
      </Stack>
    </>
  );
}
