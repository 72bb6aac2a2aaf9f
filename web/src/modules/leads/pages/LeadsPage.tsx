import { Button, Card, Group, Select, SimpleGrid, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { IconPlus, IconRoute, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { FilterInput } from '../../../ui/FilterInput';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type LeadDetail, leadList, useCreateLead } from '../api';
import { leadColumns } from '../components/LeadColumns';

const FLAG = { true: 'yes' } as const;

function parse(params: URLSearchParams) {
  return {
    status: enumParam(params, 'status', LABELS.leadStatus),
    q: textParam(params, 'q'),
    overdue: enumParam(params, 'overdue', FLAG),
    partnerId: textParam(params, 'partnerId'),
  };
}

type Values = {
  company: string;
  domain: string;
  contactName: string;
  contactEmail: string;
  country: string;
  region: string | null;
  industry: string;
  size: string | null;
  products: string[];
  source: string;
  qualification: 'mql' | 'eql';
};

function NewLeadForm({ onDone }: { onDone: (lead?: LeadDetail) => void }) {
  const create = useCreateLead();
  const form = useApiForm<Values, LeadDetail, never>({
    initialValues: {
      company: '',
      domain: '',
      contactName: '',
      contactEmail: '',
      country: '',
      region: null,
      industry: '',
      size: null,
      products: [],
      source: '',
      qualification: 'mql',
    },
    mutation: create as never,
    toVariables: (v) =>
      ({
        company: v.company,
        domain: v.domain || null,
        contact: { name: v.contactName, email: v.contactEmail },
        country: v.country || null,
        region: v.region || null,
        industry: v.industry || null,
        size: v.size || null,
        products: v.products,
        source: v.source,
        qualification: v.qualification,
      }) as never,
    success: (l) =>
      l.partner ? `${l.number} assigned to ${l.partner.name}` : `${l.number} created: ${l.why?.summary ?? 'not routed'}`,
    onSuccess: (l) => onDone(l),
  });
  return (
    <Form form={form} submitLabel="Create and route" onCancel={() => onDone()}>
      <TextInput label="Company" required {...form.getInputProps('company')} data-autofocus />
      <TextInput label="Domain" placeholder="example.com" {...form.getInputProps('domain')} />
      <Group grow align="flex-start">
        <TextInput label="Contact" {...form.getInputProps('contactName')} />
        <TextInput label="Contact e-mail" {...form.getInputProps('contactEmail')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Country" placeholder="DE" maxLength={2} {...form.getInputProps('country')} />
        <Select label="Region" data={optionsOf(LABELS.region)} clearable {...form.getInputProps('region')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Industry" {...form.getInputProps('industry')} />
        <Select label="Company size" data={optionsOf(LABELS.companySize)} clearable {...form.getInputProps('size')} />
      </Group>
      <TagsInput label="Products of interest" {...form.getInputProps('products')} />
      <Group grow align="flex-start">
        <TextInput label="Source" placeholder="Webinar, website, event…" {...form.getInputProps('source')} />
        <Select
          label="Qualification"
          allowDeselect={false}
          data={optionsOf(LABELS.leadQualification)}
          {...form.getInputProps('qualification')}
        />
      </Group>
    </Form>
  );
}

/** The lead queue (vendor) or the leads offered to the partner's company (portal). */
export function LeadsPage() {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const manage = mayApp(user, 'manageLeads');
  const list = usePagedList(leadList, parse);
  const dialog = useDialog();
  return (
    <>
      <PageHeader
        title="Leads"
        description={
          vendor
            ? 'EQL and MQL leads, routed to partners by the coverage model and the routing rules — each with why.'
            : 'Leads the vendor sent your company: accept or decline them before the deadline.'
        }
        actions={
          <Group gap="xs">
            <ExportMenu path="/api/v1/leads" />
            {vendor && mayApp(user, 'viewLeadRouting') && (
              <Button variant="default" component={Link} to="/leads/routing" leftSection={<IconRoute size={16} />}>
                Coverage & routing
              </Button>
            )}
            <ImportButton kind="leads" allowed={mayApp(user, 'import:leads')} />
            {manage && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => dialog.open()}>
                New lead
              </Button>
            )}
          </Group>
        }
      />
      <FormDialog dialog={dialog} title="New lead" size="lg">
        {() => <NewLeadForm onDone={() => dialog.close()} />}
      </FormDialog>
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <FilterInput label="Search" placeholder="Number, company, domain or contact" {...list.field('q')} search />
            <Select label="Status" placeholder="Any" data={optionsOf(LABELS.leadStatus)} clearable {...list.field('status')} />
            <Stack gap={6} justify="flex-end">
              <Switch
                label="Acceptance overdue"
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
          noun={['lead', 'leads']}
          loading="Loading leads…"
          empty={{
            title: 'No leads',
            description: list.isFiltered
              ? 'Nothing matches these filters.'
              : vendor
                ? 'No lead has been created yet.'
                : 'No lead has been sent to your company yet.',
          }}
        >
          {(rows) => (
            <DataTable
              label="Leads"
              framed
              rows={rows}
              rowName={(l) => `${l.number} ${l.company}`}
              columns={leadColumns(vendor)}
              minWidth={900}
              card={(l) => ({
                title: `${l.number} · ${l.company}`,
                subtitle: `${vendor && l.partner ? `${l.partner.name} · ` : ''}${LABELS.leadStatus[l.status]}`,
                to: `/leads/${l.id}`,
              })}
            />
          )}
        </PagedList>
      </Stack>
    </>
  );
}
