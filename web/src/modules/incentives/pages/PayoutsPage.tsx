import { Badge, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import {
  type BatchBody,
  type PayoutBatch,
  type PayoutBatchDetail,
  useApproveBatch,
  useBatch,
  useBatches,
  useCancelBatch,
  useCreateBatch,
  useIncentiveSettings,
  useMarkPaid,
  useSaveIncentiveSettings,
} from '../api';

const STATUS_COLORS: Record<string, string> = { draft: 'yellow', approved: 'blue', paid: 'green', cancelled: 'gray' };
const STATUS_LABELS: Record<string, string> = {
  draft: 'Awaiting approval',
  approved: 'Approved',
  paid: 'Paid',
  cancelled: 'Cancelled',
};
const today = () => new Date().toISOString().slice(0, 10);

function BatchForm({ onDone }: { onDone: () => void }) {
  const create = useCreateBatch();
  const form = useApiForm<{ periodEnd: string; payDate: string; note: string }, PayoutBatchDetail, BatchBody>({
    initialValues: { periodEnd: today(), payDate: today(), note: '' },
    mutation: create,
    toVariables: (v) => ({ periodEnd: v.periodEnd, payDate: v.payDate, note: v.note.trim() || undefined }),
    success: (b) => `Made ${b.number}: ${b.totals.map(formatAmount).join(' + ') || 'nothing to pay'}`,
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel="Make batch" onCancel={onDone}>
      <Text size="sm" c="dimmed">
        Collects every accrued, unpaid earning payable by the period end, netted per partner and currency. Partners a compliance
        item blocks are held.
      </Text>
      <TextInput label="Period end" type="date" required data-autofocus {...form.getInputProps('periodEnd')} />
      <TextInput label="Pay date" type="date" required {...form.getInputProps('payDate')} />
      <TextInput label="Note" {...form.getInputProps('note')} />
    </Form>
  );
}

function Lines({ id }: { id: string }) {
  const batch = useBatch(id);
  return (
    <QueryState query={batch}>
      {(b) =>
        b.lines.length === 0 ? (
          <Empty title="Nothing to pay in this batch." />
        ) : (
          <Table aria-label={`Lines of ${b.number}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Entries</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {b.lines.map((l) => (
                <Table.Tr key={`${l.partnerId}-${l.currency}`}>
                  <Table.Td>{l.partnerName}</Table.Td>
                  <Table.Td>{formatAmount({ amount: l.amount, currency: l.currency })}</Table.Td>
                  <Table.Td>{l.entryCount}</Table.Td>
                  <Table.Td>{l.held ? <Badge color="red" variant="light">{`Held: ${l.heldReason}`}</Badge> : null}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryState>
  );
}

function Settings() {
  const settings = useIncentiveSettings();
  const save = useSaveIncentiveSettings();
  const [threshold, setThreshold] = useState<number | ''>('');
  return (
    <QueryState query={settings}>
      {(s) => (
        <SectionCard
          title="Approval"
          label="Payout settings"
          description={`Batches above ${formatAmount(s.approvalThreshold)} need two different approvers; nobody approves a batch they made.`}
        >
          {s.can.edit && (
            <Group align="end">
              <NumberInput
                label={`Two-approver threshold (${s.approvalThreshold.currency})`}
                placeholder={String(s.approvalThreshold.amount / 100)}
                value={threshold}
                onChange={(v) => setThreshold(typeof v === 'number' ? v : '')}
                decimalScale={2}
                min={0}
              />
              <Button
                variant="default"
                disabled={threshold === ''}
                loading={save.isPending}
                onClick={() =>
                  save.run(
                    {
                      approvalThreshold: { amount: Math.round(Number(threshold) * 100), currency: s.approvalThreshold.currency },
                    },
                    { success: 'Saved the threshold', onSuccess: () => setThreshold('') },
                  )
                }
              >
                Save
              </Button>
            </Group>
          )}
        </SectionCard>
      )}
    </QueryState>
  );
}

export function PayoutsPage() {
  const user = useCurrentUser();
  const batches = useBatches();
  const approve = useApproveBatch();
  const pay = useMarkPaid();
  const cancel = useCancelBatch();
  const makeDialog = useDialog();
  const linesDialog = useDialog<PayoutBatch>();
  const payDialog = useDialog<PayoutBatch>();
  const [reference, setReference] = useState('');
  const columns: Column<PayoutBatch>[] = [
    { key: 'number', header: 'Batch', nowrap: true, cell: (b) => b.number },
    { key: 'period', header: 'Period end', nowrap: true, cell: (b) => formatDate(b.periodEnd) },
    { key: 'pay', header: 'Pay date', nowrap: true, cell: (b) => formatDate(b.payDate) },
    { key: 'total', header: 'Total', cell: (b) => b.totals.map(formatAmount).join(' + ') || '—' },
    { key: 'partners', header: 'Partners', cell: (b) => `${b.partners}${b.held ? ` (+${b.held} held)` : ''}` },
    {
      key: 'approvals',
      header: 'Approvals',
      cell: (b) =>
        `${b.approvals.length} of ${b.approvalsRequired}${b.approvals.length ? `: ${b.approvals.map((a) => a.name).join(', ')}` : ''}`,
    },
    {
      key: 'status',
      header: 'Status',
      nowrap: true,
      cell: (b) => (
        <Badge variant="light" color={STATUS_COLORS[b.status]}>
          {STATUS_LABELS[b.status]}
        </Badge>
      ),
    },
  ];
  return (
    <Stack>
      <PageHeader
        title="Payouts"
        description="Payout batches per period: made by finance, approved by someone else (two people above the threshold), paid once."
        actions={
          mayApp(user, 'managePayouts') ? (
            <Button leftSection={<IconPlus size={16} />} onClick={() => makeDialog.open()}>
              New payout batch
            </Button>
          ) : null
        }
      />
      <Settings />
      <SectionCard title="Payout batches" label="Payout batches">
        <QueryState query={batches}>
          {(rows) => (
            <DataTable
              label="Payout batches"
              rows={rows}
              rowName={(b) => b.number}
              columns={columns}
              minWidth={900}
              actionsVariant="buttons"
              card={(b) => ({
                title: b.number,
                subtitle: b.totals.map(formatAmount).join(' + '),
                aside: STATUS_LABELS[b.status],
              })}
              actions={(b) => [
                { label: 'Lines', onClick: () => linesDialog.open(b) },
                {
                  label: 'Approve',
                  allowed: b.can.approve,
                  loading: approve.isPending,
                  onClick: () =>
                    approve.run(b.id, {
                      success: (after) =>
                        after.status === 'approved'
                          ? `Approved ${b.number}`
                          : `Approval recorded: ${b.number} needs a second approver`,
                    }),
                },
                { label: 'Mark paid', allowed: b.can.markPaid, onClick: () => payDialog.open(b) },
                {
                  label: 'Cancel',
                  allowed: b.can.cancel,
                  color: 'red',
                  onClick: () => cancel.run(b.id, { success: `Cancelled ${b.number}` }),
                },
              ]}
              empty={<Empty title="No payout batches yet." />}
            />
          )}
        </QueryState>
      </SectionCard>
      <FormDialog dialog={makeDialog} title="New payout batch">
        {() => <BatchForm onDone={makeDialog.close} />}
      </FormDialog>
      <FormDialog dialog={linesDialog} title="Batch lines">
        {(b) => (b ? <Lines id={b.id} /> : null)}
      </FormDialog>
      <FormDialog dialog={payDialog} title="Mark paid">
        {(b) =>
          b ? (
            <Stack>
              <Text size="sm">
                Record {b.number} ({b.totals.map(formatAmount).join(' + ')}) as paid. Recording it again changes nothing.
              </Text>
              <TextInput
                label="Payment reference"
                value={reference}
                onChange={(e) => setReference(e.currentTarget.value)}
                data-autofocus
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={payDialog.close}>
                  Cancel
                </Button>
                <Button
                  loading={pay.isPending}
                  onClick={() =>
                    pay.run(
                      { id: b.id, paymentReference: reference.trim() },
                      {
                        success: `Paid ${b.number}`,
                        onSuccess: () => {
                          setReference('');
                          payDialog.close();
                        },
                      },
                    )
                  }
                >
                  Mark paid
                </Button>
              </Group>
            </Stack>
          ) : null
        }
      </FormDialog>
    </Stack>
  );
}
