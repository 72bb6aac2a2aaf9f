import { Button, Card, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconX } from '@tabler/icons-react';
import { ExportMenu } from '../../../ui/ExportMenu';
import { FilterInput } from '../../../ui/FilterInput';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, sortedOptionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { type AuditQuery, auditList } from '../api';
import { AuditEventList } from '../components/AuditEventList';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as the URL keeps them: the API's, with `from` and `to` as the viewer's calendar days. */
type UrlFilters = Pick<AuditQuery, 'entityType' | 'entityId' | 'action' | 'partnerId' | 'from' | 'to'>;

function parse(params: URLSearchParams): UrlFilters {
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : undefined;
  };
  return {
    entityType: textParam(params, 'entityType'),
    entityId: textParam(params, 'entityId'),
    action: textParam(params, 'action'),
    partnerId: textParam(params, 'partnerId'),
    from: day('from'),
    to: day('to'),
  };
}

/** Days in the URL are the viewer's local days; the API wants instants. `to` covers the whole day. */
function toQuery(filters: UrlFilters): AuditQuery {
  const startOf = (day: string) => new Date(`${day}T00:00:00`);
  const to = filters.to ? startOf(filters.to) : null;
  to?.setDate(to.getDate() + 1);
  return {
    ...filters,
    from: filters.from ? startOf(filters.from).toISOString() : undefined,
    to: to ? to.toISOString() : undefined,
  };
}

const AUDIT_EVENTS = auditList(toQuery);

export function AuditPage() {
  const list = usePagedList(AUDIT_EVENTS, parse);
  const { filters, setFilters, field, clear } = list;

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, with who made it, when, and the record before and after."
        actions={<ExportMenu path="/api/v1/audit-events" filters={toQuery(filters)} ignorePageFilters />}
      />
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select
              label="Record type"
              placeholder="Any"
              data={sortedOptionsOf(AUDIT_ENTITIES)}
              clearable
              {...field('entityType')}
            />
            <Select label="Action" placeholder="Any" data={sortedOptionsOf(AUDIT_ACTIONS)} clearable {...field('action')} />
            <FilterInput label="Record id" placeholder="Paste an id" wait={400} {...field('entityId')} />
            <DatePickerInput
              type="range"
              label="Date range"
              placeholder="Any time"
              clearable
              allowSingleDateInRange
              value={[filters.from ?? null, filters.to ?? null]}
              onChange={([from, to]) =>
                setFilters({ from: from ? String(from).slice(0, 10) : null, to: to ? String(to).slice(0, 10) : null })
              }
            />
          </SimpleGrid>
          {list.isFiltered && (
            <Group justify="flex-end" mt="sm">
              <Button variant="subtle" color="gray" size="xs" leftSection={<IconX size={14} />} onClick={clear}>
                Clear filters
              </Button>
            </Group>
          )}
        </Card>
        <PagedList
          list={list}
          noun={['event', 'events']}
          loading="Loading the audit log…"
          empty={{
            title: 'No events',
            description: list.isFiltered ? 'Nothing matches these filters.' : 'Nothing has been recorded yet.',
          }}
        >
          {(events) => <AuditEventList events={events} />}
        </PagedList>
      </Stack>
    </>
  );
}
