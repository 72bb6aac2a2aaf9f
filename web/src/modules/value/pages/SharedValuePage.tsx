import { Badge, Container, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { formatDate } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { NotFoundState, QueryState } from '../../../ui/States';
import { useSharedPage } from '../api';

/** The public, read-only page a seller shares with a customer: the statement, their numbers, the result. */
export function SharedValuePage() {
  const { token = '' } = useParams();
  const page = useSharedPage(token);
  return (
    <Container size="md" py="xl">
      <QueryState query={page} notFound={<NotFoundState what="Shared page" />}>
        {(p) => (
          <Stack>
            <Text size="sm" c="dimmed">
              Prepared for {p.customerName} on {formatDate(p.preparedAt)}
            </Text>
            <Title order={1}>{p.title}</Title>
            <Text size="lg">{p.statement}</Text>
            {p.differentiators.length > 0 && (
              <List>
                {p.differentiators.map((d) => (
                  <List.Item key={d}>{d}</List.Item>
                ))}
              </List>
            )}
            {p.proofPoints.length > 0 && <Text c="dimmed">Proof: {p.proofPoints.join(' · ')}</Text>}
            <Title order={2} size="h3">
              Your numbers
            </Title>
            <Text>
              {p.customerSize} {p.sizeUnit}, current annual cost {formatAmount(p.currentAnnualCost)};{' '}
              {p.improvements.map((i) => `${i.label} ${i.bp / 100} %`).join(', ')}.
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label="Result">
              <div>
                <Text size="xs" c="dimmed">
                  ROI (3 years)
                </Text>
                <Text fw={700} size="xl">
                  {p.result.roiPercent === null ? '—' : `${p.result.roiPercent} %`}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Payback
                </Text>
                <Text fw={700} size="xl">
                  {p.result.paybackMonths === null ? 'Never' : `${p.result.paybackMonths} months`}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  3-year net benefit
                </Text>
                <Text fw={700} size="xl">
                  {formatAmount(p.result.threeYearNetBenefit)}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  Annual benefit
                </Text>
                <Text fw={700} size="xl">
                  {formatAmount(p.result.annualBenefit)}
                </Text>
              </div>
            </SimpleGrid>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Year</Table.Th>
                  <Table.Th>Benefit</Table.Th>
                  <Table.Th>Cost</Table.Th>
                  <Table.Th>Cumulative net</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.result.years.map((y) => (
                  <Table.Tr key={y.year}>
                    <Table.Td>{y.year}</Table.Td>
                    <Table.Td>{formatAmount(y.benefit)}</Table.Td>
                    <Table.Td>{formatAmount(y.cost)}</Table.Td>
                    <Table.Td>{formatAmount(y.cumulativeNet)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" c="dimmed">
              {p.vendorName} and {p.partnerName}
              {p.expiresAt && (
                <Badge ml="sm" variant="light" color="gray">
                  Link valid until {formatDate(p.expiresAt)}
                </Badge>
              )}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Container>
  );
}
