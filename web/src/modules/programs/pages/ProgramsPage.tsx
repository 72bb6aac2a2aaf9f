import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { ImportButton } from '../../../ui/ImportButton';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePrograms } from '../api';
import { ProgramForm } from '../components/ProgramForm';
import { describeModel, PROGRAM_KIND_LABELS } from '../labels';

/** Every program (a partner's people: their own), with its model, tiers and members. */
export function ProgramsPage() {
  const user = useCurrentUser();
  const programs = usePrograms();
  const creating = useDialog<true>();
  const manage = mayApp(user, 'managePrograms');
  return (
    <>
      <PageHeader
        title="Programs"
        description="Partner programs, their commercial models and tier ladders."
        actions={
          isVendor(user) && (
            <Group>
              <Button variant="default" component={Link} to="/programs/evaluations">
                Tier evaluations
              </Button>
              <Button variant="default" component={Link} to="/programs/milestones">
                Lifecycle milestones
              </Button>
              <ImportButton
                kind="program-memberships"
                label="Import memberships"
                allowed={mayApp(user, 'import:program-memberships')}
              />
              {manage && (
                <Button leftSection={<IconPlus size={16} />} onClick={() => creating.open(true)}>
                  New program
                </Button>
              )}
            </Group>
          )
        }
      />
      <SectionCard title="Programs">
        <QueryState query={programs}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No programs" description="Your company is not in a program yet." />
            ) : (
              <Table aria-label="Programs" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Program</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>Commercial model</Table.Th>
                    <Table.Th>Tiers</Table.Th>
                    {manage && <Table.Th>Members</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Group gap="xs">
                          <Anchor component={Link} to={`/programs/${p.id}`}>
                            {p.name}
                          </Anchor>
                          {p.isDefault && (
                            <Badge size="xs" variant="light">
                              Default
                            </Badge>
                          )}
                          {p.status === 'retired' && (
                            <Badge size="xs" color="gray">
                              Retired
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{PROGRAM_KIND_LABELS[p.kind]}</Table.Td>
                      <Table.Td>{describeModel(p.commercialModel)}</Table.Td>
                      <Table.Td>{p.tierCount}</Table.Td>
                      {manage && <Table.Td>{p.memberCount}</Table.Td>}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </SectionCard>
      <FormDialog dialog={creating} title={() => 'New program'} size="lg">
        {() => <ProgramForm onDone={creating.close} />}
      </FormDialog>
    </>
  );
}
