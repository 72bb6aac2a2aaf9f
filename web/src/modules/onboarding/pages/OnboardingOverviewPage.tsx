import { Anchor, Badge, Button, Grid, Progress, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { Labelled as Fact } from '../../../ui/Fact';
import { formatDay } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { type Onboarding, type OnboardingTask, useOnboardingStats, useOnboardingsInProgress, useOverdueTasks } from '../api';

const ONBOARDING_COLUMNS: Column<Onboarding>[] = [
  {
    key: 'partner',
    header: 'Partner',
    cell: (o) => (
      <Anchor component={Link} to={`/partners/${o.partnerId}`} size="sm" fw={600}>
        {o.partnerName}
      </Anchor>
    ),
  },
  { key: 'plan', header: 'Plan', cell: (o) => o.name },
  { key: 'started', header: 'Started', nowrap: true, cell: (o) => formatDay(o.startOn) },
  {
    key: 'progress',
    header: 'Progress',
    miw: 140,
    cell: (o) => <Progress value={o.progress.percent} aria-label={`${o.partnerName} progress ${o.progress.percent}%`} />,
  },
  {
    key: 'overdue',
    header: 'Overdue',
    nowrap: true,
    cell: (o) =>
      o.progress.overdue > 0 ? (
        <Badge color="red">{o.progress.overdue} overdue</Badge>
      ) : (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ),
  },
];

const TASK_COLUMNS: Column<OnboardingTask>[] = [
  {
    key: 'partner',
    header: 'Partner',
    cell: (t) => (
      <Anchor component={Link} to={`/partners/${t.partnerId}`} size="sm">
        {t.partnerName}
      </Anchor>
    ),
  },
  { key: 'task', header: 'Task', cell: (t) => t.title },
  { key: 'side', header: 'Side', nowrap: true, cell: (t) => LABELS.ownerSide[t.ownerSide] },
  {
    key: 'due',
    header: 'Was due',
    nowrap: true,
    cell: (t) => (
      <Text size="sm" c="red" fw={600}>
        {formatDay(t.dueOn)}
      </Text>
    ),
  },
  { key: 'assignee', header: 'Assignee', cell: (t) => t.assignee?.name ?? '—' },
];

/** The vendor's view of onboarding: who is onboarding, what is overdue, and how long it takes. */
export function OnboardingOverviewPage() {
  const stats = useOnboardingStats();
  const inProgress = useOnboardingsInProgress();
  const overdue = useOverdueTasks();
  return (
    <>
      <PageHeader
        title="Onboarding"
        description="Partners being onboarded, the tasks that are late, and how long onboarding takes."
        actions={
          <Button variant="default" component={Link} to="/onboarding/templates" leftSection={<IconTemplate size={16} />}>
            Templates
          </Button>
        }
      />
      <SectionCard title="At a glance" label="Onboarding figures">
        <QueryState query={stats}>
          {(s) => (
            <Grid>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <Fact label="In progress">{String(s.inProgress)}</Fact>
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <Fact label="Overdue tasks">{String(s.overdueTasks)}</Fact>
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <Fact label="Average time to onboard">
                  {s.averageDaysToOnboard === null ? '—' : `${s.averageDaysToOnboard} days`}
                </Fact>
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <Fact label="Median time to onboard">
                  {s.medianDaysToOnboard === null ? '—' : `${s.medianDaysToOnboard} days (${s.completed} completed)`}
                </Fact>
              </Grid.Col>
            </Grid>
          )}
        </QueryState>
      </SectionCard>
      <SectionCard title="Partners in onboarding" label="Partners in onboarding">
        <QueryState query={inProgress}>
          {(rows) => (
            <DataTable
              label="Partners in onboarding"
              rows={rows}
              rowName={(o) => o.partnerName}
              columns={ONBOARDING_COLUMNS}
              minWidth={640}
              empty={<Empty title="Nobody is onboarding" description="Start an onboarding from a partner’s page." />}
              card={(o) => ({
                title: o.partnerName,
                subtitle: `${o.name} · ${o.progress.percent}%`,
                to: `/partners/${o.partnerId}`,
              })}
            />
          )}
        </QueryState>
      </SectionCard>
      <SectionCard title="Overdue tasks" label="Overdue tasks" description="Open tasks past their due day, the oldest first.">
        <QueryState query={overdue}>
          {(rows) => (
            <DataTable
              label="Overdue tasks"
              rows={rows}
              rowName={(t) => t.title}
              columns={TASK_COLUMNS}
              minWidth={640}
              empty={<Empty title="Nothing overdue" />}
              card={(t) => ({
                title: t.title,
                subtitle: `${t.partnerName} · was due ${formatDay(t.dueOn)}`,
                to: `/partners/${t.partnerId}`,
              })}
            />
          )}
        </QueryState>
      </SectionCard>
    </>
  );
}
