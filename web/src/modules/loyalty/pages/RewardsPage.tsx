import { Badge, Grid, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatDate, formatDay } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, NotFoundState, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import {
  REDEMPTION_COLORS,
  REDEMPTION_LABELS,
  useLoyaltyEntries,
  useLoyaltyRules,
  useLoyaltySummary,
  useRedemptions,
  useRewards,
} from '../api';
import { RewardsCatalogue } from '../components/RewardsCatalogue';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value.toLocaleString()}
      </Text>
    </Stack>
  );
}

/** The portal's rewards: the company's points balance, how to earn more, the catalogue, its redemptions and history. */
export function RewardsPage() {
  const user = useCurrentUser();
  const partnerId = user.partnerId ?? '';
  const summary = useLoyaltySummary(partnerId);
  const rewards = useRewards();
  const redemptions = useRedemptions();
  const entries = useLoyaltyEntries(partnerId);
  const rules = useLoyaltyRules();
  if (!user.partnerId) return <NotFoundState what="Rewards" />;
  return (
    <>
      <PageHeader
        title="Rewards"
        description="Loyalty points your company earns for certifications, registered and won deals, courses and content use — and what they buy."
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <SectionCard title="Your points" label="Your points">
              <QueryState query={summary}>
                {(s) => (
                  <Stack>
                    <SimpleGrid cols={{ base: 2, sm: 4 }}>
                      <Figure label="Balance" value={s.balance} />
                      <Figure label="Earned in 12 months" value={s.earnedLast12Months} />
                      <Figure label="Waiting for approval" value={s.pending} />
                      <Figure label="Redeemed" value={s.redeemed} />
                    </SimpleGrid>
                    {s.nextReward && (
                      <Text size="sm">
                        {s.nextReward.missing.toLocaleString()} points to go for <b>{s.nextReward.name}</b>.
                      </Text>
                    )}
                    {s.nextExpiry && (
                      <Text size="sm" c="orange">
                        {s.nextExpiry.points.toLocaleString()} points expire on {formatDay(s.nextExpiry.on)}: redeem them before
                        then (the oldest points expire first).
                      </Text>
                    )}
                    {s.expired > 0 && (
                      <Text size="xs" c="dimmed">
                        {s.expired.toLocaleString()} points have expired so far; points expire {s.expiryMonths} months after they
                        were earned.
                      </Text>
                    )}
                  </Stack>
                )}
              </QueryState>
            </SectionCard>
            <SectionCard title="Catalogue">
              <QueryState query={rewards}>
                {(rows) => <RewardsCatalogue rewards={rows} balance={summary.data?.balance ?? 0} />}
              </QueryState>
            </SectionCard>
            <SectionCard title="Your redemptions">
              <QueryState query={redemptions}>
                {(rows) =>
                  rows.length === 0 ? (
                    <Empty title="Nothing redeemed yet" />
                  ) : (
                    <Table aria-label="Redemptions">
                      <Table.Tbody>
                        {rows.map((r) => (
                          <Table.Tr key={r.id}>
                            <Table.Td>{r.rewardName}</Table.Td>
                            <Table.Td>{r.points.toLocaleString()} points</Table.Td>
                            <Table.Td>{formatDate(r.createdAt)}</Table.Td>
                            <Table.Td>
                              <Badge variant="light" color={REDEMPTION_COLORS[r.status]}>
                                {REDEMPTION_LABELS[r.status]}
                              </Badge>
                            </Table.Td>
                            <Table.Td>
                              <Text size="xs" c="dimmed">
                                {r.decisionNote}
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )
                }
              </QueryState>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <SectionCard title="How to earn points">
              <QueryState query={rules}>
                {(r) => (
                  <Table aria-label="Points table">
                    <Table.Tbody>
                      {r.data
                        .filter((x) => x.active && x.points > 0)
                        .map((x) => (
                          <Table.Tr key={x.source}>
                            <Table.Td>{x.label}</Table.Td>
                            <Table.Td>
                              {x.points.toLocaleString()}
                              {x.capPerPeriod !== null && (
                                <Text size="xs" c="dimmed">
                                  up to {x.capPerPeriod.toLocaleString()} a {x.period}
                                </Text>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                    </Table.Tbody>
                  </Table>
                )}
              </QueryState>
            </SectionCard>
            <SectionCard title="History">
              <QueryState query={entries}>
                {(rows) =>
                  rows.length === 0 ? (
                    <Empty title="No points yet" />
                  ) : (
                    <Table aria-label="Points history">
                      <Table.Tbody>
                        {rows.slice(0, 30).map((e) => (
                          <Table.Tr key={e.id}>
                            <Table.Td>
                              <Text size="sm">{e.label}</Text>
                              <Text size="xs" c="dimmed">
                                {formatDate(e.occurredAt)}
                              </Text>
                            </Table.Td>
                            <Table.Td ta="right">
                              <Text size="sm" fw={600} c={e.points < 0 ? 'red' : 'teal'}>
                                {e.points > 0 ? '+' : ''}
                                {e.points.toLocaleString()}
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )
                }
              </QueryState>
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
