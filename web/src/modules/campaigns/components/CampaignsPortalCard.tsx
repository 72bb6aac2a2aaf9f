import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { MoneyText } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { STATUS_COLORS, STATUS_LABELS, TYPE_LABELS, useCampaigns } from '../api';

/** Portal home: the company's joint campaigns running now or in the next two months, and proposals waiting for the vendor. */
export function CampaignsPortalCard({ partnerId, vendor = false }: { partnerId: string; vendor?: boolean }) {
  const today = new Date().toISOString().slice(0, 10);
  const until = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const campaigns = useCampaigns({ partnerId, from: today, to: until });
  return (
    <SectionCard
      title="Joint campaigns"
      label="Joint campaigns"
      action={
        <Button size="xs" variant="subtle" component={Link} to="/campaigns">
          Calendar
        </Button>
      }
    >
      <QueryState query={campaigns}>
        {(rows) => {
          const live = rows.filter((c) => c.status !== 'cancelled' && c.status !== 'declined' && c.status !== 'completed');
          if (live.length === 0) {
            return (
              <Text size="sm" c="dimmed">
                {vendor
                  ? 'No joint campaign with this partner in the next two months.'
                  : 'No campaign in the next two months. Propose one on the calendar: your partner manager approves it and the budget split.'}
              </Text>
            );
          }
          return (
            <Stack gap="xs">
              {live.slice(0, 5).map((c) => (
                <Group key={c.id} justify="space-between" wrap="nowrap">
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/campaigns/${c.id}`} size="sm">
                      {c.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {TYPE_LABELS[c.type]} · {c.startsOn} – {c.endsOn} · {vendor ? 'partner funds' : 'you fund'}{' '}
                      <MoneyText value={c.partnerShare} />
                    </Text>
                  </Stack>
                  <Badge variant="light" color={STATUS_COLORS[c.status]}>
                    {c.status === 'proposed' ? 'Awaiting approval' : STATUS_LABELS[c.status]}
                  </Badge>
                </Group>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
