import { Anchor, Badge, Button, Card, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDate } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, QueryState } from '../../../ui/States';
import { isPartnerSide, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type IdeaStage, STAGE_COLORS, STAGE_LABELS, STAGES, useFunnel, useIdeas } from '../api';
import { SubmitIdeaForm } from '../components/SubmitIdeaForm';

/** The innovation funnel: counts per stage and the ideas (a partner's people: their company's). */
export function IdeasPage() {
  const user = useCurrentUser();
  const [stage, setStage] = useState<IdeaStage | null>(null);
  const funnel = useFunnel();
  const ideas = useIdeas(stage);
  const dialog = useDialog();
  const portal = isPartnerSide(user);
  return (
    <>
      <PageHeader
        title="Innovation funnel"
        description="Ideas for joint innovation, from submission through feasibility, prototype and pilot to launch."
        actions={
          portal && user.partnerId ? (
            <Button onClick={() => dialog.open(null)}>Submit an idea</Button>
          ) : mayApp(user, 'recordIdeas') ? (
            <Button onClick={() => dialog.open(null)}>Record an idea for a partner</Button>
          ) : undefined
        }
      />
      <QueryState query={funnel}>
        {(f) => (
          <SimpleGrid cols={{ base: 3, sm: 6 }} mb="md" aria-label="Funnel">
            {STAGES.map((s) => (
              <Card
                key={s}
                withBorder
                padding="sm"
                style={{ cursor: 'pointer', outline: stage === s ? '2px solid var(--mantine-color-blue-5)' : undefined }}
                onClick={() => setStage(stage === s ? null : s)}
                aria-label={`${STAGE_LABELS[s]}: ${f.stages[s]}`}
              >
                <Text size="xs" c="dimmed">
                  {STAGE_LABELS[s]}
                </Text>
                <Text fw={700} size="xl">
                  {f.stages[s]}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      <QueryState query={ideas}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty
              title="No ideas here"
              description={
                portal
                  ? 'Submit one: the vendor reviews it.'
                  : 'Partners submit ideas in the portal; their alliance managers record the ones raised in a meeting.'
              }
            />
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table aria-label="Ideas">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Idea</Table.Th>
                    {!portal && <Table.Th>Partner</Table.Th>}
                    <Table.Th>Stage</Table.Th>
                    <Table.Th>Scores (value / feasibility)</Table.Th>
                    <Table.Th>Submitted</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/innovation/${i.id}`}>
                          {i.title}
                        </Anchor>
                      </Table.Td>
                      {!portal && <Table.Td>{i.partnerName}</Table.Td>}
                      <Table.Td>
                        <Badge color={STAGE_COLORS[i.stage]} variant="light">
                          {STAGE_LABELS[i.stage]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {i.scores.count === 0
                          ? '—'
                          : `${(i.scores.value ?? 0) / 10} / ${(i.scores.feasibility ?? 0) / 10} (${i.scores.count})`}
                      </Table.Td>
                      <Table.Td>{formatDate(i.createdAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      <FormDialog dialog={dialog} title={portal ? 'Submit an idea' : 'Record an idea for a partner'}>
        {() =>
          portal ? (
            <SubmitIdeaForm partnerId={user.partnerId ?? ''} onDone={dialog.close} />
          ) : (
            <SubmitIdeaForm partnerId={null} onBehalf onDone={dialog.close} />
          )
        }
      </FormDialog>
      <Group />
    </>
  );
}
