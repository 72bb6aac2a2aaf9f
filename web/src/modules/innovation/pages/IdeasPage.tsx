import { Anchor, Badge, Button, Card, Group, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, QueryState } from '../../../ui/States';
import { isPartnerSide } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type IdeaStage, STAGE_LABELS, STAGES, useFunnel, useIdeas, useSubmitIdea } from '../api';

export const STAGE_COLORS: Record<IdeaStage, string> = {
  submission: 'gray',
  feasibility: 'blue',
  prototype: 'violet',
  pilot: 'orange',
  launch: 'green',
  stopped: 'red',
};

function SubmitForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const submit = useSubmitIdea(partnerId);
  const form = useApiForm({
    initialValues: { title: '', problem: '', proposal: '', expectedValue: '' },
    mutation: submit,
    toVariables: (v) => v,
    success: (i) => `Submitted ${i.title}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Submit idea" onCancel={onDone}>
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea label="Customer problem" autosize {...form.getInputProps('problem')} />
      <Textarea label="What to build together" required autosize {...form.getInputProps('proposal')} />
      <Textarea label="Expected value" autosize {...form.getInputProps('expectedValue')} />
    </Form>
  );
}

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
        actions={portal && user.partnerId ? <Button onClick={() => dialog.open(null)}>Submit an idea</Button> : undefined}
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
              description={portal ? 'Submit one: the vendor reviews it.' : 'Partners submit ideas in the portal.'}
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
      <FormDialog dialog={dialog} title="Submit an idea">
        {() => <SubmitForm partnerId={user.partnerId ?? ''} onDone={dialog.close} />}
      </FormDialog>
      <Group />
    </>
  );
}
