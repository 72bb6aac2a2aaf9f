import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { type UseQueryResult, useQueryClient } from '@tanstack/react-query';
import type { Partner, StoredFile } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, useDialog } from '../../../ui/dialogs';
import { FileDrop } from '../../../ui/FileDrop';
import { formatBytes, formatDate } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import {
  logoOf,
  PARTNER_DOCUMENT,
  PARTNER_LOGO,
  partnerKeys,
  uploadPartnerDocument,
  uploadPartnerLogo,
  useDeletePartnerFile,
  useRemovePartnerLogo,
} from '../api';
import { PartnerLogo } from './PartnerLogo';

/** The partner's logo: shown to everyone who sees the partner, replaced by whoever may edit it. */
export function LogoCard({ partner, files }: { partner: Partner; files: UseQueryResult<StoredFile[]> }) {
  const queryClient = useQueryClient();
  const remove = useRemovePartnerLogo(partner.id);
  const logo = logoOf(files.data);
  const canEdit = partner.can.edit;
  if (!canEdit && !logo) return null;
  return (
    <SectionCard title="Logo" label="Partner logo">
      <Stack gap="sm">
        <Group gap="md" wrap="nowrap">
          <PartnerLogo logo={logo} name={partner.name} size={64} />
          <Text size="sm" c="dimmed" style={{ minWidth: 0 }} truncate>
            {logo ? logo.name : 'No logo yet'}
          </Text>
          {canEdit && logo && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              ml="auto"
              leftSection={<IconTrash size={14} />}
              loading={remove.isPending}
              onClick={() => remove.run(undefined, { success: 'Removed the logo' })}
            >
              Remove
            </Button>
          )}
        </Group>
        {canEdit && (
          <FileDrop
            compact
            label={logo ? 'Replace the logo' : 'Upload a logo'}
            hint={PARTNER_LOGO.hint}
            accept={PARTNER_LOGO.accept}
            maxBytes={PARTNER_LOGO.maxBytes}
            upload={(file, onProgress) => uploadPartnerLogo(partner.id, file, onProgress)}
            onUploaded={async () => {
              await queryClient.invalidateQueries({ queryKey: partnerKeys.files(partner.id) });
              notifySuccess('Uploaded the logo');
            }}
          />
        )}
      </Stack>
    </SectionCard>
  );
}

const COLUMNS: Column<StoredFile>[] = [
  {
    key: 'name',
    header: 'Name',
    miw: 200,
    cell: (f) => (
      <Anchor href={f.contentUrl} download={f.name} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {f.name}
      </Anchor>
    ),
  },
  { key: 'size', header: 'Size', nowrap: true, cell: (f) => <Text size="sm">{formatBytes(f.size)}</Text> },
  { key: 'added', header: 'Added', nowrap: true, cell: (f) => <Text size="sm">{formatDate(f.createdAt)}</Text> },
];

/** Documents the vendor keeps on the partner (a signed NDA): its people read them, its managers add them. */
export function DocumentsCard({ partner, files }: { partner: Partner; files: UseQueryResult<StoredFile[]> }) {
  const queryClient = useQueryClient();
  const removing = useDialog<StoredFile>();
  const remove = useDeletePartnerFile(partner.id);
  // Adding documents is for those who manage the partner on the vendor's side.
  const canAttach = partner.can.editVendorFields;
  return (
    <SectionCard title="Documents" label="Partner documents">
      <Stack gap="sm">
        <QueryState query={files} loading="Loading documents…">
          {(all) => (
            <DataTable
              label="Documents"
              rows={all.filter((f) => f.kind === 'partner.document')}
              rowName={(f) => f.name}
              columns={COLUMNS}
              minWidth={520}
              empty={
                <Empty title="No documents yet" description="Signed agreements and other papers for this partner show here." />
              }
              actions={(f) => [
                { label: 'Download', icon: IconDownload, onClick: () => window.open(f.contentUrl, '_blank', 'noopener') },
                { label: 'Delete', icon: IconTrash, color: 'red', onClick: () => removing.open(f), allowed: f.can.delete },
              ]}
              card={(f) => ({
                title: f.name,
                subtitle: `${formatBytes(f.size)} · ${formatDate(f.createdAt)}`,
              })}
            />
          )}
        </QueryState>
        {canAttach && (
          <FileDrop
            label="Add a document"
            hint={PARTNER_DOCUMENT.hint}
            accept={PARTNER_DOCUMENT.accept}
            maxBytes={PARTNER_DOCUMENT.maxBytes}
            upload={(file, onProgress) => uploadPartnerDocument(partner.id, file, onProgress)}
            onUploaded={async () => {
              await queryClient.invalidateQueries({ queryKey: partnerKeys.files(partner.id) });
              notifySuccess('Added the document');
            }}
          />
        )}
      </Stack>
      <ConfirmDialog
        dialog={removing}
        title={() => 'Delete document'}
        confirmLabel="Delete"
        mutation={remove}
        variables={(f) => f.id}
        success={(f) => `Deleted ${f.name}`}
      >
        {(f) => `Delete ${f.name}? Its bytes are removed; the audit log keeps a record that it existed.`}
      </ConfirmDialog>
    </SectionCard>
  );
}
