import { SimpleGrid, Text } from '@mantine/core';
import { formatDate } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { type EarningsSummary, useEarningsSummary } from '../api';

const join = (items: { amount: number; currency: string }[]) =>
  items
    .filter((m) => m.amount !== 0)
    .map(formatAmount)
    .join(' + ') || '—';

export function nextPayoutText(s: EarningsSummary): string {
  if (!s.nextPayout) return s.held.length > 0 ? 'none while payouts are held' : 'Nothing pending';
  return `${join(s.nextPayout.amounts)} on ${formatDate(s.nextPayout.date)}${s.nextPayout.estimated ? ' (expected)' : ''}`;
}

/** Earned (trailing four quarters), pending, paid and the next payout: of one partner, or of all. */
export function EarningsSummaryCards({ partnerId }: { partnerId: string | null }) {
  const summary = useEarningsSummary(partnerId);
  const s = summary.data;
  if (!s) return null;
  const of = (key: 'earnedT4q' | 'pending' | 'scheduled' | 'paid') =>
    join(s.currencies.map((c) => ({ amount: c[key], currency: c.currency })));
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <SectionCard title={of('earnedT4q')} label="Earned in the last four quarters">
        <Text size="sm" c="dimmed">
          Earned, last four quarters
        </Text>
      </SectionCard>
      <SectionCard
        title={join(s.currencies.map((c) => ({ amount: c.pending + c.scheduled, currency: c.currency })))}
        label="Pending"
      >
        <Text size="sm" c="dimmed">
          Pending payout
        </Text>
      </SectionCard>
      <SectionCard title={of('paid')} label="Paid">
        <Text size="sm" c="dimmed">
          Paid to date
        </Text>
      </SectionCard>
      <SectionCard title={s.nextPayout ? formatDate(s.nextPayout.date) : '—'} label="Next payout">
        <Text size="sm" c="dimmed">
          Next payout: {nextPayoutText(s)}
        </Text>
      </SectionCard>
    </SimpleGrid>
  );
}
