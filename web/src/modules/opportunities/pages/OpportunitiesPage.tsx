import { Button, Card, Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { FilterInput } from '../../../ui/FilterInput';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS, optionsOf } from '../../../ui/labels';
import { type Money, MoneyInput } from '../../../ui/money';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { opportunityList, useRequestCoSell } from '../api';
import { CoSellRequests } from '../components/CoSellRequests';
import { opportunityColumns } from '../components/OpportunityColumns';
import { PipelineBoard } from '../components/PipelineBoard';

const FLAG = { true: 'yes' } as const;

function parse(params: URLSearchParams) {
  return {
    q: textParam(params, 'q'),
    stage: enumParam(params, 'stage', LABELS.opportunityStage),
    open: enumParam(params, 'open', FLAG),
    direct: enumParam(params, 'direct', FLAG),
  };
}

type AskValues = {
  customer: { name: string; domain: string };
  title: string;
  amount: Money | null;
  closeDate: string;
  note: string;
};

/** A partner asks the vendor to co-sell a deal of its own. */
function AskForm({ onDone }: { onDone: () => void }) {
  const ask = useRequestCoSell();
  const form = useApiForm({
    initialValues: { customer: { name: '', domain: '' }, title: '', amount: null, closeDate: '', note: '' } as AskValues,
    mutation: ask,
    toVariables: (v) => ({
      customer: { name: v.customer.name, domain: v.customer.domain.trim() || null },
      title: v.title,
      ...(v.amount ? { amount: v.amount.amount, currency: v.amount.currency } : {}),
      ...(v.closeDate ? { closeDate: v.closeDate } : {}),
      note: v.note,
    }),
    success: () => 'Co-sell request sent to the vendor',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Send request" onCancel={onDone}>
      <TextInput label="Customer company" required data-autofocus {...form.getInputProps('customer.name')} />
      <TextInput label="Customer web domain" {...form.getInputProps('customer.domain')} />
      <TextInput label="Deal title" required {...form.getInputProps('title')} />
      <MoneyInput
        label="Amount"
        value={form.values.amount}
        onChange={(value) => form.setFieldValue('amount', value)}
        error={form.errors.amount ?? form.errors.currency}
      />
      <TextInput label="Expected close date" type="date" {...form.getInputProps('closeDate')} />
      <Textarea label="What you need from the vendor" autosize minRows={2} {...form.getInputProps('note')} />
    </Form>
  );
}

/** The vendor's pipeline; in the portal, the opportunities shared with the partner's company. */
export function OpportunitiesPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const list = usePagedList(opportunityList, parse);
  const askDialog = useDialog();
  const [params, setParams] = useSearchParams();
  const board = vendor && params.get('view') === 'board';
  const setView = (view: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (view === 'board') next.set('view', 'board');
        else next.delete('view');
        return next;
      },
      { replace: true },
    );
  const toggle = (key: 'open' | 'direct') => ({
    checked: list.filters[key] === 'true',
    onChange: (e: { currentTarget: { checked: boolean } }) => list.field(key).onChange(e.currentTarget.checked ? 'true' : null),
  });
  return (
    <>
      <PageHeader
        title={vendor ? 'Pipeline' : 'Shared opportunities'}
        description={
          vendor
            ? 'Every opportunity with its partners: who sourced it, who co-sells, and where it stands.'
            : 'The vendor’s opportunities your company takes part in, with what the vendor shares about them.'
        }
        actions={
          <Group gap="xs">
            {vendor && (
              <SegmentedControl
                aria-label="View"
                value={board ? 'board' : 'list'}
                onChange={setView}
                data={[
                  { value: 'list', label: 'List' },
                  { value: 'board', label: 'Board' },
                ]}
              />
            )}
            <ExportMenu path="/api/v1/opportunities" />
            {vendor && (
              <>
                <ImportButton kind="accounts" label="Import accounts" allowed={mayApp(user, 'import:accounts')} />
                <ImportButton kind="opportunities" label="Import opportunities" allowed={mayApp(user, 'import:opportunities')} />
              </>
            )}
            {vendor && mayApp(user, 'manageOpportunities') && (
              <Button component={Link} to="/opportunities/new" leftSection={<IconPlus size={16} />}>
                New opportunity
              </Button>
            )}
            {!vendor && mayApp(user, 'requestCoSell') && (
              <Button onClick={() => askDialog.open()} leftSection={<IconPlus size={16} />}>
                Ask the vendor to co-sell
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        {board ? (
          <PipelineBoard manage={mayApp(user, 'manageOpportunities')} />
        ) : (
          <>
            <Card padding="md">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
                <FilterInput label="Search" placeholder="Number, title or customer" {...list.field('q')} search />
                <Select
                  label="Stage"
                  placeholder="Any"
                  data={optionsOf(LABELS.opportunityStage)}
                  clearable
                  {...list.field('stage')}
                />
                <Stack gap={6} justify="flex-end">
                  <Switch label="Open only" {...toggle('open')} />
                  {vendor && <Switch label="Vendor-direct (no partner)" {...toggle('direct')} />}
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
              noun={['opportunity', 'opportunities']}
              loading="Loading opportunities…"
              empty={{
                title: vendor ? 'No opportunities' : 'Nothing shared yet',
                description: list.isFiltered
                  ? 'Nothing matches these filters.'
                  : vendor
                    ? 'Create one, or approve a deal registration: it becomes an opportunity.'
                    : 'When the vendor involves your company in an opportunity, it appears here.',
              }}
            >
              {(rows) => (
                <DataTable
                  label={vendor ? 'Pipeline' : 'Shared opportunities'}
                  framed
                  rows={rows}
                  rowName={(o) => `${o.number} ${o.title}`}
                  columns={opportunityColumns(vendor)}
                  minWidth={900}
                  card={(o) => ({
                    title: `${o.number} · ${o.title}`,
                    subtitle: `${o.account.name}${o.stage ? ` · ${LABELS.opportunityStage[o.stage]}` : ''}`,
                    to: `/opportunities/${o.id}`,
                  })}
                />
              )}
            </PagedList>
          </>
        )}
        <CoSellRequests vendor={vendor} />
      </Stack>
      <FormDialog dialog={askDialog} title="Ask the vendor to co-sell">
        {() => <AskForm onDone={askDialog.close} />}
      </FormDialog>
    </>
  );
}
