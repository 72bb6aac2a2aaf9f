import { Badge, Button, Checkbox, Group, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconPlayerPlay } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { FileDrop } from '../../../ui/FileDrop';
import { Form } from '../../../ui/Form';
import { formatDate, formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import {
  DOCUMENT_ACCEPT,
  type Onboarding,
  type OnboardingTask,
  onboardingKeys,
  uploadTaskDocument,
  useCompleteTask,
  usePartnerOnboardings,
  useStartOnboarding,
  useTemplates,
} from '../api';

function StartForm({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const templates = useTemplates();
  const start = useStartOnboarding(partnerId);
  const form = useApiForm({
    initialValues: { templateId: '', startOn: new Date().toISOString().slice(0, 10) },
    validate: { templateId: (v: string) => (v ? null : 'Choose a template') },
    mutation: start,
    toVariables: (v) => ({ templateId: v.templateId, startOn: v.startOn }),
    success: (o) => `Started ${o.name}: ${o.tasks.length} tasks`,
    onSuccess: onDone,
  });
  const options = (templates.data ?? []).filter((t) => t.active).map((t) => ({ value: t.id, label: t.name }));
  return (
    <Form form={form} submitLabel="Start onboarding" onCancel={onDone}>
      <Select label="Template" data={options} required searchable {...form.getInputProps('templateId')} />
      <TextInput label="Start on" type="date" required {...form.getInputProps('startOn')} />
    </Form>
  );
}

function TaskAction({ task }: { task: OnboardingTask }) {
  const complete = useCompleteTask();
  const queryClient = useQueryClient();
  const [acknowledged, setAcknowledged] = useState(false);
  if (!task.can.complete) return null;
  if (task.requirement === 'document') {
    return (
      <FileDrop
        compact
        label="Upload the document"
        hint="PDF, Office, OpenDocument, image or text; up to 20 MB. Uploading completes the task."
        accept={DOCUMENT_ACCEPT}
        maxBytes={20 * 1024 * 1024}
        upload={(file, onProgress) => uploadTaskDocument(task.id, file, onProgress)}
        onUploaded={() =>
          complete.run(
            { id: task.id },
            { success: `Done: ${task.title}`, onSuccess: () => queryClient.invalidateQueries({ queryKey: onboardingKeys.all }) },
          )
        }
      />
    );
  }
  if (task.requirement === 'acknowledgement') {
    return (
      <Group gap="xs">
        <Checkbox
          size="xs"
          label="I acknowledge this"
          checked={acknowledged}
          onChange={(e) => setAcknowledged(e.currentTarget.checked)}
        />
        <Button
          size="xs"
          variant="light"
          disabled={!acknowledged}
          loading={complete.isPending}
          aria-label={`Acknowledge ${task.title}`}
          onClick={() => complete.run({ id: task.id, acknowledged: true }, { success: `Done: ${task.title}` })}
        >
          Acknowledge
        </Button>
      </Group>
    );
  }
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconCheck size={14} />}
      loading={complete.isPending}
      aria-label={`Mark ${task.title} done`}
      onClick={() => complete.run({ id: task.id }, { success: `Done: ${task.title}` })}
    >
      Mark done
    </Button>
  );
}

function TaskRow({ task }: { task: OnboardingTask }) {
  const done = task.status === 'done';
  return (
    <Stack gap={4} py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="onboarding-task">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            {done && <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="Done" />}
            <Text size="sm" fw={600} td={done ? 'line-through' : undefined}>
              {task.title}
            </Text>
            {!task.required && (
              <Badge size="xs" variant="outline" color="gray">
                Optional
              </Badge>
            )}
            {task.requirement !== 'none' && (
              <Badge size="xs" variant="light" color="grape">
                {LABELS.taskRequirement[task.requirement]}
              </Badge>
            )}
          </Group>
          {task.description && (
            <Text size="xs" c="dimmed">
              {task.description}
            </Text>
          )}
          <Text size="xs" c={task.overdue ? 'red' : 'dimmed'} fw={task.overdue ? 600 : undefined}>
            {done
              ? `Done ${formatDate(task.completedAt)}${task.completedBy ? ` by ${task.completedBy.name}` : ''}`
              : `${task.overdue ? 'Overdue: was due' : 'Due'} ${formatDay(task.dueOn)}${task.assignee ? ` · ${task.assignee.name}` : ''}`}
          </Text>
        </div>
        {task.overdue && (
          <Badge color="red" variant="filled" size="sm">
            Overdue
          </Badge>
        )}
      </Group>
      {!done && <TaskAction task={task} />}
    </Stack>
  );
}

function OnboardingBody({ onboarding }: { onboarding: Onboarding }) {
  const { progress } = onboarding;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {onboarding.name}
        </Text>
        <Badge color={onboarding.status === 'completed' ? 'teal' : onboarding.status === 'cancelled' ? 'gray' : 'blue'}>
          {LABELS.onboardingStatus[onboarding.status]}
        </Badge>
      </Group>
      <Progress value={progress.percent} aria-label="Onboarding progress" color={progress.overdue > 0 ? 'orange' : 'teal'} />
      <Text size="xs" c="dimmed">
        {progress.requiredDone} of {progress.required} required tasks done ({progress.percent}%)
        {progress.overdue > 0 ? ` · ${progress.overdue} overdue` : ''} · started {formatDay(onboarding.startOn)}
        {onboarding.daysToOnboard !== null ? ` · onboarded in ${onboarding.daysToOnboard} days` : ''}
      </Text>
      {(['partner', 'vendor'] as const).map((side) => {
        const tasks = onboarding.tasks.filter((t) => t.ownerSide === side);
        if (tasks.length === 0) return null;
        return (
          <Stack key={side} gap={0} aria-label={`${LABELS.ownerSide[side]} tasks`} role="group">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
              {LABELS.ownerSide[side]} tasks
            </Text>
            {tasks.map((t) => (
              <TaskRow key={t.id} task={t} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

/**
 * A partner's onboarding on its page (and on the portal): progress, tasks by side with the
 * overdue ones in red, and each task's action for whoever may do it. Starting one is for whoever
 * manages the partner (`canStart`: the partner's `can.changeStage`, the same policy).
 */
export function OnboardingCard({ partnerId, canStart }: { partnerId: string; canStart: boolean }) {
  const onboardings = usePartnerOnboardings(partnerId);
  const starting = useDialog<null>();
  const current = onboardings.data?.[0];
  const startable = canStart && current?.status !== 'in_progress';
  return (
    <SectionCard
      title="Onboarding"
      label="Onboarding"
      action={
        startable ? (
          <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} onClick={() => starting.open(null)}>
            Start onboarding
          </Button>
        ) : undefined
      }
    >
      <QueryState query={onboardings} loading="Loading onboarding…">
        {(list) =>
          list[0] ? (
            <OnboardingBody onboarding={list[0]} />
          ) : (
            <Empty title="Not onboarding" description="Start an onboarding plan to give both sides their tasks." />
          )
        }
      </QueryState>
      <FormDialog dialog={starting} title="Start onboarding">
        {() => <StartForm partnerId={partnerId} onDone={starting.close} />}
      </FormDialog>
    </SectionCard>
  );
}
