import { LineChart } from '@mantine/charts';
import { Accordion, Anchor, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type HealthEvidence, useHealthHistory, usePartnerHealth } from '../api';
import { metricValueText } from '../format';
import { COLOUR_OF, DIMENSION_HELP, DIMENSION_LABEL } from '../labels';
import { HealthBadge, TrendMark } from './HealthBadge';

function EvidenceTable({ evidence, currency }: { evidence: HealthEvidence[]; currency: string }) {
  return (
    <Table fz="xs" verticalSpacing={4} aria-label="Evidence">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Evidence</Table.Th>
          <Table.Th>Value</Table.Th>
          <Table.Th>Points</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {evidence.map((e) => (
          <Table.Tr key={e.metric}>
            <Table.Td>
              <Group gap={4} wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  variant="light"
                  color={e.leading ? 'blue' : 'gray'}
                  title={e.leading ? 'Leading indicator' : 'Lagging indicator'}
                >
                  {e.leading ? 'leading' : 'lagging'}
                </Badge>
                {e.link ? (
                  <Anchor component={Link} to={e.records[0]?.link ?? e.link} size="xs">
                    {e.label}
                  </Anchor>
                ) : (
                  <Text size="xs">{e.label}</Text>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="xs" c={e.measured ? undefined : 'dimmed'} fs={e.measured ? undefined : 'italic'}>
                {metricValueText(e.value, e.unit, currency)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" title={`${e.points ?? '–'} of 100, weight ${e.weight}%`}>
                {e.measured ? `+${e.contribution.toFixed(1)}` : '—'}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The partner 360's health card (vendor staff): the score and status, each dimension with its
 * evidence (leading or lagging, value, points, a link to the records) and the trend from the
 * monthly snapshots.
 */
export function HealthCard({ partnerId }: { partnerId: string }) {
  const health = usePartnerHealth(partnerId);
  const history = useHealthHistory(partnerId);
  return (
    <SectionCard
      title="Partner health"
      label="Partner health"
      description="Evidence-backed: each dimension from the records behind it. Inputs without data give their weight to the others."
    >
      <QueryState query={health}>
        {(h) => (
          <Stack gap="sm">
            <Group justify="space-between">
              <Group gap="xs">
                <Text fz={32} fw={700} lh={1} aria-label="Health score">
                  {h.score ?? '–'}
                </Text>
                <HealthBadge status={h.status} />
                <TrendMark trend={h.trend} />
              </Group>
              {h.previous && (
                <Text size="xs" c="dimmed">
                  {h.previous.period}: {h.previous.score ?? '–'}
                </Text>
              )}
            </Group>
            <Accordion variant="separated" multiple chevronPosition="right">
              {h.dimensions.map((d) => (
                <Accordion.Item key={d.key} value={d.key}>
                  <Accordion.Control aria-label={`${DIMENSION_LABEL[d.key]} ${d.score ?? 'no data'}`}>
                    <Group justify="space-between" wrap="nowrap" pr="xs">
                      <Text size="sm" fw={600}>
                        {DIMENSION_LABEL[d.key]}
                      </Text>
                      <Text size="sm" fw={600} c={d.status ? COLOUR_OF[d.status] : 'dimmed'}>
                        {d.score ?? 'no data'}
                      </Text>
                    </Group>
                    <Progress value={d.score ?? 0} color={d.status ? COLOUR_OF[d.status] : 'gray'} size="xs" mt={4} />
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Text size="xs" c="dimmed" mb={4}>
                      {DIMENSION_HELP[d.key]}
                    </Text>
                    <EvidenceTable evidence={d.evidence} currency={h.currency} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
            <QueryState query={history}>
              {(snapshots) =>
                snapshots.length > 1 ? (
                  <LineChart
                    h={160}
                    data={snapshots.map((s) => ({ period: s.period, Score: s.score, ...s.dimensions }))}
                    dataKey="period"
                    yAxisProps={{ domain: [0, 100] }}
                    referenceLines={[
                      { y: h.thresholds.green, color: 'teal.4' },
                      { y: h.thresholds.yellow, color: 'red.4' },
                    ]}
                    series={[{ name: 'Score', color: 'blue.6' }]}
                    curveType="monotone"
                    withDots={false}
                    aria-label="Health trend"
                  />
                ) : (
                  <Text size="xs" c="dimmed">
                    The trend shows once monthly snapshots exist (taken on the 1st of each month).
                  </Text>
                )
              }
            </QueryState>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
