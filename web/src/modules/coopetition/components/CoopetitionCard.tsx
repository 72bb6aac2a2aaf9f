import { ActionIcon, Badge, Button, Group, Select, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Partner } from '../../../api/types';
import { LABELS, optionsOf } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type CoopetitionKind, useAddCoopetitionArea, useCoopetitionAreas, useRemoveCoopetitionArea } from '../api';

function AddArea({ partnerId, onDone }: { partnerId: string; onDone: () => void }) {
  const add = useAddCoopetitionArea(partnerId);
  const [kind, setKind] = useState<CoopetitionKind>('product');
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Group grow gap="xs" align="flex-start">
        <Select
          label="Kind"
          data={optionsOf(LABELS.coopetitionKind)}
          value={kind}
          onChange={(v) => v && setKind(v as CoopetitionKind)}
          allowDeselect={false}
        />
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus />
      </Group>
      <Textarea label="Notes" autosize minRows={1} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          size="xs"
          loading={add.isPending}
          onClick={() => {
            if (!name.trim()) return setError('Enter a name');
            add.run(
              { kind, name: name.trim(), notes },
              {
                success: `Recorded ${name.trim()}`,
                onSuccess: onDone,
                onError: (e) => {
                  setError(e instanceof Error ? e.message : String(e));
                  return true;
                },
              },
            );
          }}
        >
          Record area
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * Coopetition on the partner 360 page (vendor staff): the segments, products and solution
 * categories where this partner also competes with us, flagged so nobody shares accounts,
 * pipeline or plans there without thinking.
 */
export function CoopetitionCard({ partner }: { partner: Partner }) {
  const partnerId = partner.id;
  const areas = useCoopetitionAreas(partnerId);
  const remove = useRemoveCoopetitionArea(partnerId);
  const [adding, setAdding] = useState(false);
  const count = areas.data?.length ?? 0;
  const canEdit = partner.can.editVendorFields;
  return (
    <SectionCard
      title={
        <Group gap="xs" component="span">
          Coopetition
          {count > 0 && (
            <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} />}>
              Competes in {count}
            </Badge>
          )}
        </Group>
      }
      description="Where this partner also competes with us: share accounts, pipeline and plans there with care."
      action={
        canEdit &&
        !adding && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Add
          </Button>
        )
      }
    >
      <QueryState query={areas}>
        {(list) => (
          <Stack gap="xs">
            {list.length === 0 && !adding && (
              <Text size="sm" c="dimmed">
                No competing areas recorded.
              </Text>
            )}
            {list.map((a) => (
              <Group key={a.id} justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {a.name}
                    </Text>
                    <Badge size="xs" variant="outline" color="orange">
                      {LABELS.coopetitionKind[a.kind]}
                    </Badge>
                  </Group>
                  {a.notes && (
                    <Text size="xs" c="dimmed">
                      {a.notes}
                    </Text>
                  )}
                </Stack>
                {a.can.edit && (
                  <Tooltip label="Remove">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${a.name}`}
                      onClick={() => remove.run(a.id, { success: `Removed ${a.name}` })}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            ))}
            {adding && <AddArea partnerId={partnerId} onDone={() => setAdding(false)} />}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
