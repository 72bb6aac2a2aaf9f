import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Labelled } from '../../../ui/Fact';
import { formatDay } from '../../../ui/format';
import { formatAmount, MoneyText } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useFunds } from '../api';

/**
 * A partner's market development funds at a glance — available, awaiting a decision, awaiting
 * payment, expiring soon — on the portal home and the partner page.
 */
export function MdfFundsCard({ partnerId }: { partnerId: string }) {
  const funds = useFunds(partnerId);
  return (
    <SectionCard
      title="Market development funds"
      label="Market development funds"
      action={
        <Button size="xs" variant="subtle" component={Link} to="/mdf">
          Open MDF
        </Button>
      }
    >
      <QueryState query={funds} loading="Loading funds…">
        {(f) =>
          f.totals.length === 0 ? (
            <Empty
              title="No funds allocated yet"
              description="Allocated or accrued MDF shows here, with what you may still request."
            />
          ) : (
            <Stack gap="sm">
              <SimpleGrid cols={2} spacing="sm">
                <Labelled label="Available to request">
                  <Text size="sm">
                    <span data-testid="mdf-available">
                      {f.availableReporting
                        ? formatAmount(f.availableReporting)
                        : f.totals.map((t) => formatAmount({ amount: t.available, currency: t.currency })).join(' · ')}
                    </span>
                  </Text>
                </Labelled>
                <Labelled label="Paid to date">
                  <Text size="sm">{f.totals.map((t) => formatAmount({ amount: t.paid, currency: t.currency })).join(' · ')}</Text>
                </Labelled>
                <Labelled label="Awaiting a decision">
                  <Text size="sm">
                    {f.pendingRequests} request{f.pendingRequests === 1 ? '' : 's'}, {f.pendingClaims} claim
                    {f.pendingClaims === 1 ? '' : 's'}
                  </Text>
                </Labelled>
                <Labelled label="Awaiting payment">
                  <Text size="sm">
                    {f.awaitingPayment.length === 0 ? 'Nothing' : f.awaitingPayment.map((m) => formatAmount(m)).join(' · ')}
                  </Text>
                </Labelled>
              </SimpleGrid>
              {f.expiring.map((e) => (
                <Group key={e.allocationId} gap={6}>
                  <Text size="sm" c="orange" fw={600}>
                    <MoneyText value={e.available} /> of {e.period} expires {formatDay(e.expiresOn)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
