import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDate } from '../../../ui/format';
import { ImportButton } from '../../../ui/ImportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useProgram, useProgramMembers, useProgramTiers } from '../api';
import { ProgramForm } from '../components/ProgramForm';
import { TierEditor } from '../components/TierEditor';
import { TierMatrix } from '../components/TierMatrix';
import { describeModel, PROGRAM_KIND_LABELS } from '../labels';

/** One program: its model, the tier-benefits matrix and (vendor side) its members. */
export function ProgramPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const program = useProgram(id);
  const tiers = useProgramTiers(id);
  const members = useProgramMembers(id, isVendor(user));
  const editing = useDialog<true>();
  return (
    <QueryState query={program} notFound="Program">
      {(p) => (
        <>
          <PageHeader
            title={p.name}
            crumbs={[{ label: 'Programs', to: '/programs' }]}
            description={`${PROGRAM_KIND_LABELS[p.kind]} · ${describeModel(p.commercialModel)}`}
            badges={p.status === 'retired' ? <Badge color="gray">Retired</Badge> : undefined}
            actions={
              p.can.edit && (
                <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => editing.open(true)}>
                  Edit program
                </Button>
              )
            }
          />
          <FormDialog dialog={editing} size="lg" title={() => `Edit ${p.name}`}>
            {() => <ProgramForm program={p} onDone={editing.close} />}
          </FormDialog>
          <Stack gap="md">
            {p.description && <Text size="sm">{p.description}</Text>}
            <SectionCard
              title="Tiers and benefits"
              description={`Lowest first. A partner below its tier's requirements for ${p.demotionGraceDays} days may be demoted at the next evaluation.`}
            >
              <QueryState query={tiers}>{(list) => <TierMatrix tiers={list} />}</QueryState>
            </SectionCard>
            {p.can.edit && tiers.data && <TierEditor programId={p.id} tiers={tiers.data} members={members.data ?? []} />}
            {isVendor(user) && (
              <SectionCard
                title="Members"
                description="Partners in this program now, with their tier."
                action={
                  <ImportButton
                    kind="program-memberships"
                    label="Import members"
                    size="xs"
                    allowed={mayApp(user, 'import:program-memberships')}
                  />
                }
              >
                <QueryState query={members}>
                  {(list) =>
                    list.length === 0 ? (
                      <Empty
                        title="No members"
                        description="Enrol partners from their page, or import a spreadsheet of members."
                      />
                    ) : (
                      <Table aria-label="Members">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>Partner</Table.Th>
                            <Table.Th>Tier</Table.Th>
                            <Table.Th>Joined</Table.Th>
                            <Table.Th>Below its tier since</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {list.map((m) => (
                            <Table.Tr key={m.id}>
                              <Table.Td>
                                <Anchor component={Link} to={`/partners/${m.partnerId}`}>
                                  {m.partnerName}
                                </Anchor>
                              </Table.Td>
                              <Table.Td>{m.tier?.name ?? '—'}</Table.Td>
                              <Table.Td>{formatDate(m.joinedAt)}</Table.Td>
                              <Table.Td>{m.belowSince ? formatDate(m.belowSince) : '—'}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    )
                  }
                </QueryState>
              </SectionCard>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
