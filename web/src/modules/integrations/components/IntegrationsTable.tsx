import { Anchor, Badge, Group, ScrollArea, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCertificate, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { Empty } from '../../../ui/States';
import { type IntegrationListing, useDeleteIntegration } from '../api';
import { CertificationForm } from './CertificationForm';
import { IntegrationForm } from './IntegrationForm';

export function CertificationBadge({ listing }: { listing: IntegrationListing }) {
  const until = listing.expiresAt
    ? `${listing.certification === 'expired' ? 'expired' : 'until'} ${formatDay(listing.expiresAt)}`
    : null;
  return (
    <Tooltip label={until ?? LABELS.integrationCertification[listing.certification]} disabled={!until}>
      <Badge variant="light" color={COLORS.integrationCertification[listing.certification]}>
        {LABELS.integrationCertification[listing.certification]}
      </Badge>
    </Tooltip>
  );
}

/**
 * The compatibility matrix: the vendor's products (rows) against integrations (columns), each cell
 * the support status and versions an integration lists.
 */
export function CompatibilityMatrix({ listings }: { listings: IntegrationListing[] }) {
  const products = [...new Set(listings.flatMap((l) => l.compatibility.map((c) => c.product.trim())))].sort((a, b) =>
    a.localeCompare(b),
  );
  if (products.length === 0)
    return (
      <Text c="dimmed" size="sm">
        No compatibility listed yet.
      </Text>
    );
  return (
    <ScrollArea type="auto">
      <Table withTableBorder withColumnBorders striped aria-label="Compatibility matrix" miw={240 + listings.length * 140}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Product</Table.Th>
            {listings.map((l) => (
              <Table.Th key={l.id}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {l.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {l.partner.name}
                  </Text>
                  <CertificationBadge listing={l} />
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((product) => (
            <Table.Tr key={product}>
              <Table.Th scope="row">{product}</Table.Th>
              {listings.map((l) => {
                const cell = l.compatibility.find((c) => c.product.trim() === product);
                return (
                  <Table.Td key={l.id}>
                    {cell ? (
                      <Group gap={4} wrap="nowrap">
                        <Badge size="sm" variant="dot" color={COLORS.integrationCompatibility[cell.status]}>
                          {LABELS.integrationCompatibility[cell.status]}
                        </Badge>
                        {cell.versions && <Text size="xs">{cell.versions}</Text>}
                      </Group>
                    ) : (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** Listings as rows with their actions: edit, withdraw, certify (each where the server's `can` allows). */
export function IntegrationsTable({ listings, showPartner }: { listings: IntegrationListing[]; showPartner: boolean }) {
  const editing = useDialog<IntegrationListing>();
  const certifying = useDialog<IntegrationListing>();
  const removing = useDialog<IntegrationListing>();
  const remove = useDeleteIntegration();
  const columns: Column<IntegrationListing>[] = [
    {
      key: 'name',
      header: 'Integration',
      miw: 200,
      cell: (l) => (
        <Stack gap={0}>
          {l.listingUrl ? (
            <Anchor href={l.listingUrl} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
              {l.name}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              {l.name}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {l.category || '—'}
          </Text>
        </Stack>
      ),
    },
    ...(showPartner
      ? [
          {
            key: 'partner',
            header: 'Partner',
            cell: (l: IntegrationListing) => (
              <Anchor component={Link} to={`/partners/${l.partner.id}`} size="sm">
                {l.partner.name}
              </Anchor>
            ),
          },
        ]
      : []),
    {
      key: 'products',
      header: 'Products',
      cell: (l) => <Text size="sm">{l.compatibility.map((c) => c.product).join(', ') || '—'}</Text>,
    },
    { key: 'certification', header: 'Certification', cell: (l) => <CertificationBadge listing={l} /> },
  ];
  return (
    <>
      <DataTable
        label="Integration listings"
        rows={listings}
        rowName={(l) => l.name}
        columns={columns}
        minWidth={640}
        empty={
          <Empty title="No integrations listed" description="Technology and ISV partners propose their integrations here." />
        }
        actions={(l) => [
          { label: 'Edit', icon: IconPencil, onClick: () => editing.open(l), allowed: l.can.edit },
          { label: 'Certification', icon: IconCertificate, onClick: () => certifying.open(l), allowed: l.can.certify },
          { label: 'Withdraw', icon: IconTrash, color: 'red', onClick: () => removing.open(l), allowed: l.can.delete },
        ]}
        card={(l) => ({ title: l.name, subtitle: l.partner.name, badges: <CertificationBadge listing={l} /> })}
      />
      <FormDialog dialog={editing} title={(l) => `Edit ${l?.name ?? ''}`} size="lg">
        {(l) => l && <IntegrationForm partnerId={l.partnerId} listing={l} onDone={editing.close} />}
      </FormDialog>
      <FormDialog dialog={certifying} title={(l) => `Certification of ${l?.name ?? ''}`}>
        {(l) => l && <CertificationForm listing={l} onDone={certifying.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={removing}
        title={() => 'Withdraw the listing'}
        confirmLabel="Withdraw"
        mutation={remove}
        variables={(l) => l.id}
        success={(l) => `Withdrew ${l.name}`}
      >
        {(l) => `Withdraw ${l.name}? Its certification goes with it; the audit log keeps a record.`}
      </ConfirmDialog>
    </>
  );
}
