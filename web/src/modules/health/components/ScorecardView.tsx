import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { Scorecard } from '../api';
import { metricValueText } from '../format';
import { COLOUR_OF } from '../labels';
import { HealthBadge } from './HealthBadge';

/**
 * One evaluated scorecard: per dimension and metric the value, target, attainment and colour. Each
 * metric carries the registry's label and unit, so both apps show the same words and formats.
 */
export function ScorecardView({ scorecard }: { scorecard: Scorecard }) {
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text fw={600} size="sm">
          {scorecard.templateName} · {scorecard.period}
        </Text>
        <HealthBadge status={scorecard.colour} score={scorecard.score} />
      </Group>
      <Table fz="xs" verticalSpacing={4} aria-label={`${scorecard.templateName} ${scorecard.period}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Metric</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th>Attainment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scorecard.dimensions.flatMap((d) => [
            <Table.Tr key={d.key} bg="var(--mantine-color-gray-0)">
              <Table.Td colSpan={3}>
                <Text size="xs" fw={700}>
                  {d.label}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" fw={700} c={d.colour ? COLOUR_OF[d.colour] : 'dimmed'}>
                  {d.score === null ? 'no data' : `${Math.round(d.score)}`}
                </Text>
              </Table.Td>
            </Table.Tr>,
            ...d.metrics.map((m) => {
              return (
                <Table.Tr key={`${d.key}-${m.metric}`}>
                  <Table.Td>{m.label}</Table.Td>
                  <Table.Td>{metricValueText(m.value, m.unit, scorecard.currency)}</Table.Td>
                  <Table.Td>{metricValueText(m.target, m.unit, scorecard.currency)}</Table.Td>
                  <Table.Td>
                    {m.colour ? (
                      <Badge size="xs" color={COLOUR_OF[m.colour]} variant={m.colour === 'red' ? 'filled' : 'light'}>
                        {m.attainment}% {m.colour}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed" fs="italic">
                        no data
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            }),
          ])}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
