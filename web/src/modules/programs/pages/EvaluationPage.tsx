import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { TierProposal } from '../../../api/types';
import { formatDate } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useDecideProposal, useRun } from '../api';
import { formatMetric } from '../labels';

const STATUS_COLOR: Record<TierProposal['status'], string> = {
  open: 'orange',
  approved: 'teal',
  rejected: 'red',
  superseded: 'gray',
};

function Evidence({ proposal }: { proposal: TierProposal }) {
  const target = proposal.evidence.tiers.find(
    (t) => t.tierId === (proposal.direction === 'promotion' ? proposal.toTierId : proposal.fromTierId),
  );
  if (!target) return null;
  return (
    <Stack gap={2}>
      {target.requirements.map((r) => (
        <Text key={r.key} size="xs" c={r.met === false ? 'orange' : 'dimmed'}>
          {r.label}: {formatMetric(r.actual, r.unit)} of {formatMetric(r.required, r.unit)}
        </Text>
      ))}
      {target.requirements.length === 0 && (
        <Text size="xs" c="dimmed">
          {target.name} has no requirements.
        </Text>
      )}
    </Stack>
  );
}

function Decide({ proposal }: { proposal: TierProposal }) {
  const decide = useDecideProposal();
  if (!proposal.can.approve) return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        aria-label={`Approve the ${proposal.direction} of ${proposal.partner.name}`}
        loading={decide.isPending}
        onClick={() =>
          decide.run(
            { id: proposal.id, decision: 'approve' },
            { success: `${proposal.partner.name} is now ${proposal.toTier?.name ?? 'untiered'}` },
          )
        }
      >
        Approve
      </Button>
      <Button
        size="xs"
        variant="default"
        aria-label={`Reject the ${proposal.direction} of ${proposal.partner.name}`}
        onClick={() => decide.run({ id: proposal.id, decision: 'reject' }, { success: 'Rejected; nothing changes' })}
      >
        Reject
      </Button>
    </Group>
  );
}

/** One run: its proposals with their evidence, approved or rejected one by one. */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const run = useRun(id);
  return (
    <QueryState query={run} notFound="Evaluation">
      {(r) => (
        <>
          <PageHeader
            title={`Tier evaluation ${r.periodLabel}`}
            crumbs={[
              { label: 'Programs', to: '/programs' },
              { label: 'Tier evaluations', to: '/programs/evaluations' },
            ]}
            description={`${r.programName ?? 'All programs'} · ${r.periodStart} to ${r.periodEnd} · run ${formatDate(r.createdAt)} · ${r.evaluated} evaluated, ${r.inGrace} in their grace period`}
          />
          <SectionCard
            title="Proposals"
            description="Nothing changes until a proposal is approved (admins and the partner's owner)."
          >
            {r.proposals.length === 0 ? (
              <Empty title="No changes proposed" description="Every partner holds its tier (or is within its grace period)." />
            ) : (
              <Table aria-label="Proposals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Program</Table.Th>
                    <Table.Th>Change</Table.Th>
                    <Table.Th>Evidence</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.proposals.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/partners/${p.partnerId}`}>
                          {p.partner.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{p.programName}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={p.direction === 'promotion' ? 'teal' : 'orange'}>
                          {p.direction === 'promotion' ? 'Promotion' : 'Demotion'}
                        </Badge>{' '}
                        {p.fromTier?.name ?? 'No tier'} → {p.toTier?.name ?? 'No tier'}
                      </Table.Td>
                      <Table.Td>
                        <Evidence proposal={p} />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[p.status]} variant="light">
                          {p.status}
                        </Badge>
                        {p.decidedBy && (
                          <Text size="xs" c="dimmed">
                            {p.decidedBy.name}, {formatDate(p.decidedAt)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Decide proposal={p} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </SectionCard>
        </>
      )}
    </QueryState>
  );
}
