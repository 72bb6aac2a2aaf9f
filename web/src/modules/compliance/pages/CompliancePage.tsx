import { Anchor, Badge, Button, Checkbox, MultiSelect, Table, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatDay } from '../../../ui/format';
import { ImportButton } from '../../../ui/ImportButton';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isPartnerSide, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type ComplianceItem, type ComplianceRequirement, useExpiring, useRequirements, useSaveRequirements } from '../api';
import { ComplianceCard } from '../components/ComplianceCard';

const COLUMNS: Column<ComplianceItem>[] = [
  {
    key: 'partner',
    header: 'Partner',
    cell: (i) => (
      <Anchor component={Link} to={`/partners/${i.partnerId}`} size="sm">
        {i.partnerName}
      </Anchor>
    ),
  },
  { key: 'item', header: 'Item', cell: (i) => `${LABELS.complianceType[i.type]}${i.name ? `: ${i.name}` : ''}` },
  {
    key: 'expires',
    header: 'Expires',
    nowrap: true,
    cell: (i) => (
      <Text size="sm" c={i.state === 'expired' ? 'red' : (i.daysToExpiry ?? 99) <= 30 ? 'orange' : undefined} fw={600}>
        {i.expiresOn ? formatDay(i.expiresOn) : '—'}
        {i.daysToExpiry !== null && i.daysToExpiry >= 0 ? ` (in ${i.daysToExpiry} days)` : ''}
      </Text>
    ),
  },
  {
    key: 'state',
    header: 'State',
    nowrap: true,
    cell: (i) => <Badge color={COLORS.complianceState[i.state]}>{LABELS.complianceState[i.state]}</Badge>,
  },
  {
    key: 'blocks',
    header: 'Lapsing blocks',
    cell: (i) => (i.blocks.length ? i.blocks.map((b) => LABELS.blockableAction[b]).join(', ') : '—'),
  },
];

function RequirementsEditor({ requirements, editable }: { requirements: ComplianceRequirement[]; editable: boolean }) {
  const [rows, setRows] = useState(requirements);
  const save = useSaveRequirements();
  const set = (i: number, patch: Partial<ComplianceRequirement>) =>
    setRows((all) => all.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <>
      <Table aria-label="Compliance consequences">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Type</Table.Th>
            <Table.Th>Required of every partner</Table.Th>
            <Table.Th>A lapsed item blocks</Table.Th>
            <Table.Th>Remind (days before expiry)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={r.type}>
              <Table.Td>{LABELS.complianceType[r.type]}</Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${LABELS.complianceType[r.type]} required`}
                  checked={r.required}
                  disabled={!editable}
                  onChange={(e) => set(i, { required: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <MultiSelect
                  aria-label={`${LABELS.complianceType[r.type]} blocks`}
                  data={optionsOf(LABELS.blockableAction)}
                  value={r.blocks}
                  disabled={!editable}
                  onChange={(v) => set(i, { blocks: v as ComplianceRequirement['blocks'] })}
                />
              </Table.Td>
              <Table.Td>
                <TagsInput
                  aria-label={`${LABELS.complianceType[r.type]} reminder days`}
                  value={r.reminderDays.map(String)}
                  disabled={!editable}
                  onChange={(v) => set(i, { reminderDays: v.map(Number).filter((n) => Number.isInteger(n) && n > 0) })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editable && (
        <Button mt="md" loading={save.isPending} onClick={() => save.run(rows, { success: 'Saved the compliance consequences' })}>
          Save consequences
        </Button>
      )}
    </>
  );
}

/** Compliance: what expires soon or has expired, and (for the vendor) what a lapsed item blocks. */
export function CompliancePage() {
  const user = useCurrentUser();
  const expiring = useExpiring(60);
  const requirements = useRequirements();
  const partner = isPartnerSide(user) ? user.partnerId : null;
  return (
    <>
      <PageHeader
        title="Compliance"
        description="Items expiring in the next 60 days and those that have expired, and what a lapsed item blocks."
        actions={<ImportButton kind="compliance-items" allowed={mayApp(user, 'import:compliance-items')} />}
      />
      {partner && <ComplianceCard partnerId={partner} canAdd={user.role === 'partner_admin'} />}
      <SectionCard title="Expiring and expired" label="Expiring compliance items">
        <QueryState query={expiring}>
          {(rows) => (
            <DataTable
              label="Expiring compliance items"
              rows={rows}
              rowName={(i) => i.name || i.type}
              columns={COLUMNS}
              minWidth={720}
              empty={<Empty title="Nothing expires in the next 60 days" />}
              card={(i) => ({
                title: `${LABELS.complianceType[i.type]}${i.name ? `: ${i.name}` : ''}`,
                subtitle: `${i.partnerName} · ${i.expiresOn ?? ''}`,
                to: `/partners/${i.partnerId}`,
              })}
            />
          )}
        </QueryState>
      </SectionCard>
      <SectionCard
        title="Consequences"
        label="Compliance consequences"
        description="What a lapsed (expired, rejected or unreviewed) item of each type blocks until a current one is verified."
      >
        <QueryState query={requirements}>
          {(rows) => <RequirementsEditor requirements={rows} editable={mayApp(user, 'manageComplianceSettings')} />}
        </QueryState>
      </SectionCard>
    </>
  );
}
