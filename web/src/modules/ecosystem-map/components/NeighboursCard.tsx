import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { COLORS, LABELS } from '../../../ui/labels';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { usePartnerNeighbours } from '../api';

const SHOWN = 6;

/**
 * The partner's neighbours on the ecosystem map (partner 360, vendor staff): the partners it
 * shares open or won deals with, and the vendor where it integrates, with a link to the map
 * centred on it.
 */
export function NeighboursCard({ partnerId }: { partnerId: string }) {
  const neighbours = usePartnerNeighbours(partnerId);
  return (
    <SectionCard
      title="Ecosystem neighbours"
      label="Ecosystem neighbours"
      action={
        <Button size="xs" variant="subtle" component={Link} to={`/ecosystem-map?focus=${partnerId}`}>
          Open the map
        </Button>
      }
    >
      <QueryState query={neighbours}>
        {(r) =>
          r.neighbours.length === 0 ? (
            <Empty
              title="No neighbours yet"
              description="No other partner shares an open or won deal with this one, and it lists no integration."
            />
          ) : (
            <Stack gap={6}>
              {r.neighbours.slice(0, SHOWN).map((n) => (
                <Group key={n.id} justify="space-between" wrap="nowrap" gap="xs">
                  <div>
                    {n.partnerId ? (
                      <Anchor component={Link} to={`/partners/${n.partnerId}`} size="sm">
                        {n.name}
                      </Anchor>
                    ) : (
                      <Text size="sm">{n.name}</Text>
                    )}
                    <Group gap={4}>
                      {n.kinds.map((k) => (
                        <Badge key={k} size="xs" variant="light" color={COLORS.ecosystemEdgeKind[k]}>
                          {LABELS.ecosystemEdgeKind[k]}
                        </Badge>
                      ))}
                    </Group>
                  </div>
                  <Text size="xs" c="dimmed" ta="right">
                    {n.count} shared{n.value && n.value.amount > 0 ? ` · ${formatAmount(n.value)}` : ''}
                  </Text>
                </Group>
              ))}
              {r.neighbours.length > SHOWN && (
                <Text size="xs" c="dimmed">
                  and {r.neighbours.length - SHOWN} more on the map
                </Text>
              )}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
