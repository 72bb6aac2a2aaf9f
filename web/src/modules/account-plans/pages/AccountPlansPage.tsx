import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { FilterInput } from '../../../ui/FilterInput';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { type AccountPlanSummary, accountPlanList, useCreateAccountPlan } from '../api';
import { AccountPlanStatusBadge, AccountSelect, listOf } from '../components/parts';

function parse(params: URLSearchParams) {
  return {
    partnerId: textParam(params, 'partnerId'),
    status: enumParam(params, 'status', LABELS.accountPlanStatus),
    q: textParam(params, 'q'),
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function CreateAccountPlanForm({ accountId, onDone }: { accountId?: string; onDone: (id?: string) => void }) {
  const create = useCreateAccountPlan();
  const now = new Date();
  const form = useApiForm({
    initialValues: {
      partnerId: '',
      accountId: accountId ?? '',
      title: '',
      periodStart: isoDay(now),
      periodEnd: isoDay(new Date(now.getTime() + 364 * 86_400_000)),
      businessUnits: '',
      solutionAreas: '',
    },
    validate: {
      partnerId: (v: string) => (v ? null : 'Choose the partner'),
      accountId: (v: string) => (v ? null : 'Choose the key account'),
      periodStart: (v: string) => (v ? null : 'Choose the start'),
      periodEnd: (v: string) => (v ? null : 'Choose the end'),
    },
    mutation: create,
    toVariables: (v) => ({
      partnerId: v.partnerId,
      accountId: v.accountId,
      title: v.title.trim() || undefined,
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
      businessUnits: listOf(v.businessUnits),
      solutionAreas: listOf(v.solutionAreas),
    }),
    success: (p) => `Drafted ${p.title}`,
    onSuccess: (p) => onDone(p.id),
  });
  return (
    <Form form={form} submitLabel="Draft the plan" onCancel={() => onDone()}>
      {!accountId && (
        <AccountSelect
          required
          value={form.values.accountId || null}
          onChange={(id) => form.setFieldValue('accountId', id ?? '')}
          error={form.errors.accountId}
        />
      )}
      <PartnerSelect
        required
        value={form.values.partnerId || null}
        onChange={(id) => form.setFieldValue('partnerId', id ?? '')}
        error={form.errors.partnerId}
      />
      <TextInput label="Title" placeholder="Account × partner" {...form.getInputProps('title')} />
      <SimpleGrid cols={2}>
        <TextInput label="Period start" type="date" required {...form.getInputProps('periodStart')} />
        <TextInput label="Period end" type="date" required {...form.getInputProps('periodEnd')} />
      </SimpleGrid>
      <TextInput
        label="Business units"
        description="The whitespace rows: the customer's buying centres, comma separated"
        placeholder="Finance, Operations, IT"
        {...form.getInputProps('businessUnits')}
      />
      <TextInput
        label="Solution areas"
        description="The whitespace columns: your and the partner's offerings, comma separated"
        placeholder="Analytics, Integration, Services"
        {...form.getInputProps('solutionAreas')}
      />
    </Form>
  );
}

/** Joint account plans across the portfolio (vendor) or of the partner's own company (portal). */
export function AccountPlansPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const list = usePagedList(accountPlanList, parse);
  const dialog = useDialog();
  const navigate = useNavigate();
  const columns: Column<AccountPlanSummary>[] = [
    {
      key: 'title',
      header: 'Plan',
      cell: (p) => (
        <Anchor component={Link} to={`/account-plans/${p.id}`} fw={500}>
          {p.title}
        </Anchor>
      ),
    },
    { key: 'account', header: 'Account', cell: (p) => p.account.name },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (p: AccountPlanSummary) => p.partnerName }] : []),
    { key: 'period', header: 'Period', nowrap: true, cell: (p) => `${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}` },
    { key: 'status', header: 'Status', nowrap: true, cell: (p) => <AccountPlanStatusBadge status={p.status} /> },
    { key: 'actions', header: 'Open actions', nowrap: true, cell: (p) => p.openActions || '—' },
    {
      key: 'overdue',
      header: 'Overdue',
      nowrap: true,
      cell: (p) => (p.overdueActions ? <Text c="red">{p.overdueActions}</Text> : '—'),
    },
  ];
  return (
    <Stack gap="md">
      <PageHeader
        title="Account plans"
        description={
          vendor
            ? 'Joint plans for key accounts with a partner: both teams, goals, whitespace and actions.'
            : 'The key accounts your company works with the vendor: your team, goals, whitespace and your actions.'
        }
        actions={
          mayApp(user, 'createAccountPlans') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => dialog.open()}>
              New account plan
            </Button>
          )
        }
      />
      <Card padding="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <FilterInput label="Search" placeholder="Plan or account" {...list.field('q')} search />
          {vendor && (
            <PartnerSelect
              label="Partner"
              value={list.filters.partnerId ?? null}
              onChange={(id) => list.setFilter('partnerId', id)}
            />
          )}
          <Select
            label="Status"
            placeholder="Any"
            data={optionsOf(LABELS.accountPlanStatus)}
            clearable
            {...list.field('status')}
          />
          {list.isFiltered && (
            <Group align="flex-end">
              <Button variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={list.clear}>
                Clear filters
              </Button>
            </Group>
          )}
        </SimpleGrid>
      </Card>
      <PagedList
        list={list}
        noun={['plan', 'plans']}
        loading="Loading the account plans…"
        empty={{
          title: 'No account plans',
          description: list.isFiltered
            ? 'Nothing matches these filters.'
            : vendor
              ? 'Draft the first joint plan for a key account.'
              : 'The vendor has not started an account plan with your company yet.',
        }}
      >
        {(plans) => (
          <DataTable
            label="Account plans"
            framed
            rows={plans}
            rowName={(p) => p.title}
            columns={columns}
            minWidth={800}
            card={(p) => ({
              title: p.title,
              subtitle: `${vendor ? `${p.partnerName} · ` : ''}${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}`,
              aside: <AccountPlanStatusBadge status={p.status} />,
              to: `/account-plans/${p.id}`,
            })}
          />
        )}
      </PagedList>
      <FormDialog dialog={dialog} title="New account plan">
        {() => (
          <CreateAccountPlanForm
            onDone={(id) => {
              dialog.close();
              if (id) navigate(`/account-plans/${id}`);
            }}
          />
        )}
      </FormDialog>
    </Stack>
  );
}
