import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { Contact } from '../../../api/types';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { COLORS, LABELS } from '../../../ui/labels';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useDeleteContact } from '../api';
import { ContactFormModal } from './ContactFormModal';

type Props = {
  partnerId: string;
  contacts: Contact[] | undefined;
  isPending: boolean;
  error: unknown;
  canManage: boolean;
};

/** Roles are free text; API clients often send snake_case ("alliance_manager"). */
function humanizeRole(role: string, empty = '—'): string {
  if (!role) return empty;
  const spaced = role.replaceAll('_', ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function Flags({ contact }: { contact: Contact }) {
  return (
    <Group gap={4}>
      {contact.isPrimary && (
        <Badge size="xs" variant="light" color="blue">
          Primary
        </Badge>
      )}
      {contact.isExecutiveSponsor && (
        <Badge size="xs" variant="light" color="grape">
          Exec sponsor
        </Badge>
      )}
    </Group>
  );
}

function Reach({ contact }: { contact: Contact }) {
  return (
    <Stack gap={0}>
      {contact.email ? (
        <Anchor href={`mailto:${contact.email}`} size="sm">
          {contact.email}
        </Anchor>
      ) : null}
      {contact.phone ? <Text size="xs">{contact.phone}</Text> : null}
      {!contact.email && !contact.phone ? <Text c="dimmed">—</Text> : null}
    </Stack>
  );
}

function RowMenu({ contact, onEdit, onDelete }: { contact: Contact; onEdit: () => void; onDelete: () => void }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${contact.name}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
          Edit
        </Menu.Item>
        <Menu.Item leftSection={<IconTrash size={14} />} color="red" onClick={onDelete}>
          Remove
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Contacts and stakeholders on both sides of the partnership. */
export function ContactsCard({ partnerId, contacts, isPending, error, canManage }: Props) {
  const isPhone = useIsPhone();
  const [editing, setEditing] = useState<Contact | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const remove = useDeleteContact(partnerId);

  const openForm = (contact: Contact | null) => {
    setEditing(contact);
    setFormOpen(true);
  };
  const list = contacts ?? [];
  const menu = (c: Contact) =>
    canManage ? <RowMenu contact={c} onEdit={() => openForm(c)} onDelete={() => setDeleting(c)} /> : null;

  return (
    <Card>
      <Group justify="space-between" mb="md">
        <Title order={4}>Contacts and stakeholders</Title>
        {canManage && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => openForm(null)}>
            Add contact
          </Button>
        )}
      </Group>
      {isPending ? (
        <PageLoader label="Loading contacts…" />
      ) : error ? (
        <ErrorState error={error} />
      ) : list.length === 0 ? (
        <Empty title="No contacts yet" description="Add the people who carry this partnership on both sides." />
      ) : isPhone ? (
        <Stack gap="sm">
          {list.map((c) => (
            <Card key={c.id} padding="sm" withBorder>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} size="sm">
                    {c.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[c.title, humanizeRole(c.role, '')].filter(Boolean).join(' · ') || '—'}
                  </Text>
                </div>
                {menu(c)}
              </Group>
              <Group gap={4} mt={6}>
                <Badge size="xs" variant="outline" color={c.side === 'partner' ? 'teal' : 'blue'}>
                  {LABELS.contactSide[c.side]}
                </Badge>
                <Badge size="xs" variant="light" color={COLORS.contactInfluence[c.influence]}>
                  {LABELS.contactInfluence[c.influence]} influence
                </Badge>
                <Flags contact={c} />
              </Group>
              <div style={{ marginTop: 6 }}>
                <Reach contact={c} />
              </div>
            </Card>
          ))}
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Contacts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Side</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Influence</Table.Th>
                <Table.Th>Reach</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td miw={170}>
                    <Text size="sm" fw={600}>
                      {c.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {c.title || '—'}
                    </Text>
                    <Flags contact={c} />
                  </Table.Td>
                  <Table.Td className="consort-nowrap">
                    <Badge size="sm" variant="outline" color={c.side === 'partner' ? 'teal' : 'blue'}>
                      {LABELS.contactSide[c.side]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{humanizeRole(c.role)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={COLORS.contactInfluence[c.influence]}>
                      {LABELS.contactInfluence[c.influence]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Reach contact={c} />
                  </Table.Td>
                  <Table.Td w={40}>{menu(c)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ContactFormModal partnerId={partnerId} contact={editing} opened={formOpen} onClose={() => setFormOpen(false)} />
      <ConfirmModal
        opened={deleting !== null}
        title="Remove contact"
        confirmLabel="Remove"
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySuccess(`Removed ${deleting.name}`);
              setDeleting(null);
            },
            onError: (e) => notifyError(e),
          })
        }
      >
        Remove {deleting?.name} from this partner's contacts? The audit log keeps a record.
      </ConfirmModal>
    </Card>
  );
}
