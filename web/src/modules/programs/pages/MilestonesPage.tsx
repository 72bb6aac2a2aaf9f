import { Anchor, Button, Group, MultiSelect, NumberInput, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  useCheckMilestones,
  useCreateMilestoneRule,
  useDecideMilestone,
  useDeleteMilestoneRule,
  useMetrics,
  useMilestoneProposals,
  useMilestoneRules,
} from '../api';
import { formatMetric } from '../labels';

type Values = {
  name: string;
  fromStages: string[];
  toStage: string;
  metric: string;
  operator: string;
  threshold: number | string;
};

function RuleForm({ onDone }: { onDone: () => void }) {
  const create = useCreateMilestoneRule();
  const metrics = useMetrics();
  const form = useApiForm({
    initialValues: {
      name: '',
      fromStages: ['onboarding'],
      toStage: 'enabled',
      metric: 'onboarding.completion',
      operator: '>=',
      threshold: 100,
    } as Values,
    validate: { name: (v) => (v.trim() ? null : 'Enter a name') },
    mutation: create,
    toVariables: (v) => ({
      name: v.name.trim(),
      fromStages: v.fromStages as never,
      toStage: v.toStage as never,
      metric: v.metric,
      operator: v.operator as never,
      threshold: Number(v.threshold),
    }),
    success: (r) => `Added the rule ${r.name}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Add rule" onCancel={onDone}>
      <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
      <Group grow>
        <MultiSelect label="From stages" data={optionsOf(LABELS.lifecycleStage)} {...form.getInputProps('fromStages')} />
        <Select
          label="Propose"
          data={optionsOf(LABELS.lifecycleStage)}
          allowDeselect={false}
          {...form.getInputProps('toStage')}
        />
      </Group>
      <Select
        label="Metric"
        searchable
        data={(metrics.data ?? []).map((m) => ({ value: m.key, label: `${m.label}${m.available ? '' : ' (no data yet)'}` }))}
        {...form.getInputProps('metric')}
      />
      <Group grow>
        <Select label="Operator" data={['>=', '>', '=', '<=', '<']} allowDeselect={false} {...form.getInputProps('operator')} />
        <NumberInput label="Threshold" description="Money in minor units" {...form.getInputProps('threshold')} />
      </Group>
    </Form>
  );
}

/** Lifecycle milestone rules and the moves they propose, for a person to confirm. */
export function MilestonesPage() {
  const user = useCurrentUser();
  const rules = useMilestoneRules();
  const proposals = useMilestoneProposals();
  const check = useCheckMilestones();
  const remove = useDeleteMilestoneRule();
  const decide = useDecideMilestone();
  const adding = useDialog<true>();
  const manage = mayApp(user, 'managePrograms');
  return (
    <>
      <PageHeader
        title="Lifecycle milestones"
        crumbs={[{ label: 'Programs', to: '/programs' }]}
        description="Rules that propose moving a partner along its lifecycle when a metric crosses a threshold; a person confirms."
        actions={
          manage && (
            <Group>
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                loading={check.isPending}
                onClick={() => check.run(undefined, { success: (r) => `${r.proposed} new proposals` })}
              >
                Check now
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => adding.open(true)}>
                New rule
              </Button>
            </Group>
          )
        }
      />
      <SectionCard title="Proposals to confirm">
        <QueryState query={proposals}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="Nothing to confirm" description="No partner has reached a milestone since the last check." />
            ) : (
              <Table aria-label="Milestone proposals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Partner</Table.Th>
                    <Table.Th>Move</Table.Th>
                    <Table.Th>Rule and evidence</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/partners/${p.partnerId}`}>
                          {p.partner.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        {LABELS.lifecycleStage[p.fromStage as keyof typeof LABELS.lifecycleStage] ?? p.fromStage} →{' '}
                        {LABELS.lifecycleStage[p.toStage as keyof typeof LABELS.lifecycleStage] ?? p.toStage}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.ruleName}</Text>
                        <Text size="xs" c="dimmed">
                          {p.evidence.label}: {formatMetric(p.evidence.actual, p.evidence.unit)} {p.evidence.operator}{' '}
                          {formatMetric(p.evidence.threshold, p.evidence.unit)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {p.can.confirm && (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              onClick={() =>
                                decide.run(
                                  { id: p.id, decision: 'confirm' },
                                  { success: `${p.partner.name} moved to ${p.toStage}` },
                                )
                              }
                            >
                              Confirm
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => decide.run({ id: p.id, decision: 'dismiss' }, { success: 'Dismissed' })}
                            >
                              Dismiss
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </SectionCard>
      <SectionCard title="Rules">
        <QueryState query={rules}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No rules" description="Add one: e.g. onboarding complete → enabled." />
            ) : (
              <Table aria-label="Milestone rules">
                <Table.Tbody>
                  {list.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>
                        {r.fromStages.join(', ')} → {r.toStage}
                      </Table.Td>
                      <Table.Td>
                        {r.metric} {r.operator} {r.threshold}
                      </Table.Td>
                      <Table.Td>
                        {manage && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${r.name}`}
                            onClick={() => remove.run(r.id, { success: 'Rule deleted' })}
                          >
                            <IconTrash size={14} />
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </SectionCard>
      <FormDialog dialog={adding} title={() => 'New milestone rule'}>
        {() => <RuleForm onDone={adding.close} />}
      </FormDialog>
    </>
  );
}
