import {
  ActionIcon,
  Button,
  Card,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Tier } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { FormActions } from '../../../ui/FormActions';
import { showFormErrors } from '../../../ui/forms';
import { isKeyOf, LABELS, optionsOf } from '../../../ui/labels';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { useDeleteTier, useSaveTier, useTiers } from '../api';
import type { TierColor } from '../labels';
import { TierBadge } from './TierBadge';

type Values = { name: string; rank: number | string; description: string; color: TierColor };

function TierForm({ tier, nextRank, onDone }: { tier: Tier | null; nextRank: number; onDone: () => void }) {
  const save = useSaveTier();
  const form = useForm<Values>({
    initialValues: {
      name: tier?.name ?? '',
      rank: tier?.rank ?? nextRank,
      description: tier?.description ?? '',
      color: isKeyOf(LABELS.tierColor, tier?.color) ? tier.color : 'gray',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      rank: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : 'Enter a whole number, 0 or more'),
    },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      {
        id: tier?.id ?? null,
        body: {
          name: values.name.trim(),
          rank: Number(values.rank),
          description: values.description.trim(),
          color: values.color,
        },
      },
      {
        onSuccess: (saved) => {
          notifySuccess(tier ? `Saved tier ${saved.name}` : `Created tier ${saved.name}`);
          onDone();
        },
        onError: (error) => showFormErrors(form, error, ['name', 'rank', 'description', 'color']),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
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
        <FormActions submitLabel={tier ? 'Save tier' : 'Create tier'} busy={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function TiersCard() {
  const tiers = useTiers();
  const remove = useDeleteTier();
  const [editing, setEditing] = useState<Tier | null>(null);
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState<Tier | null>(null);
  const list = (tiers.data ?? []).slice().sort((a, b) => a.rank - b.rank);
  const nextRank = list.length > 0 ? Math.max(...list.map((t) => t.rank)) + 1 : 0;
  const openForm = (tier: Tier | null) => {
    setEditing(tier);
    setOpen(true);
  };

  return (
    <Card>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={4}>Partner tiers</Title>
          <Text size="sm" c="dimmed">
            Levels of your partner program, lowest rank first.
          </Text>
        </div>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => openForm(null)}>
          New tier
        </Button>
      </Group>
      {tiers.isPending ? (
        <PageLoader />
      ) : tiers.isError ? (
        <ErrorState error={tiers.error} onRetry={() => tiers.refetch()} />
      ) : list.length === 0 ? (
        <Empty title="No tiers yet" description="Create tiers such as Registered, Silver, Gold and Platinum." />
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table aria-label="Tiers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>Rank</Table.Th>
                <Table.Th>Tier</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th w={90} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((tier) => (
                <Table.Tr key={tier.id}>
                  <Table.Td>{tier.rank}</Table.Td>
                  <Table.Td>
                    <TierBadge tier={tier} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={tier.description ? undefined : 'dimmed'}>
                      {tier.description || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${tier.name}`} onClick={() => openForm(tier)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Delete ${tier.name}`}
                        onClick={() => setDeleting(tier)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={editing ? `Edit ${editing.name}` : 'New tier'}>
        {open && <TierForm tier={editing} nextRank={nextRank} onDone={() => setOpen(false)} />}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete tier ${deleting?.name ?? ''}?`}
        confirmLabel="Delete tier"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(`Deleted tier ${deleting.name}`);
              setDeleting(null);
            },
            onError: (error) => notifyError(error),
          })
        }
      >
        Partners in this tier become untiered. The change is recorded in the audit log.
      </ConfirmModal>
    </Card>
  );
}
