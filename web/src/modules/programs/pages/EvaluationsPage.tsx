import { Anchor, Badge, Button, Table } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useRunEvaluation, useRuns } from '../api';

/** Tier evaluation runs, newest first; run one now for the last completed quarter. */
export function EvaluationsPage() {
  const user = useCurrentUser();
  const runs = useRuns();
  const run = useRunEvaluation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="Tier evaluations"
        crumbs={[{ label: 'Programs', to: '/programs' }]}
        description="Each fiscal quarter the tiers are evaluated; promotions and demotions wait for approval."
        actions={
          mayApp(user, 'managePrograms') && (
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              loading={run.isPending}
              onClick={() =>
                run.run(
                  {},
                  {
                    success: (r) => `Evaluated ${r.periodLabel}: ${r.promotions} promotions, ${r.demotions} demotions`,
                    onSuccess: (r) => navigate(`/programs/evaluations/${r.id}`),
                  },
                )
              }
            >
              Evaluate last quarter
            </Button>
          )
        }
      />
      <SectionCard title="Runs">
        <QueryState query={runs}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No evaluations yet" description="The first runs at the start of the next fiscal quarter." />
            ) : (
              <Table aria-label="Evaluation runs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Quarter</Table.Th>
                    <Table.Th>Program</Table.Th>
                    <Table.Th>Run</Table.Th>
                    <Table.Th>Evaluated</Table.Th>
                    <Table.Th>Promotions</Table.Th>
                    <Table.Th>Demotions</Table.Th>
                    <Table.Th>In grace</Table.Th>
                    <Table.Th>Open</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/programs/evaluations/${r.id}`}>
                          {r.periodLabel}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{r.programName ?? 'All programs'}</Table.Td>
                      <Table.Td>
                        {formatDate(r.createdAt)}{' '}
                        {r.trigger === 'schedule' ? '(scheduled)' : `by ${r.startedBy?.name ?? 'someone'}`}
                      </Table.Td>
                      <Table.Td>{r.evaluated}</Table.Td>
                      <Table.Td>{r.promotions}</Table.Td>
                      <Table.Td>{r.demotions}</Table.Td>
                      <Table.Td>{r.inGrace}</Table.Td>
                      <Table.Td>{r.openProposals > 0 ? <Badge color="orange">{r.openProposals}</Badge> : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </SectionCard>
    </>
  );
}
