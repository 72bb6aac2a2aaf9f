import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconHistory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { FileDrop } from '../../../ui/FileDrop';
import { Form } from '../../../ui/Form';
import { formatDate, formatDateTime, formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { formatAmount, MoneyInput, MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useCompanyUsers, useVendorStaff } from '../../users/api';
import {
  type BusinessPlan,
  type Commitment,
  type CommitmentStatus,
  EVIDENCE_ACCEPT,
  type PlanAction,
  type PlanGoal,
  type PlanVersion,
  type Side,
  uploadEvidence,
  useAddCommitment,
  usePlan,
  useTransitionPlan,
  useUpdateCommitment,
  useUpdatePlan,
  useVersions,
} from '../api';
import { InitiativesCard, PlaybookCards } from '../components/PlanItems';
import { FulfilmentRow, PlanStatusBadge } from '../components/parts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function NarrativeForm({ plan, onDone }: { plan: BusinessPlan; onDone: () => void }) {
  const update = useUpdatePlan(plan.id);
  const c = plan.content;
  const form = useApiForm({
    initialValues: {
      summary: c.summary,
      strengths: c.swot.strengths.join('\n'),
      weaknesses: c.swot.weaknesses.join('\n'),
      opportunities: c.swot.opportunities.join('\n'),
      threats: c.swot.threats.join('\n'),
      segments: c.marketScope.segments.join('\n'),
      territories: c.marketScope.territories.join('\n'),
      solutionCategories: c.marketScope.solutionCategories.join('\n'),
      scopeNotes: c.marketScope.notes,
      messaging: c.playbook.messaging,
    },
    mutation: update,
    toVariables: (v) => ({
      baseVersion: plan.version,
      content: {
        summary: v.summary.trim(),
        swot: {
          strengths: lines(v.strengths),
          weaknesses: lines(v.weaknesses),
          opportunities: lines(v.opportunities),
          threats: lines(v.threats),
        },
        marketScope: {
          segments: lines(v.segments),
          territories: lines(v.territories),
          solutionCategories: lines(v.solutionCategories),
          notes: v.scopeNotes.trim(),
        },
        playbook: { ...c.playbook, messaging: v.messaging.trim() },
      },
    }),
    success: 'Saved a new version of the plan',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      <Textarea
        label="Summary"
        description="Together we enable … for … by …"
        autosize
        minRows={2}
        {...form.getInputProps('summary')}
      />
      <Text size="sm" fw={600}>
        SWOT of the alliance (one entry per line)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea label="Strengths" autosize minRows={2} {...form.getInputProps('strengths')} />
        <Textarea label="Weaknesses" autosize minRows={2} {...form.getInputProps('weaknesses')} />
        <Textarea label="Opportunities" autosize minRows={2} {...form.getInputProps('opportunities')} />
        <Textarea label="Threats" autosize minRows={2} {...form.getInputProps('threats')} />
      </SimpleGrid>
      <Text size="sm" fw={600}>
        Market scope (one entry per line)
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Textarea label="Segments" autosize minRows={2} {...form.getInputProps('segments')} />
        <Textarea label="Territories" autosize minRows={2} {...form.getInputProps('territories')} />
        <Textarea label="Solution categories" autosize minRows={2} {...form.getInputProps('solutionCategories')} />
      </SimpleGrid>
      <Textarea label="Market scope notes" autosize {...form.getInputProps('scopeNotes')} />
      <Textarea label="Joint messaging" autosize minRows={2} {...form.getInputProps('messaging')} />
    </Form>
  );
}

function GoalForm({ plan, side, onDone }: { plan: BusinessPlan; side: Side; onDone: () => void }) {
  const update = useUpdatePlan(plan.id);
  const form = useApiForm({
    initialValues: {
      side: 'joint' as PlanGoal['side'],
      kind: 'pipeline' as PlanGoal['kind'],
      title: '',
      targetAmount: null as { amount: number; currency: string } | null,
      targetCount: '' as number | '',
      unit: '',
    },
    validate: { title: (v: string) => (v.trim() ? null : 'Name the goal') },
    mutation: update,
    toVariables: (v) => {
      const money = v.kind === 'revenue' || v.kind === 'pipeline';
      const goal = {
        id: `g${Date.now().toString(36)}`,
        side: v.side,
        kind: v.kind,
        title: v.title.trim(),
        targetAmount: money ? v.targetAmount : null,
        targetCount: money || v.targetCount === '' ? null : Number(v.targetCount),
        unit: v.unit.trim(),
        notes: '',
      };
      return { baseVersion: plan.version, content: { goals: [...plan.content.goals, goal] } };
    },
    success: 'Added the goal',
    onSuccess: onDone,
  });
  const money = form.values.kind === 'revenue' || form.values.kind === 'pipeline';
  const sides = [
    { value: 'joint', label: 'Joint' },
    { value: side, label: side === 'vendor' ? 'Vendor (ours)' : 'Partner (ours)' },
  ];
  return (
    <Form form={form} submitLabel="Add goal" onCancel={onDone}>
      <TextInput label="Goal" required {...form.getInputProps('title')} />
      <SimpleGrid cols={2}>
        <Select label="Kind" data={optionsOf(LABELS.goalKind)} allowDeselect={false} {...form.getInputProps('kind')} />
        <Select label="Whose" data={sides} allowDeselect={false} {...form.getInputProps('side')} />
      </SimpleGrid>
      {money ? (
        <MoneyInput
          label="Target"
          currencyEditable
          value={form.values.targetAmount}
          onChange={(v) => form.setFieldValue('targetAmount', v)}
          error={form.errors.targetAmount}
        />
      ) : (
        <SimpleGrid cols={2}>
          <NumberInput label="Target" min={0} allowDecimal={false} {...form.getInputProps('targetCount')} />
          <TextInput label="Unit" placeholder="certified engineers" {...form.getInputProps('unit')} />
        </SimpleGrid>
      )}
    </Form>
  );
}

function CommitmentForm({ plan, side, sides, onDone }: { plan: BusinessPlan; side: Side; sides: Side[]; onDone: () => void }) {
  const add = useAddCommitment(plan.id);
  const staff = useVendorStaff(sides.includes('vendor'));
  const company = useCompanyUsers(plan.partnerId);
  const form = useApiForm({
    initialValues: {
      side,
      title: '',
      dueDate: '',
      description: '',
      ownerId: '',
      amount: null as { amount: number; currency: string } | null,
    },
    validate: {
      title: (v: string) => (v.trim() ? null : 'Say what is committed'),
      dueDate: (v: string) => (v ? null : 'Choose the due date'),
    },
    mutation: add,
    toVariables: (v) => ({
      side: v.side,
      title: v.title.trim(),
      dueDate: v.dueDate,
      description: v.description.trim(),
      ownerId: v.ownerId || null,
      amount: v.amount,
    }),
    success: (k) => `Added the commitment ${k.title}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Add commitment" onCancel={onDone}>
      <Select
        label="Side"
        data={sides.map((s) => ({ value: s, label: LABELS.planItemSide[s] }))}
        allowDeselect={false}
        {...form.getInputProps('side')}
      />
      <TextInput label="Commitment" required {...form.getInputProps('title')} />
      <TextInput label="Due" type="date" required {...form.getInputProps('dueDate')} />
      <Select
        label="Owner"
        description="The person of that side who keeps it; without one, the side's managers are reminded"
        placeholder="Nobody named"
        data={
          (form.values.side === 'vendor' ? staff.data : (company.data ?? []))?.map((u) => ({ value: u.id, label: u.name })) ?? []
        }
        clearable
        searchable
        {...form.getInputProps('ownerId')}
      />
      <MoneyInput
        label="Amount"
        description="What an investment commitment is worth (a co-marketing budget); empty when it is not money"
        currencyEditable
        value={form.values.amount}
        onChange={(v) => form.setFieldValue('amount', v)}
        error={form.errors.amount}
      />
      <Textarea label="Details" autosize {...form.getInputProps('description')} />
    </Form>
  );
}

function CommitmentRow({ k }: { k: Commitment }) {
  const update = useUpdateCommitment();
  const [evidence, setEvidence] = useState(k.evidence);
  const set = (status: CommitmentStatus) =>
    update.run({ id: k.id, body: { status, evidence } }, { success: `${k.title}: ${LABELS.commitmentStatus[status]}` });
  return (
    <Stack gap={4} py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="commitment">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {k.title}
            {k.amount && (
              <Text span size="sm" fw={400} c="dimmed" data-testid="commitment-amount">
                {' · '}
                {formatAmount(k.amount)}
              </Text>
            )}
          </Text>
          <Text size="xs" c={k.overdue ? 'red' : 'dimmed'} fw={k.overdue ? 600 : undefined}>
            {k.status === 'done'
              ? `Done ${formatDate(k.completedAt)}${k.credit === 0.5 ? ' (late)' : ''}`
              : `${k.overdue ? 'Overdue: was due' : 'Due'} ${formatDay(k.dueDate)}`}
            {k.owner ? ` · ${k.owner.name}` : ''}
          </Text>
          {k.evidence && !k.can.update && (
            <Text size="xs" c="dimmed">
              Evidence: {k.evidence}
            </Text>
          )}
        </div>
        <Badge color={COLORS.commitmentStatus[k.status]} variant={k.overdue ? 'filled' : 'light'}>
          {k.overdue ? 'Overdue' : LABELS.commitmentStatus[k.status]}
        </Badge>
      </Group>
      {k.can.update && (
        <Stack gap={4}>
          <TextInput
            size="xs"
            aria-label={`Evidence for ${k.title}`}
            placeholder="Evidence: what shows it was kept"
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
          />
          <Group gap="xs">
            {k.status !== 'done' && (
              <Button
                size="xs"
                variant="light"
                color="teal"
                leftSection={<IconCheck size={14} />}
                aria-label={`Mark ${k.title} done`}
                onClick={() => set('done')}
                loading={update.isPending}
              >
                Done
              </Button>
            )}
            {k.status !== 'missed' && (
              <Button size="xs" variant="subtle" color="red" aria-label={`Mark ${k.title} missed`} onClick={() => set('missed')}>
                Missed
              </Button>
            )}
            {k.status !== 'open' && (
              <Button size="xs" variant="subtle" color="gray" aria-label={`Reopen ${k.title}`} onClick={() => set('open')}>
                Reopen
              </Button>
            )}
            {evidence !== k.evidence && k.status === 'open' && (
              <Button
                size="xs"
                variant="subtle"
                onClick={() => update.run({ id: k.id, body: { evidence } }, { success: 'Saved the evidence' })}
              >
                Save evidence
              </Button>
            )}
          </Group>
          <FileDrop
            compact
            label="Attach evidence"
            hint="PDF, Office, OpenDocument, image or text; up to 20 MB."
            accept={EVIDENCE_ACCEPT}
            maxBytes={20 * 1024 * 1024}
            upload={(file, onProgress) => uploadEvidence(k.id, file, onProgress)}
          />
        </Stack>
      )}
    </Stack>
  );
}

function CommitmentsCard({ plan, mySide }: { plan: BusinessPlan; mySide: Side }) {
  const dialog = useDialog<Side>();
  const sides: Side[] = mySide === 'vendor' ? ['vendor', 'partner'] : ['partner'];
  return (
    <SectionCard
      title="Commitments"
      label="Commitments"
      description="What each side promised, by when. Each side records its own; on time counts in full, late half, missed or overdue nothing."
      action={
        plan.can.addCommitment && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open(mySide)}>
            Add commitment
          </Button>
        )
      }
    >
      <FulfilmentRow plan={plan} />
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
        {(['vendor', 'partner'] as const).map((side) => {
          const list = plan.commitments.filter((k) => k.side === side);
          return (
            <Stack key={side} gap={0} aria-label={`${LABELS.planItemSide[side]} commitments`} role="region">
              <Text fw={600} size="sm" mb={4}>
                {side === 'vendor' ? 'Vendor' : plan.partnerName || 'Partner'} commits
                {side !== mySide ? ' (read only)' : ''}
              </Text>
              {list.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing yet.
                </Text>
              ) : (
                list.map((k) => <CommitmentRow key={k.id} k={k} />)
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
      <FormDialog dialog={dialog} title="Add a commitment">
        {(side) => <CommitmentForm plan={plan} side={side ?? mySide} sides={sides} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('amount' in o && 'currency' in o) return `${Number(o.amount) / 100} ${o.currency}`;
    return String(o.title ?? o.name ?? JSON.stringify(o));
  }
  return String(value);
}

function VersionEntry({ v }: { v: PlanVersion }) {
  return (
    <Stack gap={2} py={6} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="plan-version">
      <Group gap="xs">
        <Badge variant="outline" size="sm">
          v{v.version}
        </Badge>
        <Text size="sm" fw={600}>
          {v.summary}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {formatDateTime(v.createdAt)} · {v.actor?.name ?? 'The system'} ({v.actorSide})
      </Text>
      {v.changes.length > 0 && (
        <Table fz="xs" withRowBorders={false} verticalSpacing={2}>
          <Table.Tbody>
            {v.changes.map((c) => (
              <Table.Tr key={c.path.join('/')}>
                <Table.Td w="40%">{c.label}</Table.Td>
                <Table.Td c={c.kind === 'added' ? 'teal' : c.kind === 'removed' ? 'red' : undefined}>
                  {c.kind === 'added'
                    ? `added: ${show(c.after)}`
                    : c.kind === 'removed'
                      ? `removed: ${show(c.before)}`
                      : `${show(c.before)} → ${show(c.after)}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function HistoryCard({ plan }: { plan: BusinessPlan }) {
  const [open, setOpen] = useState(false);
  const versions = useVersions(plan.id, open);
  return (
    <SectionCard
      title="History"
      label="History"
      description={`Version ${plan.version}. Every change by either side is a version; each shows what changed, field by field.`}
      action={
        <Button size="xs" variant="light" leftSection={<IconHistory size={14} />} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide' : 'Show history'}
        </Button>
      }
    >
      {open && (
        <QueryState query={versions}>
          {(list) => (
            <Stack gap={0}>
              {list.map((v) => (
                <VersionEntry key={v.version} v={v} />
              ))}
            </Stack>
          )}
        </QueryState>
      )}
    </SectionCard>
  );
}

function Bullets({ items }: { items: string[] }) {
  return items.length === 0 ? (
    <Text size="sm" c="dimmed">
      —
    </Text>
  ) : (
    <List size="sm" spacing={2}>
      {items.map((i) => (
        <List.Item key={i}>{i}</List.Item>
      ))}
    </List>
  );
}

function GoalsCard({ plan, mySide }: { plan: BusinessPlan; mySide: Side }) {
  const dialog = useDialog();
  const update = useUpdatePlan(plan.id);
  const remove = (g: PlanGoal) =>
    update.run(
      { baseVersion: plan.version, content: { goals: plan.content.goals.filter((x) => x.id !== g.id) } },
      { success: `Removed ${g.title}` },
    );
  return (
    <SectionCard
      title="Goals and targets"
      label="Goals"
      action={
        plan.can.edit && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            Add goal
          </Button>
        )
      }
    >
      {plan.content.goals.length === 0 ? (
        <Empty title="No goals yet" description="Revenue, pipeline, certifications, joint wins or your own." />
      ) : (
        <Table>
          <Table.Tbody>
            {plan.content.goals.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {g.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {LABELS.goalKind[g.kind]} · {LABELS.planItemSide[g.side]}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {g.targetAmount ? <MoneyText value={g.targetAmount} /> : `${g.targetCount ?? '—'} ${g.unit}`}
                </Table.Td>
                <Table.Td w={40}>
                  {plan.can.edit && g.side !== (mySide === 'vendor' ? 'partner' : 'vendor') && (
                    <ActionIcon variant="subtle" color="gray" aria-label={`Remove ${g.title}`} onClick={() => remove(g)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormDialog dialog={dialog} title="Add a goal">
        {() => <GoalForm plan={plan} side={mySide} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

const DONE: Record<PlanAction, string> = {
  propose: 'Proposed to the partner',
  approve: 'Approved: both sides’ commitments now count',
  return: 'Back in draft',
  close: 'Closed',
  archive: 'Archived',
};

function Actions({ plan }: { plan: BusinessPlan }) {
  const transition = useTransitionPlan(plan.id);
  const dialog = useDialog<PlanAction>();
  const [comment, setComment] = useState('');
  const buttons: { action: PlanAction; label: string; allowed: boolean; color?: string }[] = [
    { action: 'propose', label: 'Propose to the partner', allowed: plan.can.propose },
    { action: 'approve', label: 'Approve the plan', allowed: plan.can.approve, color: 'teal' },
    {
      action: 'return',
      label: plan.status === 'approved' ? 'Reopen' : 'Send back to draft',
      allowed: plan.can.return,
      color: 'gray',
    },
    { action: 'close', label: 'Close', allowed: plan.can.close, color: 'gray' },
    { action: 'archive', label: 'Archive', allowed: plan.can.archive, color: 'gray' },
  ];
  const run = (action: PlanAction) =>
    transition.run(
      { action, comment: comment.trim() || undefined },
      {
        success: DONE[action],
        onSuccess: () => {
          dialog.close();
          setComment('');
        },
      },
    );
  return (
    <Group gap="xs">
      {buttons
        .filter((b) => b.allowed)
        .map((b) => (
          <Button
            key={b.action}
            color={b.color}
            variant={b.color === 'gray' ? 'default' : 'filled'}
            onClick={() => dialog.open(b.action)}
          >
            {b.label}
          </Button>
        ))}
      <FormDialog dialog={dialog} title={(a) => buttons.find((b) => b.action === a)?.label ?? ''}>
        {(action) => (
          <Stack gap="sm">
            <Textarea label="Comment (optional)" autosize value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button loading={transition.isPending} onClick={() => action && run(action)}>
                Confirm
              </Button>
            </Group>
          </Stack>
        )}
      </FormDialog>
    </Group>
  );
}

function PlanBody({ plan }: { plan: BusinessPlan }) {
  const user = useCurrentUser();
  const mySide: Side = isVendor(user) ? 'vendor' : 'partner';
  const edit = useDialog();
  const c = plan.content;
  return (
    <Stack gap="md">
      <PageHeader
        title={plan.title}
        crumbs={[{ label: 'Business plans', to: '/business-plans' }]}
        description={`${mySide === 'vendor' ? `${plan.partnerName} · ` : ''}${formatDay(plan.periodStart)} – ${formatDay(plan.periodEnd)}${plan.statusComment ? ` · “${plan.statusComment}”` : ''}`}
        badges={
          <>
            <PlanStatusBadge status={plan.status} />
            {plan.current && (
              <Badge color="teal" variant="outline">
                Current
              </Badge>
            )}
          </>
        }
        actions={<Actions plan={plan} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <CommitmentsCard plan={plan} mySide={mySide} />
            <GoalsCard plan={plan} mySide={mySide} />
            <InitiativesCard plan={plan} mySide={mySide} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <SectionCard
              title="Plan"
              label="Plan narrative"
              action={
                plan.can.edit && (
                  <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => edit.open()}>
                    Edit
                  </Button>
                )
              }
            >
              <Stack gap="sm">
                <Text size="sm">{c.summary || '—'}</Text>
                <Title order={6}>SWOT</Title>
                <SimpleGrid cols={2}>
                  {(['strengths', 'weaknesses', 'opportunities', 'threats'] as const).map((k) => (
                    <div key={k}>
                      <Text size="xs" c="dimmed" tt="capitalize">
                        {k}
                      </Text>
                      <Bullets items={c.swot[k]} />
                    </div>
                  ))}
                </SimpleGrid>
                <Title order={6}>Market scope</Title>
                <Text size="sm">Segments: {c.marketScope.segments.join(', ') || '—'}</Text>
                <Text size="sm">Territories: {c.marketScope.territories.join(', ') || '—'}</Text>
                <Text size="sm">Solution categories: {c.marketScope.solutionCategories.join(', ') || '—'}</Text>
                {c.marketScope.notes && <Text size="sm">{c.marketScope.notes}</Text>}
                <Title order={6}>Go-to-market playbook</Title>
                <Text size="sm">Messaging: {c.playbook.messaging || '—'}</Text>
              </Stack>
            </SectionCard>
            <PlaybookCards plan={plan} mySide={mySide} />
            <HistoryCard plan={plan} />
          </Stack>
        </Grid.Col>
      </Grid>
      <FormDialog dialog={edit} title="Edit the plan" size="xl">
        {() => <NarrativeForm plan={plan} onDone={edit.close} />}
      </FormDialog>
    </Stack>
  );
}

export function PlanPage() {
  const { id = '' } = useParams();
  const plan = usePlan(id);
  return (
    <QueryState query={plan} notFound="Business plan">
      {(p) => <PlanBody plan={p} />}
    </QueryState>
  );
}
