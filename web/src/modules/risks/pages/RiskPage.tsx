import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Labelled } from '../../../ui/Fact';
import { Form } from '../../../ui/Form';
import { formatDay } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { COLORS, LABELS, optionsOf } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type Risk, type RiskAction, useAddAction, useRisk, useUpdateAction } from '../api';
import { RiskForm } from '../components/RiskForm';

function AddActionForm({ risk, onDone }: { risk: Risk; onDone: () => void }) {
  const add = useAddAction(risk.id);
  const form = useApiForm({
    initialValues: { title: '', dueOn: '' },
    mutation: add,
    toVariables: (v) => ({ title: v.title, dueOn: v.dueOn || null }),
    success: 'Added the mitigation action',
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Add action" onCancel={onDone}>
      <TextInput label="Action" required placeholder="Name a deputy architect on both sides" {...form.getInputProps('title')} />
      <TextInput label="Due" type="date" {...form.getInputProps('dueOn')} />
    </Form>
  );
}

function ActionStatus({ action }: { action: RiskAction }) {
  const update = useUpdateAction();
  if (!action.can.edit)
    return <Badge color={COLORS.riskActionStatus[action.status]}>{LABELS.riskActionStatus[action.status]}</Badge>;
  return (
    <Select
      aria-label={`Status of ${action.title}`}
      size="xs"
      w={140}
      allowDeselect={false}
      data={optionsOf(LABELS.riskActionStatus)}
      value={action.status}
      onChange={(v) => v && update.run({ id: action.id, status: v as RiskAction['status'] }, { success: 'Updated the action' })}
    />
  );
}

const ACTION_COLUMNS: Column<RiskAction>[] = [
  { key: 'title', header: 'Action', cell: (a) => a.title },
  { key: 'owner', header: 'Owner', cell: (a) => a.owner?.name ?? '—' },
  {
    key: 'due',
    header: 'Due',
    nowrap: true,
    cell: (a) =>
      a.dueOn ? (
        <Text size="sm" c={a.overdue ? 'red' : undefined}>
          {formatDay(a.dueOn)}
          {a.overdue ? ' (overdue)' : ''}
        </Text>
      ) : (
        '—'
      ),
  },
  { key: 'status', header: 'Status', nowrap: true, cell: (a) => <ActionStatus action={a} /> },
];

/** One risk: its rating, owner, review and its mitigation actions. */
export function RiskPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const risk = useRisk(id);
  const editing = useDialog<null>();
  const adding = useDialog<null>();
  return (
    <QueryState query={risk} notFound="This risk does not exist, or is not shared with you.">
      {(r) => (
        <>
          <PageHeader
            title={r.title}
            crumbs={[{ label: 'Risks', to: '/risks' }]}
            badges={
              <Group gap={6}>
                <Badge color={COLORS.riskBand[r.band]}>
                  {r.score} · {LABELS.riskBand[r.band]}
                </Badge>
                <Badge color={COLORS.riskStatus[r.status]} variant="light">
                  {LABELS.riskStatus[r.status]}
                </Badge>
              </Group>
            }
            actions={
              r.can.edit ? (
                <Button variant="default" onClick={() => editing.open(null)}>
                  Edit
                </Button>
              ) : undefined
            }
          />
          <SectionCard title="Assessment" label="Assessment">
            <Stack gap="xs">
              {r.description && <Text size="sm">{r.description}</Text>}
              <Group gap="xl">
                <Labelled label="Partner">{r.partnerName}</Labelled>
                <Labelled label="Category">{LABELS.riskCategory[r.category]}</Labelled>
                <Labelled label="Likelihood × impact">
                  {r.likelihood} × {r.impact} = {r.score}
                </Labelled>
                <Labelled label="Owner">{r.owner?.name ?? '—'}</Labelled>
                <Labelled label="Next review">
                  {r.reviewOn ? `${formatDay(r.reviewOn)}${r.reviewOverdue ? ' (overdue)' : ''}` : '—'}
                </Labelled>
                <Labelled label="Visibility">{r.shared ? 'Shared with the partner' : 'Vendor only'}</Labelled>
              </Group>
            </Stack>
          </SectionCard>
          <SectionCard
            title="Mitigation actions"
            label="Mitigation actions"
            action={
              r.can.mitigate ? (
                <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => adding.open(null)}>
                  Add action
                </Button>
              ) : undefined
            }
          >
            <DataTable
              label="Mitigation actions"
              rows={r.actions}
              rowName={(a) => a.title}
              columns={ACTION_COLUMNS}
              minWidth={560}
              empty={<Empty title="No mitigation actions yet" />}
              card={(a) => ({
                title: a.title,
                subtitle: a.dueOn ? `Due ${formatDay(a.dueOn)}` : undefined,
                aside: <ActionStatus action={a} />,
              })}
            />
          </SectionCard>
          <FormDialog dialog={editing} title="Edit risk">
            {() => <RiskForm partnerId={r.partnerId} risk={r} vendor={isVendor(user)} onDone={editing.close} />}
          </FormDialog>
          <FormDialog dialog={adding} title="Add a mitigation action">
            {() => <AddActionForm risk={r} onDone={adding.close} />}
          </FormDialog>
        </>
      )}
    </QueryState>
  );
}
