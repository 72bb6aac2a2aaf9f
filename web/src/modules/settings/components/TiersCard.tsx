import { Button, Group, NumberInput, Select, Text, Textarea, TextInput } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Tier } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { type FormValues, useApiForm } from '../../../ui/forms';
import { isKeyOf, LABELS, optionsOf } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { type TierBody, useDeleteTier, useSaveTier, useTiers } from '../api';
import { TierBadge } from './TierBadge';

/** A NumberInput holds '' while it is empty. */
type Values = Omit<FormValues<TierBody>, 'rank'> & { rank: number | string };

function TierForm({ tier, nextRank, onDone }: { tier: Tier | null; nextRank: number; onDone: () => void }) {
  const save = useSaveTier();
  const initialValues: Values = {
    name: tier?.name ?? '',
    rank: tier?.rank ?? nextRank,
    description: tier?.description ?? '',
    color: isKeyOf(LABELS.tierColor, tier?.color) ? tier.color : 'gray',
  };
  const form = useApiForm({
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      rank: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : 'Enter a whole number, 0 or more'),
    },
    mutation: save,
    toVariables: (values) => ({
      id: tier?.id ?? null,
      body: { ...values, name: values.name.trim(), rank: Number(values.rank), description: values.description.trim() },
    }),
    success: (saved) => (tier ? `Saved tier ${saved.name}` : `Created tier ${saved.name}`),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={tier ? 'Save tier' : 'Create tier'} onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <Group grow>
        <NumberInput
          label="Rank"
          description="Higher is better"
          min={0}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps('rank')}
        />
        <Select label="Colour" data={optionsOf(LABELS.tierColor)} allowDeselect={false} {...form.getInputProps('color')} />
      </Group>
      <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
    </Form>
  );
}

const COLUMNS: Column<Tier>[] = [
  { key: 'rank', header: 'Rank', w: 70, cell: (tier) => tier.rank },
  { key: 'tier', header: 'Tier', cell: (tier) => <TierBadge tier={tier} /> },
  {
    key: 'description',
    header: 'Description',
    cell: (tier) => (
      <Text size="sm" c={tier.description ? undefined : 'dimmed'}>
        {tier.description || '—'}
      </Text>
    ),
  },
];

export function TiersCard() {
  const tiers = useTiers();
  const remove = useDeleteTier();
  const form = useDialog<Tier>();
  const deleting = useDialog<Tier>();
  const list = (tiers.data ?? []).slice().sort((a, b) => a.rank - b.rank);
  const nextRank = list.length > 0 ? Math.max(...list.map((t) => t.rank)) + 1 : 0;

  return (
    <SectionCard
      title="Partner tiers"
      description="Levels of the default program (a partner's headline tier), lowest rank first. Requirements, benefits and other programs: Programs."
      action={
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.open()}>
          New tier
        </Button>
      }
    >
      <QueryState query={tiers}>
        {() => (
          <DataTable
            label="Tiers"
            rows={list}
            rowName={(tier) => tier.name}
            columns={COLUMNS}
            minWidth={520}
            empty={<Empty title="No tiers yet" description="Create tiers such as Registered, Silver, Gold and Platinum." />}
            actionsVariant="icons"
            actions={(tier) => [
              { label: 'Edit', icon: IconPencil, onClick: () => form.open(tier) },
              { label: 'Delete', icon: IconTrash, color: 'red', onClick: () => deleting.open(tier) },
            ]}
            card={(tier) => ({
              title: <TierBadge tier={tier} />,
              subtitle: `Rank ${tier.rank}`,
              footer: tier.description || undefined,
            })}
          />
        )}
      </QueryState>
      <FormDialog dialog={form} title={(tier) => (tier ? `Edit ${tier.name}` : 'New tier')}>
        {(tier) => <TierForm tier={tier} nextRank={nextRank} onDone={form.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={deleting}
        title={(tier) => `Delete tier ${tier.name}?`}
        confirmLabel="Delete tier"
        mutation={remove}
        variables={(tier) => tier.id}
        success={(tier) => `Deleted tier ${tier.name}`}
      >
        {() => 'Partners in this tier become untiered. The change is recorded in the audit log.'}
      </ConfirmDialog>
    </SectionCard>
  );
}
