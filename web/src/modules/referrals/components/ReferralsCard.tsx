import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { useReferralSummary } from '../api';

/** The portal home's referral card: the partner's clicks (90 days), sign-ups, customers and commissions. */
export function ReferralsCard({ partnerId }: { partnerId: string }) {
  const summary = useReferralSummary(partnerId);
  const mine = summary.data?.partners.find((p) => p.partnerId === partnerId);
  return (
    <SectionCard
      title="Referrals"
      label="Referrals"
      action={
        <Anchor component={Link} to="/referrals" size="sm">
          Links and figures
        </Anchor>
      }
    >
      {mine ? (
        <Group gap="xl">
          <Text size="sm">{formatCount(mine.clicks90d)} clicks in 90 days</Text>
          <Text size="sm">{formatCount(mine.signups)} sign-ups</Text>
          <Text size="sm">{formatCount(mine.customers)} paying customers</Text>
          <Text size="sm">{mine.commissions.map(formatAmount).join(' + ') || 'No commissions yet'}</Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {summary.isLoading ? 'Loading…' : 'No referral links yet: make one on the Referrals page and share it.'}
        </Text>
      )}
    </SectionCard>
  );
}
