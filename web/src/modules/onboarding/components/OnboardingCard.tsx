import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Progress,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCalendar, IconCheck, IconDots, IconPlayerPlay, IconUser, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Dialog, FormDialog, useDialog } from '../../../ui/dialogs';
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
  useCancelOnboarding,
  useCancelTask,
  useCompleteTask,
  usePartnerOnboardings,
  useStartOnboarding,
  useTaskAssignees,
  useTemplates,
  useUpdateTask,
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

function AssignForm({ task, onDone }: { task: OnboardingTask; onDone: () => void }) {
  const people = useTaskAssignees(task.id);
  const update = useUpdateTask();
  const form = useApiForm({
    initialValues: { assigneeId: task.assigneeId ?? '' },
    mutation: update,
    toVariables: (v) => ({ id: task.id, assigneeId: v.assigneeId || null }),
    success: (t) => (t.assignee ? `Assigned ${t.title} to ${t.assignee.name}` : `${t.title} is unassigned`),
    onSuccess: onDone,
  });
  const options = (people.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));
  return (
    <Form form={form} submitLabel="Assign" onCancel={onDone}>
      <Select
        label={task.ownerSide === 'vendor' ? 'Vendor team member' : 'Partner user'}
        description={
          task.ownerSide === 'vendor'
            ? 'A vendor-side task goes to someone on your team.'
            : 'A partner-side task goes to one of its people.'
        }
        data={options}
        searchable
        clearable
        placeholder={people.isLoading ? 'Loading people…' : 'Nobody (the side’s admins are reminded)'}
        {...form.getInputProps('assigneeId')}
      />
    </Form>
  );
}

function MoveForm({ task, onDone }: { task: OnboardingTask; onDone: () => void }) {
  const update = useUpdateTask();
  const form = useApiForm({
    initialValues: { dueOn: task.dueOn },
    validate: { dueOn: (v: string) => (v ? null : 'Choose a day') },
    mutation: update,
    toVariables: (v) => ({ id: task.id, dueOn: v.dueOn }),
    success: (t) => `${t.title} is due ${formatDay(t.dueOn)}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Move due date" onCancel={onDone}>
      <TextInput label="Due on" type="date" required {...form.getInputProps('dueOn')} />
    </Form>
  );
}

function CancelForm({
  label,
  mutation,
  id,
  onDone,
}: {
  label: string;
  mutation: ReturnType<typeof useCancelTask> | ReturnType<typeof useCancelOnboarding>;
  id: string;
  onDone: () => void;
}) {
  const form = useApiForm({
    initialValues: { reason: '' },
    validate: { reason: (v: string) => (v.trim() ? null : 'Say why') },
    mutation: mutation as ReturnType<typeof useCancelTask>,
    toVariables: (v) => ({ id, reason: v.reason }),
    success: () => `Cancelled ${label}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Cancel it" onCancel={onDone}>
      <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </Form>
  );
}

type TaskDialogs = { assign: Dialog<OnboardingTask>; move: Dialog<OnboardingTask>; cancel: Dialog<OnboardingTask> };

function TaskMenu({ task, dialogs }: { task: OnboardingTask; dialogs: TaskDialogs }) {
  if (!task.can.edit) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${task.title}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconUser size={14} />} onClick={() => dialogs.assign.open(task)}>
          Assign…
        </Menu.Item>
        <Menu.Item leftSection={<IconCalendar size={14} />} onClick={() => dialogs.move.open(task)}>
          Move due date…
        </Menu.Item>
        <Menu.Item leftSection={<IconX size={14} />} color="red" onClick={() => dialogs.cancel.open(task)}>
          Cancel task…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
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

function TaskRow({ task, dialogs }: { task: OnboardingTask; dialogs: TaskDialogs }) {
  const done = task.status === 'done';
  const cancelled = task.status === 'cancelled';
  return (
    <Stack gap={4} py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="onboarding-task">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            {done && <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="Done" />}
            <Text size="sm" fw={600} td={done || cancelled ? 'line-through' : undefined} c={cancelled ? 'dimmed' : undefined}>
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
              : cancelled
                ? `Cancelled: ${task.cancelReason}`
                : `${task.overdue ? 'Overdue: was due' : 'Due'} ${formatDay(task.dueOn)} · ${task.assignee ? task.assignee.name : 'unassigned'}`}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          {task.overdue && (
            <Badge color="red" variant="filled" size="sm">
              Overdue
            </Badge>
          )}
          <TaskMenu task={task} dialogs={dialogs} />
        </Group>
      </Group>
      {task.status === 'open' && <TaskAction task={task} />}
    </Stack>
  );
}

function OnboardingBody({ onboarding }: { onboarding: Onboarding }) {
  const { progress } = onboarding;
  const dialogs: TaskDialogs = { assign: useDialog(), move: useDialog(), cancel: useDialog() };
  const cancelTask = useCancelTask();
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
      {onboarding.status === 'cancelled' && onboarding.cancelReason && (
        <Text size="xs" c="dimmed">
          Cancelled {formatDate(onboarding.cancelledAt)}: {onboarding.cancelReason}
        </Text>
      )}
      {(['partner', 'vendor'] as const).map((side) => {
        const tasks = onboarding.tasks.filter((t) => t.ownerSide === side);
        if (tasks.length === 0) return null;
        return (
          <Stack key={side} gap={0} aria-label={`${LABELS.ownerSide[side]} tasks`} role="group">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
              {LABELS.ownerSide[side]} tasks
            </Text>
            {tasks.map((t) => (
              <TaskRow key={t.id} task={t} dialogs={dialogs} />
            ))}
          </Stack>
        );
      })}
      <FormDialog dialog={dialogs.assign} title={(t) => `Assign ${t?.title ?? 'task'}`}>
        {(t) => t && <AssignForm task={t} onDone={dialogs.assign.close} />}
      </FormDialog>
      <FormDialog dialog={dialogs.move} title={(t) => `Move ${t?.title ?? 'task'}`}>
        {(t) => t && <MoveForm task={t} onDone={dialogs.move.close} />}
      </FormDialog>
      <FormDialog dialog={dialogs.cancel} title={(t) => `Cancel ${t?.title ?? 'task'}`}>
        {(t) => t && <CancelForm label={t.title} mutation={cancelTask} id={t.id} onDone={dialogs.cancel.close} />}
      </FormDialog>
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
  const cancelling = useDialog<Onboarding>();
  const cancelPlan = useCancelOnboarding();
  const current = onboardings.data?.[0];
  const startable = canStart && current?.status !== 'in_progress';
  const cancellable = current?.status === 'in_progress' && current.can.manage;
  return (
    <SectionCard
      title="Onboarding"
      label="Onboarding"
      action={
        startable ? (
          <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} onClick={() => starting.open(null)}>
            Start onboarding
          </Button>
        ) : cancellable ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => cancelling.open(current)}>
            Cancel onboarding
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
      <FormDialog dialog={cancelling} title={(o) => `Cancel ${o?.name ?? 'onboarding'}`}>
        {(o) => o && <CancelForm label={o.name} mutation={cancelPlan} id={o.id} onDone={cancelling.close} />}
      </FormDialog>
      <FormDialog dialog={starting} title="Start onboarding">
        {() => <StartForm partnerId={partnerId} onDone={starting.close} />}
      </FormDialog>
    </SectionCard>
  );
}
