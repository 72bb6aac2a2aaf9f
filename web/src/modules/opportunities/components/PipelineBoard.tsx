import { ActionIcon, Badge, Card, Group, Menu, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { MoneyText } from '../../../ui/money';
import { Empty, QueryState } from '../../../ui/States';
import { type Opportunity, type OpportunityStage, useMoveStage, useOpenPipeline } from '../api';

const OPEN: readonly OpportunityStage[] = ['prospecting', 'qualification', 'proposal', 'negotiation'];
const ALL: readonly OpportunityStage[] = [...OPEN, 'closed_won', 'closed_lost'];

function BoardCard({ o, manage }: { o: Opportunity; manage: boolean }) {
  const move = useMoveStage();
  return (
    <Card withBorder padding="sm" radius="md" aria-label={`${o.number} ${o.title}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} component={Link} to={`/opportunities/${o.id}`} lineClamp={2}>
            {o.title}
          </Text>
          <Text size="xs" c="dimmed">
            {o.number} · {o.account.name}
          </Text>
        </Stack>
        {manage && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={`Move ${o.number} to another stage`} loading={move.isPending}>
                <IconArrowsExchange size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Move to</Menu.Label>
              {ALL.filter((s) => s !== o.stage).map((stage) => (
                <Menu.Item
                  key={stage}
                  color={stage === 'closed_lost' ? 'red' : stage === 'closed_won' ? 'green' : undefined}
                  onClick={() =>
                    move.run({ id: o.id, stage }, { success: `${o.number} moved to ${LABELS.opportunityStage[stage]}` })
                  }
                >
                  {LABELS.opportunityStage[stage]}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <Group justify="space-between" mt={6} gap={4}>
        {o.amount !== null && o.currency ? (
          <Text size="sm">
            <MoneyText value={{ amount: o.amount, currency: o.currency }} />
          </Text>
        ) : (
          <span />
        )}
        {o.closeDate && (
          <Text size="xs" c="dimmed">
            closes {formatDate(o.closeDate)}
          </Text>
        )}
      </Group>
    </Card>
  );
}

/** The open pipeline by stage; managers move a deal with its stage menu (won and lost leave the board). */
export function PipelineBoard({ manage }: { manage: boolean }) {
  const pipeline = useOpenPipeline();
  return (
    <QueryState query={pipeline}>
      {(rows) =>
        rows.length === 0 ? (
          <Empty title="No open opportunities" />
        ) : (
          <ScrollArea type="auto">
            <SimpleGrid cols={4} spacing="sm" miw={900} role="list" aria-label="Pipeline board">
              {OPEN.map((stage) => {
                const here = rows.filter((o) => o.stage === stage);
                return (
                  <Stack key={stage} gap="xs" role="listitem" aria-label={LABELS.opportunityStage[stage]}>
                    <Group justify="space-between">
                      <Text fw={600}>{LABELS.opportunityStage[stage]}</Text>
                      <Badge variant="light">{here.length}</Badge>
                    </Group>
                    {here.map((o) => (
                      <BoardCard key={o.id} o={o} manage={manage} />
                    ))}
                  </Stack>
                );
              })}
            </SimpleGrid>
          </ScrollArea>
        )
      }
    </QueryState>
  );
}
