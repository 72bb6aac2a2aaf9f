import { BarChart, LineChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconInfoCircle,
  IconTrendingDown,
  IconTrendingUp,
} from '@tabler/icons-react';
import { useParams, useSearchParams } from 'react-router';
import { formatDay } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { type QbrPack, qbrPdfHref, useQbr } from '../api';

type Kpi = QbrPack['kpis'][number];

const major = (amount: number) => Math.round(amount) / 100;

function kpiValue(k: Kpi): string {
  if (k.value === null) return '—';
  if (k.unit === 'money') return formatAmount({ amount: k.value, currency: k.currency ?? 'USD' });
  if (k.unit === 'percent') return `${k.value}%`;
  if (k.unit === 'score') return `${k.value}/100`;
  return String(k.value);
}

function KpiTile({ k }: { k: Kpi }) {
  const unit = k.unit === 'money' ? '%' : ' pts';
  return (
    <Paper withBorder p="md" radius="md" aria-label={k.label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {k.label}
      </Text>
      <Text fz={26} fw={700} mt={4}>
        {kpiValue(k)}
      </Text>
      {k.change === null ? (
        <Text size="xs" c="dimmed">
          No comparison
        </Text>
      ) : (
        <Group gap={4}>
          {k.change >= 0 ? <IconTrendingUp size={14} color="teal" /> : <IconTrendingDown size={14} color="red" />}
          <Text size="xs" c={k.change >= 0 ? 'teal' : 'red'}>
            {k.change > 0 ? '+' : ''}
            {k.change}
            {unit} vs previous quarter
          </Text>
        </Group>
      )}
    </Paper>
  );
}

function Meter({ label, value, color }: { label: string; value: number | null; color: string }) {
  return (
    <Stack gap={2}>
      <Group justify="space-between">
        <Text size="sm">{label}</Text>
        <Text size="sm" fw={600}>
          {value === null ? 'no data' : `${value}%`}
        </Text>
      </Group>
      <Progress value={Math.min(100, value ?? 0)} color={color} aria-label={label} />
    </Stack>
  );
}

function Highlights({ pack }: { pack: QbrPack }) {
  if (pack.highlights.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" aria-label="Highlights">
      <Title order={4} mb="xs">
        Highlights
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        {pack.highlights.map((h) => (
          <Group key={h.key} gap="xs" wrap="nowrap">
            <ThemeIcon size="sm" radius="xl" color={h.tone === 'positive' ? 'teal' : h.tone === 'negative' ? 'red' : 'blue'}>
              {h.tone === 'negative' ? <IconAlertTriangle size={12} /> : <IconCircleCheck size={12} />}
            </ThemeIcon>
            <Text size="sm">{h.text}</Text>
          </Group>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function RevenueSection({ pack }: { pack: QbrPack }) {
  const r = pack.revenue;
  const data = r.byQuarter.map((q) => ({
    quarter: q.label,
    Won: major(q.won.amount),
    Target: q.target ? major(q.target.amount) : 0,
  }));
  return (
    <SectionCard
      title="Revenue and pipeline against the plan"
      label="Revenue and pipeline"
      description={
        pack.plan
          ? `Joint business plan: ${pack.plan.title} (${formatDay(pack.plan.periodStart)} – ${formatDay(pack.plan.periodEnd)})`
          : 'No approved joint business plan covers the quarter.'
      }
    >
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap="sm">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase">
              Revenue won in {pack.quarter.label}
            </Text>
            <Text fz={24} fw={700} data-testid="qbr-revenue">
              {formatAmount(r.won)}
            </Text>
            <Text size="xs" c="dimmed">
              {r.wonDeals} won deal{r.wonDeals === 1 ? '' : 's'} sourced or co-sold
              {r.target ? ` · target ${formatAmount(r.target)}` : ''}
            </Text>
          </div>
          {r.attainment !== null && <Meter label="Of the quarter’s revenue target" value={r.attainment} color="blue" />}
          <div>
            <Text size="xs" c="dimmed" tt="uppercase">
              Open pipeline at quarter end
            </Text>
            <Text fz={24} fw={700}>
              {r.pipeline ? formatAmount(r.pipeline) : '—'}
            </Text>
            {r.pipelineTarget && (
              <Text size="xs" c="dimmed">
                Plan’s pipeline target {formatAmount(r.pipelineTarget)}
              </Text>
            )}
          </div>
          {r.pipelineAttainment !== null && <Meter label="Of the pipeline target" value={r.pipelineAttainment} color="teal" />}
          {r.unconverted > 0 && (
            <Text size="xs" c="orange">
              {r.unconverted} won deal{r.unconverted === 1 ? '' : 's'} without an exchange rate left out.
            </Text>
          )}
        </Stack>
        <div style={{ gridColumn: 'span 2' }}>
          <BarChart
            h={260}
            data={data}
            dataKey="quarter"
            aria-label="Won revenue per quarter against the target"
            series={[
              { name: 'Won', color: 'blue.6', label: 'Won revenue' },
              { name: 'Target', color: 'orange.4', label: 'Plan target' },
            ]}
            valueFormatter={(v) => formatAmount({ amount: Math.round(v * 100), currency: pack.currency })}
            withLegend
          />
        </div>
      </SimpleGrid>
    </SectionCard>
  );
}

function AttributionSection({ pack }: { pack: QbrPack }) {
  const a = pack.attribution;
  if (!a) return null;
  return (
    <SectionCard
      title="Attribution"
      label="Attribution"
      description={`Credited by the ${a.modelLabel.toLowerCase()} model; influenced is the full value of every won deal the partner touched (never summed across partners).`}
    >
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap="sm">
          <div>
            <Text size="xs" c="dimmed" tt="uppercase">
              Credited revenue
            </Text>
            <Text fz={22} fw={700}>
              {formatAmount(a.credited)}
            </Text>
            <Text size="xs" c="dimmed">
              {a.opportunities} deal{a.opportunities === 1 ? '' : 's'} credited
            </Text>
          </div>
          <div>
            <Text size="xs" c="dimmed" tt="uppercase">
              Influenced revenue
            </Text>
            <Text fz={22} fw={700}>
              {formatAmount(a.influenced)}
            </Text>
          </div>
        </Stack>
        <div style={{ gridColumn: 'span 2' }}>
          <BarChart
            h={240}
            aria-label="Credited and influenced revenue per quarter"
            data={a.trend.map((t) => ({
              quarter: t.label,
              Credited: major(t.credited.amount),
              Influenced: major(t.influenced.amount),
            }))}
            dataKey="quarter"
            series={[
              { name: 'Credited', color: 'teal.6' },
              { name: 'Influenced', color: 'blue.5' },
            ]}
            valueFormatter={(v) => formatAmount({ amount: Math.round(v * 100), currency: pack.currency })}
            withLegend
          />
        </div>
      </SimpleGrid>
    </SectionCard>
  );
}

const STATUS_COLOUR: Record<string, string> = { done: 'teal', missed: 'red', open: 'gray' };

function CommitmentsSection({ pack }: { pack: QbrPack }) {
  const c = pack.commitments;
  if (!c) return null;
  const asymmetric = c.asymmetry !== null && c.asymmetry >= 20;
  return (
    <SectionCard
      title="Commitments of both sides"
      label="Commitments"
      description="Kept on time 100%, late 50%, missed or overdue 0%; not yet due is not counted."
    >
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap="sm">
          <Meter label={pack.vendorName} value={c.vendor} color="blue" />
          <Meter label={pack.partner.name} value={c.partner} color="teal" />
          {c.asymmetry !== null && (
            <Alert
              color={asymmetric ? 'red' : 'teal'}
              icon={<IconInfoCircle size={16} />}
              title={`Asymmetry: ${c.asymmetry} points`}
            >
              {asymmetric
                ? 'One side is keeping its word markedly less than the other: raise it in the review.'
                : 'Both sides keep their commitments at a similar rate.'}
            </Alert>
          )}
        </Stack>
        <div style={{ gridColumn: 'span 2' }}>
          <Table fz="sm" aria-label="Commitments list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Side</Table.Th>
                <Table.Th>Commitment</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.side === 'vendor' ? 'Vendor' : 'Partner'}</Table.Td>
                  <Table.Td>{i.title}</Table.Td>
                  <Table.Td>{formatDay(i.dueDate)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={i.overdue ? 'red' : (STATUS_COLOUR[i.status] ?? 'gray')}>
                      {i.overdue ? 'overdue' : i.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{i.owner ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </SimpleGrid>
    </SectionCard>
  );
}

const HEALTH_COLOUR: Record<string, string> = { green: 'teal', yellow: 'yellow', red: 'red' };

function HealthSection({ pack }: { pack: QbrPack }) {
  const h = pack.health;
  if (!h) return null;
  const evidence = h.dimensions
    .flatMap((d) => d.evidence.filter((e) => e.measured).map((e) => ({ ...e, dimension: d.key })))
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, 6);
  return (
    <SectionCard
      title="Partner health"
      label="Partner health"
      description="Four dimensions, each from the evidence behind it (vendor only)."
    >
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Stack gap="sm">
          <Group>
            <Text fz={32} fw={700}>
              {h.score ?? '—'}
            </Text>
            {h.status && <Badge color={HEALTH_COLOUR[h.status]}>{h.status}</Badge>}
          </Group>
          {h.dimensions.map((d) => (
            <Stack key={d.key} gap={2}>
              <Group justify="space-between">
                <Text size="sm" tt="capitalize">
                  {d.key}
                </Text>
                <Text size="sm" fw={600}>
                  {d.score ?? 'no data'}
                </Text>
              </Group>
              <Progress value={d.score ?? 0} color={HEALTH_COLOUR[d.status ?? ''] ?? 'gray'} aria-label={d.key} />
            </Stack>
          ))}
        </Stack>
        <Stack gap="xs" style={{ gridColumn: 'span 2' }}>
          {h.trend.length > 0 ? (
            <LineChart
              h={180}
              aria-label="Health score trend"
              data={h.trend.map((t) => ({ period: t.period, Score: t.score }))}
              dataKey="period"
              series={[{ name: 'Score', color: 'indigo.7' }]}
              yAxisProps={{ domain: [0, 100] }}
              referenceLines={[
                { y: 70, label: 'green', color: 'teal.4' },
                { y: 40, label: 'yellow', color: 'yellow.5' },
              ]}
            />
          ) : (
            <Text size="sm" c="dimmed">
              No snapshots yet.
            </Text>
          )}
          <Table fz="xs" aria-label="Top evidence">
            <Table.Tbody>
              {evidence.map((e) => (
                <Table.Tr key={`${e.dimension}-${e.metric}`}>
                  <Table.Td>{e.label}</Table.Td>
                  <Table.Td tt="capitalize">{e.dimension}</Table.Td>
                  <Table.Td>{e.leading ? 'leading' : 'lagging'}</Table.Td>
                  <Table.Td>{e.points === null ? '—' : `${Math.round(e.points)} pts`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      </SimpleGrid>
    </SectionCard>
  );
}

function GovernanceSection({ pack }: { pack: QbrPack }) {
  const g = pack.governance;
  if (!g) return null;
  return (
    <SectionCard
      title="Action items and decisions"
      label="Action items and decisions"
      description={
        g.nextMeeting
          ? `Next meeting: ${g.nextMeeting.title}, ${formatDay(g.nextMeeting.startsAt.slice(0, 10))}`
          : 'No meeting scheduled.'
      }
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Open action items ({g.openActions.length}, {g.overdueActions} overdue)
          </Text>
          {g.openActions.length === 0 && (
            <Text size="sm" c="dimmed">
              None open.
            </Text>
          )}
          {g.openActions.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap">
              <Text size="sm">{a.title}</Text>
              <Text size="xs" c={a.overdue ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                {a.owner ?? (a.side === 'vendor' ? 'Vendor' : 'Partner')} · {formatDay(a.dueOn)}
                {a.overdue ? ' · overdue' : ''}
              </Text>
            </Group>
          ))}
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm">
            Decisions taken in {pack.quarter.label} ({g.decisions.length})
          </Text>
          {g.decisions.length === 0 && (
            <Text size="sm" c="dimmed">
              None closed in the quarter.
            </Text>
          )}
          {g.decisions.map((d) => (
            <Group key={d.id} gap="xs" wrap="nowrap">
              <Badge size="sm" color={d.status === 'passed' ? 'teal' : 'red'}>
                {d.status}
              </Badge>
              <Text size="sm">{d.title}</Text>
            </Group>
          ))}
        </Stack>
      </SimpleGrid>
    </SectionCard>
  );
}

function RisksSection({ pack }: { pack: QbrPack }) {
  const r = pack.risks;
  if (!r) return null;
  return (
    <SectionCard title="Risks" label="Risks" description={`${r.open.length} open, ${r.high} high (likelihood × impact ≥ 15).`}>
      {r.open.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open risks.
        </Text>
      ) : (
        <Table fz="sm" aria-label="Open risks">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Risk</Table.Th>
              <Table.Th>Likelihood × impact</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th>Owner</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.open.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>{x.title}</Table.Td>
                <Table.Td>
                  <Badge size="sm" color={x.score >= 15 ? 'red' : x.score >= 10 ? 'orange' : x.score >= 5 ? 'yellow' : 'teal'}>
                    {x.likelihood} × {x.impact} = {x.score}
                  </Badge>
                </Table.Td>
                <Table.Td tt="capitalize">{x.category.replace(/_/g, ' ')}</Table.Td>
                <Table.Td>{x.owner ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

function QbrView({ partnerId, crumbs }: { partnerId: string; crumbs: boolean }) {
  const [params, setParams] = useSearchParams();
  const quarter = params.get('quarter');
  const pack = useQbr(partnerId, quarter);
  return (
    <QueryState query={pack} loading="Assembling the QBR pack" notFound={<NotFoundState what="Partner" />}>
      {(p) => (
        <Stack>
          <PageHeader
            title={`QBR — ${p.partner.name}`}
            description={`${p.quarter.label} (${formatDay(p.quarter.start)} – ${formatDay(p.quarter.end)}), from live data · amounts in ${p.currency}`}
            crumbs={
              crumbs
                ? [
                    { label: 'Partners', to: '/partners' },
                    { label: p.partner.name, to: `/partners/${p.partner.id}` },
                  ]
                : undefined
            }
            actions={
              <Group gap="xs">
                <Select
                  aria-label="Quarter"
                  size="xs"
                  w={140}
                  allowDeselect={false}
                  data={p.quarters.map((q) => ({ value: q.key, label: q.label }))}
                  value={p.quarter.key}
                  onChange={(v) => v && setParams({ quarter: v }, { replace: true })}
                />
                <Button
                  component="a"
                  href={qbrPdfHref(partnerId, p.quarter.key)}
                  size="xs"
                  leftSection={<IconDownload size={14} />}
                >
                  Download PDF
                </Button>
              </Group>
            }
          />
          <Text size="sm" c="dimmed">
            {p.vendorName} & {p.partner.name} · executive sponsors: {p.sponsors.vendor ?? 'not named'} and{' '}
            {p.sponsors.partner ?? 'not named'}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {p.kpis.map((k) => (
              <KpiTile key={k.key} k={k} />
            ))}
          </SimpleGrid>
          <Highlights pack={p} />
          <RevenueSection pack={p} />
          <AttributionSection pack={p} />
          <CommitmentsSection pack={p} />
          <HealthSection pack={p} />
          <GovernanceSection pack={p} />
          <RisksSection pack={p} />
          {p.unavailable.length > 0 && (
            <Stack gap={2}>
              {p.unavailable.map((u) => (
                <Text key={u.section} size="xs" c="dimmed">
                  {u.reason}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** `/partners/:id/qbr`: the pack of one partner (vendor staff). */
export function VendorQbrPage() {
  const { id } = useParams();
  if (!id) return <NotFoundState what="Partner" />;
  return <QbrView partnerId={id} crumbs />;
}

/** `/qbr`: the partner's own pack, the same one the vendor presents (without the vendor-only parts). */
export function PortalQbrPage() {
  const user = useCurrentUser();
  if (!user.partnerId) return <NotFoundState what="QBR" />;
  return <QbrView partnerId={user.partnerId} crumbs={false} />;
}
