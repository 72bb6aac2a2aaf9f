import { BarChart } from '@mantine/charts';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog, FormDialog, useDialog } from '../../../ui/dialogs';
import { ExportMenu } from '../../../ui/ExportMenu';
import { Form } from '../../../ui/Form';
import { useApiForm } from '../../../ui/forms';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS } from '../../../ui/labels';
import { formatAmount, type Money, MoneyInput, MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePrograms } from '../../programs/api';
import { type CostBody, type CostEntry, type RoiGroup, useCostEntries, useDeleteCost, useRoi, useSaveCost } from '../api';
import { major } from '../components/format';

type CostValues = {
  onDate: string;
  target: 'segment' | 'program' | 'partner';
  segment: string;
  programId: string;
  partnerId: string;
  category: CostBody['category'];
  amount: Money | null;
  note: string;
};

function valuesOf(entry: CostEntry | null): CostValues {
  if (!entry)
    return {
      onDate: new Date().toISOString().slice(0, 10),
      target: 'segment',
      segment: '',
      programId: '',
      partnerId: '',
      category: 'events',
      amount: null,
      note: '',
    };
  return {
    onDate: entry.onDate,
    target: entry.partnerId ? 'partner' : entry.programId ? 'program' : 'segment',
    segment: entry.segment ?? '',
    programId: entry.programId ?? '',
    partnerId: entry.partnerId ?? '',
    category: entry.category,
    amount: entry.amount,
    note: entry.note,
  };
}

/** The body both POST and PATCH take: the chosen target set, the other two cleared. */
function bodyOf(v: CostValues): CostBody {
  return {
    onDate: v.onDate,
    category: v.category,
    amount: v.amount as Money,
    note: v.note,
    partnerId: v.target === 'partner' ? v.partnerId : null,
    programId: v.target === 'program' ? v.programId : null,
    segment: v.target === 'segment' ? v.segment : null,
  };
}

/** A new cost entry, or an edit of `entry` (PATCH with every field, so a change of target clears the old one). */
function CostForm({ entry, onDone }: { entry: CostEntry | null; onDone: () => void }) {
  const save = useSaveCost(entry?.id ?? null);
  const programs = usePrograms();
  const form = useApiForm({
    initialValues: valuesOf(entry),
    validate: { amount: (v: Money | null) => (v && v.amount > 0 ? null : 'Enter an amount') },
    mutation: save,
    toVariables: bodyOf,
    success: () => (entry ? 'Cost updated' : 'Cost recorded'),
    onSuccess: onDone,
  });
  const target = form.values.target;
  return (
    <Form form={form} submitLabel={entry ? 'Save cost' : 'Record cost'} onCancel={onDone}>
      <Group grow>
        <TextInput label="Date" type="date" required {...form.getInputProps('onDate')} />
        <Select
          label="Category"
          required
          data={Object.entries(LABELS.costCategory).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('category')}
        />
      </Group>
      <SegmentedControl
        data={[
          { value: 'segment', label: 'Segment' },
          { value: 'program', label: 'Program' },
          { value: 'partner', label: 'Partner' },
        ]}
        {...form.getInputProps('target')}
      />
      {target === 'segment' && <TextInput label="Segment" required placeholder="Enterprise" {...form.getInputProps('segment')} />}
      {target === 'program' && (
        <Select
          label="Program"
          required
          data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          {...form.getInputProps('programId')}
        />
      )}
      {target === 'partner' && <TextInput label="Partner id" required {...form.getInputProps('partnerId')} />}
      <MoneyInput
        label="Amount"
        required
        defaultCurrency="USD"
        currencyEditable
        value={form.values.amount}
        onChange={(v) => form.setFieldValue('amount', v)}
        error={form.errors.amount}
      />
      <Textarea label="Note" {...form.getInputProps('note')} />
    </Form>
  );
}

const SPEND_LABELS: Record<string, string> = { mdf: 'MDF paid', incentives: 'Incentives paid' };

function RoiBadge({ roi, label }: { roi: number | null; label: string }) {
  return (
    <Badge variant="light" color={roi === null ? 'gray' : roi >= 0 ? 'teal' : 'red'}>
      {label}
    </Badge>
  );
}

