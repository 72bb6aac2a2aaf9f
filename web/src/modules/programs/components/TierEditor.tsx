import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ProgramMembership, Tier } from '../../../api/types';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty } from '../../../ui/States';
import { tierColor } from '../../settings/labels';
import { useDeleteTier, useReorderTiers } from '../api';
import { TierForm } from './TierForm';

/**
 * The program manager's view of the ladder: add a tier, change one (its requirements and
 * benefits), move it up or down, delete one nobody holds.
 */
export function TierEditor({
  programId,
  tiers,
  members,
}: {
  programId: string;
  tiers: readonly Tier[];
  members: readonly ProgramMembership[];
}) {
  const editing = useDialog<Tier | 'new'>();
  const deleting = useDialog<Tier>();
  const reorder = useReorderTiers(programId);
  const remove = useDeleteTier();
  const holders = (tier: Tier) => members.filter((m) => m.tierId === tier.id).length;
  const move = (index: number, by: -1 | 1) => {
    const ids = tiers.map((t) => t.id);
    const [moved] = ids.splice(index, 1);
    if (!moved) return;
    ids.splice(index + by, 0, moved);
    reorder.run(ids, { success: `Moved ${tiers[index]?.name} ${by < 0 ? 'down' : 'up'}` });
  };
  const nextRank = tiers.reduce((max, t) => Math.max(max, t.rank + 1), 0);
  return (
    <SectionCard
      title="Edit tiers"
      description="Lowest first. Requirements decide who may hold a tier; benefits are what it brings."
      action={
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => editing.open('new')}>
          Add tier
        </Button>
      }
    >
      {tiers.length === 0 ? (
        <Empty title="No tiers yet" description="Add the lowest tier first: the one partners join in." />
      ) : (
        <Table aria-label="Tiers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tier</Table.Th>
              <Table.Th>Rank</Table.Th>
              <Table.Th>Requirements</Table.Th>
              <Table.Th>Partners in it</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tiers.map((t, i) => {
              const held = holders(t);
              return (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    <Badge color={tierColor(t.color)} variant="light">
                      {t.name}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t.rank}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{t.requirements.map((r) => r.label).join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td>{held}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move ${t.name} down`}
                        disabled={i === 0 || reorder.isPending}
                        onClick={() => move(i, -1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move ${t.name} up`}
                        disabled={i === tiers.length - 1 || reorder.isPending}
                        onClick={() => move(i, 1)}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon variant="subtle" aria-label={`Edit ${t.name}`} onClick={() => editing.open(t)}>
                        <IconPencil size={16} />
                      </ActionIcon>
                      <Tooltip label={held > 0 ? 'Partners hold this tier: move them first' : 'Delete'} withArrow>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${t.name}`}
                          disabled={held > 0}
                          onClick={() => deleting.open(t)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <FormDialog dialog={editing} size="xl" title={(t) => (t && t !== 'new' ? `Edit ${t.name}` : 'Add a tier')}>
        {(t) => (
          <TierForm programId={programId} tier={t && t !== 'new' ? t : undefined} nextRank={nextRank} onDone={editing.close} />
        )}
      </FormDialog>
      <ConfirmDialog
        dialog={deleting}
        title={(t) => `Delete ${t.name}?`}
        confirmLabel="Delete tier"
        mutation={remove}
        variables={(t) => t.id}
        success={(t) => `Deleted ${t.name}`}
      >
        {(t) => `${t.name} leaves the ladder and the tier-benefits matrix. No partner holds it.`}
      </ConfirmDialog>
    </SectionCard>
  );
}
