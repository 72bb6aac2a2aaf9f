import { Badge, Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type Column, DataTable } from '../../../ui/DataTable';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { formatAmount, MoneyText } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePrograms } from '../../programs/api';
import {
  type Earning,
  type IncentivePlan,
  type PlanBody,
  useCreatePlan,
  useEarnings,
  useEndPlan,
  usePlans,
  useReverseEarning,
} from '../api';
import { EarningsSummaryCards } from '../components/EarningsSummaryCards';

export const KIND_LABELS: Record<string, string> = {
  commission: 'Commission',
  rebate: 'Tiered rebate',
  spiff: 'SPIFF',
  revenue_share: 'Revenue share',
  referral: 'Referral commission',
  adjustment: 'Adjustment',
};
export const STATUS_LABELS: Record<string, string> = { pending: 'Pending', in_batch: 'In a payout batch', paid: 'Paid' };
const STATUS_COLORS: Record<string, string> = { pending: 'yellow', in_batch: 'blue', paid: 'green' };

const pct = (bps: number) => `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
const today = () => new Date().toISOString().slice(0, 10);

/** One line on what a plan pays. */
export function planTerms(plan: IncentivePlan): string {
  const c = plan.config as Record<string, unknown>;
  switch (plan.kind) {
    case 'commission': {
      const products = (c.productRates as { product: string; rateBps: number }[] | undefined) ?? [];
      return `${pct(Number(c.rateBps))} of credited revenue${products.length ? `; ${products.map((p) => `${p.product} ${pct(p.rateBps)}`).join(', ')}` : ''}`;
    }
    case 'revenue_share':
      return `${pct(Number(c.rateBps))} revenue share`;
    case 'spiff': {
      const conditions = [
        (c.products as string[] | undefined)?.length ? `with ${(c.products as string[]).join(' or ')}` : null,
        c.minDealAmount !== null && c.minDealAmount !== undefined
          ? `deals from ${formatAmount({ amount: Number(c.minDealAmount), currency: plan.currency })}`
          : null,
        c.newLogoOnly ? 'new logos only' : null,
      ].filter(Boolean);
      return `${formatAmount(c.bonus as { amount: number; currency: string })} per won deal${conditions.length ? ` (${conditions.join(', ')})` : ''}`;
    }
    case 'rebate': {
      const bands = (c.bands as { from: number; rateBps: number }[]) ?? [];
      const measure = c.measure === 'growth' ? 'growth' : 'volume';
      return `${c.period === 'year' ? 'Yearly' : 'Quarterly'} ${measure} rebate: ${bands
        .map(
          (b) =>
            `${measure === 'growth' ? `from ${pct(b.from)} growth` : `from ${formatAmount({ amount: b.from, currency: plan.currency })}`} → ${pct(b.rateBps)}`,
        )
        .join('; ')}`;
    }
  }
}

type PlanValues = {
  programId: string;
  kind: string;
  name: string;
  currency: string;
  effectiveFrom: string;
  effectiveTo: string;
  ratePercent: number | '';
  productRates: string;
  bonus: number | '';
  products: string;
  minDeal: number | '';
  newLogoOnly: boolean;
  measure: string;
  period: string;
  bands: string;
};

const toBps = (percent: number | '') => Math.round(Number(percent || 0) * 100);
const toMinor = (major: number | '') => Math.round(Number(major || 0) * 100);

function configOf(v: PlanValues): PlanBody['config'] {
  switch (v.kind) {
    case 'commission':
      return {
        kind: 'commission',
        rateBps: toBps(v.ratePercent),
        productRates: v.productRates
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => {
            const [product = '', rate = '0'] = l.split('=');
            return { product: product.trim(), rateBps: toBps(Number(rate.replace('%', '').trim())) };
          }),
      };
    case 'revenue_share':
      return { kind: 'revenue_share', rateBps: toBps(v.ratePercent) };
    case 'spiff':
      return {
        kind: 'spiff',
        bonus: { amount: toMinor(v.bonus), currency: v.currency },
        products: v.products
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
        minDealAmount: v.minDeal === '' ? null : toMinor(v.minDeal),
        newLogoOnly: v.newLogoOnly,
      };
    default:
      return {
        kind: 'rebate',
        measure: v.measure === 'growth' ? 'growth' : 'volume',
        period: v.period === 'year' ? 'year' : 'quarter',
        currency: v.currency,
        bands: v.bands
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .map((l) => {
            const [from = '0', rate = '0'] = l.split('=');
            const start = Number(from.replace('%', '').trim());
            return {
              from: v.measure === 'growth' ? toBps(start) : toMinor(start),
              rateBps: toBps(Number(rate.replace('%', '').trim())),
            };
          }),
      };
  }
}

function PlanForm({ onDone }: { onDone: () => void }) {
  const programs = usePrograms();
  const create = useCreatePlan();
  const form = useApiForm<PlanValues, IncentivePlan, PlanBody>({
    initialValues: {
      programId: '',
      kind: 'commission',
      name: '',
      currency: 'USD',
      effectiveFrom: today(),
      effectiveTo: '',
      ratePercent: 10,
      productRates: '',
      bonus: 500,
      products: '',
      minDeal: '',
      newLogoOnly: false,
      measure: 'volume',
      period: 'quarter',
      bands: '0 = 0\n250000 = 2\n1000000 = 3',
    },
    validate: { programId: (v) => (v ? null : 'Choose a program'), name: (v) => (v.trim() ? null : 'Name the plan') },
    mutation: create,
    toVariables: (v) => ({
      programId: v.programId,
      kind: v.kind as PlanBody['kind'],
      name: v.name.trim(),
      currency: v.currency.trim().toUpperCase(),
      config: configOf(v),
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo || null,
    }),
    success: (plan) => `Added ${plan.name}`,
    onSuccess: onDone,
  });
  const kind = form.values.kind;
  return (
    <Form form={form} submitLabel="Add plan" onCancel={onDone}>
      <Select
        label="Program"
        required
        data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        {...form.getInputProps('programId')}
      />
      <Select
        label="Kind"
        required
        allowDeselect={false}
        data={Object.entries(KIND_LABELS)
          .filter(([k]) => k !== 'adjustment' && k !== 'referral')
          .map(([value, label]) => ({ value, label }))}
        {...form.getInputProps('kind')}
      />
      <TextInput label="Name" required data-autofocus placeholder="Resale commission 2027" {...form.getInputProps('name')} />
      <Group grow>
        <TextInput label="Currency" description="Of bonuses and rebate bands" {...form.getInputProps('currency')} />
        <TextInput label="In force from" type="date" required {...form.getInputProps('effectiveFrom')} />
        <TextInput label="In force to" type="date" description="Empty: open-ended" {...form.getInputProps('effectiveTo')} />
      </Group>
      {(kind === 'commission' || kind === 'revenue_share') && (
        <NumberInput
          label="Rate (%)"
          description="Of the partner’s credited revenue"
          decimalScale={2}
          min={0}
          max={100}
          {...form.getInputProps('ratePercent')}
        />
      )}
      {kind === 'commission' && (
        <Textarea
          label="Rates by product"
          description="One per line: Product = rate %. The highest rate of a product on the deal applies."
          autosize
          minRows={2}
          {...form.getInputProps('productRates')}
        />
      )}
      {kind === 'spiff' && (
        <>
          <NumberInput
            label="Bonus per won deal"
            description={`In ${form.values.currency}`}
            decimalScale={2}
            min={0}
            {...form.getInputProps('bonus')}
          />
          <TextInput
            label="Qualifying products"
            description="Comma-separated; empty: any deal"
            {...form.getInputProps('products')}
          />
          <NumberInput
            label="Minimum deal size"
            description="Empty: any size"
            decimalScale={2}
            min={0}
            {...form.getInputProps('minDeal')}
          />
          <Checkbox
            label="New logos only (the customer’s first won deal)"
            {...form.getInputProps('newLogoOnly', { type: 'checkbox' })}
          />
        </>
      )}
      {kind === 'rebate' && (
        <>
          <Group grow>
            <Select
              label="Attainment"
              allowDeselect={false}
              data={[
                { value: 'volume', label: 'Volume' },
                { value: 'growth', label: 'Growth vs last year' },
              ]}
              {...form.getInputProps('measure')}
            />
            <Select
              label="Period"
              allowDeselect={false}
              data={[
                { value: 'quarter', label: 'Quarter' },
                { value: 'year', label: 'Year' },
              ]}
              {...form.getInputProps('period')}
            />
          </Group>
          <Textarea
            label="Bands"
            description="One per line: from (amount, or growth %) = rebate %. The reached band pays on the whole period; it is trued up as attainment moves and paid after the period ends."
            autosize
            minRows={3}
            {...form.getInputProps('bands')}
          />
        </>
      )}
    </Form>
  );
}

function Plans() {
  const user = useCurrentUser();
  const plans = usePlans();
  const end = useEndPlan();
  const dialog = useDialog();
  const columns: Column<IncentivePlan>[] = [
    { key: 'program', header: 'Program', cell: (p) => p.programName },
    { key: 'kind', header: 'Kind', nowrap: true, cell: (p) => KIND_LABELS[p.kind] },
    { key: 'name', header: 'Plan', cell: (p) => p.name },
    { key: 'terms', header: 'Terms', cell: (p) => <Text size="sm">{planTerms(p)}</Text> },
    {
      key: 'dates',
      header: 'In force',
      nowrap: true,
      cell: (p) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">
            {formatDate(p.effectiveFrom)} – {p.effectiveTo ? formatDate(p.effectiveTo) : 'open'}
          </Text>
          {p.inForce && (
            <Badge size="sm" color="green" variant="light">
              In force
            </Badge>
          )}
        </Group>
      ),
    },
  ];
  return (
    <SectionCard
      title="Incentive plans"
      label="Incentive plans"
      description="Per program: commission, tiered rebates, SPIFFs and revenue share. The version in force at a deal’s close date pays; versions never overlap."
      action={
        mayApp(user, 'editIncentivePlans') ? (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => dialog.open()}>
            New plan
          </Button>
        ) : null
      }
    >
      <QueryState query={plans}>
        {(rows) => (
          <DataTable
            label="Incentive plans"
            rows={rows}
            rowName={(p) => p.name}
            columns={columns}
            minWidth={800}
            card={(p) => ({ title: p.name, subtitle: `${p.programName} · ${planTerms(p)}` })}
            actions={(p) => [
              {
                label: 'End today',
                allowed: p.can.edit && (p.effectiveTo === null || p.effectiveTo > today()),
                onClick: () => end.run({ id: p.id, effectiveTo: today() }, { success: `${p.name} ends today` }),
              },
            ]}
            empty={<Empty title="No incentive plans yet." />}
          />
        )}
      </QueryState>
      <FormDialog dialog={dialog} title="New incentive plan">
        {() => <PlanForm onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

export function EarningsTable({
  rows,
  vendor,
  onReverse,
}: {
  rows: readonly Earning[];
  vendor: boolean;
  onReverse?: (e: Earning) => void;
}) {
  const columns: Column<Earning>[] = [
    { key: 'close', header: 'Closed', nowrap: true, cell: (e) => formatDate(e.closeDate) },
    ...(vendor ? [{ key: 'partner', header: 'Partner', cell: (e: Earning) => e.partnerName }] : []),
    { key: 'deal', header: 'Deal', cell: (e) => (e.dealNumber ? `${e.dealNumber} ${e.dealTitle}` : e.dealTitle || '—') },
    { key: 'kind', header: 'Kind', nowrap: true, cell: (e) => KIND_LABELS[e.kind] },
    {
      key: 'rule',
      header: 'Plan and rule',
      cell: (e) => <Text size="sm">{[e.planName, e.rule].filter(Boolean).join(' — ')}</Text>,
    },
    { key: 'amount', header: 'Amount', nowrap: true, cell: (e) => <MoneyText value={e.amount} /> },
    { key: 'payable', header: 'Payable', nowrap: true, cell: (e) => formatDate(e.payableOn) },
    {
      key: 'status',
      header: 'Status',
      nowrap: true,
      cell: (e) => (
        <Badge variant="light" color={STATUS_COLORS[e.status]}>
          {STATUS_LABELS[e.status]}
        </Badge>
      ),
    },
  ];
  return (
    <DataTable
      label="Earnings ledger"
      rows={rows}
      rowName={(e) => `${e.dealNumber || e.dealTitle || 'adjustment'} ${KIND_LABELS[e.kind]}`}
      columns={columns}
      minWidth={900}
      card={(e) => ({ title: formatAmount(e.amount), subtitle: `${e.dealNumber} ${e.rule}`, aside: STATUS_LABELS[e.status] })}
      actions={
        onReverse
          ? (e) => [{ label: 'Reverse (refund or cancellation)', allowed: e.can.reverse, onClick: () => onReverse(e) }]
          : undefined
      }
      empty={<Empty title="No earnings yet." />}
    />
  );
}

function Ledger() {
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const earnings = useEarnings({ kind: kind ?? undefined, status: status ?? undefined });
  const reverse = useReverseEarning();
  const dialog = useDialog<Earning>();
  const [reason, setReason] = useState('');
  return (
    <SectionCard
      title="Earnings ledger"
      label="Earnings ledger"
      description="Every accrual from won deals, approved referral commission, rebate true-up, reversal and adjustment — in the deal’s currency, traceable to its deal, plan and rule."
    >
      <Stack>
        <Group>
          <Select
            label="Kind"
            placeholder="Any"
            clearable
            data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={setKind}
          />
          <Select
            label="Status"
            placeholder="Any"
            clearable
            data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
            value={status}
            onChange={setStatus}
          />
        </Group>
        <QueryState query={earnings}>
          {(page) => <EarningsTable rows={page.data} vendor onReverse={(e) => dialog.open(e)} />}
        </QueryState>
      </Stack>
      <FormDialog dialog={dialog} title="Reverse an earning">
        {(target) => (
          <Stack>
            <Text size="sm">
              A negative entry of {target ? formatAmount({ ...target.amount, amount: -target.amount.amount }) : ''} linked to this
              one; if it was paid, the next payout claws it back.
            </Text>
            <TextInput label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={dialog.close}>
                Cancel
              </Button>
              <Button
                color="red"
                loading={reverse.isPending}
                onClick={() =>
                  target &&
                  reverse.run(
                    { id: target.id, reason: reason.trim() },
                    {
                      success: 'Reversed',
                      onSuccess: () => {
                        setReason('');
                        dialog.close();
                      },
                    },
                  )
                }
              >
                Reverse
              </Button>
            </Group>
          </Stack>
        )}
      </FormDialog>
    </SectionCard>
  );
}

export function IncentivesPage() {
  return (
    <Stack>
      <PageHeader title="Incentives" description="Plans per program, and what partners have earned from won deals." />
      <SimpleGrid cols={1}>
        <EarningsSummaryCards partnerId={null} />
      </SimpleGrid>
      <Plans />
      <Ledger />
    </Stack>
  );
}
