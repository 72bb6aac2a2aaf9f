import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/format';
import { LABELS, looseLabel } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, QueryState } from '../../../ui/States';
import { type ApplicationStatus, type PartnerApplication, useApplications } from '../api';
import { ApplicationFlags, ApplicationStatusBadge } from '../components/ApplicationBadges';

const COLUMNS: Column<PartnerApplication>[] = [
  {
    key: 'company',
    header: 'Company',
    miw: 200,
    cell: (a) => (
      <Stack gap={0}>
        <Anchor component={Link} to={`/recruitment/applications/${a.id}`} fw={600} size="sm">
          {a.companyName}
        </Anchor>
        <Text size="xs" c="dimmed">
          {a.domain}
        </Text>
      </Stack>
    ),
  },
  {
    key: 'types',
    header: 'Types',
    cell: (a) => <Text size="sm">{a.types.map((t) => looseLabel(LABELS.partnerType, t)).join(', ')}</Text>,
  },
  { key: 'flags', header: 'Fit', cell: (a) => <ApplicationFlags application={a} /> },
  { key: 'status', header: 'Status', cell: (a) => <ApplicationStatusBadge status={a.status} /> },
  { key: 'received', header: 'Received', nowrap: true, cell: (a) => <Text size="sm">{formatDateTime(a.createdAt)}</Text> },
];

/** Every application from the public form, by status. */
export function ApplicationsPage() {
  const [status, setStatus] = useState<ApplicationStatus | 'all'>('submitted');
  const list = useApplications(status, 200);
  return (
    <>
      <PageHeader
        title="Partner applications"
        crumbs={[{ label: 'Recruitment', to: '/recruitment' }]}
        description="Companies that applied through the public form at /apply."
        actions={
          <SegmentedControl
            aria-label="Status"
            value={status}
            onChange={(v) => setStatus(v as ApplicationStatus | 'all')}
            data={[
              { value: 'submitted', label: 'Waiting' },
              { value: 'accepted', label: 'Accepted' },
              { value: 'rejected', label: 'Rejected' },
              { value: 'all', label: 'All' },
            ]}
          />
        }
      />
      <QueryState query={list}>
        {(page) => (
          <DataTable
            label="Applications"
            rows={page.data}
            rowName={(a) => a.companyName}
            columns={COLUMNS}
            minWidth={760}
            empty={<Empty title="No applications" description="Share the application form: /apply" />}
            card={(a) => ({ title: a.companyName, subtitle: a.domain, badges: <ApplicationFlags application={a} /> })}
          />
        )}
      </QueryState>
    </>
  );
}
