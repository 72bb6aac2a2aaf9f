import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Progress, Radio, Stack, Text } from '@mantine/core';
import { IconCheck, IconExternalLink, IconFile } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import {
  type Course,
  type CourseEnrolment,
  type QuizSubmission,
  useCourse,
  useCourseFiles,
  useEnrol,
  useEnrolments,
  useModuleDone,
  useSubmitQuiz,
} from '../api';
import { CertificateList } from '../components/CertificateList';

function Quiz({ course, enrolment }: { course: Course; enrolment: CourseEnrolment }) {
  const submit = useSubmitQuiz();
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<QuizSubmission | null>(null);
  const modulesDone = enrolment.completedModuleIds.length === course.modules.length;
  return (
    <SectionCard
      title="Quiz"
      label="Quiz"
      description={`${course.quiz.length} questions; pass mark ${course.passMark}%.${course.maxAttempts ? ` ${course.maxAttempts} failed attempts allowed.` : ''}`}
    >
      <Stack gap="md">
        {!modulesDone && <Alert color="blue">Complete every module to take the quiz.</Alert>}
        {enrolment.quizBlockedReason && <Alert color="yellow">{enrolment.quizBlockedReason}</Alert>}
        {course.quiz.map((q, i) => {
          const marked = result?.result.questions.find((x) => x.questionId === q.id);
          return (
            <Paper key={q.id} withBorder p="sm">
              <Group gap="xs" mb="xs">
                <Text fw={600}>
                  {i + 1}. {q.prompt}
                </Text>
                {marked && <Badge color={marked.correct ? 'teal' : 'red'}>{marked.correct ? 'Right' : 'Wrong'}</Badge>}
              </Group>
              {q.multiple ? (
                <Checkbox.Group value={answers[q.id] ?? []} onChange={(v) => setAnswers({ ...answers, [q.id]: v })}>
                  <Stack gap={6}>
                    {q.options.map((o) => (
                      <Checkbox key={o.id} value={o.id} label={o.label} disabled={!modulesDone} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              ) : (
                <Radio.Group value={answers[q.id]?.[0] ?? null} onChange={(v) => setAnswers({ ...answers, [q.id]: [v] })}>
                  <Stack gap={6}>
                    {q.options.map((o) => (
                      <Radio key={o.id} value={o.id} label={o.label} disabled={!modulesDone} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            </Paper>
          );
        })}
        {result && (
          <Alert color={result.result.passed ? 'teal' : 'red'} title={result.result.passed ? 'Passed' : 'Not passed yet'}>
            You scored {result.result.score}% ({result.result.correctCount} of {result.result.total} right); the pass mark is{' '}
            {course.passMark}%.
          </Alert>
        )}
        {result && result.certificatesEarned.length > 0 && (
          <Paper withBorder p="sm" aria-label="Certificates earned">
            <Text fw={600} mb="xs">
              You earned a certification
            </Text>
            <CertificateList certificates={result.certificatesEarned} />
          </Paper>
        )}
        <Group>
          <Button
            disabled={!modulesDone || Boolean(enrolment.quizBlockedReason)}
            loading={submit.isPending}
            onClick={() =>
              submit.run(
                {
                  id: enrolment.id,
                  answers: Object.entries(answers).map(([questionId, optionIds]) => ({ questionId, optionIds })),
                },
                { onSuccess: setResult },
              )
            }
          >
            Submit answers
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}

function Player({ course }: { course: Course }) {
  const user = useCurrentUser();
  const enrolments = useEnrolments(user.id);
  const files = useCourseFiles(course.id);
  const enrol = useEnrol();
  const done = useModuleDone();
  const enrolment = enrolments.data?.find((e) => e.courseId === course.id);
  return (
    <>
      <PageHeader
        title={course.title}
        description={course.description}
        crumbs={[{ label: 'Learning', to: '/learning' }]}
        badges={
          <>
            <Badge variant="light">{LABELS.courseLevel[course.level]}</Badge>
            {enrolment?.status === 'completed' && <Badge color="teal">Completed</Badge>}
          </>
        }
        actions={
          !enrolment &&
          course.can.enrol && (
            <Button loading={enrol.isPending} onClick={() => enrol.run(course.id, { success: `Enrolled in ${course.title}` })}>
              Enrol
            </Button>
          )
        }
      />
      <Stack gap="md">
        {enrolment && <Progress value={enrolment.progress} aria-label="Progress" />}
        <SectionCard title="Modules" label="Modules">
          <Stack gap="sm">
            {course.modules.map((m, i) => {
              const isDone = enrolment?.completedModuleIds.includes(m.id) ?? false;
              const file = files.data?.find((f) => f.id === m.fileId);
              return (
                <Paper key={m.id} withBorder p="sm" aria-label={`Module ${m.title}`}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={4} style={{ minWidth: 0 }}>
                      <Text fw={600}>
                        {i + 1}. {m.title}
                      </Text>
                      {m.kind === 'text' && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {m.text}
                        </Text>
                      )}
                      {m.kind === 'link' && m.url && (
                        <Anchor href={m.url} target="_blank" rel="noopener noreferrer" size="sm">
                          <IconExternalLink size={14} /> Open the content
                        </Anchor>
                      )}
                      {m.kind === 'file' && file && (
                        <Anchor href={file.contentUrl} size="sm">
                          <IconFile size={14} /> {file.name}
                        </Anchor>
                      )}
                    </Stack>
                    {enrolment && (
                      <Button
                        size="xs"
                        variant={isDone ? 'light' : 'default'}
                        color={isDone ? 'teal' : undefined}
                        leftSection={isDone ? <IconCheck size={14} /> : undefined}
                        loading={done.isPending && done.variables?.moduleId === m.id}
                        onClick={() => done.run({ id: enrolment.id, moduleId: m.id, done: !isDone })}
                        aria-label={isDone ? `${m.title} done` : `Mark ${m.title} done`}
                      >
                        {isDone ? 'Done' : 'Mark done'}
                      </Button>
                    )}
                  </Group>
                </Paper>
              );
            })}
          </Stack>
        </SectionCard>
        {enrolment && course.quiz.length > 0 && <Quiz course={course} enrolment={enrolment} />}
        {enrolment?.status === 'completed' && (
          <Text size="sm" c="dimmed">
            Completed{enrolment.bestScore !== null ? ` with ${enrolment.bestScore}%` : ''}. See your certificates under{' '}
            <Anchor component={Link} to="/learning">
              Learning
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </>
  );
}

/** A partner person takes a course: modules in order, then the quiz, scored on the server. */
export function CoursePlayerPage() {
  const { id = '' } = useParams();
  const course = useCourse(id);
  return (
    <QueryState query={course} notFound={<NotFoundState what="Course" backTo="/learning" backLabel="Go to learning" />}>
      {(c) => <Player course={c} />}
    </QueryState>
  );
}
