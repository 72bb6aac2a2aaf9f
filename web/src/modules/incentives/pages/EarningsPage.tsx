import { Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDate } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useEarnings, useStatement } from '../api';
import { EarningsSummaryCards } from '../components/EarningsSummaryCards';
import { EarningsTable } from './IncentivesPage';

const yearStart = () => `${new Date().getUTCFullYear()}-01-01`;
const today = () => new Date().toISOString().slice(0, 10);
const money = (amount: number, currency: string) => formatAmount({ amount, currency });

/** A partner's earnings: what it has made, what is pending and when it is paid; the statement per period and per deal. */
export function EarningsPage() {
  const [from, setFrom] = useState(yearStart());
  const [to, setTo] = useState(today());
  const statement = useStatement(null, from, to);
  const earnings = useEarnings({ from, to });
  const query = new URLSearchParams({ from, to }).toString();
  return (
    <Stack>
      <PageHeader
        title="Earnings"
        description="Commissions, rebates, SPIFFs and revenue share from the deals you sourced or co-sold, and when they are paid."
        actions={
          <Group gap="xs">
            <Button
              component="a"
              href={`/api/v1/earnings/statement.pdf?${query}`}
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
            >
              Statement (PDF)
            </Button>
            <Button
              component="a"
              href={`/api/v1/earnings/export?format=csv&${query}`}
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
            >
              Per deal (CSV)
            </Button>
            <Button variant="default" size="xs" leftSection={<IconPrinter size={14} />} onClick={() => window.print()}>
              Print
            </Button>
          </Group>
        }
      />
      <EarningsSummaryCards partnerId={null} />
      <Group>
        <TextInput label="Deals closed from" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput label="to" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      <QueryState query={statement}>
        {(s) => (
          <Stack>
            <SectionCard
              title="Statement"
              label="Earnings statement"
              description={`${s.partnerName}: deals closed ${formatDate(s.from)} – ${formatDate(s.to)}`}
            >
              {s.periods.length === 0 ? (
                <Empty title="No earnings in these dates." />
              ) : (
                <Table.ScrollContainer minWidth={500}>
                  <Table aria-label="Earnings per period">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Period</Table.Th>
                        <Table.Th>Accrued</Table.Th>
                        <Table.Th>Reversed</Table.Th>
                        <Table.Th>Net</Table.Th>
                        <Table.Th>Paid</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {s.periods.map((p) => (
                        <Table.Tr key={`${p.period}-${p.currency}`}>
                          <Table.Td>{p.period}</Table.Td>
                          <Table.Td>{money(p.accrued, p.currency)}</Table.Td>
                          <Table.Td>{money(p.reversed, p.currency)}</Table.Td>
                          <Table.Td>{money(p.net, p.currency)}</Table.Td>
                          <Table.Td>{money(p.paid, p.currency)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {s.totals.map((t) => (
                <Text key={t.currency} size="sm" mt="xs">
                  Total {t.currency}: {money(t.net, t.currency)} earned, {money(t.paid, t.currency)} paid,{' '}
                  {money(t.unpaid, t.currency)} to be paid
                </Text>
              ))}
            </SectionCard>
            <SectionCard title="Payouts" label="Payouts">
              {s.payouts.length === 0 ? (
                <Empty title="No payouts in these dates yet." />
              ) : (
                <Table aria-label="Payouts">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Pay date</Table.Th>
                      <Table.Th>Amount</Table.Th>
                      <Table.Th>Status</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.payouts.map((p) => (
                      <Table.Tr key={`${p.payDate}-${p.currency}-${p.amount}-${p.status}`}>
                        <Table.Td>{formatDate(p.payDate)}</Table.Td>
                        <Table.Td>{money(p.amount, p.currency)}</Table.Td>
                        <Table.Td>
                          {p.status === 'paid' ? 'Paid' : p.status === 'held' ? 'Held (compliance)' : 'Scheduled'}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </SectionCard>
          </Stack>
        )}
      </QueryState>
      <SectionCard title="Per deal" label="Earnings per deal" description="Every entry, with the plan and rule that made it.">
        <QueryState query={earnings}>{(page) => <EarningsTable rows={page.data} vendor={false} />}</QueryState>
        <Anchor href={`/api/v1/earnings/export?format=csv&${query}`} size="sm">
          Download as CSV
        </Anchor>
      </SectionCard>
    </Stack>
  );
}
