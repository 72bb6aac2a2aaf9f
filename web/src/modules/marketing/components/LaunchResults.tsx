import { Anchor, Badge, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount, formatDate } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { formatAmount } from '../../../ui/money';
import type { MarketingLaunchDetail, MarketingResults } from '../api';

type Results = MarketingResults;
type CapturedLead = MarketingLaunchDetail['leads'][number];

/** What launches generated: leads, conversions, opportunities, open pipeline and won revenue. */
export function ResultsFigures({ results }: { results: Results }) {
  const items: [string, string, string][] = [
    ['Leads', formatCount(results.leads), 'captured on the landing page'],
    ['Converted', formatCount(results.convertedLeads), 'leads that became opportunities'],
    [
      'Opportunities',
      formatCount(results.opportunities),
      `${formatCount(results.openOpportunities)} open · ${formatCount(results.wonOpportunities)} won`,
    ],
    ['Open pipeline', formatAmount(results.pipeline), `at today’s rate (${results.reportingCurrency})`],
    ['Won revenue', formatAmount(results.won), 'at each deal’s close-date rate'],
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }}>
      {items.map(([label, value, hint]) => (
        <Paper key={label} withBorder p="md" radius="md" aria-label={label}>
          <Text size="xl" fw={700} data-testid={`results-${label}`}>
            {value}
          </Text>
          <Text size="sm">{label}</Text>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The leads one launch captured and what became of them. */
export function CapturedLeads({ leads }: { leads: CapturedLead[] }) {
  if (leads.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No leads yet: they arrive from the landing page form.
      </Text>
    );
  const stageLabels = LABELS.opportunityStage as Record<string, string>;
  const stageColors = COLORS.opportunityStage as Record<string, string>;
  const leadLabels = LABELS.leadStatus as Record<string, string>;
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table aria-label="Leads of the launch">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Contact</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Captured</Table.Th>
            <Table.Th>Lead</Table.Th>
            <Table.Th>Opportunity</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leads.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td>{l.company}</Table.Td>
              <Table.Td>{formatDate(l.capturedAt)}</Table.Td>
              <Table.Td>
                {l.leadId ? (
                  <Anchor component={Link} to={`/leads/${l.leadId}`}>
                    {l.leadNumber} · {leadLabels[l.leadStatus ?? ''] ?? l.leadStatus}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {l.opportunity ? (
                  <Anchor component={Link} to={`/opportunities/${l.opportunity.id}`}>
                    {l.opportunity.title}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                {l.opportunity ? (
                  <Badge color={stageColors[l.opportunity.stage]}>
                    {stageLabels[l.opportunity.stage] ?? l.opportunity.stage}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>{l.opportunity ? formatAmount(l.opportunity.amount) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
