import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { RowActions } from '../../../ui/RowActions';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty } from '../../../ui/States';
import {
  type BusinessPlan,
  type ItemSide,
  type PlanCampaign,
  type PlanContentPatch,
  type PlanInitiative,
  type PlanPersona,
  type Side,
  useUpdatePlan,
} from '../api';

/*
 * The plan's lists of items — initiatives, the go-to-market playbook's personas and its joint
 * campaign calendar — each added, changed and removed in place. A change sends the whole list
 * (the API replaces a section) with the version it was made on, so a concurrent save answers 409.
 * Each side changes its own and the joint items (decision 0130); personas are joint.
 */

type Item = { id: string; side?: ItemSide };

/** May the signed-in side change the item: its own and the joint ones, while the plan is editable. */
export function mayChangeItem(plan: BusinessPlan, mySide: Side, item: Item): boolean {
  return plan.can.edit && item.side !== (mySide === 'vendor' ? 'partner' : 'vendor');
}

/** A new item's id: stable across versions, unique within the plan. */
const newId = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** The sides an item may be given: joint, or the signed-in side's own. */
const sideOptions = (mySide: Side) => [
  { value: 'joint', label: 'Joint' },
  { value: mySide, label: `${LABELS.planItemSide[mySide]} (ours)` },
];

/** Puts the edited item in place of the one with its id, or at the end when it is new. */
function upsert<T extends Item>(items: readonly T[], item: T): T[] {
  return items.some((x) => x.id === item.id) ? items.map((x) => (x.id === item.id ? item : x)) : [...items, item];
}

/**
 * The server names an item's field by its place in the section it replaced
 * (`playbook.campaigns.3.endsOn`); these aliases put the message under the form's own input.
 */
function itemAliases(section: string, items: readonly Item[], item: Item | null, fields: readonly string[]) {
  const index = item ? items.findIndex((x) => x.id === item.id) : items.length;
  return Object.fromEntries(fields.map((f) => [`${section}.${index}.${f}`, f]));
}

type ItemFormProps<T> = { plan: BusinessPlan; mySide: Side; item: T | null; onDone: () => void };

