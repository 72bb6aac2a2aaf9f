import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { PartnerSelect } from '../../partners/components/PartnerSelect';
import { type PlanSummary, planList, useCreatePlan, usePeriods } from '../api';
import { PlanStatusBadge } from '../components/parts';

function parse(params: URLSearchParams) {
  return { partnerId: textParam(params, 'partnerId'), status: enumParam(params, 'status', LABELS.planStatus) };
}

export function CreatePlanForm({ partnerId, onDone }: { partnerId?: string; onDone: (id?: string) => void }) {
  const create = useCreatePlan();
  const periods = usePeriods();
  const thisYear = periods.data?.find((p) => p.key === 'this_year');
  const form = useApiForm({
    initialValues: {
      partnerId: partnerId ?? '',
      title: '',
      preset: '',
      periodStart: thisYear?.start ?? '',
      periodEnd: thisYear?.end ?? '',
    },
    validate: {
      partnerId: (v: string) => (v ? null : 'Choose the partner'),
      title: (v: string) => (v.trim() ? null : 'Give the plan a title'),
      periodStart: (v: string) => (v ? null : 'Choose the start'),
      periodEnd: (v: string) => (v ? null : 'Choose the end'),
    },
    mutation: create,
    toVariables: (v) => ({ partnerId: v.partnerId, title: v.title.trim(), periodStart: v.periodStart, periodEnd: v.periodEnd }),
    success: (p) => `Drafted ${p.title}`,
    onSuccess: (p) => onDone(p.id),
  });
  const choose = (key: string | null) => {
    const preset = periods.data?.find((p) => p.key === key);
    form.setFieldValue('preset', key ?? '');
    if (preset) {
      form.setFieldValue('periodStart', preset.start);
      form.setFieldValue('periodEnd', preset.end);
      if (!form.values.title) form.setFieldValue('title', `${preset.label} joint business plan`);
    }
  };
  return (
    <Form form={form} submitLabel="Draft the plan" onCancel={() => onDone()}>
      {!partnerId && (
        <PartnerSelect
          required
          value={form.values.partnerId || null}
          onChange={(id) => form.setFieldValue('partnerId', id ?? '')}
          error={form.errors.partnerId}
        />
      )}
      <Select
        label="Fiscal period"
        description="From the organisation's fiscal calendar; or set the dates yourself"
        placeholder="Choose a fiscal year or quarter"
        data={(periods.data ?? []).map((p) => ({
          value: p.key,
          label: `${p.label} (${formatDay(p.start)} – ${formatDay(p.end)})`,
        }))}
        value={form.values.preset || null}
        onChange={choose}
        clearable
      />
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <SimpleGrid cols={2}>
        <TextInput label="Period start" type="date" required {...form.getInputProps('periodStart')} />
        <TextInput label="Period end" type="date" required {...form.getInputProps('periodEnd')} />
      </SimpleGrid>
    </Form>
  );
}

/** Joint business plans across the portfolio (vendor) or of the partner's own company (portal). */
export function PlansPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const list = usePagedList(planList, parse);
  const dialog = useDialog();
  const navigate = useNavigate();
  const columns: Column<PlanSummary>[] = [
    {
      key: 'title',
      header: 'Plan',
      cell: (p) => (
        <Anchor component={Link} to={`/business-plans/${p.id}`} fw={500}>
          {p.title}
        </Anchor>
      ),
    },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (p: PlanSummary) => p.partnerName }] : []),
    { key: 'period', header: 'Period', nowrap: true, cell: (p) => `${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}` },
    { key: 'status', header: 'Status', nowrap: true, cell: (p) => <PlanStatusBadge status={p.status} /> },
    {
      key: 'fulfilment',
      header: 'Fulfilment (vendor / partner)',
      nowrap: true,
      cell: (p) =>
        `${p.fulfilment.vendor === null ? '—' : `${p.fulfilment.vendor}%`} / ${p.fulfilment.partner === null ? '—' : `${p.fulfilment.partner}%`}`,
    },
    {
      key: 'overdue',
      header: 'Overdue',
      nowrap: true,
      cell: (p) => (p.commitmentCount.overdue ? <Text c="red">{p.commitmentCount.overdue}</Text> : '—'),
    },
  ];
  return (
    <Stack gap="md">
      <PageHeader
        title="Joint business plans"
        description={
          vendor
            ? 'Plans per alliance and fiscal period: goals, SWOT, go-to-market playbook and both sides’ commitments. The partner approves.'
            : 'The plans your company agreed with the vendor, and your side’s commitments.'
        }
        actions={
          <Group gap="xs">
            <ImportButton kind="plan-commitments" label="Import commitments" allowed={mayApp(user, 'import:plan-commitments')} />
            {mayApp(user, 'createBusinessPlans') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => dialog.open()}>
                New plan
              </Button>
            )}
          </Group>
        }
      />
      <Card padding="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {vendor && (
            <PartnerSelect
              label="Partner"
              value={list.filters.partnerId ?? null}
              onChange={(id) => list.setFilter('partnerId', id)}
            />
          )}
          <Select label="Status" placeholder="Any" data={optionsOf(LABELS.planStatus)} clearable {...list.field('status')} />
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
        loading="Loading the plans…"
        empty={{
          title: 'No plans',
          description: list.isFiltered
            ? 'Nothing matches these filters.'
            : vendor
              ? 'Draft the first joint business plan.'
              : 'The vendor has not shared a plan yet.',
        }}
      >
        {(plans) => (
          <DataTable
            label="Joint business plans"
            framed
            rows={plans}
            rowName={(p) => p.title}
            columns={columns}
            minWidth={800}
            card={(p) => ({
              title: p.title,
              subtitle: `${vendor ? `${p.partnerName} · ` : ''}${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}`,
              aside: <PlanStatusBadge status={p.status} />,
              to: `/business-plans/${p.id}`,
            })}
          />
        )}
      </PagedList>
      <FormDialog dialog={dialog} title="New joint business plan">
        {() => (
          <CreatePlanForm
            onDone={(id) => {
              dialog.close();
              if (id) navigate(`/business-plans/${id}`);
            }}
          />
        )}
      </FormDialog>
    </Stack>
  );
}
