import { Sparkline } from '@mantine/charts';
import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Labelled } from '../../../ui/Fact';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { usePartnerKpis } from '../api';

/** A partner's own KPIs at a glance: sourced revenue by month (sparkline), win rate, time to first deal. */
export function PartnerKpiCard({ partnerId }: { partnerId: string }) {
  const kpis = usePartnerKpis(partnerId);
  return (
    <SectionCard title="KPIs" label="Partner KPIs">
      <QueryState query={kpis}>
        {(k) => {
          if (k.months.length === 0)
            return <Empty title="No KPI snapshots yet" description="Monthly snapshots start on the 1st." />;
          const last4 = k.quarters.slice(-4);
          const sourced = last4.reduce((s, q) => s + q.sourcedRevenue, 0);
          const influenced = last4.reduce((s, q) => s + q.influencedRevenue, 0);
          const won = last4.reduce((s, q) => s + q.wonDeals, 0);
          const lost = last4.reduce((s, q) => s + q.lostDeals, 0);
          return (
            <Stack gap="xs">
              <Sparkline
                h={48}
                data={k.months.map((m) => m.influencedRevenue / 100)}
                curveType="linear"
                color="teal"
                fillOpacity={0.4}
              />
              <Text size="xs" c="dimmed">
                Influenced revenue by month, last {k.months.length} months
              </Text>
              <SimpleGrid cols={2} spacing="xs">
                <Labelled label="Sourced, last 4 quarters">
                  <Text size="sm" data-testid="kpi-sourced">
                    {formatAmount({ amount: sourced, currency: k.currency })}
                  </Text>
                </Labelled>
                <Labelled label="Influenced, last 4 quarters">
                  <Text size="sm">{formatAmount({ amount: influenced, currency: k.currency })}</Text>
                </Labelled>
                <Labelled label="Win rate">
                  <Text size="sm">{won + lost === 0 ? '—' : `${Math.round((1000 * won) / (won + lost)) / 10} %`}</Text>
                </Labelled>
                <Labelled label="Time to first deal">
                  <Group gap={4}>
                    <Text size="sm">{k.daysToFirstDeal === null ? 'No won deal yet' : `${k.daysToFirstDeal} days`}</Text>
                  </Group>
                </Labelled>
              </SimpleGrid>
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
