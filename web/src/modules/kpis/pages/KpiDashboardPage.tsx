import { BarChart, LineChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { LABELS } from '../../../ui/labels';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePrograms } from '../../programs/api';
import { useTiers } from '../../settings/api';
import {
  type KpiDashboard,
  type KpiFilters,
  type KpiMeasure,
  type KpiTile,
  useDrillDown,
  useKpiDashboard,
  useTakeSnapshot,
} from '../api';
import { formatKpi, major } from '../components/format';

const FILTER_KEYS = ['from', 'to', 'programId', 'tierId', 'segment', 'industry', 'region', 'motion'] as const;

const HELP: Partial<Record<KpiMeasure, string>> = {
  sourced_revenue: 'Won deals a partner sourced, at the close date’s rate',
  influenced_revenue: 'Won deals with any partner involvement, each deal once',
  pipeline_contribution: 'Open pipeline with a partner involved ÷ all open pipeline',
  joint_win_rate: 'Won ÷ closed, deals with a partner',
  independent_win_rate: 'Won ÷ closed, deals without a partner',
  certification_rate: 'Active partners with a certified person',
  churn_rate: 'Partners off-boarded or terminated ÷ active at the month’s start',
  time_to_first_deal: 'From signing to the first won deal',
  nps: 'From the partner surveys, where answered',
};

function Tile({ tile, currency, onClick }: { tile: KpiTile; currency: string; onClick: () => void }) {
  const better = tile.measure === 'churn_rate' || tile.measure === 'time_to_first_deal' ? -1 : 1;
  const change = tile.percent ?? null;
  const color = change === null || change === 0 ? 'gray' : change * better > 0 ? 'teal' : 'red';
  return (
    <UnstyledButton
      onClick={onClick}
      aria-label={`${LABELS.kpiMeasure[tile.measure]}: show the records`}
      data-testid={`tile-${tile.measure}`}
    >
      <Card withBorder padding="sm" h="100%">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {LABELS.kpiMeasure[tile.measure]}
        </Text>
        <Text fz="xl" fw={700} data-testid={`tile-value-${tile.measure}`}>
          {formatKpi(tile.value, tile.unit, currency)}
        </Text>
        <Group gap={6}>
          <Badge size="sm" variant="light" color={color}>
            {change === null ? 'no change data' : `${change > 0 ? '+' : ''}${change} %`}
          </Badge>
          <Text size="xs" c="dimmed">
            vs {formatKpi(tile.previous, tile.unit, currency)}
          </Text>
        </Group>
        {HELP[tile.measure] && (
          <Text size="xs" c="dimmed" mt={4}>
            {HELP[tile.measure]}
          </Text>
        )}
      </Card>
    </UnstyledButton>
  );
}

