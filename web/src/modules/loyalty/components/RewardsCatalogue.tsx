import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Empty } from '../../../ui/States';
import { type LoyaltyReward, useRedeem } from '../api';

/** The catalogue as cards; a partner's people redeem what their balance covers. */
export function RewardsCatalogue({
  rewards,
  balance,
  onEdit,
}: {
  rewards: LoyaltyReward[];
  balance: number | null;
  onEdit?: (r: LoyaltyReward) => void;
}) {
  const redeem = useRedeem();
  if (rewards.length === 0) return <Empty title="No rewards in the catalogue yet" />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-label="Rewards catalogue">
      {rewards.map((r) => {
        const outOfStock = r.available !== null && r.available <= 0;
        const short = balance !== null ? r.pointsCost - balance : 0;
        return (
          <Card key={r.id} withBorder aria-label={r.name}>
            <Stack gap={6} h="100%" justify="space-between">
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{r.name}</Text>
                  {!r.active && <Badge color="gray">Retired</Badge>}
                </Group>
                {r.description && (
                  <Text size="sm" c="dimmed">
                    {r.description}
                  </Text>
                )}
              </Stack>
              <Group justify="space-between" mt="sm">
                <Stack gap={0}>
                  <Text fw={700}>{r.pointsCost.toLocaleString()} points</Text>
                  <Text size="xs" c="dimmed">
                    {r.available === null ? 'Always available' : outOfStock ? 'Out of stock' : `${r.available} left`}
                  </Text>
                </Stack>
                {r.can.redeem && balance !== null && (
                  <Button
                    size="xs"
                    disabled={outOfStock || short > 0}
                    title={short > 0 ? `${short.toLocaleString()} points to go` : undefined}
                    loading={redeem.isPending && redeem.variables?.rewardId === r.id}
                    onClick={() =>
                      redeem.run(
                        { rewardId: r.id },
                        { success: () => `Redeemed ${r.pointsCost.toLocaleString()} points for ${r.name}` },
                      )
                    }
                  >
                    Redeem
                  </Button>
                )}
                {onEdit && r.can.edit && (
                  <Button size="xs" variant="default" onClick={() => onEdit(r)}>
                    Edit
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
