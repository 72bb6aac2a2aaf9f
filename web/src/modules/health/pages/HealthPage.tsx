import { Sparkline } from '@mantine/charts';
import { Anchor, Badge, Button, Group, NumberInput, SegmentedControl, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type Colour,
  type HealthSettings,
  type PortfolioHealthRow,
  useHealthPortfolio,
  useHealthSettings,
  useTakeSnapshots,
  useUpdateHealthSettings,
} from '../api';
import { HealthBadge, TrendMark } from '../components/HealthBadge';
import { COLOUR_OF, DIMENSION_LABEL } from '../labels';

const DIMENSIONS = ['strategic', 'operational', 'financial', 'relationship'] as const;

type Bands = { green: number; red: number };
const DEFAULT_BANDS: Bands = { green: 70, red: 40 };

function DimensionScore({ value, bands }: { value: number | null; bands: Bands }) {
  if (value === null)
    return (
      <Text size="xs" c="dimmed" fs="italic">
        no data
      </Text>
    );
  const colour = value >= bands.green ? COLOUR_OF.green : value >= bands.red ? 'orange' : COLOUR_OF.red;
  return (
    <Text size="sm" fw={600} c={colour}>
      {value}
    </Text>
  );
}

const columnsFor = (bands: Bands): Column<PortfolioHealthRow>[] => [
  {
    key: 'partner',
    header: 'Partner',
    miw: 180,
    cell: (r) => (
      <div>
        <Anchor component={Link} to={`/partners/${r.partnerId}`} size="sm" fw={600}>
          {r.partnerName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {r.owner?.name ?? 'No owner'}
        </Text>
      </div>
    ),
  },
  {
    key: 'health',
    header: 'Health',
    nowrap: true,
    cell: (r) => (
      <Group gap={4} wrap="nowrap">
        <HealthBadge status={r.status} score={r.score} />
        <TrendMark trend={r.trend} />
      </Group>
    ),
  },
  ...DIMENSIONS.map(
    (d): Column<PortfolioHealthRow> => ({
      key: d,
      header: DIMENSION_LABEL[d] ?? d,
      nowrap: true,
      cell: (r) => <DimensionScore value={r.dimensions[d]} bands={bands} />,
    }),
  ),
  {
    key: 'trend',
    header: 'Last 12 months',
    miw: 140,
    cell: (r) =>
      r.history.length > 1 ? (
        <Sparkline
          w={120}
          h={28}
          data={r.history.map((h) => h.score ?? 0)}
          curveType="linear"
          color={r.status ? COLOUR_OF[r.status] : 'gray'}
          fillOpacity={0.2}
          aria-label={`${r.partnerName} health trend`}
        />
      ) : (
        <Text size="xs" c="dimmed">
          no snapshots yet
        </Text>
      ),
  },
];

/** The admin's status bands: whole points, 0 ≤ red < green ≤ 100 (the server names a bad field). */
function ThresholdsForm({ settings, onDone }: { settings: HealthSettings; onDone: () => void }) {
  const save = useUpdateHealthSettings();
  const form = useApiForm({
    initialValues: { green: settings.green, red: settings.red },
    validate: {
      red: (v: number, values: Bands) => (v < values.green ? null : 'Red must be below the green threshold'),
    },
    mutation: save,
    toVariables: (v: Bands) => ({ green: Number(v.green), red: Number(v.red) }),
    success: () => 'Health thresholds saved',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save thresholds" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        Live scores, the portfolio, snapshots taken from now on and the red alert use these bands. Snapshots already taken keep
        the status they had.
      </Text>
      <NumberInput
        label="Green from"
        description="A score at or above this is green"
        min={1}
        max={100}
        allowDecimal={false}
        required
        {...form.getInputProps('green')}
      />
      <NumberInput
        label="Red below"
        description="A score below this is red; between is yellow"
        min={0}
        max={99}
        allowDecimal={false}
        required
        {...form.getInputProps('red')}
      />
    </Form>
  );
}

/**
 * The vendor's health portfolio: every partner in business by status, worst first, with the four
 * dimension scores, the trend against the last snapshot and a sparkline of the last 12 months.
 */
export function HealthPage() {
  const [params, setParams] = useSearchParams();
  const status = (['red', 'yellow', 'green'] as const).find((s) => s === params.get('status')) ?? null;
  const portfolio = useHealthPortfolio(status as Colour | null);
  const user = useCurrentUser();
  const take = useTakeSnapshots();
  const settings = useHealthSettings();
  const bands: Bands = settings.data ?? DEFAULT_BANDS;
  const thresholds = useDialog<HealthSettings>();
  return (
    <>
      <PageHeader
        title="Partner health"
        description={`Evidence-backed health per partner: strategic, operational, financial and relationship, each 0–100. Green from ${bands.green}, yellow from ${bands.red}, red below.`}
        actions={
          <Group gap="xs">
            {settings.data?.can.edit && (
              <Button variant="default" onClick={() => thresholds.open(settings.data ?? null)}>
                Thresholds
              </Button>
            )}
            {mayApp(user, 'takeHealthSnapshots') && (
              <Button
                variant="default"
                loading={take.isPending}
                onClick={() => take.run({}, { success: (r) => `Snapshot ${r.period}: ${r.partners} partners, ${r.red} red` })}
              >
                Take snapshot now
              </Button>
            )}
          </Group>
        }
      />
      <FormDialog dialog={thresholds} title="Health status thresholds">
        {(s) => (s ? <ThresholdsForm settings={s} onDone={thresholds.close} /> : null)}
      </FormDialog>
      <QueryState query={portfolio}>
        {(p) => (
          <SectionCard title="Partners by health" label="Partners by health" description={`Live as of ${formatDate(p.asOf)}.`}>
            <Group gap="xs" mb="sm" justify="space-between">
              <Group gap="xs">
                <Badge color="red">{p.counts.red} red</Badge>
                <Badge color="yellow" variant="light">
                  {p.counts.yellow} yellow
                </Badge>
                <Badge color="teal" variant="light">
                  {p.counts.green} green
                </Badge>
                {p.counts.none > 0 && (
                  <Badge color="gray" variant="light">
                    {p.counts.none} no data
                  </Badge>
                )}
              </Group>
              <SegmentedControl
                aria-label="Status"
                size="xs"
                value={status ?? 'all'}
                onChange={(v) => setParams(v === 'all' ? {} : { status: v })}
                data={[
                  { value: 'all', label: 'All' },
                  { value: 'red', label: 'Red' },
                  { value: 'yellow', label: 'Yellow' },
                  { value: 'green', label: 'Green' },
                ]}
              />
            </Group>
            <DataTable
              label="Partners by health"
              rows={p.data.map((r) => ({ ...r, id: r.partnerId }))}
              rowName={(r) => r.partnerName}
              columns={columnsFor(bands)}
              minWidth={900}
              empty={
                <Empty
                  title="No partners here"
                  description="Partners that are enabled, active or strategic have a health score."
                />
              }
              card={(r) => ({
                title: r.partnerName,
                subtitle: DIMENSIONS.map((d) => `${DIMENSION_LABEL[d]} ${r.dimensions[d] ?? '–'}`).join(' · '),
                aside: <HealthBadge status={r.status} score={r.score} />,
                to: `/partners/${r.partnerId}`,
              })}
            />
          </SectionCard>
        )}
      </QueryState>
    </>
  );
}
