import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatCount, formatDateTime } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useMarketingSummary } from '../api';

/**
 * The portal home's marketing card: kits to launch, what is sending, what it brought. With
 * `partnerId` (the vendor's partner 360): that partner's launches and leads.
 */
export function MarketingCard({ partnerId }: { partnerId?: string } = {}) {
  const summary = useMarketingSummary(partnerId);
  const s = summary.data;
  return (
    <SectionCard
      title="Marketing"
      label="Marketing"
      action={
        <Anchor component={Link} to="/marketing" size="sm">
          Campaigns
        </Anchor>
      }
    >
      {!s ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : s.launches === 0 ? (
        <Text size="sm">
          {partnerId
            ? 'No through-channel campaign launched yet.'
            : s.kitsOffered > 0
              ? `${s.kitsOffered} ready-made campaign${s.kitsOffered === 1 ? '' : 's'} to launch to your contacts under your name.`
              : 'No campaign kits offered yet.'}
        </Text>
      ) : (
        <Group gap="xl">
          <Text size="sm">{formatCount(s.launchesRunning)} sending</Text>
          <Text size="sm">{formatCount(s.sent)} e-mails sent</Text>
          <Text size="sm">{formatCount(s.leads90d)} leads in 90 days</Text>
          {s.nextSendAt && <Text size="sm">next e-mails {formatDateTime(s.nextSendAt)}</Text>}
        </Group>
      )}
    </SectionCard>
  );
}
