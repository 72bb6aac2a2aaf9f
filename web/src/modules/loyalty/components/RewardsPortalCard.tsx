import { Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useLoyaltySummary } from '../api';

/** Portal home: the company's points, what is waiting for approval, and the next reward to aim for. */
export function RewardsPortalCard({ partnerId, vendor = false }: { partnerId: string; vendor?: boolean }) {
  const summary = useLoyaltySummary(partnerId);
  return (
    <SectionCard
      title="Loyalty points"
      label="Loyalty points"
      action={
        <Button size="xs" variant="subtle" component={Link} to={vendor ? '/loyalty' : '/rewards'}>
          {vendor ? 'Loyalty' : 'Rewards'}
        </Button>
      }
    >
      <QueryState query={summary}>
        {(s) => (
          <Stack gap={4}>
            <Group gap="xs" align="baseline">
              <Text fw={700} size="xl">
                {s.balance.toLocaleString()}
              </Text>
              <Text size="sm" c="dimmed">
                points to spend
              </Text>
            </Group>
            {s.pending > 0 && <Text size="sm">{s.pending.toLocaleString()} points in redemptions waiting for approval.</Text>}
            {s.affordableRewards > 0 ? (
              <Text size="sm">
                Enough for {s.affordableRewards} reward{s.affordableRewards === 1 ? '' : 's'} in the catalogue.
              </Text>
            ) : s.nextReward ? (
              <Text size="sm">
                {s.nextReward.missing.toLocaleString()} points to go for {s.nextReward.name}.
              </Text>
            ) : null}
            {s.nextExpiry && (
              <Text size="sm" c="orange">
                {s.nextExpiry.points.toLocaleString()} points expire on {formatDay(s.nextExpiry.on)}.
              </Text>
            )}
            {!vendor && (
              <Text size="xs" c="dimmed">
                Earn more with certifications, registered and won deals.
              </Text>
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
