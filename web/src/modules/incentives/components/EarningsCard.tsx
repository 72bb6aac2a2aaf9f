import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { useEarningsSummary } from '../api';
import { nextPayoutText } from './EarningsSummaryCards';

/**
 * The portal home's earnings card: how much the partner has made, what is pending, when it is
 * paid. With `partnerId` (the vendor's partner 360): that partner's, linking to the ledger.
 */
export function EarningsCard({ partnerId }: { partnerId?: string } = {}) {
  const summary = useEarningsSummary(partnerId ?? null);
  const s = summary.data;
  const sum = (key: 'earnedT4q' | 'pending' | 'scheduled' | 'paid') =>
    s?.currencies
      .filter((c) => c[key] !== 0)
      .map((c) => formatAmount({ amount: c[key], currency: c.currency }))
      .join(' + ') || '—';
  return (
    <SectionCard
      title="Earnings"
      label="Earnings"
      action={
        <Anchor component={Link} to={partnerId ? '/incentives' : '/earnings'} size="sm">
          {partnerId ? 'Earnings ledger' : 'Statement'}
        </Anchor>
      }
    >
      {s && s.currencies.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm">Earned in the last four quarters: {sum('earnedT4q')}</Text>
          <Text size="sm">
            Pending:{' '}
            {s.currencies.map((c) => formatAmount({ amount: c.pending + c.scheduled, currency: c.currency })).join(' + ')}
          </Text>
          <Text size="sm">Next payout: {nextPayoutText(s)}</Text>
          {s.lastPayout && (
            <Text size="sm" c="dimmed">
              Last paid {s.lastPayout.amounts.map(formatAmount).join(' + ')} on {formatDate(s.lastPayout.date)}
            </Text>
          )}
          {s.held.length > 0 && (
            <Text size="sm" c="red">
              Held: {s.held.map((h) => `${formatAmount(h)} (${h.reason})`).join('; ')}
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {summary.isLoading
            ? 'Loading…'
            : 'No earnings yet: won deals you sourced or co-sold earn under your program’s incentive plans.'}
        </Text>
      )}
    </SectionCard>
  );
}
