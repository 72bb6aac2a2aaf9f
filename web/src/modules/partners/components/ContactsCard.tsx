import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Contact } from '../../../api/types';
import type { PageCardProps } from '../../../app/module';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { ImportButton } from '../../../ui/ImportButton';
import { COLORS, LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { canManageContacts } from '../../auth/permissions';
import { useContacts, useDeleteContact } from '../api';
import { ContactForm } from './ContactForm';

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

const COLUMNS: Column<Contact>[] = [
  {
    key: 'name',
    header: 'Name',
    miw: 170,
    cell: (c) => (
      <>
        <Text size="sm" fw={600}>
          {c.name}
        </Text>
        <Text size="xs" c="dimmed">
          {c.title || '—'}
        </Text>
        <Flags contact={c} />
      </>
    ),
  },
  {
    key: 'side',
    header: 'Side',
    nowrap: true,
    cell: (c) => (
      <Badge size="sm" variant="outline" color={COLORS.contactSide[c.side]}>
        {LABELS.contactSide[c.side]}
      </Badge>
    ),
  },
  { key: 'role', header: 'Role', cell: (c) => <Text size="sm">{humanizeRole(c.role)}</Text> },
  {
    key: 'influence',
    header: 'Influence',
    cell: (c) => (
      <Badge size="sm" variant="light" color={COLORS.contactInfluence[c.influence]}>
        {LABELS.contactInfluence[c.influence]}
      </Badge>
    ),
  },
  { key: 'reach', header: 'Reach', cell: (c) => <Reach contact={c} /> },
];

/** Contacts and stakeholders on both sides of the partnership. */
export function ContactsCard({
  partnerId,
  contacts,
  canManage,
  canImport = false,
}: {
  partnerId: string;
  contacts: UseQueryResult<Contact[]>;
  canManage: boolean;
  /** Contacts may be imported from a CSV file (the `import:contacts` flag). */
  canImport?: boolean;
}) {
  const form = useDialog<Contact>();
  const removing = useDialog<Contact>();
  const remove = useDeleteContact(partnerId);

  return (
    <SectionCard
      title="Contacts and stakeholders"
      action={
        <Group gap="xs">
          <ExportMenu path={`/api/v1/partners/${partnerId}/contacts`} size="xs" ignorePageFilters />
          <ImportButton kind="contacts" allowed={canManage && canImport} size="xs" />
          {canManage && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => form.open()}>
              Add contact
            </Button>
          )}
        </Group>
      }
    >
      <QueryState query={contacts} loading="Loading contacts…">
        {(list) => (
          <DataTable
            label="Contacts"
            rows={list}
            rowName={(c) => c.name}
            columns={COLUMNS}
            minWidth={720}
            empty={<Empty title="No contacts yet" description="Add the people who carry this partnership on both sides." />}
            actions={(c) => [
              { label: 'Edit', icon: IconPencil, onClick: () => form.open(c), allowed: canManage },
              { label: 'Remove', icon: IconTrash, color: 'red', onClick: () => removing.open(c), allowed: canManage },
            ]}
            card={(c) => ({
              title: c.name,
              subtitle: [c.title, humanizeRole(c.role, '')].filter(Boolean).join(' · ') || '—',
              badges: (
                <>
                  <Badge size="xs" variant="outline" color={COLORS.contactSide[c.side]}>
                    {LABELS.contactSide[c.side]}
                  </Badge>
                  <Badge size="xs" variant="light" color={COLORS.contactInfluence[c.influence]}>
                    {LABELS.contactInfluence[c.influence]} influence
                  </Badge>
                  <Flags contact={c} />
                </>
              ),
              footer: <Reach contact={c} />,
            })}
          />
        )}
      </QueryState>
      <FormDialog dialog={form} title={(c) => (c ? `Edit ${c.name}` : 'Add a contact')} size="lg">
        {(c) => <ContactForm partnerId={partnerId} contact={c} onDone={form.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={removing}
        title={() => 'Remove contact'}
        confirmLabel="Remove"
        mutation={remove}
        variables={(c) => c.id}
        success={(c) => `Removed ${c.name}`}
      >
        {(c) => `Remove ${c.name} from this partner's contacts? The audit log keeps a record.`}
      </ConfirmDialog>
    </SectionCard>
  );
}

/** The portal home's contacts card: the partner user's own company's people. */
export function OwnContactsCard({ partner, user }: PageCardProps) {
  const contacts = useContacts(partner.id);
  return <ContactsCard partnerId={partner.id} contacts={contacts} canManage={canManageContacts(user, partner)} />;
}
