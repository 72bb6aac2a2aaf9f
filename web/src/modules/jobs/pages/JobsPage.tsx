import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlayerPlay, IconRefresh, IconX } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { Job, JobSchedule } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ExportMenu } from '../../../ui/ExportMenu';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { jobList, useRetryJob, useRunNow, useSchedules } from '../api';

function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function StatusBadge({ job }: { job: Pick<Job, 'status' | 'progress'> }) {
  const progress =
    job.status === 'running' && job.progress?.total ? ` ${Math.floor((100 * job.progress.done) / job.progress.total)}%` : '';
  return (
    <Badge color={COLORS.jobStatus[job.status]} variant="light">
      {LABELS.jobStatus[job.status]}
      {progress}
    </Badge>
  );
}

type ScheduleRow = JobSchedule & { id: string };

function SchedulesCard() {
  const schedules = useSchedules();
  const runNow = useRunNow();
  const columns: Column<ScheduleRow>[] = [
    { key: 'name', header: 'Job', cell: (s) => <Text fw={500}>{s.name}</Text> },
    {
      key: 'cron',
      header: 'Schedule',
      nowrap: true,
      cell: (s) => (
        <Text size="sm" ff="monospace">
          {s.cron}
        </Text>
      ),
    },
    { key: 'next', header: 'Next run', nowrap: true, cell: (s) => formatDateTime(s.nextRunAt) },
    {
      key: 'last',
      header: 'Last run',
      cell: (s) =>
        s.lastRun ? (
          <Group gap="xs" wrap="nowrap">
            <StatusBadge job={s.lastRun} />
            <Text size="sm" c="dimmed">
              {formatRelative(s.lastRun.finishedAt ?? s.lastRun.createdAt)}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            Not yet
          </Text>
        ),
    },
    {
      key: 'failures',
      header: 'Failures (7 days)',
      cell: (s) =>
        s.failuresLastWeek > 0 ? (
          <Tooltip label={s.recentFailures[0]?.lastError ?? ''} multiline maw={400}>
            <Badge color="red" variant="light">
              {s.failuresLastWeek}
            </Badge>
          </Tooltip>
        ) : (
          <Text size="sm" c="dimmed">
            None
          </Text>
        ),
    },
  ];
  return (
    <SectionCard title="Schedules" description="Each runs once per tick, whichever server process picks it up.">
      <QueryState query={schedules}>
        {(list) => (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              Times are read in the organisation’s time zone, {list[0]?.timeZone ?? 'UTC'}.
            </Text>
            <DataTable
              label="Schedules"
              rows={list.map((s) => ({ ...s, id: s.name }))}
              rowName={(s) => s.name}
              columns={columns}
              minWidth={720}
              actionsVariant="buttons"
              actions={(s) => [
                {
                  label: 'Run now',
                  icon: IconPlayerPlay,
                  loading: runNow.isPending && runNow.variables === s.name,
                  onClick: () => runNow.run(s.name, { success: `Queued ${s.name}` }),
                },
              ]}
              empty={<Empty title="No schedules" />}
              card={(s) => ({
                title: s.name,
                subtitle: `${s.cron} · next ${formatDateTime(s.nextRunAt)}`,
                aside: s.lastRun ? <StatusBadge job={s.lastRun} /> : undefined,
              })}
            />
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}

function parse(params: URLSearchParams) {
  return { status: enumParam(params, 'status', LABELS.jobStatus), name: textParam(params, 'name') };
}

function RunsList() {
  const list = usePagedList(jobList, parse);
  const retry = useRetryJob();
  const schedules = useSchedules();
  const busy = list.items.some((j) => j.status === 'queued' || j.status === 'running');
  const { refetch } = list.query;
  // While something waits or runs, follow it.
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => refetch(), 2000);
    return () => clearInterval(timer);
  }, [busy, refetch]);

  const columns: Column<Job>[] = [
    { key: 'name', header: 'Job', cell: (j) => <Text fw={500}>{j.name}</Text> },
    { key: 'status', header: 'Status', nowrap: true, cell: (j) => <StatusBadge job={j} /> },
    { key: 'attempts', header: 'Attempts', nowrap: true, cell: (j) => `${j.attempts} of ${j.maxAttempts}` },
    { key: 'created', header: 'Queued', nowrap: true, cell: (j) => formatDateTime(j.createdAt) },
    { key: 'by', header: 'By', cell: (j) => j.queuedBy },
    { key: 'duration', header: 'Took', nowrap: true, cell: (j) => formatDuration(j.durationMs) },
    {
      key: 'error',
      header: 'Error',
      cell: (j) => (
        <Text size="sm" c={j.lastError ? 'red' : 'dimmed'} lineClamp={2}>
          {j.lastError ?? '—'}
        </Text>
      ),
    },
  ];
  const names = [...new Set([...(schedules.data ?? []).map((s) => s.name), ...list.items.map((j) => j.name)])].sort();
  return (
    <Stack gap="md">
      <Card padding="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label="Status" placeholder="Any" data={optionsOf(LABELS.jobStatus)} clearable {...list.field('status')} />
          <Select label="Job" placeholder="Any" data={names} searchable clearable {...list.field('name')} />
          <Group align="flex-end" gap="xs">
            <Button variant="light" leftSection={<IconRefresh size={16} />} onClick={() => refetch()}>
              Refresh
            </Button>
            {list.isFiltered && (
              <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={list.clear}>
                Clear filters
              </Button>
            )}
          </Group>
        </SimpleGrid>
      </Card>
      <PagedList
        list={list}
        noun={['run', 'runs']}
        loading="Loading the runs…"
        empty={{ title: 'No runs', description: list.isFiltered ? 'Nothing matches these filters.' : 'No job has run yet.' }}
      >
        {(jobs) => (
          <DataTable
            label="Runs"
            framed
            rows={jobs}
            rowName={(j) => `${j.name} ${formatDateTime(j.createdAt)}`}
            columns={columns}
            minWidth={900}
            actionsVariant="buttons"
            actions={(j) => [
              {
                label: 'Retry',
                icon: IconRefresh,
                allowed: j.can.retry,
                loading: retry.isPending && retry.variables === j.id,
                onClick: () => retry.run(j.id, { success: `Retrying ${j.name}` }),
              },
            ]}
            card={(j) => ({
              title: j.name,
              subtitle: `${formatDateTime(j.createdAt)} · ${j.attempts} of ${j.maxAttempts} attempts`,
              aside: <StatusBadge job={j} />,
              footer: j.lastError ?? undefined,
            })}
          />
        )}
      </PagedList>
    </Stack>
  );
}

export function JobsPage() {
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Background work: scheduled housekeeping and what the app queued. Failed jobs were retried with growing pauses before they failed."
      />
      <Stack gap="lg">
        <SchedulesCard />
        <Group justify="space-between" mt="sm">
          <Title order={3}>Runs</Title>
          <ExportMenu path="/api/v1/jobs" />
        </Group>
        <RunsList />
      </Stack>
    </>
  );
}
