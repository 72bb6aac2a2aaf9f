import { BarChart } from '@mantine/charts';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { SurveyResults } from '../api';
import { dimensionLabel } from '../labels';

function gapText(gap: number | null): string {
  if (gap === null) return '—';
  if (gap === 0) return '0';
  return `${gap > 0 ? '+' : ''}${gap.toFixed(2)}`;
}

/**
 * The perception gap of a health diagnostic: two bars per question (the vendor's and the partner's
 * average on 1–5), and per dimension the gap with its sign — positive when the vendor is more
 * positive than the partner — flagged from the organisation's threshold.
 */
export function GapChart({ results }: { results: SurveyResults }) {
  const data = results.questions
    .filter((q) => q.scale === 'agreement')
    .map((q, i) => ({ question: `Q${i + 1}`, text: q.text, Vendor: q.vendor.average, Partner: q.partner.average }));
  return (
    <Stack gap="md">
      <BarChart
        h={280}
        data={data}
        dataKey="question"
        yAxisProps={{ domain: [0, 5] }}
        series={[
          { name: 'Vendor', color: 'blue.6' },
          { name: 'Partner', color: 'teal.6' },
        ]}
        withLegend
        aria-label="Perception gap per question"
      />
      <Table striped aria-label="Gap per question">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question</Table.Th>
            <Table.Th>Vendor</Table.Th>
            <Table.Th>Partner</Table.Th>
            <Table.Th>Gap</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.questions
            .filter((q) => q.scale === 'agreement')
            .map((q, i) => (
              <Table.Tr key={q.questionId}>
                <Table.Td>
                  <Text size="sm">
                    Q{i + 1}. {q.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {dimensionLabel(q.dimension)}
                  </Text>
                </Table.Td>
                <Table.Td>{q.vendor.average?.toFixed(2) ?? '—'}</Table.Td>
                <Table.Td>{q.partner.average?.toFixed(2) ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm" fw={q.flagged ? 700 : undefined} c={q.flagged ? 'red' : undefined}>
                      {gapText(q.gap)}
                    </Text>
                    {q.flagged && (
                      <Badge color="red" size="xs">
                        gap
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        Gap = vendor average − partner average (1–5 scale): positive when the vendor sees the alliance more positively. Flagged
        from {results.gapThreshold} point{results.gapThreshold === 1 ? '' : 's'}.
      </Text>
    </Stack>
  );
}

export function DimensionTable({ results }: { results: SurveyResults }) {
  return (
    <Table aria-label="Results per dimension">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Dimension</Table.Th>
          <Table.Th>Vendor</Table.Th>
          <Table.Th>Partner</Table.Th>
          <Table.Th>Gap</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.dimensions.map((d) => (
          <Table.Tr key={d.dimension}>
            <Table.Td>{dimensionLabel(d.dimension)}</Table.Td>
            <Table.Td>{d.vendor.average?.toFixed(2) ?? '—'}</Table.Td>
            <Table.Td>{d.partner.average?.toFixed(2) ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm" fw={d.flagged ? 700 : undefined} c={d.flagged ? 'red' : undefined}>
                {gapText(d.gap)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