export function RoiPage() {
  const user = useCurrentUser();
  const [groupBy, setGroupBy] = useState<RoiGroup>('partner');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const roi = useRoi(groupBy, from, to);
  const costs = useCostEntries();
  const adding = useDialog<CostEntry>();
  const removing = useDialog<CostEntry>();
  const remove = useDeleteCost();
  const keeper = mayApp(user, 'manageCosts');
  return (
    <>
      <PageHeader
        title="Ecosystem ROI"
        description="Spend — MDF paid, incentives paid, enablement and other cost entries — against the partners' credited revenue by the default attribution model, by quarter. ROI = (revenue − spend) ÷ spend."
        actions={
          <Group gap="xs">
            <ImportButton kind="cost-entries" allowed={mayApp(user, 'import:cost-entries')} />
            {keeper && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => adding.open(null)}>
                New cost
              </Button>
            )}
          </Group>
        }
      />
      <SectionCard title="ROI">
        <Group mb="sm" align="flex-end">
          <SegmentedControl
            aria-label="Group by"
            value={groupBy}
            onChange={(v) => setGroupBy(v as RoiGroup)}
            data={[
              { value: 'partner', label: 'Per partner' },
              { value: 'program', label: 'Per program' },
              { value: 'segment', label: 'Per segment' },
            ]}
          />
          <TextInput label="From" type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput label="To" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
        <QueryState query={roi}>
          {(r) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" data-testid="roi-measure">
                Revenue is credited revenue by the {r.modelLabel} attribution model, the organisation's default (
                <Anchor component={Link} to="/attribution">
                  see attribution
                </Anchor>
                ), of deals won {r.from} to {r.to}, in {r.currency} at each close date.
                {r.unconverted > 0 && ` ${r.unconverted} spend item(s) had no exchange rate and are left out.`}
                {r.unconvertedDeals > 0 &&
                  ` ${r.unconvertedDeals} won deal(s) had no exchange rate at their close date and are left out.`}
              </Text>
              <Group>
                <Text fw={600}>Total:</Text>
                <Text>
                  spend <MoneyText value={r.total.spend} />, revenue <MoneyText value={r.total.revenue} />
                </Text>
                <RoiBadge roi={r.total.roi} label={r.total.roiLabel} />
              </Group>
              {r.groups.length === 0 ? (
                <Empty
                  title="No spend or revenue in this range"
                  description="Paid MDF, paid incentives and cost entries show here."
                />
              ) : (
                <>
                  <BarChart
                    h={260}
                    data={r.groups
                      .slice(0, 12)
                      .map((g) => ({ name: g.name, Spend: major(g.spend.amount), Revenue: major(g.revenue.amount) }))}
                    dataKey="name"
                    series={[
                      { name: 'Spend', color: 'red.5' },
                      { name: 'Revenue', color: 'teal.6' },
                    ]}
                  />
                  <Table striped data-testid="roi-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{groupBy === 'partner' ? 'Partner' : groupBy === 'program' ? 'Program' : 'Segment'}</Table.Th>
                        <Table.Th>Quarters</Table.Th>
                        <Table.Th ta="right">Spend</Table.Th>
                        <Table.Th ta="right">Revenue</Table.Th>
                        <Table.Th ta="right">ROI</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {r.groups.map((g) => (
                        <Table.Tr key={g.key ?? 'none'}>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {g.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {Object.entries(g.spendBy)
                                .filter(([, v]) => v > 0)
                                .map(
                                  ([k, v]) =>
                                    `${SPEND_LABELS[k] ?? LABELS.costCategory[k as CostBody['category']] ?? k} ${formatAmount({ amount: v, currency: r.currency })}`,
                                )
                                .join(' · ')}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs">{g.quarters.map((q) => `${q.quarter}: ${q.roiLabel}`).join(' · ')}</Text>
                          </Table.Td>
                          <Table.Td ta="right">
                            <MoneyText value={g.spend} />
                          </Table.Td>
                          <Table.Td ta="right">
                            <MoneyText value={g.revenue} />
                          </Table.Td>
                          <Table.Td ta="right">
                            <RoiBadge roi={g.roi} label={g.roiLabel} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </>
              )}
            </Stack>
          )}
        </QueryState>
      </SectionCard>
      <SectionCard
        title="Cost entries"
        description="Enablement, events, people, tools and other costs on a partner, a program or a segment."
        action={<ExportMenu path="/api/v1/cost-entries" />}
      >
        <QueryState query={costs}>
          {(list) =>
            list.length === 0 ? (
              <Empty title="No cost entries yet" description="Record event, enablement and other costs to see them in the ROI." />
            ) : (
              <Table striped>
                <Table.Tbody>
                  {list.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.onDate}</Table.Td>
                      <Table.Td>{LABELS.costCategory[c.category]}</Table.Td>
                      <Table.Td>{c.partnerName ?? c.programName ?? c.segment}</Table.Td>
                      <Table.Td>{c.note}</Table.Td>
                      <Table.Td ta="right">
                        <MoneyText value={c.amount} />
                      </Table.Td>
                      <Table.Td w={80}>
                        <Group gap={4} wrap="nowrap" justify="flex-end">
                          {c.can.edit && (
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Edit the cost of ${c.onDate}`}
                              onClick={() => adding.open(c)}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          )}
                          {c.can.delete && (
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`Delete the cost of ${c.onDate}`}
                              onClick={() => removing.open(c)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </SectionCard>
      <FormDialog dialog={adding} title={(c) => (c ? `Edit the cost of ${c.onDate}` : 'New cost entry')}>
        {(c) => <CostForm entry={c} onDone={adding.close} />}
      </FormDialog>
      <ConfirmDialog
        dialog={removing}
        title={(c) => `Delete the cost of ${c.onDate}?`}
        confirmLabel="Delete cost"
        mutation={remove}
        variables={(c) => c.id}
        success={() => 'Cost deleted'}
      >
        {(c) =>
          `${LABELS.costCategory[c.category]} ${formatAmount(c.amount)} on ${c.partnerName ?? c.programName ?? c.segment} leaves the ROI spend. The audit log keeps the entry.`
        }
      </ConfirmDialog>
    </>
  );
}
