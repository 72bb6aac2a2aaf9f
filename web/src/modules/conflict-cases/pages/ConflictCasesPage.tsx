import {
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { FilterInput } from '../../../ui/FilterInput';
import { formatDateTime } from '../../../ui/format';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { type ConflictCase, caseList, useOpenCase } from '../api';
import { CaseBadges, PartyOutcomeBadge } from '../components/CaseBadges';

const FLAG = { true: 'yes' } as const;

function parse(params: URLSearchParams) {
  return {
    status: enumParam(params, 'status', LABELS.caseStatus),
    tier: enumParam(params, 'tier', LABELS.caseTier),
    q: textParam(params, 'q'),
    overdue: enumParam(params, 'overdue', FLAG),
    partnerId: textParam(params, 'partnerId'),
  };
}

function OpenCaseForm({ onDone }: { onDone: () => void }) {
  const open = useOpenCase();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const [first, setFirst] = useState<string | null>(null);
  const [second, setSecond] = useState<string | null>(null);
  const [direct, setDirect] = useState(false);
  const [summary, setSummary] = useState('');
  const partners = [first, second].filter((p): p is string => Boolean(p));
  const submit = () =>
    open.run(
      {
        customer: { name: name.trim(), domain: domain.trim() || null },
        parties: partners.map((partnerId) => ({ partnerId })),
        vendorDirect: direct,
        summary: summary.trim(),
      },
      {
        success: 'Case opened',
        onSuccess: (c) => {
          onDone();
          navigate(`/conflict-cases/${c.id}`);
        },
      },
    );
  return (
    <Stack>
      <TextInput label="Customer" required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
      <TextInput
        label="Customer domain"
        value={domain}
        onChange={(e) => setDomain(e.currentTarget.value)}
        placeholder="globex.com"
      />
      <PartnerSelect label="Partner" required value={first} onChange={setFirst} />
      <PartnerSelect label="Second partner" value={second} onChange={setSecond} />
      <Checkbox label="The direct sales team is a party" checked={direct} onChange={(e) => setDirect(e.currentTarget.checked)} />
      <Textarea
        label="What happened"
        description="Vendor staff only"
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button loading={open.isPending} disabled={!name.trim() || partners.length + (direct ? 1 : 0) < 2} onClick={submit}>
          Open case
        </Button>
      </Group>
    </Stack>
  );
}

function columns(vendor: boolean) {
  return [
    {
      key: 'case',
      header: 'Case',
      cell: (c: ConflictCase) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/conflict-cases/${c.id}`} size="sm" fw={600}>
            {c.number} · {c.customer.name}
          </Anchor>
          {c.customer.domain && (
            <Text size="xs" c="dimmed">
              {c.customer.domain}
            </Text>
          )}
        </Stack>
      ),
    },
    vendor
      ? {
          key: 'parties',
          header: 'Parties',
          cell: (c: ConflictCase) => <Text size="sm">{c.parties.map((p) => p.partnerName).join(' · ')}</Text>,
        }
      : {
          key: 'yours',
          header: 'For you',
          cell: (c: ConflictCase) =>
            c.myParty?.outcome && c.status !== 'open' ? <PartyOutcomeBadge outcome={c.myParty.outcome} /> : 'Awaiting a decision',
        },
    { key: 'status', header: 'Status', cell: (c: ConflictCase) => <CaseBadges c={c} /> },
    { key: 'tier', header: 'Tier', nowrap: true, cell: (c: ConflictCase) => `${c.tier} · ${c.tierLabel}` },
    {
      key: 'due',
      header: 'Decision due',
      nowrap: true,
      cell: (c: ConflictCase) => (c.status === 'open' ? formatDateTime(c.dueAt) : '—'),
    },
  ];
}

/** The Conflicts desk (vendor) or the cases your company is a party of (portal). */
export function ConflictCasesPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const list = usePagedList(caseList, parse);
  const dialog = useDialog<'open'>();
  return (
    <>
      <PageHeader
        title="Conflicts"
        description={
          vendor
            ? 'Registration and channel conflicts: decide within each tier’s SLA, escalate, record the outcome.'
            : 'Conflict cases about your customers: your statement, the decision as it concerns you, your appeals.'
        }
        actions={
          <Group gap="xs">
            <ExportMenu path="/api/v1/conflict-cases" />
            {mayApp(user, 'openConflictCases') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => dialog.open('open')}>
                Open a case
              </Button>
            )}
          </Group>
        }
      />
      <FormDialog dialog={dialog} title={() => 'Open a conflict case'}>
        {() => <OpenCaseForm onDone={dialog.close} />}
      </FormDialog>
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <FilterInput label="Search" placeholder="Number or customer" {...list.field('q')} search />
            <Select label="Status" placeholder="Any" data={optionsOf(LABELS.caseStatus)} clearable {...list.field('status')} />
            <Select label="Tier" placeholder="Any" data={optionsOf(LABELS.caseTier)} clearable {...list.field('tier')} />
            <Stack gap={6} justify="flex-end">
              <Switch
                label="SLA overdue"
                checked={list.filters.overdue === 'true'}
                onChange={(e) => list.field('overdue').onChange(e.currentTarget.checked ? 'true' : null)}
              />
            </Stack>
          </SimpleGrid>
          {list.isFiltered && (
            <Group mt="xs">
              <Button variant="subtle" color="gray" size="xs" leftSection={<IconX size={14} />} onClick={list.clear}>
                Clear filters
              </Button>
            </Group>
          )}
        </Card>
        <PagedList
          list={list}
          noun={['case', 'cases']}
          loading="Loading cases…"
          empty={{
            title: 'No conflict cases',
            description: list.isFiltered ? 'Nothing matches these filters.' : 'No conflict has needed a decision yet.',
          }}
        >
          {(rows) => (
            <DataTable
              label="Conflict cases"
              framed
              rows={rows}
              rowName={(c) => `${c.number} ${c.customer.name}`}
              columns={columns(vendor)}
              minWidth={800}
              card={(c) => ({
                title: `${c.number} · ${c.customer.name}`,
                subtitle: `${LABELS.caseStatus[c.status]} · tier ${c.tier}`,
                to: `/conflict-cases/${c.id}`,
              })}
            />
          )}
        </PagedList>
      </Stack>
    </>
  );
}
