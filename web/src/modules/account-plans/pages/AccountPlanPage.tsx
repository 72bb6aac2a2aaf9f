import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconCheck, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled as Fact } from '../../../ui/Fact';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { type Money, MoneyInput, MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useCompanyUsers, useVendorStaff } from '../../users/api';
import {
  type AccountPlan,
  type AccountPlanAction,
  type AccountPlanGoal,
  type CellStatus,
  type GoalStatus,
  type PlanSide,
  type TeamRole,
  useAccountPlan,
  useAddAction,
  useDeleteGoal,
  useSaveGoal,
  useSetCell,
  useSetTeam,
  useTransitionAccountPlan,
  useUpdateAccountPlan,
  useUpdateAction,
} from '../api';
import { AccountPlanStatusBadge, listOf } from '../components/parts';

type Cell = AccountPlan['whitespace'][number];

function StatusActions({ plan }: { plan: AccountPlan }) {
  const transition = useTransitionAccountPlan(plan.id);
  const buttons = [
    { to: 'active' as const, label: 'Activate', allowed: plan.can.activate, done: 'The plan is active' },
    { to: 'active' as const, label: 'Reopen', allowed: plan.can.reopen, done: 'The plan is active again' },
    { to: 'closed' as const, label: 'Close', allowed: plan.can.close, done: 'The plan is closed' },
  ].filter((b) => b.allowed);
  return (
    <Group gap="xs">
      {buttons.map((b) => (
        <Button
          key={b.label}
          variant={b.to === 'closed' ? 'default' : 'filled'}
          loading={transition.isPending}
          onClick={() => transition.run({ status: b.to }, { success: b.done })}
        >
          {b.label}
        </Button>
      ))}
    </Group>
  );
}

