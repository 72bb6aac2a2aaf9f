import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { Empty, QueryState } from '../../../ui/States';
import { usePropositionUses, type ValuePropositionUses } from '../api';

type Use = ValuePropositionUses['records'][number];

const KIND_LABELS: Record<Use['kind'], string> = {
  campaign: 'Campaign',
  dealRegistration: 'Deal registration',
  opportunity: 'Opportunity',
  resource: 'Content',
};

const PATHS: Record<Use['kind'], string> = {
  campaign: '/campaigns',
  dealRegistration: '/deal-registrations',
  opportunity: '/opportunities',
  resource: '/resources',
};

/**
 * "Used in": the campaigns, deal registrations, opportunities and content that name the
 * alliance's JVP (any version), with the last 90 days' uses per kind, sessions included: the
 * deployment the failure mode "joint value proposition without deployment" reads.
 */
export function UsedIn({ partnerId }: { partnerId: string }) {
  const uses = usePropositionUses(partnerId);
  return (
    <QueryState query={uses}>
      {(u) => (
        <>
          <Group gap="xs" mb="sm" aria-label="Uses in the last 90 days">
            <Badge variant="light" color={u.last90Days.total > 0 ? 'teal' : 'red'}>
              {u.last90Days.total} {u.last90Days.total === 1 ? 'use' : 'uses'} in 90 days
            </Badge>
            {(
              [
                ['session', 'sessions'],
                ['campaign', 'campaigns'],
                ['dealRegistration', 'deal registrations'],
                ['opportunity', 'opportunities'],
                ['resource', 'content'],
              ] as const
            ).map(([kind, label]) =>
              u.last90Days[kind] > 0 ? (
                <Text key={kind} size="sm" c="dimmed">
                  {u.last90Days[kind]} {label}
                </Text>
              ) : null,
            )}
          </Group>
          {u.records.length === 0 ? (
            <Empty
              title="Not used yet"
              description="Name the proposition on a campaign, deal registration, opportunity or piece of content to show its deployment."
            />
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table aria-label="Records using it">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Version</Table.Th>
                    <Table.Th>Since</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {u.records.map((r) => (
                    <Table.Tr key={`${r.kind}:${r.id}`}>
                      <Table.Td>{KIND_LABELS[r.kind]}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`${PATHS[r.kind]}/${r.id}`}>
                          {r.label}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{r.version !== null ? `v${r.version}` : '—'}</Table.Td>
                      <Table.Td>{formatDate(r.linkedAt)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </QueryState>
  );
}
