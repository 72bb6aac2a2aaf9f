import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import {
  type LoyaltyReward,
  type LoyaltyRules,
  REDEMPTION_COLORS,
  REDEMPTION_LABELS,
  useCreateReward,
  useLeaderboard,
  useLoyaltyRules,
  useMoveRedemption,
  useRedemptions,
  useRewards,
  useSaveRules,
  useUpdateReward,
} from '../api';
import { ExpirySettings } from '../components/ExpirySettings';
import { RewardsCatalogue } from '../components/RewardsCatalogue';

function Redemptions() {
  const open = useRedemptions(['requested', 'approved']);
  const done = useRedemptions(['fulfilled', 'rejected']);
  const move = useMoveRedemption();
  return (
    <Stack gap="md">
      <SectionCard title="To approve or send" label="Redemptions to approve">
        <QueryState query={open}>
          {(rows) =>
            rows.length === 0 ? (
              <Empty title="Nothing waiting" description="Partners redeem their points for rewards in the portal." />
            ) : (
              <Table aria-label="Open redemptions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Reward</Table.Th>
                    <Table.Th>Points</Table.Th>
                    <Table.Th>Requested</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/partners/${r.partnerId}`}>
                          {r.partnerName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {r.rewardName}
                        {r.note && (
                          <Text size="xs" c="dimmed">
                            {r.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{r.points.toLocaleString()}</Table.Td>
                      <Table.Td>{formatDate(r.createdAt)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={REDEMPTION_COLORS[r.status]}>
                          {REDEMPTION_LABELS[r.status]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          {r.can.approve && (
                            <Button
                              size="xs"
                              onClick={() =>
                                move.run({ id: r.id, status: 'approved' }, { success: () => `Approved ${r.rewardName}` })
                              }
                            >
                              Approve
                            </Button>
                          )}
                          {r.can.fulfil && (
                            <Button
                              size="xs"
                              onClick={() =>
                                move.run({ id: r.id, status: 'fulfilled' }, { success: () => `${r.rewardName} marked as sent` })
                              }
                            >
                              Mark sent
                            </Button>
                          )}
                          {r.can.reject && (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() =>
                                move.run(
                                  { id: r.id, status: 'rejected' },
                                  { success: () => `Rejected: ${r.points} points returned to ${r.partnerName}` },
                                )
                              }
                            >
                              Reject
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </SectionCard>
      <SectionCard title="Done">
        <QueryState query={done}>
          {(rows) =>
            rows.length === 0 ? (
              <Empty title="None yet" />
            ) : (
              <Table aria-label="Closed redemptions">
                <Table.Tbody>
                  {rows.slice(0, 50).map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.partnerName}</Table.Td>
                      <Table.Td>{r.rewardName}</Table.Td>
                      <Table.Td>{r.points.toLocaleString()}</Table.Td>
                      <Table.Td>{formatDate(r.updatedAt)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={REDEMPTION_COLORS[r.status]}>
                          {REDEMPTION_LABELS[r.status]}
                        </Badge>
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
  );
}

function Leaderboard() {
  const board = useLeaderboard();
  return (
    <SectionCard title="Leaderboard" description="Points earned in the last twelve months." label="Leaderboard">
      <QueryState query={board}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No points earned yet" />
          ) : (
            <Table aria-label="Leaderboard">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>#</Table.Th>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Earned (12 months)</Table.Th>
                  <Table.Th>Balance</Table.Th>
                  <Table.Th>Redeemed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={r.partnerId}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${r.partnerId}`}>
                        {r.partnerName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{r.earnedLast12Months.toLocaleString()}</Table.Td>
                    <Table.Td>{r.balance.toLocaleString()}</Table.Td>
                    <Table.Td>{r.redeemed.toLocaleString()}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

function RewardForm({ reward, onDone }: { reward: LoyaltyReward | null; onDone: () => void }) {
  const create = useCreateReward();
  const update = useUpdateReward();
  const form = useApiForm<
    { name: string; description: string; pointsCost: number | ''; stock: number | ''; active: boolean },
    unknown,
    unknown
  >({
    initialValues: {
      name: reward?.name ?? '',
      description: reward?.description ?? '',
      pointsCost: reward?.pointsCost ?? '',
      stock: reward?.stock ?? '',
      active: reward?.active ?? true,
    },
    validate: {
      name: (v: string) => (v.trim() ? null : 'Name the reward'),
      pointsCost: (v: number | '') => (v === '' || v < 1 ? 'At least 1 point' : null),
    },
    mutation: (reward ? update : create) as never,
    toVariables: (v) => ({
      ...(reward ? { id: reward.id } : {}),
      name: v.name.trim(),
      description: v.description,
      pointsCost: v.pointsCost,
      stock: v.stock === '' ? null : v.stock,
      active: v.active,
    }),
    success: () => (reward ? 'Reward saved' : 'Reward added to the catalogue'),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={reward ? 'Save' : 'Add reward'} onCancel={onDone}>
      <TextInput label="Name" required {...form.getInputProps('name')} />
      <Textarea label="Description" autosize {...form.getInputProps('description')} />
      <NumberInput label="Points" required min={1} allowDecimal={false} {...form.getInputProps('pointsCost')} />
      <NumberInput
        label="Stock"
        description="How many can be redeemed in all; empty: unlimited"
        min={0}
        allowDecimal={false}
        {...form.getInputProps('stock')}
      />
      <Switch label="In the catalogue" {...form.getInputProps('active', { type: 'checkbox' })} />
    </Form>
  );
}

function Catalogue({ canEdit }: { canEdit: boolean }) {
  const rewards = useRewards(true);
  const dialog = useDialog<LoyaltyReward>();
  return (
    <SectionCard
      title="Rewards catalogue"
      action={
        canEdit && (
          <Button size="xs" onClick={() => dialog.open(null)}>
            Add a reward
          </Button>
        )
      }
    >
      <QueryState query={rewards}>
        {(rows) => <RewardsCatalogue rewards={rows} balance={null} onEdit={(r) => dialog.open(r)} />}
      </QueryState>
      <FormDialog dialog={dialog} title={(r) => (r ? `Edit ${r.name}` : 'Add a reward')}>
        {(r) => <RewardForm reward={r} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function RulesTable({ rules }: { rules: LoyaltyRules }) {
  const save = useSaveRules();
  const [rows, setRows] = useState(rules.data);
  useEffect(() => setRows(rules.data), [rules.data]);
  const set = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Stack>
      <Table aria-label="Points table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Engagement</Table.Th>
            <Table.Th>Points</Table.Th>
            <Table.Th>Cap per period</Table.Th>
            <Table.Th>Period</Table.Th>
            <Table.Th>On</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.source}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${r.label} points`}
                  size="xs"
                  min={0}
                  allowDecimal={false}
                  disabled={!rules.can.edit}
                  value={r.points}
                  onChange={(v) => set(i, { points: typeof v === 'number' ? v : 0 })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${r.label} cap`}
                  size="xs"
                  min={1}
                  allowDecimal={false}
                  placeholder="No cap"
                  disabled={!rules.can.edit}
                  value={r.capPerPeriod ?? ''}
                  onChange={(v) => set(i, { capPerPeriod: typeof v === 'number' ? v : null })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${r.label} period`}
                  size="xs"
                  disabled={!rules.can.edit}
                  data={[
                    { value: 'month', label: 'Month' },
                    { value: 'quarter', label: 'Quarter' },
                    { value: 'year', label: 'Year' },
                  ]}
                  allowDeselect={false}
                  value={r.period}
                  onChange={(v) => set(i, { period: (v ?? 'month') as typeof r.period })}
                />
              </Table.Td>
              <Table.Td>
                <Switch
                  aria-label={`${r.label} on`}
                  disabled={!rules.can.edit}
                  checked={r.active}
                  onChange={(e) => set(i, { active: e.currentTarget.checked })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rules.can.edit && (
        <Group justify="flex-end">
          <Button
            loading={save.isPending}
            onClick={() =>
              save.run(
                {
                  rules: rows.map(({ source, points, capPerPeriod, period, active }) => ({
                    source,
                    points,
                    capPerPeriod,
                    period,
                    active,
                  })),
                },
                { success: () => 'Points table saved' },
              )
            }
          >
            Save points table
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The vendor's loyalty programme: redemptions to decide, the leaderboard, the catalogue and the points table. */
export function LoyaltyPage() {
  const rules = useLoyaltyRules();
  return (
    <>
      <PageHeader
        title="Loyalty"
        description="Points partners earn for certifications, registered and won deals, courses and content use; the rewards they redeem them for."
      />
      <Tabs defaultValue="redemptions" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="redemptions">Redemptions</Tabs.Tab>
          <Tabs.Tab value="leaderboard">Leaderboard</Tabs.Tab>
          <Tabs.Tab value="catalogue">Catalogue</Tabs.Tab>
          <Tabs.Tab value="rules">Points table</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="redemptions">
          <Redemptions />
        </Tabs.Panel>
        <Tabs.Panel value="leaderboard">
          <Leaderboard />
        </Tabs.Panel>
        <Tabs.Panel value="catalogue">
          <Catalogue canEdit={rules.data?.can.edit ?? false} />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <SectionCard
            title="Points table"
            description="What one engagement earns, and at most how much per partner in a period."
          >
            <QueryState query={rules}>{(r) => <RulesTable rules={r} />}</QueryState>
          </SectionCard>
          <Box mt="md">
            <ExpirySettings />
          </Box>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
