import { Anchor, Badge, Button, Group, Progress, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { components } from '../../../api/schema';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS } from '../../../ui/labels';
import { MoneyInput, MoneyText } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { type RunbookItem, useCompleteRunbookItem, usePartnerRunbooks, useStartRunbook } from '../api';

type Partner = components['schemas']['Partner'];

/** Where the "export the partner's records" item points: the partner's lists, as CSV. */
const EXPORTS = [
  ['Contacts', 'contacts'],
  ['Lifecycle history', 'stage-transitions'],
  ['Onboardings', 'onboardings'],
  ['Programs', 'programs'],
  ['Documents (list)', 'files'],
] as const;

function DoneForm({ item, onDone }: { item: RunbookItem; onDone: () => void }) {
  const complete = useCompleteRunbookItem();
  const settle = item.kind === 'settle';
  const transfer = item.kind === 'transfer';
  const form = useApiForm({
    initialValues: {
      note: '',
      amount: null as { amount: number; currency: string } | null,
      transferTo: null as string | null,
    },
    validate: {
      note: (v: string) => (v.trim() ? null : 'Say what was done'),
      amount: (v: { amount: number } | null) => (settle && !v ? 'The amount settled (0 when nothing is owed)' : null),
    },
    mutation: complete,
    toVariables: (v) => ({
      id: item.id,
      note: v.note,
      ...(settle ? { amount: v.amount } : {}),
      ...(transfer ? { transferTo: v.transferTo } : {}),
    }),
    success: () => `Done: ${item.title}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Mark done" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        {item.description}
      </Text>
      {settle && <MoneyInput label="Amount settled" required {...form.getInputProps('amount')} value={form.values.amount} />}
      {transfer && (
        <PartnerSelect
          label="Partner taking over"
          value={form.values.transferTo}
          onChange={(id) => form.setFieldValue('transferTo', id)}
          error={form.errors.transferTo}
        />
      )}
      {transfer && (
        <Text size="xs" c="dimmed">
          {form.values.transferTo
            ? 'Its open leads go to this partner to accept, and it joins its open opportunities as co-sell.'
            : 'No partner chosen: open leads go back to your queue and open opportunities stay with the direct team.'}{' '}
          Submitted and approved deal registrations end either way.
        </Text>
      )}
      <Textarea label="Note" required autosize minRows={2} data-autofocus {...form.getInputProps('note')} />
    </Form>
  );
}

function StartForm({ partner, onDone }: { partner: Partner; onDone: () => void }) {
  const start = useStartRunbook();
  const form = useApiForm({
    initialValues: { reason: '' },
    mutation: start,
    toVariables: (v) => ({ partnerId: partner.id, reason: v.reason }),
    success: () => `Started the off-boarding runbook of ${partner.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Start runbook" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        The checklist every off-boarding follows: end portal access, settle what is owed, transfer open deals and leads, archive
        plans, export the records. The partner is terminated once every item is done.
      </Text>
      <Textarea label="Why the partner is leaving" autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
    </Form>
  );
}

function ItemRow({
  item,
  partnerId,
  canWork,
  onDo,
}: {
  item: RunbookItem;
  partnerId: string;
  canWork: boolean;
  onDo: () => void;
}) {
  return (
    <Stack gap={2} py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="runbook-item">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Group gap={6}>
            {item.doneAt && <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="Done" />}
            <Text size="sm" fw={600}>
              {item.title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {item.doneAt
              ? `Done ${formatDate(item.doneAt)}${item.doneBy ? ` by ${item.doneBy.name}` : ''}: ${item.note}`
              : item.description}
          </Text>
          {item.amount && (
            <Text size="xs">
              Settled: <MoneyText value={item.amount} />
            </Text>
          )}
          {item.kind === 'export_records' && (
            <Group gap="xs" mt={2}>
              {EXPORTS.map(([label, list]) => (
                <Anchor key={list} size="xs" href={`/api/v1/partners/${partnerId}/${list}/export?format=csv`}>
                  {label}
                </Anchor>
              ))}
            </Group>
          )}
        </div>
        {!item.doneAt && canWork && (
          <Button size="xs" variant="light" onClick={onDo} aria-label={`Mark ${item.title} done`}>
            Mark done
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/**
 * A partner's off-boarding runbook on its page (vendor staff): shown once the partner is in
 * off-boarding or was off-boarded; each item done by a person with a note; termination waits
 * until every item is done.
 */
export function OffboardingCard({ partner }: { partner: Partner }) {
  const leaving = partner.lifecycleStage === 'offboarding' || partner.lifecycleStage === 'terminated';
  const runbooks = usePartnerRunbooks(partner.id, leaving);
  const doing = useDialog<RunbookItem>();
  const starting = useDialog();
  if (!leaving) return null;
  return (
    <SectionCard title="Off-boarding" label="Off-boarding runbook">
      <QueryState query={runbooks} loading="Loading the runbook…">
        {(list) => {
          const runbook = list[0];
          if (!runbook) {
            if (partner.lifecycleStage === 'terminated') {
              return (
                <Text size="sm" c="dimmed">
                  This partner was off-boarded before runbooks existed.
                </Text>
              );
            }
            return (
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" c="dimmed">
                  This partner entered off-boarding before runbooks existed: it has no runbook yet.
                </Text>
                {partner.can.changeStage && (
                  <Button size="xs" onClick={() => starting.open()}>
                    Start runbook
                  </Button>
                )}
              </Group>
            );
          }
          const done = runbook.items.length - runbook.open;
          return (
            <Stack gap="xs">
              <Group justify="space-between">
                <Text size="xs" c="dimmed">
                  Started {formatDate(runbook.startedAt)}
                  {runbook.startedBy ? ` by ${runbook.startedBy.name}` : ''}
                  {runbook.reason ? `: ${runbook.reason}` : ''}
                </Text>
                <Badge color={COLORS.runbookStatus[runbook.status]}>{LABELS.runbookStatus[runbook.status]}</Badge>
              </Group>
              <Progress value={(100 * done) / Math.max(1, runbook.items.length)} aria-label="Runbook progress" color="teal" />
              <Text size="xs" c={runbook.open > 0 ? 'orange' : 'teal'}>
                {runbook.open > 0
                  ? `${done} of ${runbook.items.length} done: the partner is terminated once every item is.`
                  : 'Every item is done: the partner may be terminated.'}
              </Text>
              <Stack gap={0}>
                {runbook.items.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    partnerId={partner.id}
                    canWork={runbook.can.work && runbook.status === 'open'}
                    onDo={() => doing.open(item)}
                  />
                ))}
              </Stack>
            </Stack>
          );
        }}
      </QueryState>
      <FormDialog dialog={starting} title="Start the off-boarding runbook">
        {() => <StartForm partner={partner} onDone={starting.close} />}
      </FormDialog>
      <FormDialog dialog={doing} title={(i) => i?.title ?? 'Runbook item'}>
        {(i) => i && <DoneForm item={i} onDone={doing.close} />}
      </FormDialog>
    </SectionCard>
  );
}
