import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../../api/errors';
import { type SurveyRound, useAnswer } from '../api';
import { dimensionLabel } from '../labels';

const AGREEMENT = ['1', '2', '3', '4', '5'];
const NPS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

type Draft = Record<string, { score: string | null; comment: string }>;

/**
 * One person's answer to a round: each question on its scale (1–5 agreement, 0–10 for NPS) with
 * an optional comment. Questions may be skipped; the answer can be changed until the round closes.
 */
export function AnswerForm({ round }: { round: SurveyRound }) {
  const answer = useAnswer(round.id);
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      round.questions.map((q) => {
        const mine = round.myResponse?.answers.find((a) => a.questionId === q.id);
        return [q.id, { score: mine ? String(mine.score) : null, comment: mine?.comment ?? '' }];
      }),
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (id: string, patch: Partial<Draft[string]>) =>
    setDraft((d) => ({ ...d, [id]: { ...(d[id] ?? { score: null, comment: '' }), ...patch } }));
  const submit = () => {
    const answers = round.questions.flatMap((q) => {
      const a = draft[q.id];
      return a?.score !== null && a?.score !== undefined
        ? [{ questionId: q.id, score: Number(a.score), comment: a.comment.trim() || null }]
        : [];
    });
    answer.run(
      { answers },
      {
        success: round.myResponse ? 'Your answer is updated' : 'Thank you: your answer is saved',
        onError: (error) => {
          if (!(error instanceof ApiError)) return false;
          const byField: Record<string, string> = {};
          for (const e of error.errors) {
            const m = /^answers\.(\d+)\./.exec(e.path);
            const q = m ? answers[Number(m[1])]?.questionId : undefined;
            byField[q ?? 'form'] = e.message;
          }
          if (Object.keys(byField).length === 0 || byField.answers) byField.form = byField.answers ?? error.message;
          setErrors(byField);
          return true;
        },
        onSuccess: () => setErrors({}),
      },
    );
  };
  let dimension = '';
  return (
    <Stack gap="lg">
      {round.questions.map((q, i) => {
        const heading = q.dimension !== dimension && q.scale !== 'nps' ? dimensionLabel(q.dimension) : null;
        dimension = q.dimension;
        const value = draft[q.id];
        return (
          <Stack key={q.id} gap={6}>
            {heading && (
              <Text size="xs" tt="uppercase" fw={700} c="dimmed">
                {heading}
              </Text>
            )}
            <Text fw={500} id={`question-${q.id}`}>
              {i + 1}. {q.text}
            </Text>
            <Group gap="xs" align="center">
              {q.scale === 'agreement' && (
                <Text size="xs" c="dimmed">
                  Strongly disagree
                </Text>
              )}
              <SegmentedControl
                aria-labelledby={`question-${q.id}`}
                data={q.scale === 'nps' ? NPS : AGREEMENT}
                value={value?.score ?? ''}
                onChange={(v) => set(q.id, { score: v })}
              />
              {q.scale === 'agreement' && (
                <Text size="xs" c="dimmed">
                  Strongly agree
                </Text>
              )}
            </Group>
            {q.scale === 'nps' && (
              <Text size="xs" c="dimmed">
                0 = not at all likely, 10 = extremely likely
              </Text>
            )}
            <Textarea
              aria-label={`Comment on question ${i + 1}`}
              placeholder={q.scale === 'nps' ? 'Why? (optional)' : 'Comment (optional)'}
              autosize
              minRows={1}
              value={value?.comment ?? ''}
              onChange={(e) => set(q.id, { comment: e.currentTarget.value })}
              error={errors[q.id]}
            />
          </Stack>
        );
      })}
      {errors.form && (
        <Text c="red" size="sm" role="alert">
          {errors.form}
        </Text>
      )}
      <Group>
        <Button onClick={submit} loading={answer.isPending}>
          {round.myResponse ? 'Update my answer' : 'Submit my answer'}
        </Button>
        <Text size="xs" c="dimmed">
          Results are shown per side; only the vendor’s administrators can see who answered what.
        </Text>
      </Group>
    </Stack>
  );
}
