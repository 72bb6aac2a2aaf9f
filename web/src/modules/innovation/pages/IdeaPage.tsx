import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
} from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { useVendorStaff } from '../../users/api';
import {
  type Idea,
  type IdeaStage,
  STAGE_COLORS,
  STAGE_LABELS,
  STAGES,
  useDecideIdea,
  useIdea,
  useScoreIdea,
  useSetReviewers,
} from '../api';

const tenths = (v: number | null) => (v === null ? '—' : (v / 10).toLocaleString(undefined, { maximumFractionDigits: 1 }));

function Decide({ idea }: { idea: Idea }) {
  const decide = useDecideIdea(idea.id);
  const next = STAGES[STAGES.indexOf(idea.stage) + 1];
  const [reason, setReason] = useState('');
  const [stage, setStage] = useState<string | null>(next && next !== 'stopped' ? next : 'stopped');
  return (
    <Stack gap="xs">
      <Select
        label="Decision"
        data={[
          ...(next && next !== 'stopped' ? [{ value: next, label: `On to ${STAGE_LABELS[next]}` }] : []),
          { value: 'stopped', label: 'Stop it' },
        ]}
        value={stage}
        onChange={setStage}
      />
      <Textarea label="Reason" autosize value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <Group>
        <Button
          onClick={() =>
            decide.run(
              { stage: (stage ?? 'stopped') as IdeaStage, reason },
              { success: 'Decision recorded', onSuccess: () => setReason('') },
            )
          }
        >
          Record decision
        </Button>
      </Group>
    </Stack>
  );
}

function Reviewers({ idea }: { idea: Idea }) {
  const staff = useVendorStaff();
  const set = useSetReviewers(idea.id);
  const [ids, setIds] = useState(idea.reviews.map((r) => r.reviewer.id));
  const options = (staff.data ?? [])
    .filter((u) => u.role === 'admin' || u.role === 'partner_manager' || u.role === 'executive')
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <Group align="flex-end">
      <MultiSelect label="Reviewers" data={options} value={ids} onChange={setIds} searchable style={{ flex: 1 }} />
      <Button variant="light" onClick={() => set.run(ids, { success: 'Reviewers saved' })}>
        Save reviewers
      </Button>
    </Group>
  );
}

function Score({ idea }: { idea: Idea }) {
  const score = useScoreIdea(idea.id);
  const [value, setValue] = useState<number | string>(3);
  const [feasibility, setFeasibility] = useState<number | string>(3);
  const [comment, setComment] = useState('');
  return (
    <Group align="flex-end">
      <NumberInput label="Value (1–5)" min={1} max={5} value={value} onChange={setValue} w={120} />
      <NumberInput label="Feasibility (1–5)" min={1} max={5} value={feasibility} onChange={setFeasibility} w={140} />
      <Textarea
        label="Comment"
        autosize
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        style={{ flex: 1 }}
      />
      <Button
        onClick={() => score.run({ value: Number(value), feasibility: Number(feasibility), comment }, { success: 'Score saved' })}
      >
        Save score
      </Button>
    </Group>
  );
}

/** One idea: what it is, its reviewers and scores, the decisions so far and the next one. */
export function IdeaPage() {
  const { id = '' } = useParams();
  const idea = useIdea(id);
  return (
    <QueryState query={idea} notFound={<NotFoundState what="Idea" />}>
      {(i) => (
        <>
          <PageHeader
            title={i.title}
            crumbs={[{ label: 'Innovation funnel', to: '/innovation' }]}
            badges={
              <Badge color={STAGE_COLORS[i.stage]} variant="light">
                {STAGE_LABELS[i.stage]}
              </Badge>
            }
            description={`${i.partnerName} · submitted ${formatDate(i.createdAt)}${i.submittedBy ? ` by ${i.submittedBy.name}` : ''}`}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack>
              <SectionCard title="The idea" label="The idea">
                <Stack gap="xs">
                  {i.problem && (
                    <Text size="sm">
                      <b>Problem:</b> {i.problem}
                    </Text>
                  )}
                  <Text size="sm">
                    <b>Proposal:</b> {i.proposal}
                  </Text>
                  {i.expectedValue && (
                    <Text size="sm">
                      <b>Expected value:</b> {i.expectedValue}
                    </Text>
                  )}
                  {i.stopReason && (
                    <Text size="sm" c="red">
                      <b>Stopped at {i.stoppedAt}:</b> {i.stopReason}
                    </Text>
                  )}
                </Stack>
              </SectionCard>
              <SectionCard title="Decisions" label="Decisions">
                {i.decisions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No decision yet.
                  </Text>
                ) : (
                  <Timeline bulletSize={14}>
                    {i.decisions.map((d) => (
                      <Timeline.Item key={d.id} title={`${STAGE_LABELS[d.fromStage]} → ${STAGE_LABELS[d.toStage]}`}>
                        <Text size="sm">{d.reason}</Text>
                        <Text size="xs" c="dimmed">
                          {formatDate(d.decidedAt)}
                          {d.decidedBy ? ` · ${d.decidedBy.name}` : ''}
                        </Text>
                      </Timeline.Item>
                    ))}
                  </Timeline>
                )}
                {i.can.decide && (
                  <Stack mt="md">
                    <Decide idea={i} />
                  </Stack>
                )}
              </SectionCard>
            </Stack>
            <SectionCard
              title="Reviews"
              label="Reviews"
              description={`Average value ${tenths(i.scores.value)}, feasibility ${tenths(i.scores.feasibility)} from ${i.scores.count} reviewer(s).`}
            >
              <Stack>
                {i.reviews.length > 0 && (
                  <Table>
                    <Table.Tbody>
                      {i.reviews.map((r) => (
                        <Table.Tr key={r.reviewer.id}>
                          <Table.Td>{r.reviewer.name}</Table.Td>
                          <Table.Td>
                            {r.scored ? (i.can.seeReviews ? `${r.value} / ${r.feasibility}` : 'Scored') : 'Not yet'}
                          </Table.Td>
                          <Table.Td>{r.comment}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
                {i.can.decide && <Reviewers idea={i} />}
                {i.can.score && <Score idea={i} />}
              </Stack>
            </SectionCard>
          </SimpleGrid>
        </>
      )}
    </QueryState>
  );
}
