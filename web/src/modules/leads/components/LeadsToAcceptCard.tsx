import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { type Lead, useLeadsToAccept } from '../api';
import { LeadStatusBadge } from './LeadColumns';

/** The portal home's card: leads sent to the partner's company that wait for its answer, soonest deadline first. */
export function LeadsToAcceptCard() {
  const leads = useLeadsToAccept();
  return (
    <SectionCard title="Leads to accept" label="Leads to accept">
      <QueryState query={leads}>
        {(rows) => (
          <DataTable<Lead>
            label="Leads to accept"
            rows={rows}
            rowName={(l) => `${l.number} ${l.company}`}
            minWidth={0}
            columns={[
              {
                key: 'lead',
                header: 'Lead',
                cell: (l) => (
                  <Anchor component={Link} to={`/leads/${l.id}`} size="sm" fw={600}>
                    {l.number} · {l.company}
                  </Anchor>
                ),
              },
              { key: 'status', header: 'Status', cell: (l) => <LeadStatusBadge lead={l} /> },
              {
                key: 'due',
                header: 'Accept by',
                nowrap: true,
                cell: (l) => (l.acceptDueAt ? formatDateTime(l.acceptDueAt) : '—'),
              },
            ]}
            empty={<Empty title="No lead waits for you" />}
            card={(l) => ({
              title: `${l.number} · ${l.company}`,
              subtitle: l.acceptDueAt ? `Accept by ${formatDateTime(l.acceptDueAt)}` : '',
              to: `/leads/${l.id}`,
            })}
          />
        )}
      </QueryState>
      <Group justify="flex-end" mt="xs">
        <Text size="sm">
          <Anchor component={Link} to="/leads">
            All leads
          </Anchor>
        </Text>
      </Group>
    </SectionCard>
  );
}
