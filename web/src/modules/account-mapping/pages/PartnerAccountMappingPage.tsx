import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { ExportMenu } from '../../../ui/ExportMenu';
import { ImportButton } from '../../../ui/ImportButton';
import { COLORS, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, NotFoundState, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import { useSettings } from '../../settings/api';
import {
  type AccountMapping,
  type AccountOverlap,
  type OverlapFilters,
  POPULATIONS,
  type Population,
  SHARING_LEVELS,
  type SharingLevel,
  useAccountMapping,
  useClearAccounts,
  useOverlaps,
  useSetSharing,
} from '../api';
import { PrivateMatchCard } from '../components/PrivateMatchCard';

/** The vendor's page of one partner's mapping: /partners/:id/account-mapping. */
export function VendorPartnerAccountMappingPage() {
  const { id = '' } = useParams();
  return <MappingView partnerId={id} />;
}

/** The portal's page: the partner's own mapping, its upload and its private match. */
export function PortalAccountMappingPage() {
  const user = useCurrentUser();
  if (!user.partnerId) return <NotFoundState what="Company" />;
  return <MappingView partnerId={user.partnerId} />;
}

function MappingView({ partnerId }: { partnerId: string }) {
  const mapping = useAccountMapping(partnerId);
  const settings = useSettings();
  const vendorName = settings.data?.vendorName || 'Vendor';
  return (
    <QueryState query={mapping} notFound={<NotFoundState what="Partner" />}>
      {(m) => <Mapping m={m} vendorName={vendorName} />}
    </QueryState>
  );
}

function sideNames(m: AccountMapping, vendorName: string) {
  return m.viewer === 'vendor'
    ? { vendor: 'Ours', partner: m.partnerName, own: 'vendor' as const }
    : { vendor: vendorName, partner: 'Ours', own: 'partner' as const };
}

function Mapping({ m, vendorName }: { m: AccountMapping; vendorName: string }) {
  const names = sideNames(m, vendorName);
  const [filters, setFilters] = useState<OverlapFilters>({});
  const clear = useClearAccounts(m.partnerId);
  const portal = m.viewer === 'partner';
  return (
    <>
      <PageHeader
        title="Account mapping"
        description={
          portal
            ? `Where your accounts overlap with ${vendorName}'s: customers, prospects and open opportunities. Each side decides what the other sees.`
            : `Where ${m.partnerName}'s accounts overlap with ours, as far as each side shares.`
        }
        crumbs={portal ? undefined : [{ label: m.partnerName, to: `/partners/${m.partnerId}` }]}
        actions={
          <Group gap="xs">
            <ImportButton kind="partner-accounts" allowed={m.can.upload} label="Upload account list" />
            {m.can.upload && (
              <Button
                variant="default"
                leftSection={<IconTrash size={16} />}
                loading={clear.isPending}
                onClick={() => clear.run(undefined, { success: 'Your account list was cleared' })}
              >
                Clear our list
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <MatrixCard m={m} names={names} onPick={setFilters} />
          <SharingCard m={m} names={names} />
        </SimpleGrid>
        {m.can.match && <PrivateMatchCard partnerId={m.partnerId} vendorName={vendorName} />}
        <OverlapsCard m={m} names={names} filters={filters} onClear={() => setFilters({})} />
      </Stack>
    </>
  );
}

type Names = ReturnType<typeof sideNames>;

function MatrixCard({ m, names, onPick }: { m: AccountMapping; names: Names; onPick: (f: OverlapFilters) => void }) {
  const count = (v: Population, p: Population) => m.matrix.find((c) => c.vendorPopulation === v && c.partnerPopulation === p);
  const size = (n: number | null) => (n === null ? 'not shared' : String(n));
  return (
    <SectionCard
      title="Overlap matrix"
      label="Overlap matrix"
      description={`${m.overlapTotal === null ? 'No overlap shared yet' : `${m.overlapTotal} overlapping companies`}; matched on web domain, or on the company name where a side has no domain.`}
    >
      <Table.ScrollContainer minWidth={420}>
        <Table aria-label="Overlap matrix table" withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                {names.vendor} ↓ / {names.partner} →
              </Table.Th>
              {POPULATIONS.map((p) => (
                <Table.Th key={p}>
                  {LABELS.mappingPopulation[p]}
                  <Text size="xs" c="dimmed">
                    {size(m.lists.partner[p])}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {POPULATIONS.map((v) => (
              <Table.Tr key={v}>
                <Table.Th>
                  {LABELS.mappingPopulation[v]}
                  <Text size="xs" c="dimmed">
                    {size(m.lists.vendor[v])}
                  </Text>
                </Table.Th>
                {POPULATIONS.map((p) => {
                  const c = count(v, p);
                  const label = `${LABELS.mappingPopulation[v]} × ${LABELS.mappingPopulation[p]}`;
                  if (!c || c.count === null)
                    return (
                      <Table.Td key={p} aria-label={`${label}: not shared`}>
                        <Text c="dimmed">—</Text>
                      </Table.Td>
                    );
                  return (
                    <Table.Td key={p} aria-label={`${label}: ${c.count}`}>
                      {c.rows && c.count > 0 ? (
                        <UnstyledButton onClick={() => onPick({ vendorPopulation: v, partnerPopulation: p })}>
                          <Text fw={700} c="blue">
                            {c.count}
                          </Text>
                        </UnstyledButton>
                      ) : (
                        <Text fw={c.count > 0 ? 700 : undefined}>{c.count}</Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}

function SharingCard({ m, names }: { m: AccountMapping; names: Names }) {
  const setSharing = useSetSharing(m.partnerId);
  const own = names.own;
  const other = own === 'vendor' ? 'partner' : 'vendor';
  const otherName = own === 'vendor' ? m.partnerName : names.vendor;
  return (
    <SectionCard
      title="Sharing"
      label="Sharing"
      description="Per population: the full list, only the accounts both sides have, only counts, or nothing."
    >
      <Table aria-label="Sharing table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>We share</Table.Th>
            <Table.Th>{otherName} shares</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {POPULATIONS.map((p) => (
            <Table.Tr key={p}>
              <Table.Td>{LABELS.mappingPopulation[p]}</Table.Td>
              <Table.Td>
                {m.can.share ? (
                  <Select
                    aria-label={`We share: ${LABELS.mappingPopulation[p]}`}
                    size="xs"
                    allowDeselect={false}
                    data={SHARING_LEVELS.map((l) => ({ value: l, label: LABELS.sharingLevel[l] }))}
                    value={m.sharing[own][p]}
                    onChange={(value) =>
                      value &&
                      setSharing.run(
                        { [p]: value as SharingLevel },
                        { success: `${LABELS.mappingPopulation[p]}: ${LABELS.sharingLevel[value as SharingLevel]}` },
                      )
                    }
                  />
                ) : (
                  <Badge color={COLORS.sharingLevel[m.sharing[own][p]]} variant="light">
                    {LABELS.sharingLevel[m.sharing[own][p]]}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={COLORS.sharingLevel[m.sharing[other][p]]} variant="light">
                  {LABELS.sharingLevel[m.sharing[other][p]]}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}

function OverlapsCard({
  m,
  names,
  filters,
  onClear,
}: {
  m: AccountMapping;
  names: Names;
  filters: OverlapFilters;
  onClear: () => void;
}) {
  const overlaps = useOverlaps(m.partnerId, filters);
  const filtered = filters.vendorPopulation !== undefined;
  return (
    <SectionCard
      title="Overlapping accounts"
      label="Overlapping accounts"
      description={
        filtered && filters.vendorPopulation && filters.partnerPopulation
          ? `${names.vendor}: ${LABELS.mappingPopulation[filters.vendorPopulation]} × ${names.partner}: ${LABELS.mappingPopulation[filters.partnerPopulation]}`
          : 'Every overlap the other side shares as accounts; pick a cell of the matrix to narrow it.'
      }
      action={
        <Group gap="xs">
          {filtered && (
            <Button size="xs" variant="subtle" onClick={onClear}>
              Show all
            </Button>
          )}
          <ExportMenu
            size="xs"
            path={`/api/v1/partners/${m.partnerId}/account-mapping/overlaps`}
            ignorePageFilters
            filters={{ vendorPopulation: filters.vendorPopulation, partnerPopulation: filters.partnerPopulation }}
          />
        </Group>
      }
    >
      <QueryState query={overlaps}>
        {(page) => (
          <DataTable<AccountOverlap>
            label="Overlapping accounts table"
            rows={page.data}
            minWidth={640}
            empty={
              <Empty title="No shared overlap" description="Nothing the other side shares overlaps with your accounts yet." />
            }
            columns={[
              {
                key: 'vendor',
                header: names.vendor,
                cell: (r) => <AccountCell name={r.vendorName} domain={r.vendorDomain} population={r.vendorPopulation} />,
              },
              {
                key: 'partner',
                header: names.partner,
                cell: (r) => <AccountCell name={r.partnerName} domain={r.partnerDomain} population={r.partnerPopulation} />,
              },
              { key: 'matched', header: 'Matched on', cell: (r) => (r.matchedOn === 'domain' ? 'Domain' : 'Name'), nowrap: true },
              { key: 'industry', header: 'Industry', cell: (r) => r.industry ?? '—' },
            ]}
            card={(r) => ({
              title: r.partnerName ?? r.vendorName ?? r.partnerDomain ?? '',
              subtitle: `${r.vendorName ?? ''} · ${r.vendorDomain ?? r.partnerDomain ?? ''}`,
            })}
          />
        )}
      </QueryState>
    </SectionCard>
  );
}

function AccountCell({
  name,
  domain,
  population,
}: {
  name: string | null;
  domain: string | null;
  population: Population | null;
}) {
  if (name === null) return <Text c="dimmed">not shared</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">{name}</Text>
      <Text size="xs" c="dimmed">
        {[domain, population ? LABELS.mappingPopulation[population] : null].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}
