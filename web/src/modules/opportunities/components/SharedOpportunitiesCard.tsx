import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDay } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { MoneyText } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useRecentOpportunities } from '../api';

/** The portal home: the open opportunities the vendor shares with the partner's company. */
export function SharedOpportunitiesCard() {
  const recent = useRecentOpportunities();
  return (
    <SectionCard
      title="Shared opportunities"
      label="Shared opportunities"
      action={
        <Button size="xs" variant="light" component={Link} to="/opportunities">
          All shared opportunities
        </Button>
      }
    >
      <QueryState query={recent}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              No open opportunity is shared with your company yet. Ask the vendor to co-sell a deal from the Shared opportunities
              page.
            </Text>
          ) : (
            <Stack gap="xs">
              {rows.map((o) => (
                <Group key={o.id} justify="space-between" wrap="nowrap">
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/opportunities/${o.id}`} size="sm" fw={600}>
                      {o.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {o.account.name}
                      {o.stage ? ` · ${LABELS.opportunityStage[o.stage]}` : ''}
                      {o.closeDate ? ` · closes ${formatDay(o.closeDate)}` : ''}
                    </Text>
                  </Stack>
                  {o.amount !== null && o.currency && <MoneyText value={{ amount: o.amount, currency: o.currency }} />}
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
