import { Button, Card, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { LoadMore } from '../../../ui/LoadMore';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, sortedOptionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { textParam, useUrlFilters } from '../../../ui/urlFilters';
import { type AuditFilters, useAuditEvents } from '../api';
import { AuditEventList } from '../components/AuditEventList';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

type UrlFilters = { entityType?: string; entityId?: string; action?: string; partnerId?: string; from?: string; to?: string };

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
function toQuery(filters: UrlFilters): AuditFilters {
  const startOf = (day: string) => new Date(`${day}T00:00:00`);
  const to = filters.to ? startOf(filters.to) : null;
  to?.setDate(to.getDate() + 1);
  return {
    entityType: filters.entityType,
    entityId: filters.entityId,
    action: filters.action,
    partnerId: filters.partnerId,
    from: filters.from ? startOf(filters.from).toISOString() : undefined,
    to: to ? to.toISOString() : undefined,
  };
}

export function AuditPage() {
  const { filters, setFilter, setFilters, clear } = useUrlFilters(parse);
  const events = useAuditEvents(toQuery(filters));
  const list = events.data?.pages.flatMap((page) => page.data) ?? [];
  const [entityId, setEntityId] = useState(filters.entityId ?? '');
  const pushEntityId = useDebouncedCallback((value: string) => setFilter('entityId', value.trim() || null), 400);
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeader title="Audit log" description="Every change, with who made it, when, and the record before and after." />
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select
              label="Record type"
              placeholder="Any"
              data={sortedOptionsOf(AUDIT_ENTITIES)}
              value={filters.entityType ?? null}
              onChange={(v) => setFilter('entityType', v)}
              clearable
            />
            <Select
              label="Action"
              placeholder="Any"
              data={sortedOptionsOf(AUDIT_ACTIONS)}
              value={filters.action ?? null}
              onChange={(v) => setFilter('action', v)}
              clearable
            />
            <TextInput
              label="Record id"
              placeholder="Paste an id"
              value={entityId}
              onChange={(e) => {
                setEntityId(e.currentTarget.value);
                pushEntityId(e.currentTarget.value);
              }}
            />
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
          {filtered && (
            <Group justify="flex-end" mt="sm">
              <Button
                variant="subtle"
                color="gray"
                size="xs"
                leftSection={<IconX size={14} />}
                onClick={() => {
                  setEntityId('');
                  clear();
                }}
              >
                Clear filters
              </Button>
            </Group>
          )}
        </Card>
        {events.isPending ? (
          <PageLoader label="Loading the audit log…" />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => events.refetch()} />
        ) : list.length === 0 ? (
          <Card>
            <Empty
              title="No events"
              description={filtered ? 'Nothing matches these filters.' : 'Nothing has been recorded yet.'}
            />
          </Card>
        ) : (
          <>
            <AuditEventList events={list} />
            <LoadMore
              shown={list.length}
              noun={list.length === 1 ? 'event' : 'events'}
              hasMore={events.hasNextPage}
              loading={events.isFetchingNextPage}
              onLoad={() => events.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </>
  );
}
