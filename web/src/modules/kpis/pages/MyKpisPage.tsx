import { BarChart } from '@mantine/charts';
import { SimpleGrid, Table, Text } from '@mantine/core';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { usePartnerKpis } from '../api';
import { major } from '../components/format';
import { PartnerKpiCard } from '../components/PartnerKpiCard';

/** The partner's own KPIs by quarter (never another partner's or the portfolio's: decision 0302). */
export function MyKpisPage() {
  const user = useCurrentUser();
  const partnerId = user.partnerId ?? '';
  const kpis = usePartnerKpis(partnerId);
  return (
    <>
      <PageHeader
        title="Our KPIs"
        description="Revenue you sourced and influenced with us, your win rate and time to first deal, by quarter."
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <div style={{ gridColumn: 'span 2' }}>
          <SectionCard title="By quarter">
            <QueryState query={kpis}>
              {(k) =>
                k.quarters.length === 0 ? (
                  <Empty title="No KPIs yet" description="They appear after the first monthly snapshot." />
                ) : (
                  <>
                    <BarChart
                      h={240}
                      data={k.quarters.map((q) => ({
                        quarter: q.quarter,
                        Sourced: major(q.sourcedRevenue),
                        Influenced: major(q.influencedRevenue),
                      }))}
                      dataKey="quarter"
                      series={[
                        { name: 'Sourced', color: 'blue.6' },
                        { name: 'Influenced', color: 'teal.5' },
                      ]}
                    />
                    <Table striped mt="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Quarter</Table.Th>
                          <Table.Th ta="right">Sourced</Table.Th>
                          <Table.Th ta="right">Influenced</Table.Th>
                          <Table.Th ta="right">Won / lost</Table.Th>
                          <Table.Th ta="right">Win rate</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {k.quarters.map((q) => (
                          <Table.Tr key={q.quarter}>
                            <Table.Td>{q.quarter}</Table.Td>
                            <Table.Td ta="right">{formatAmount({ amount: q.sourcedRevenue, currency: k.currency })}</Table.Td>
                            <Table.Td ta="right">{formatAmount({ amount: q.influencedRevenue, currency: k.currency })}</Table.Td>
                            <Table.Td ta="right">
                              {q.wonDeals} / {q.lostDeals}
                            </Table.Td>
                            <Table.Td ta="right">{q.winRate === null ? '—' : `${q.winRate} %`}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                    <Text size="xs" c="dimmed" mt="xs">
                      Influenced revenue is the full value of every won deal you took part in.
                    </Text>
                  </>
                )
              }
            </QueryState>
          </SectionCard>
        </div>
        <PartnerKpiCard partnerId={partnerId} />
      </SimpleGrid>
    </>
  );
}