function InitiativeForm({ plan, mySide, item, onDone }: ItemFormProps<PlanInitiative>) {
  const update = useUpdatePlan(plan.id);
  const form = useApiForm({
    initialValues: {
      title: item?.title ?? '',
      side: (item?.side ?? 'joint') as ItemSide,
      status: item?.status ?? ('planned' as PlanInitiative['status']),
      dueOn: item?.dueOn ?? '',
      notes: item?.notes ?? '',
    },
    validate: { title: (v: string) => (v.trim() ? null : 'Name the initiative') },
    mutation: update,
    toVariables: (v) => {
      const next: PlanInitiative = {
        id: item?.id ?? newId('i'),
        side: v.side,
        title: v.title.trim(),
        status: v.status,
        dueOn: v.dueOn || null,
        notes: v.notes.trim(),
      };
      return { baseVersion: plan.version, content: { initiatives: upsert(plan.content.initiatives, next) } };
    },
    aliases: itemAliases('initiatives', plan.content.initiatives, item, ['title', 'side', 'status', 'dueOn', 'notes']),
    success: item ? 'Saved the initiative' : 'Added the initiative',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={item ? 'Save initiative' : 'Add initiative'} onCancel={onDone}>
      <TextInput label="Initiative" required {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label="Whose" data={sideOptions(mySide)} allowDeselect={false} {...form.getInputProps('side')} />
        <Select
          label="Status"
          data={optionsOf(LABELS.initiativeStatus)}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <TextInput label="Due" type="date" {...form.getInputProps('dueOn')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize {...form.getInputProps('notes')} />
    </Form>
  );
}

function PersonaForm({ plan, item, onDone }: ItemFormProps<PlanPersona>) {
  const update = useUpdatePlan(plan.id);
  const form = useApiForm({
    initialValues: { name: item?.name ?? '', description: item?.description ?? '' },
    validate: { name: (v: string) => (v.trim() ? null : 'Name the persona') },
    mutation: update,
    toVariables: (v) => {
      const next: PlanPersona = { id: item?.id ?? newId('p'), name: v.name.trim(), description: v.description.trim() };
      const playbook = { ...plan.content.playbook, personas: upsert(plan.content.playbook.personas, next) };
      return { baseVersion: plan.version, content: { playbook } };
    },
    aliases: itemAliases('playbook.personas', plan.content.playbook.personas, item, ['name', 'description']),
    success: item ? 'Saved the persona' : 'Added the persona',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={item ? 'Save persona' : 'Add persona'} onCancel={onDone}>
      <TextInput label="Persona" placeholder="CFO of a mid-market bank" required {...form.getInputProps('name')} />
      <Textarea
        label="What they care about"
        description="Their pains, what they buy on, the message that lands"
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </Form>
  );
}

function CampaignForm({ plan, mySide, item, onDone }: ItemFormProps<PlanCampaign>) {
  const update = useUpdatePlan(plan.id);
  const form = useApiForm({
    initialValues: {
      name: item?.name ?? '',
      side: (item?.side ?? 'joint') as ItemSide,
      startsOn: item?.startsOn ?? '',
      endsOn: item?.endsOn ?? '',
      channel: item?.channel ?? '',
      notes: item?.notes ?? '',
    },
    validate: {
      name: (v: string) => (v.trim() ? null : 'Name the campaign'),
      startsOn: (v: string) => (v ? null : 'Choose when it starts'),
    },
    mutation: update,
    toVariables: (v) => {
      const next: PlanCampaign = {
        id: item?.id ?? newId('c'),
        side: v.side,
        name: v.name.trim(),
        startsOn: v.startsOn,
        endsOn: v.endsOn || null,
        channel: v.channel.trim(),
        notes: v.notes.trim(),
      };
      const playbook = { ...plan.content.playbook, campaigns: upsert(plan.content.playbook.campaigns, next) };
      return { baseVersion: plan.version, content: { playbook } };
    },
    aliases: itemAliases('playbook.campaigns', plan.content.playbook.campaigns, item, [
      'name',
      'side',
      'startsOn',
      'endsOn',
      'channel',
      'notes',
    ]),
    success: item ? 'Saved the campaign' : 'Added the campaign',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={item ? 'Save campaign' : 'Add campaign'} onCancel={onDone}>
      <TextInput label="Campaign" required {...form.getInputProps('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Whose" data={sideOptions(mySide)} allowDeselect={false} {...form.getInputProps('side')} />
        <TextInput label="Channel" placeholder="Webinar, event, e-mail…" {...form.getInputProps('channel')} />
        <TextInput label="Starts" type="date" required {...form.getInputProps('startsOn')} />
        <TextInput label="Ends" type="date" {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      <Textarea label="Notes" autosize {...form.getInputProps('notes')} />
    </Form>
  );
}

/**
 * A card listing one kind of plan item with "Add", and per item "Edit" and "Remove" where the
 * signed-in side may change it.
 */
function ItemsCard<T extends Item>({
  plan,
  mySide,
  title,
  noun,
  items,
  describe,
  without,
  ItemForm,
  emptyHint,
}: {
  plan: BusinessPlan;
  mySide: Side;
  title: string;
  noun: string;
  items: readonly T[];
  describe: (item: T) => { name: string; detail: ReactNode };
  without: (id: string) => PlanContentPatch;
  ItemForm: (props: ItemFormProps<T>) => ReactNode;
  emptyHint: string;
}) {
  const dialog = useDialog<T>();
  const update = useUpdatePlan(plan.id);
  const remove = (item: T) =>
    update.run({ baseVersion: plan.version, content: without(item.id) }, { success: `Removed ${describe(item).name}` });
  return (
    <SectionCard
      title={title}
      label={title}
      action={
        plan.can.edit && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            Add {noun}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Empty title={`No ${noun}s yet`} description={emptyHint} />
      ) : (
        <Table>
          <Table.Tbody>
            {items.map((item) => {
              const { name, detail } = describe(item);
              const allowed = mayChangeItem(plan, mySide, item);
              return (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {detail}
                    </Text>
                  </Table.Td>
                  <Table.Td w={60}>
                    <RowActions
                      name={name}
                      actions={[
                        { label: 'Edit', onClick: () => dialog.open(item), allowed },
                        { label: 'Remove', color: 'red', onClick: () => remove(item), allowed },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <FormDialog dialog={dialog} title={(item) => (item ? `Edit ${describe(item).name}` : `Add ${noun}`)}>
        {(item) => <ItemForm plan={plan} mySide={mySide} item={item} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

const sideBadge = (side: ItemSide) => (
  <Badge size="xs" variant="light" color={side === 'joint' ? 'gray' : side === 'vendor' ? 'blue' : 'grape'} component="span">
    {LABELS.planItemSide[side]}
  </Badge>
);

export function InitiativesCard({ plan, mySide }: { plan: BusinessPlan; mySide: Side }) {
  return (
    <ItemsCard
      plan={plan}
      mySide={mySide}
      title="Initiatives"
      noun="initiative"
      items={plan.content.initiatives}
      describe={(i) => ({
        name: i.title,
        detail: (
          <>
            {sideBadge(i.side)} {LABELS.initiativeStatus[i.status]}
            {i.dueOn ? ` · due ${formatDay(i.dueOn)}` : ''}
          </>
        ),
      })}
      without={(id) => ({ initiatives: plan.content.initiatives.filter((x) => x.id !== id) })}
      ItemForm={InitiativeForm}
      emptyHint="What each side and both together will do this period."
    />
  );
}

/** The go-to-market playbook's personas and joint campaign calendar. */
export function PlaybookCards({ plan, mySide }: { plan: BusinessPlan; mySide: Side }) {
  const playbook = plan.content.playbook;
  return (
    <Stack gap="md">
      <ItemsCard
        plan={plan}
        mySide={mySide}
        title="Personas"
        noun="persona"
        items={playbook.personas}
        describe={(p) => ({ name: p.name, detail: p.description || '—' })}
        without={(id) => ({ playbook: { ...playbook, personas: playbook.personas.filter((x) => x.id !== id) } })}
        ItemForm={PersonaForm}
        emptyHint="Who the joint offering is sold to: the go-to-market playbook starts here."
      />
      <ItemsCard
        plan={plan}
        mySide={mySide}
        title="Joint campaign calendar"
        noun="campaign"
        items={[...playbook.campaigns].sort((a, b) => a.startsOn.localeCompare(b.startsOn))}
        describe={(x) => ({
          name: x.name,
          detail: (
            <Group gap={4} component="span">
              {sideBadge(x.side)}
              {formatDay(x.startsOn)}
              {x.endsOn ? ` – ${formatDay(x.endsOn)}` : ''}
              {x.channel ? ` · ${x.channel}` : ''}
            </Group>
          ),
        })}
        without={(id) => ({ playbook: { ...playbook, campaigns: playbook.campaigns.filter((x) => x.id !== id) } })}
        ItemForm={CampaignForm}
        emptyHint="Webinars, events and campaigns both sides run together, by date."
      />
    </Stack>
  );
}
