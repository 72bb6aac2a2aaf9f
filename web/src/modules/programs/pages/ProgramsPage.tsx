import { Anchor, Badge, Button, Group, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useCreateProgram, usePrograms } from '../api';
import { describeModel, PROGRAM_KIND_LABELS } from '../labels';

type Values = { name: string; kind: string; model: string; percent: number | string };

const SIMPLE: Record<string, string> = {
  commission: 'Commission (% of deal)',
  reseller_discount: 'Reseller discount (%)',
  revenue_share: 'Revenue share (%)',
};

function ProgramForm({ onDone }: { onDone: () => void }) {
  const create = useCreateProgram();
  const form = useApiForm({
    initialValues: { name: '', kind: 'reseller', model: 'reseller_discount', percent: 20 } as Values,
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
    mutation: create,
    toVariables: (v) => {
      const percent = Number(v.percent);
      const commercialModel =
        v.model === 'commission'
          ? ({ model: 'commission', ratePercent: percent } as const)
          : v.model === 'revenue_share'
            ? ({ model: 'revenue_share', sharePercent: percent } as const)
            : ({ model: 'reseller_discount', discountPercent: percent } as const);
      return { name: v.name.trim(), kind: v.kind as never, commercialModel };
    },
    aliases: {
      'commercialModel.ratePercent': 'percent',
      'commercialModel.sharePercent': 'percent',
      'commercialModel.discountPercent': 'percent',
    },
    success: (p) => `Created ${p.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Create program" onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <Select
        label="Kind"
        data={Object.entries(PROGRAM_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <Group grow>
        <Select
          label="Commercial model"
          data={Object.entries(SIMPLE).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
          {...form.getInputProps('model')}
        />
        <NumberInput label="Percent" min={0} max={100} decimalScale={2} {...form.getInputProps('percent')} />
      </Group>
      <Text size="xs" c="dimmed">
        Other models (flat fee, subscription, usage-based, value-based, white label, hybrid) through the API.
      </Text>
    </Form>
  );
}

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
      <FormDialog dialog={creating} title={() => 'New program'}>
        {() => <ProgramForm onDone={creating.close} />}
      </FormDialog>
    </>
  );
}