function SituationForm({ plan, vendor, onDone }: { plan: AccountPlan; vendor: boolean; onDone: () => void }) {
  const update = useUpdateAccountPlan(plan.id);
  const form = useApiForm({
    initialValues: {
      title: plan.title,
      summary: plan.summary,
      footprint: plan.footprint,
      vendorRelationships: plan.vendorRelationships,
      partnerRelationships: plan.partnerRelationships,
      partnerNotes: plan.partnerNotes,
      businessUnits: plan.businessUnits.join(', '),
      solutionAreas: plan.solutionAreas.join(', '),
    },
    mutation: update,
    toVariables: (v) =>
      vendor
        ? {
            title: v.title.trim(),
            summary: v.summary,
            footprint: v.footprint,
            vendorRelationships: v.vendorRelationships,
            partnerRelationships: v.partnerRelationships,
            partnerNotes: v.partnerNotes,
            businessUnits: listOf(v.businessUnits),
            solutionAreas: listOf(v.solutionAreas),
          }
        : { partnerRelationships: v.partnerRelationships, partnerNotes: v.partnerNotes },
    success: 'Saved the plan',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Save" onCancel={onDone}>
      {vendor && (
        <>
          <TextInput label="Title" required {...form.getInputProps('title')} />
          <Textarea label="Executive summary" autosize minRows={2} {...form.getInputProps('summary')} />
          <Textarea
            label="Current footprint"
            description="What the customer runs today, its initiatives"
            autosize
            {...form.getInputProps('footprint')}
          />
          <Textarea label="Vendor relationships" autosize {...form.getInputProps('vendorRelationships')} />
        </>
      )}
      <Textarea
        label="Partner relationships"
        description="Who the partner knows at the customer"
        autosize
        {...form.getInputProps('partnerRelationships')}
      />
      <Textarea label="Partner notes" autosize {...form.getInputProps('partnerNotes')} />
      {vendor && (
        <>
          <TextInput
            label="Business units (whitespace rows)"
            description="Comma separated; removing one removes its cells"
            {...form.getInputProps('businessUnits')}
          />
          <TextInput label="Solution areas (whitespace columns)" {...form.getInputProps('solutionAreas')} />
        </>
      )}
    </Form>
  );
}

function SituationCard({ plan, vendor }: { plan: AccountPlan; vendor: boolean }) {
  const edit = useDialog();
  return (
    <SectionCard
      title="The account"
      label="The account"
      action={
        plan.can.edit && (
          <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => edit.open()}>
            Edit
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Fact label="Industry">{plan.account.industry || '—'}</Fact>
          <Fact label="Segment">{plan.account.segment || '—'}</Fact>
        </SimpleGrid>
        <Fact label="Executive summary">{plan.summary || '—'}</Fact>
        <Fact label="Current footprint">{plan.footprint || '—'}</Fact>
        <Fact label="Vendor relationships">{plan.vendorRelationships || '—'}</Fact>
        <Fact label="Partner relationships">{plan.partnerRelationships || '—'}</Fact>
        {plan.partnerNotes && <Fact label="Partner notes">{plan.partnerNotes}</Fact>}
      </Stack>
      <FormDialog dialog={edit} title="Edit the plan" size="lg">
        {() => <SituationForm plan={plan} vendor={vendor} onDone={edit.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function TeamCard({ plan, mySide }: { plan: AccountPlan; mySide: PlanSide }) {
  const setTeam = useSetTeam(plan.id);
  const dialog = useDialog<PlanSide>();
  const staff = useVendorStaff(mySide === 'vendor');
  const company = useCompanyUsers(plan.partnerId);
  const [person, setPerson] = useState<string | null>(null);
  const [role, setRole] = useState<TeamRole>('account_owner');
  const sides: PlanSide[] = mySide === 'vendor' ? ['vendor', 'partner'] : ['partner'];
  const membersOf = (side: PlanSide) =>
    plan.team.filter((m) => m.side === side).map((m) => ({ userId: m.person?.id ?? '', role: m.role, note: m.note }));
  const save = (side: PlanSide, members: ReturnType<typeof membersOf>, success: string) =>
    setTeam.run({ side, members: members.filter((m) => m.userId) }, { success, onSuccess: dialog.close });
  return (
    <SectionCard title="Both teams" label="Both teams">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['vendor', 'partner'] as const).map((side) => (
          <Stack key={side} gap="xs">
            <Group justify="space-between">
              <Text fw={600}>{side === 'vendor' ? 'Vendor team' : `${plan.partnerName} team`}</Text>
              {plan.can.contribute && sides.includes(side) && (
                <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => dialog.open(side)}>
                  Add person
                </Button>
              )}
            </Group>
            {plan.team.filter((m) => m.side === side).length === 0 && (
              <Text size="sm" c="dimmed">
                Nobody named yet
              </Text>
            )}
            {plan.team
              .filter((m) => m.side === side)
              .map((m) => (
                <Group key={m.id} justify="space-between" gap="xs" wrap="nowrap">
                  <div>
                    <Text size="sm">{m.person?.name ?? 'Former user'}</Text>
                    <Text size="xs" c="dimmed">
                      {LABELS.accountTeamRole[m.role]}
                      {m.note ? ` · ${m.note}` : ''}
                    </Text>
                  </div>
                  {plan.can.contribute && sides.includes(side) && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove ${m.person?.name ?? 'person'}`}
                      onClick={() =>
                        save(
                          side,
                          membersOf(side).filter((x) => !(x.userId === m.person?.id && x.role === m.role)),
                          'Removed from the team',
                        )
                      }
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Group>
              ))}
          </Stack>
        ))}
      </SimpleGrid>
      <FormDialog dialog={dialog} title={(s) => (s === 'vendor' ? 'Add to the vendor team' : 'Add to the partner team')}>
        {(side) => (
          <Stack gap="sm">
            <Select
              label="Person"
              searchable
              data={((side === 'vendor' ? staff.data : company.data) ?? []).map((u) => ({ value: u.id, label: u.name }))}
              value={person}
              onChange={setPerson}
            />
            <Select
              label="Role on the account"
              data={optionsOf(LABELS.accountTeamRole)}
              allowDeselect={false}
              value={role}
              onChange={(v) => v && setRole(v as TeamRole)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button
                disabled={!person || !side}
                loading={setTeam.isPending}
                onClick={() =>
                  side && person && save(side, [...membersOf(side), { userId: person, role, note: '' }], 'Added to the team')
                }
              >
                Add
              </Button>
            </Group>
          </Stack>
        )}
      </FormDialog>
    </SectionCard>
  );
}

function GoalForm({ plan, goal, onDone }: { plan: AccountPlan; goal?: AccountPlanGoal; onDone: () => void }) {
  const save = useSaveGoal(plan.id);
  const form = useApiForm({
    initialValues: {
      title: goal?.title ?? '',
      target: (goal?.target ?? null) as Money | null,
      achieved: (goal?.achieved ?? null) as Money | null,
      targetDate: goal?.targetDate ?? plan.periodEnd,
      status: (goal?.status ?? 'open') as GoalStatus,
    },
    validate: {
      title: (v: string) => (v.trim() ? null : 'Name the goal'),
      target: (v: Money | null) => (v ? null : 'Set the target'),
    },
    mutation: save,
    toVariables: (v) => {
      const body = {
        title: v.title.trim(),
        target: v.target as Money,
        ...(v.achieved ? { achieved: v.achieved } : {}),
        targetDate: v.targetDate,
        status: v.status,
      };
      return { id: goal?.id, body };
    },
    success: goal ? 'Saved the goal' : 'Added the goal',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={goal ? 'Save' : 'Add goal'} onCancel={onDone}>
      <TextInput label="Goal" required placeholder="Land analytics in Finance" {...form.getInputProps('title')} />
      <SimpleGrid cols={2}>
        <MoneyInput
          label="Target revenue"
          required
          value={form.values.target}
          onChange={(v) => form.setFieldValue('target', v)}
          error={form.errors.target ?? form.errors['target.amount']}
        />
        <MoneyInput
          label="Achieved so far"
          value={form.values.achieved}
          defaultCurrency={form.values.target?.currency}
          onChange={(v) => form.setFieldValue('achieved', v)}
          error={form.errors.achieved ?? form.errors['achieved.currency']}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label="Target date" type="date" required {...form.getInputProps('targetDate')} />
        <Select
          label="Status"
          data={optionsOf(LABELS.accountGoalStatus)}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
    </Form>
  );
}

function GoalsCard({ plan }: { plan: AccountPlan }) {
  const dialog = useDialog<AccountPlanGoal | 'new'>();
  const remove = useDeleteGoal();
  return (
    <SectionCard
      title="Goals"
      label="Goals"
      action={
        plan.can.contribute && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open('new')}>
            Add goal
          </Button>
        )
      }
    >
      {plan.goalList.length === 0 ? (
        <Empty title="No goals yet" description="Set measurable targets: revenue by a date." />
      ) : (
        <Stack gap="sm">
          {plan.goalList.map((g) => (
            <Stack key={g.id} gap={4} data-testid="account-plan-goal">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={500}>{g.title}</Text>
                <Group gap={4} wrap="nowrap">
                  <Badge color={COLORS.accountGoalState[g.progress.state]} variant="light">
                    {LABELS.accountGoalState[g.progress.state]}
                  </Badge>
                  {g.can.edit && (
                    <ActionIcon variant="subtle" aria-label={`Edit ${g.title}`} onClick={() => dialog.open(g)}>
                      <IconPencil size={14} />
                    </ActionIcon>
                  )}
                  {g.can.delete && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Remove ${g.title}`}
                      onClick={() => remove.run(g.id, { success: 'Removed the goal' })}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Group>
              </Group>
              <Tooltip label={`Expected by now: ${g.progress.expectedPercent}%`} withArrow>
                <Progress value={g.progress.percent ?? 0} color={COLORS.accountGoalState[g.progress.state]} size="sm" />
              </Tooltip>
              <Text size="xs" c="dimmed">
                <MoneyText value={g.achieved} /> of <MoneyText value={g.target} /> by {formatDay(g.targetDate)}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
      <FormDialog dialog={dialog} title={(t) => (t === 'new' ? 'Add a goal' : 'Edit the goal')}>
        {(t) => <GoalForm plan={plan} goal={t === 'new' || !t ? undefined : t} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function CellForm({
  plan,
  cell,
  mySide,
  onDone,
}: {
  plan: AccountPlan;
  cell: { unit: string; area: string; current?: Cell };
  mySide: PlanSide;
  onDone: () => void;
}) {
  const setCell = useSetCell(plan.id);
  const [status, setStatus] = useState<CellStatus | null>(cell.current?.status ?? null);
  const [notes, setNotes] = useState((mySide === 'vendor' ? cell.current?.vendorNotes : cell.current?.partnerNotes) ?? '');
  const options = optionsOf(LABELS.whitespaceCell).filter((o) => mySide === 'vendor' || o.value !== 'vendor_installed');
  const other = mySide === 'vendor' ? cell.current?.partnerNotes : cell.current?.vendorNotes;
  return (
    <Stack gap="sm">
      <Select
        label="Status"
        data={options}
        value={status}
        onChange={(v) => setStatus(v as CellStatus | null)}
        allowDeselect={false}
      />
      <Textarea
        label={mySide === 'vendor' ? 'Vendor notes' : 'Our notes'}
        autosize
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
      />
      {other && (
        <Text size="sm" c="dimmed">
          {mySide === 'vendor' ? 'Partner' : 'Vendor'} notes: {other}
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          disabled={!status}
          loading={setCell.isPending}
          onClick={() =>
            status &&
            setCell.run(
              { unit: cell.unit, area: cell.area, status, notes },
              { success: `${cell.unit} × ${cell.area} saved`, onSuccess: onDone },
            )
          }
        >
          Save cell
        </Button>
      </Group>
    </Stack>
  );
}

/** The whitespace matrix: business units × solution areas, each cell editable on its own. */
function WhitespaceCard({ plan, mySide }: { plan: AccountPlan; mySide: PlanSide }) {
  const dialog = useDialog<{ unit: string; area: string; current?: Cell }>();
  const cellOf = (unit: string, area: string) => plan.whitespace.find((c) => c.unit === unit && c.area === area);
  const editable = (c?: Cell) => plan.can.contribute && (mySide === 'vendor' || c?.status !== 'vendor_installed');
  return (
    <SectionCard
      title="Whitespace"
      label="Whitespace"
      description="The customer's business units × solution areas: what is installed, where the joint opportunity is."
    >
      {plan.businessUnits.length === 0 || plan.solutionAreas.length === 0 ? (
        <Empty
          title="No matrix yet"
          description={
            plan.can.edit && mySide === 'vendor'
              ? 'Edit the plan to name business units and solution areas.'
              : 'The vendor has not laid out the matrix yet.'
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={500}>
          <Table withTableBorder withColumnBorders aria-label="Whitespace matrix">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Business unit</Table.Th>
                {plan.solutionAreas.map((a) => (
                  <Table.Th key={a}>{a}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.businessUnits.map((u) => (
                <Table.Tr key={u}>
                  <Table.Td fw={500}>{u}</Table.Td>
                  {plan.solutionAreas.map((a) => {
                    const c = cellOf(u, a);
                    const badge = c ? (
                      <Badge color={COLORS.whitespaceCell[c.status]} variant="light">
                        {LABELS.whitespaceCell[c.status]}
                      </Badge>
                    ) : (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    );
                    const notes = [c?.vendorNotes && `Vendor: ${c.vendorNotes}`, c?.partnerNotes && `Partner: ${c.partnerNotes}`]
                      .filter(Boolean)
                      .join(' · ');
                    return (
                      <Table.Td key={a}>
                        {editable(c) ? (
                          <UnstyledButton
                            aria-label={`${u} × ${a}`}
                            onClick={() => dialog.open({ unit: u, area: a, current: c })}
                          >
                            {badge}
                          </UnstyledButton>
                        ) : (
                          badge
                        )}
                        {notes && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {notes}
                          </Text>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FormDialog dialog={dialog} title={(c) => (c ? `${c.unit} × ${c.area}` : '')}>
        {(c) => c && <CellForm plan={plan} cell={c} mySide={mySide} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function ActionForm({ plan, mySide, onDone }: { plan: AccountPlan; mySide: PlanSide; onDone: () => void }) {
  const add = useAddAction(plan.id);
  const staff = useVendorStaff(mySide === 'vendor');
  const company = useCompanyUsers(plan.partnerId);
  const form = useApiForm({
    initialValues: { title: '', side: mySide as PlanSide, ownerId: '', dueOn: '' },
    validate: {
      title: (v: string) => (v.trim() ? null : 'Say what is to be done'),
      dueOn: (v: string) => (v ? null : 'Choose the due date'),
    },
    mutation: add,
    toVariables: (v) => ({ title: v.title.trim(), side: v.side, ownerId: v.ownerId || null, dueOn: v.dueOn }),
    success: (a) => `Added ${a.title}`,
    onSuccess: onDone,
  });
  const people = form.values.side === 'vendor' ? staff.data : company.data;
  return (
    <Form form={form} submitLabel="Add action" onCancel={onDone}>
      <TextInput label="Action" required {...form.getInputProps('title')} />
      {mySide === 'vendor' && (
        <Select
          label="Side"
          data={optionsOf(LABELS.accountPlanSide)}
          allowDeselect={false}
          {...form.getInputProps('side')}
          onChange={(v) => {
            form.setFieldValue('side', (v ?? 'vendor') as PlanSide);
            form.setFieldValue('ownerId', '');
          }}
        />
      )}
      <Select
        label="Owner"
        placeholder="Nobody named (the side's managers are reminded)"
        data={(people ?? []).map((u) => ({ value: u.id, label: u.name }))}
        clearable
        searchable
        {...form.getInputProps('ownerId')}
      />
      <TextInput label="Due" type="date" required {...form.getInputProps('dueOn')} />
    </Form>
  );
}

function ActionsCard({ plan, mySide }: { plan: AccountPlan; mySide: PlanSide }) {
  const dialog = useDialog();
  const update = useUpdateAction();
  const complete = (a: AccountPlanAction) => update.run({ id: a.id, body: { status: 'done' } }, { success: `${a.title}: done` });
  return (
    <SectionCard
      title="Actions"
      label="Actions"
      action={
        plan.can.contribute && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            Add action
          </Button>
        )
      }
    >
      {plan.actions.length === 0 ? (
        <Empty title="No actions yet" description="Who does what by when, on either side." />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label="Account plan actions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Action</Table.Th>
                <Table.Th>Side</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.actions.map((a) => (
                <Table.Tr key={a.id} data-testid="account-plan-action">
                  <Table.Td>{a.title}</Table.Td>
                  <Table.Td>{LABELS.accountPlanSide[a.side]}</Table.Td>
                  <Table.Td>{a.owner?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm" c={a.overdue ? 'red' : undefined}>
                        {formatDay(a.dueOn)}
                      </Text>
                      {a.overdue && (
                        <Badge color="red" variant="light" size="sm">
                          Overdue
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={COLORS.accountActionStatus[a.status]} variant="light">
                      {LABELS.accountActionStatus[a.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {a.can.complete && (
                      <Button size="xs" variant="subtle" leftSection={<IconCheck size={14} />} onClick={() => complete(a)}>
                        Mark done
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FormDialog dialog={dialog} title="Add an action">
        {() => <ActionForm plan={plan} mySide={mySide} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

function OpportunitiesCard({ plan }: { plan: AccountPlan }) {
  const o = plan.opportunities;
  return (
    <SectionCard
      title="Linked opportunities"
      label="Linked opportunities"
      description={`The account's opportunities ${plan.partnerName} is involved in.`}
    >
      <SimpleGrid cols={2} mb="sm">
        <Fact label="Open pipeline">
          <MoneyText value={o.pipeline} />
        </Fact>
        <Fact label="Won">
          <MoneyText value={o.won} />
        </Fact>
      </SimpleGrid>
      {o.unconverted > 0 && (
        <Text size="xs" c="dimmed" mb="xs">
          {o.unconverted} amount(s) left out for want of an exchange rate.
        </Text>
      )}
      {o.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No opportunity of this account involves the partner yet.
        </Text>
      ) : (
        <Stack gap={6}>
          {o.data.map((x) => (
            <Group key={x.id} justify="space-between" gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/opportunities/${x.id}`} size="sm">
                {x.number} · {x.title}
              </Anchor>
              <Group gap="xs" wrap="nowrap">
                {x.stage && (
                  <Badge variant="light" color="gray">
                    {LABELS.opportunityStage[x.stage as keyof typeof LABELS.opportunityStage] ?? x.stage}
                  </Badge>
                )}
                <Text size="sm">
                  <MoneyText value={x.amount} />
                </Text>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function PlanBody({ plan }: { plan: AccountPlan }) {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const mySide: PlanSide = vendor ? 'vendor' : 'partner';
  return (
    <Stack gap="md">
      <PageHeader
        title={plan.title}
        crumbs={[{ label: 'Account plans', to: '/account-plans' }]}
        description={
          <>
            {vendor ? (
              <Anchor component={Link} to={`/accounts/${plan.account.id}`}>
                {plan.account.name}
              </Anchor>
            ) : (
              plan.account.name
            )}
            {` · ${vendor ? `${plan.partnerName} · ` : ''}${formatDay(plan.periodStart)} – ${formatDay(plan.periodEnd)}`}
            {plan.overdueActions > 0 && ` · ${plan.overdueActions} overdue action(s)`}
          </>
        }
        badges={<AccountPlanStatusBadge status={plan.status} />}
        actions={<StatusActions plan={plan} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <WhitespaceCard plan={plan} mySide={mySide} />
            <ActionsCard plan={plan} mySide={mySide} />
            <GoalsCard plan={plan} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <SituationCard plan={plan} vendor={vendor} />
            <TeamCard plan={plan} mySide={mySide} />
            <OpportunitiesCard plan={plan} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function AccountPlanPage() {
  const { id = '' } = useParams();
  const plan = useAccountPlan(id);
  return (
    <QueryState query={plan} notFound="Account plan">
      {(p) => <PlanBody plan={p} />}
    </QueryState>
  );
}
