import { Anchor, Badge, Select, Text, Textarea } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatRelative } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type Course, type CourseEnrolment, useCourseEnrolments, useResetAttempts } from '../api';

const COLUMNS: Column<CourseEnrolment>[] = [
  { key: 'learner', header: 'Learner', cell: (e) => <Text size="sm">{e.userName}</Text> },
  {
    key: 'partner',
    header: 'Partner',
    cell: (e) => (
      <Anchor component={Link} to={`/partners/${e.partnerId}`} size="sm">
        {e.partnerName}
      </Anchor>
    ),
  },
  {
    key: 'status',
    header: 'Status',
    nowrap: true,
    cell: (e) =>
      e.status === 'completed' ? (
        <Badge color="teal">Completed</Badge>
      ) : e.quizBlockedReason ? (
        <Badge color="orange">Quiz blocked</Badge>
      ) : (
        <Badge color="blue">In progress ({e.progress}%)</Badge>
      ),
  },
  {
    key: 'attempts',
    header: 'Quiz attempts',
    nowrap: true,
    cell: (e) => (
      <Text size="sm">
        {e.attempts} ({e.failedAttempts} failed since the last pass)
      </Text>
    ),
  },
  {
    key: 'best',
    header: 'Best score',
    nowrap: true,
    cell: (e) => <Text size="sm">{e.bestScore === null ? '—' : `${e.bestScore}%`}</Text>,
  },
  {
    key: 'last',
    header: 'Last attempt',
    nowrap: true,
    cell: (e) => <Text size="sm">{e.lastAttemptAt ? formatRelative(e.lastAttemptAt) : '—'}</Text>,
  },
];

/** The "are you sure?" of a reset, with the reason the audit log keeps. */
function ResetForm({ enrolment: e, onDone }: { enrolment: CourseEnrolment; onDone: () => void }) {
  const reset = useResetAttempts();
  const form = useApiForm({
    initialValues: { reason: '' },
    mutation: reset,
    toVariables: (v) => ({ id: e.id, reason: v.reason }),
    success: () => `${e.userName} can take the quiz again now`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Reset attempts" onCancel={onDone}>
      <Text size="sm">
        {`${e.userName} failed the quiz ${e.failedAttempts} time${e.failedAttempts === 1 ? '' : 's'}. A reset clears the failed attempts and any cool-down at once; scores and history stay, and the reset is recorded in the audit log.`}
      </Text>
      <Textarea
        label="Reason (kept in the audit log)"
        placeholder="Question 3 had two right answers; fixed"
        data-autofocus
        {...form.getInputProps('reason')}
      />
    </Form>
  );
}

/** Who takes the course, how their quiz went, and — for a learner out of attempts — the reset. */
export function CourseLearners({ course }: { course: Course }) {
  const me = useCurrentUser();
  const enrolments = useCourseEnrolments(course.id);
  const resetting = useDialog<CourseEnrolment>();
  const mayReset = mayApp(me, 'authorEnablement');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  return (
    <SectionCard
      title="Learners"
      label="Learners"
      description="Partner people enrolled in this course. A learner who used up the quiz attempts (or waits out a cool-down) can be given a fresh start."
    >
      <QueryState query={enrolments}>
        {(all) => {
          if (all.length === 0)
            return (
              <Text size="sm" c="dimmed">
                Nobody has enrolled yet.
              </Text>
            );
          const companies = [...new Map(all.map((e) => [e.partnerId, e.partnerName])).entries()]
            .map(([value, label]) => ({ value, label }))
            .sort((a, b) => a.label.localeCompare(b.label));
          const rows = partnerId ? all.filter((e) => e.partnerId === partnerId) : all;
          return (
            <>
              {companies.length > 1 && (
                <Select
                  label="Partner"
                  placeholder="All partners"
                  data={companies}
                  value={partnerId}
                  onChange={setPartnerId}
                  clearable
                  searchable
                  maw={320}
                  mb="sm"
                />
              )}
              <DataTable
                label="Course learners"
                rows={rows}
                rowName={(e) => e.userName}
                columns={COLUMNS}
                minWidth={860}
                card={(e) => ({
                  title: `${e.userName} · ${e.partnerName}`,
                  subtitle: `${e.attempts} quiz attempt(s), ${e.failedAttempts} failed`,
                  footer: e.bestScore === null ? 'No score yet' : `Best score ${e.bestScore}%`,
                })}
                actions={(e) => [
                  {
                    label: 'Reset attempts',
                    icon: IconRefresh,
                    onClick: () => resetting.open(e),
                    allowed: mayReset && e.status !== 'completed' && e.failedAttempts > 0,
                  },
                ]}
              />
            </>
          );
        }}
      </QueryState>
      <FormDialog dialog={resetting} title={(e) => `Reset ${e?.userName ?? 'the learner'}'s quiz attempts?`} centered>
        {(e) => e && <ResetForm enrolment={e} onDone={resetting.close} />}
      </FormDialog>
    </SectionCard>
  );
}
