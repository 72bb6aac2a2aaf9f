import { Button, Card, Group, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
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
import { type LeadBody, type LeadDetail, leadList, useCreateLead } from '../api';
import { leadColumns } from '../components/LeadColumns';
import { EMPTY_LEAD, LEAD_FIELD_ALIASES, LeadFields, type LeadValues, leadBodyOf } from '../components/LeadFields';

const FLAG = { true: 'yes' } as const;

function parse(params: URLSearchParams) {
  return {
    status: enumParam(params, 'status', LABELS.leadStatus),
    q: textParam(params, 'q'),
    overdue: enumParam(params, 'overdue', FLAG),
    partnerId: textParam(params, 'partnerId'),
  };
}

function NewLeadForm({ onDone }: { onDone: (lead?: LeadDetail) => void }) {
  const create = useCreateLead();
  const form = useApiForm<LeadValues, LeadDetail, LeadBody>({
    initialValues: EMPTY_LEAD,
    mutation: create,
    toVariables: leadBodyOf,
    aliases: LEAD_FIELD_ALIASES,
    success: (l) =>
      l.partner ? `${l.number} assigned to ${l.partner.name}` : `${l.number} created: ${l.why?.summary ?? 'not routed'}`,
    onSuccess: (l) => onDone(l),
  });
  return (
    <Form form={form} submitLabel="Create and route" onCancel={() => onDone()}>
      <LeadFields form={form} />
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
