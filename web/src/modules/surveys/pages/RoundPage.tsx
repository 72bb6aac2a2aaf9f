import { Alert, Badge, Button, Grid, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ConfirmDialog, useDialog } from '../../../ui/dialogs';
import { formatDateTime, formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type SurveyResults, type SurveyRound, useCloseRound, useNamedResponses, useResults, useRound } from '../api';
import { AnswerForm } from '../components/AnswerForm';
import { DimensionTable, GapChart } from '../components/GapChart';
import { dimensionLabel } from '../labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {children}
      </Text>
    </div>
  );
}

function Figures({ results }: { results: SurveyResults }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }}>
      {results.kind === 'nps' && results.nps ? (
        <>
          <Fact label="NPS">{results.nps.nps ?? '—'}</Fact>
          <Fact label="Promoters (9–10)">{results.nps.promoters}</Fact>
          <Fact label="Passives (7–8)">{results.nps.passives}</Fact>
          <Fact label="Detractors (0–6)">{results.nps.detractors}</Fact>
        </>
      ) : (
        <>
          <Fact label={results.kind === 'px' ? 'PX score (0–100)' : 'Diagnostic score (0–100)'}>{results.score ?? '—'}</Fact>
          {results.kind === 'health_diagnostic' && <Fact label="Perception gap (points)">{results.perceptionGap ?? '—'}</Fact>}
          <Fact label="Vendor answers">{results.respondents.vendor}</Fact>
          <Fact label="Partner answers">{results.respondents.partner}</Fact>
        </>
      )}
    </SimpleGrid>
  );
}

function Results({ round }: { round: SurveyRound }) {
  const results = useResults(round.id);
  return (
    <QueryState query={results}>
      {(r) =>
        r.respondents.vendor + r.respondents.partner === 0 ? (
          <Empty title="No answers yet" description={`Open until ${formatDay(round.closesOn)}.`} />
        ) : (
          <Stack gap="md">
            <Figures results={r} />
            {r.kind === 'health_diagnostic' && <GapChart results={r} />}
            {r.kind !== 'nps' && <DimensionTable results={r} />}
            {r.comments.length > 0 && (
              <Stack gap={4}>
                <Text fw={600} size="sm">
                  Comments
                </Text>
                {r.comments.map((c) => (
                  <Text key={`${c.questionId}:${c.side}:${c.comment}`} size="sm" component="div">
                    <Badge size="xs" variant="light" color={c.side === 'vendor' ? 'blue' : 'teal'} mr={6}>
                      {c.side}
                    </Badge>
                    {c.comment}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        )
      }
    </QueryState>
  );
}

function NamedResponses({ round }: { round: SurveyRound }) {
  const responses = useNamedResponses(round.id, round.can.viewResponses);
  return (
    <SectionCard title="Individual answers" label="Individual answers" description="Only administrators see who answered what.">
      <QueryState query={responses}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty title="No answers yet" />
          ) : (
            <Table>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.user?.name ?? '—'}</Table.Td>
                    <Table.Td>{r.side}</Table.Td>
                    <Table.Td>{r.answers.map((a) => `${a.questionId} ${a.score}`).join(', ')}</Table.Td>
                    <Table.Td>{formatDateTime(String(r.updatedAt))}</Table.Td>
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

function Round({ round }: { round: SurveyRound }) {
  const user = useCurrentUser();
  const closing = useDialog<true>();
  const close = useCloseRound(round.id);
  const dims = [...new Set(round.questions.map((q) => q.dimension))];
  return (
    <>
      <PageHeader
        title={round.title}
        crumbs={[{ label: 'Surveys', to: '/surveys' }]}
        badges={
          <Group gap="xs">
            <Badge color={COLORS.surveyKind[round.kind]}>{LABELS.surveyKind[round.kind]}</Badge>
            <Badge color={COLORS.surveyRoundStatus[round.status]} variant="light">
              {LABELS.surveyRoundStatus[round.status]}
            </Badge>
          </Group>
        }
        description={`${isVendor(user) ? `${round.partnerName} · ` : ''}${round.period} · open ${formatDay(round.opensOn)} – ${formatDay(round.closesOn)} · ${dims.map(dimensionLabel).join(', ')}`}
        actions={
          round.can.close ? (
            <Button variant="light" color="red" onClick={() => closing.open(true)}>
              Close now
            </Button>
          ) : undefined
        }
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: round.can.answer ? 6 : 12 }}>
          <SectionCard title="Results" label="Results">
            <Results round={round} />
          </SectionCard>
        </Grid.Col>
        {round.can.answer && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard title={round.myResponse ? 'Your answer' : 'Your answer, please'} label="Your answer">
              <AnswerForm round={round} />
            </SectionCard>
          </Grid.Col>
        )}
        {!round.can.answer && round.asked && round.answerBlocked && (
          <Grid.Col span={12}>
            <Alert color="gray">You cannot answer: {round.answerBlocked}.</Alert>
          </Grid.Col>
        )}
        {round.can.viewResponses && (
          <Grid.Col span={12}>
            <NamedResponses round={round} />
          </Grid.Col>
        )}
      </Grid>
      <ConfirmDialog
        dialog={closing}
        title={() => 'Close this survey now?'}
        confirmLabel="Close survey"
        mutation={close}
        variables={() => undefined}
        success={() => 'Survey closed'}
      >
        {() => 'Nobody can answer or change an answer after it closes. The results stay.'}
      </ConfirmDialog>
    </>
  );
}

/** One survey round: its results (per side, the perception gap, NPS) and the caller's answer. */
export function RoundPage() {
  const { id = '' } = useParams();
  const round = useRound(id);
  return <QueryState query={round}>{(r) => <Round round={r} />}</QueryState>;
}