function DrillDrawer({
  month,
  measure,
  filters,
  onClose,
}: {
  month: string | null;
  measure: KpiMeasure | null;
  filters: KpiFilters;
  onClose: () => void;
}) {
  const rows = useDrillDown(month, measure, filters);
  return (
    <Drawer
      opened={month !== null && measure !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={measure && month ? `${LABELS.kpiMeasure[measure]} — ${month}` : ''}
    >
      <QueryState query={rows}>
        {(list) =>
          list.length === 0 ? (
            <Empty title="No records behind this figure" description="Nothing in this month and slice." />
          ) : (
            <Table striped data-testid="drill-down">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{list[0]?.kind === 'partner' ? 'Partner' : 'Opportunity'}</Table.Th>
                  <Table.Th>Detail</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={r.link} size="sm">
                        {r.name}
                      </Anchor>
                      {r.partners.length > 0 && (
                        <Text size="xs" c="dimmed">
                          {r.partners.map((p) => p.name).join(', ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.detail}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{r.amount ? formatAmount(r.amount) : r.value === null ? '' : r.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Drawer>
  );
}

function Charts({ data, onPoint }: { data: KpiDashboard; onPoint: (month: string, measure: KpiMeasure) => void }) {
  const money = data.series.map((p) => ({
    month: p.month,
    Sourced: major(p.sourcedRevenue),
    Influenced: major(p.influencedRevenue),
  }));
  const rates = data.series.map((p) => ({
    month: p.month,
    'Joint win rate': p.jointWinRate,
    'Independent win rate': p.independentWinRate,
    'Pipeline contribution': p.pipelineContribution,
  }));
  const partners = data.series.map((p) => ({
    month: p.month,
    Churn: p.churnRate,
    Certification: p.certificationRate,
    NPS: p.nps,
  }));
  const click = (measure: KpiMeasure) => (payload: unknown) => {
    const month = (payload as { activeLabel?: string } | undefined)?.activeLabel;
    if (month) onPoint(month, measure);
  };
  const fmt = (v: number) => `${v.toLocaleString()}`;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <SectionCard
        title={`Revenue sourced vs influenced (${data.currency})`}
        description="Influenced counts each deal once in the total; each partner’s influenced revenue is its own, never split. Click a month for its deals."
      >
        <BarChart
          h={240}
          data={money}
          dataKey="month"
          valueFormatter={fmt}
          series={[
            { name: 'Sourced', color: 'blue.6' },
            { name: 'Influenced', color: 'teal.5' },
          ]}
          barChartProps={{ onClick: click('influenced_revenue') }}
        />
      </SectionCard>
      <SectionCard
        title="Win rate, joint vs independent, and pipeline contribution (%)"
        description="Click a month for the closed deals."
      >
        <LineChart
          h={240}
          data={rates}
          dataKey="month"
          connectNulls
          series={[
            { name: 'Joint win rate', color: 'teal.6' },
            { name: 'Independent win rate', color: 'gray.6' },
            { name: 'Pipeline contribution', color: 'violet.6' },
          ]}
          lineChartProps={{ onClick: click('joint_win_rate') }}
        />
      </SectionCard>
      <SectionCard title="Churn, certification rate (%) and NPS" description="Click a month for the partners who left.">
        <LineChart
          h={240}
          data={partners}
          dataKey="month"
          connectNulls
          series={[
            { name: 'Churn', color: 'red.6' },
            { name: 'Certification', color: 'blue.6' },
            { name: 'NPS', color: 'orange.6' },
          ]}
          lineChartProps={{ onClick: click('churn_rate') }}
        />
      </SectionCard>
      <SectionCard title="Time to first deal by signing cohort" description="Median days from signing to the first won deal.">
        {data.cohorts.length === 0 ? (
          <Empty title="No cohorts yet" description="Partners signed in the range appear here." />
        ) : (
          <BarChart
            h={240}
            data={data.cohorts.map((c) => ({ cohort: c.cohort, 'Median days': c.medianDays ?? 0 }))}
            dataKey="cohort"
            series={[{ name: 'Median days', color: 'indigo.6' }]}
          />
        )}
      </SectionCard>
    </SimpleGrid>
  );
}

function useFilters(): [KpiFilters, (key: (typeof FILTER_KEYS)[number], value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined])) as KpiFilters;
  const set = (key: (typeof FILTER_KEYS)[number], value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return [filters, set];
}

export function KpiDashboardPage() {
  const user = useCurrentUser();
  const [filters, setFilter] = useFilters();
  const dashboard = useKpiDashboard(filters);
  const programs = usePrograms();
  const tiers = useTiers();
  const take = useTakeSnapshot();
  const [drill, setDrill] = useState<{ month: string; measure: KpiMeasure } | null>(null);
  const lastMonth = dashboard.data?.to ?? null;
  const regionOptions = Object.entries(LABELS.region ?? {}).map(([value, label]) => ({ value, label: String(label) }));
  const motionOptions = Object.entries(LABELS.motion ?? {}).map(([value, label]) => ({ value, label: String(label) }));
  return (
    <>
      <PageHeader
        title="Ecosystem KPIs"
        description="Partner-sourced and influenced revenue, pipeline contribution, win rates joint vs independent, certification, churn, time to first deal and NPS — from the monthly KPI snapshots."
        actions={
          mayApp(user, 'takeKpiSnapshots') && (
            <Button
              variant="default"
              leftSection={<IconCamera size={16} />}
              loading={take.isPending}
              onClick={() =>
                take.run(new Date().toISOString().slice(0, 7), { success: (m) => `Took the KPI snapshot of ${m.month}` })
              }
            >
              Snapshot this month
            </Button>
          )
        }
      />
      <SectionCard title="Filters">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <TextInput
            label="From"
            type="month"
            value={filters.from ?? ''}
            onChange={(e) => setFilter('from', e.currentTarget.value)}
          />
          <TextInput label="To" type="month" value={filters.to ?? ''} onChange={(e) => setFilter('to', e.currentTarget.value)} />
          <Select
            label="Program"
            clearable
            data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={filters.programId ?? null}
            onChange={(v) => setFilter('programId', v)}
          />
          <Select
            label="Tier"
            clearable
            data={(tiers.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={filters.tierId ?? null}
            onChange={(v) => setFilter('tierId', v)}
          />
          <TextInput
            label="Segment"
            placeholder="Enterprise"
            value={filters.segment ?? ''}
            onChange={(e) => setFilter('segment', e.currentTarget.value)}
          />
          <TextInput
            label="Industry"
            placeholder="Healthcare"
            value={filters.industry ?? ''}
            onChange={(e) => setFilter('industry', e.currentTarget.value)}
          />
          <Select
            label="Region"
            clearable
            data={regionOptions}
            value={filters.region ?? null}
            onChange={(v) => setFilter('region', v)}
          />
          <Select
            label="Motion"
            clearable
            data={motionOptions}
            value={filters.motion ?? null}
            onChange={(v) => setFilter('motion', v)}
          />
        </SimpleGrid>
      </SectionCard>
      <QueryState query={dashboard}>
        {(data) =>
          data.series.every((p) => p.activePartners === 0 && p.influencedRevenue === 0 && p.totalPipeline === 0) ? (
            <Empty
              title="No KPI snapshots in this range"
              description="Snapshots are taken on the 1st of each month; an admin can take the running month now."
            />
          ) : (
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {data.to} against {data.months.length > 1 ? data.months[data.months.length - 2] : 'the month before'}
                {data.filtered ? ' · filtered slice' : ' · whole ecosystem'} · click a tile for the records behind it
              </Text>
              <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
                {data.tiles.map((tile) => (
                  <Tile
                    key={tile.measure}
                    tile={tile}
                    currency={data.currency}
                    onClick={() => lastMonth && setDrill({ month: lastMonth, measure: tile.measure })}
                  />
                ))}
              </SimpleGrid>
              <Charts data={data} onPoint={(month, measure) => setDrill({ month, measure })} />
            </Stack>
          )
        }
      </QueryState>
      <DrillDrawer
        month={drill?.month ?? null}
        measure={drill?.measure ?? null}
        filters={filters}
        onClose={() => setDrill(null)}
      />
    </>
  );
}
