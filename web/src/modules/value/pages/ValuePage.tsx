import { BarChart } from '@mantine/charts';
import {
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { Form } from '../../../ui/Form';
import { formatDate } from '../../../ui/format';
import { useApiForm } from '../../../ui/forms';
import { formatAmount, MoneyInput } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { ShowOnce } from '../../../ui/ShowOnce';
import { Empty, QueryState } from '../../../ui/States';
import { useCurrentUser } from '../../auth/session';
import {
  type CalculatorResult,
  type SimulationBody,
  type SimulationResult,
  useCalculate,
  useCreateSession,
  useCreateSimulation,
  useCurrentProposition,
  usePreviewSimulation,
  usePropositions,
  usePublishProposition,
  useRevokeShare,
  useSaveProposition,
  useSessions,
  useShareSession,
  useSimulations,
  useWithdrawProposition,
  type ValueProposition,
  type ValueSession,
} from '../api';
import { UsedIn } from '../components/UsedIn';

type Money = { amount: number; currency: string };
const STATUS_COLORS: Record<string, string> = { draft: 'yellow', published: 'green', superseded: 'gray', withdrawn: 'gray' };
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const percentOf = (bp: number) => `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;

type PropositionValues = {
  title: string;
  outcome: string;
  targetCustomer: string;
  how: string;
  differentiators: string;
  proofPoints: string;
  sizeUnit: string;
  improvements: string;
  oneTime: Money | null;
  recurring: Money | null;
};

function valuesOf(p: ValueProposition | null): PropositionValues {
  return {
    title: p?.title ?? '',
    outcome: p?.outcome ?? '',
    targetCustomer: p?.targetCustomer ?? '',
    how: p?.how ?? '',
    differentiators: (p?.differentiators ?? []).join('\n'),
    proofPoints: (p?.proofPoints ?? []).join('\n'),
    sizeUnit: p?.calculator.sizeUnit ?? 'sites',
    improvements: (p?.calculator.improvements ?? []).map((i) => `${i.label} | ${i.defaultBp / 100}`).join('\n'),
    oneTime: p ? { amount: p.calculator.oneTimeCostPerUnit, currency: p.calculator.currency } : null,
    recurring: p ? { amount: p.calculator.recurringCostPerUnit, currency: p.calculator.currency } : null,
  };
}

function keyOf(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'improvement'
  );
}

function bodyOf(v: PropositionValues) {
  const currency = v.oneTime?.currency ?? v.recurring?.currency ?? 'EUR';
  return {
    title: v.title,
    outcome: v.outcome,
    targetCustomer: v.targetCustomer,
    how: v.how,
    differentiators: lines(v.differentiators),
    proofPoints: lines(v.proofPoints),
    calculator: {
      currency,
      sizeUnit: v.sizeUnit,
      improvements: lines(v.improvements).map((line) => {
        const [label = line, pct = '0'] = line.split('|').map((s) => s.trim());
        return { key: keyOf(label), label, defaultBp: Math.round(Number.parseFloat(pct.replace(',', '.')) * 100) || 0 };
      }),
      oneTimeCostPerUnit: v.oneTime?.amount ?? 0,
      recurringCostPerUnit: v.recurring?.amount ?? 0,
    },
  };
}

function PropositionForm({
  partnerId,
  draft,
  start,
  onDone,
}: {
  partnerId: string;
  draft: ValueProposition | null;
  start: ValueProposition | null;
  onDone: () => void;
}) {
  const save = useSaveProposition(partnerId, draft?.id ?? null);
  const form = useApiForm({
    initialValues: valuesOf(draft ?? start),
    mutation: save,
    toVariables: bodyOf,
    success: () => (draft ? 'Draft saved' : 'Draft proposed'),
    onSuccess: onDone,
  });
  return (
    <Form form={form} submitLabel={draft ? 'Save draft' : 'Propose draft'} onCancel={onDone}>
      <TextInput label="Title" required {...form.getInputProps('title')} />
      <Textarea
        label="Outcome (enable …)"
        description="The business outcome the joint solution brings"
        required
        autosize
        {...form.getInputProps('outcome')}
      />
      <TextInput label="Target customer (for …)" required {...form.getInputProps('targetCustomer')} />
      <Textarea label="How (by …)" required autosize {...form.getInputProps('how')} />
      <Textarea label="Differentiators" description="One per line" autosize {...form.getInputProps('differentiators')} />
      <Textarea
        label="Proof points"
        description="One per line: references, pilots, numbers"
        autosize
        {...form.getInputProps('proofPoints')}
      />
      <TextInput
        label="Customer size counts"
        description="clinics, beds, employees…"
        required
        {...form.getInputProps('sizeUnit')}
      />
      <Textarea
        label="Expected improvements"
        description="One per line: label | default percent of the current annual cost saved"
        autosize
        {...form.getInputProps('improvements')}
      />
      <MoneyInput
        label="One-time cost per unit"
        defaultCurrency="EUR"
        value={form.values.oneTime}
        onChange={(v) => form.setFieldValue('oneTime', v)}
        error={form.errors['calculator.oneTimeCostPerUnit'] ?? form.errors['calculator.currency']}
      />
      <MoneyInput
        label="Recurring cost per unit and year"
        defaultCurrency="EUR"
        value={form.values.recurring}
        onChange={(v) => form.setFieldValue('recurring', v)}
        error={form.errors['calculator.recurringCostPerUnit']}
      />
    </Form>
  );
}

function ResultView({ result }: { result: CalculatorResult }) {
  return (
    <Stack gap="xs" aria-label="Calculator result">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Stat label="ROI (3 years)" value={result.roiPercent === null ? '—' : `${result.roiPercent} %`} />
        <Stat label="Payback" value={result.paybackMonths === null ? 'Never' : `${result.paybackMonths} months`} />
        <Stat label="3-year net benefit" value={formatAmount(result.threeYearNetBenefit)} />
        <Stat label="Annual benefit" value={formatAmount(result.annualBenefit)} />
      </SimpleGrid>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Year</Table.Th>
            <Table.Th>Benefit</Table.Th>
            <Table.Th>Cost</Table.Th>
            <Table.Th>Cumulative net</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.years.map((y) => (
            <Table.Tr key={y.year}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td>{formatAmount(y.benefit)}</Table.Td>
              <Table.Td>{formatAmount(y.cost)}</Table.Td>
              <Table.Td>{formatAmount(y.cumulativeNet)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </div>
  );
}

function Calculator({ proposition }: { proposition: ValueProposition }) {
  const model = proposition.calculator;
  const [customerName, setCustomerName] = useState('');
  const [size, setSize] = useState<number | string>(10);
  const [cost, setCost] = useState<Money | null>({ amount: 0, currency: model.currency });
  const [pcts, setPcts] = useState<Record<string, number | string>>(
    Object.fromEntries(model.improvements.map((i) => [i.key, i.defaultBp / 100])),
  );
  const [result, setResult] = useState<CalculatorResult | null>(null);
  const calculate = useCalculate();
  const save = useCreateSession();
  const inputs = () => ({
    customerSize: Number(size) || 0,
    currentAnnualCost: cost ?? { amount: 0, currency: model.currency },
    improvements: model.improvements.map((i) => ({ key: i.key, bp: Math.round(Number(pcts[i.key] ?? 0) * 100) })),
  });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Customer" value={customerName} onChange={(e) => setCustomerName(e.currentTarget.value)} />
        <NumberInput label={`Customer size (${model.sizeUnit})`} min={1} value={size} onChange={setSize} />
        <MoneyInput
          label="Current annual cost"
          value={cost}
          onChange={setCost}
          defaultCurrency={model.currency}
          currencyEditable={false}
        />
        {model.improvements.map((i) => (
          <NumberInput
            key={i.key}
            label={`${i.label} (%)`}
            min={0}
            max={100}
            decimalScale={2}
            value={pcts[i.key]}
            onChange={(v) => setPcts((p) => ({ ...p, [i.key]: v }))}
          />
        ))}
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={() => calculate.run({ id: proposition.id, inputs: inputs() }, { onSuccess: setResult })}>
          Calculate
        </Button>
        {proposition.can.runSession && (
          <Button
            disabled={!customerName.trim()}
            onClick={() =>
              save.run(
                { id: proposition.id, customerName, inputs: inputs() },
                { success: `Session for ${customerName} saved`, onSuccess: (s) => setResult(s.result) },
              )
            }
          >
            Save session
          </Button>
        )}
      </Group>
      {result && <ResultView result={result} />}
    </Stack>
  );
}

function Sessions({ partnerId }: { partnerId: string }) {
  const sessions = useSessions(partnerId);
  const share = useShareSession();
  const revoke = useRevokeShare();
  const [link, setLink] = useState<string | null>(null);
  return (
    <QueryState query={sessions}>
      {(rows) =>
        rows.length === 0 ? (
          <Empty title="No sessions yet" description="Run the calculator with a customer and save it." />
        ) : (
          <Stack>
            {link && (
              <ShowOnce value={link} title="Shared page link" noun="link" testId="share-link" onDone={() => setLink(null)}>
                This is the only time the link is shown. Send it to the customer; it opens a read-only page without sign-in.
              </ShowOnce>
            )}
            <Table.ScrollContainer minWidth={640}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Customer</Table.Th>
                    <Table.Th>Run by</Table.Th>
                    <Table.Th>ROI</Table.Th>
                    <Table.Th>Payback</Table.Th>
                    <Table.Th>Shared page</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((s: ValueSession) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>
                        {s.customerName}
                        <Text size="xs" c="dimmed">
                          {formatDate(s.createdAt)}
                        </Text>
                      </Table.Td>
                      <Table.Td>{s.createdBy?.name ?? '—'}</Table.Td>
                      <Table.Td>{s.result.roiPercent === null ? '—' : `${s.result.roiPercent} %`}</Table.Td>
                      <Table.Td>{s.result.paybackMonths === null ? 'Never' : `${s.result.paybackMonths} months`}</Table.Td>
                      <Table.Td>
                        <Badge color={s.share.state === 'active' ? 'green' : 'gray'} variant="light">
                          {s.share.state === 'active' ? `Active, ${s.share.views} views` : s.share.state}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {s.can.share && (
                          <Group gap="xs" justify="flex-end">
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() =>
                                share.run(
                                  { id: s.id, expiresInDays: 30 },
                                  { success: 'Link made', onSuccess: (r) => setLink(`${window.location.origin}${r.path}`) },
                                )
                              }
                            >
                              Share page
                            </Button>
                            {s.share.state === 'active' && (
                              <Button
                                size="xs"
                                variant="subtle"
                                color="red"
                                onClick={() => revoke.run({ id: s.id }, { success: 'Link revoked' })}
                              >
                                Revoke
                              </Button>
                            )}
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )
      }
    </QueryState>
  );
}

const MECHANISMS = [
  { value: 'remainder', label: 'Keeps the remainder' },
  { value: 'revenue_share', label: 'Revenue share (%)' },
  { value: 'subscription_share', label: 'Subscription share (%)' },
  { value: 'hardware_margin', label: 'Hardware margin per unit' },
  { value: 'per_event_fee', label: 'Fee per event' },
];

type Mech = SimulationBody['parties'][number]['mechanisms'][number];

function mechanismOf(kind: string, param: number): Mech {
  switch (kind) {
    case 'revenue_share':
      return { kind, shareBp: Math.round(param * 100) };
    case 'subscription_share':
      return { kind, shareBp: Math.round(param * 100) };
    case 'hardware_margin':
      return { kind, marginPerUnit: Math.round(param * 100) };
    case 'per_event_fee':
      return { kind, feePerEvent: Math.round(param * 100) };
    default:
      return { kind: 'remainder' };
  }
}

const VERDICT: Record<string, { label: string; color: string }> = {
  balanced: { label: 'Balanced against investment', color: 'green' },
  favours_vendor: { label: 'Favours the vendor', color: 'orange' },
  favours_partner: { label: 'Favours the partner', color: 'orange' },
  unknown: { label: 'Investment not known', color: 'gray' },
};

function SimulationResultView({ result }: { result: SimulationResult }) {
  const data = result.scenarios.map((s) => ({
    scenario: `${s.priceBp / 100}% × ${s.volume}`,
    Vendor: s.earnings.vendor.amount / 100,
    Partner: s.earnings.partner.amount / 100,
  }));
  const f = result.fairness;
  return (
    <Stack gap="xs" aria-label="Simulation result">
      <Group>
        <Badge color={VERDICT[f.verdict]?.color} variant="light">
          {VERDICT[f.verdict]?.label}
        </Badge>
        {f.earningsShareBp.partner !== null && (
          <Text size="sm">
            Partner earns {percentOf(f.earningsShareBp.partner)}
            {f.investmentShareBp.partner !== null && ` and invests ${percentOf(f.investmentShareBp.partner)}`}
          </Text>
        )}
      </Group>
      <BarChart
        h={260}
        data={data}
        dataKey="scenario"
        series={[
          { name: 'Vendor', color: 'blue.6' },
          { name: 'Partner', color: 'teal.6' },
        ]}
      />
      <Text size="xs" c="dimmed">
        Earnings per scenario (price as % of list × units), totals: vendor {formatAmount(result.totals.vendor)}, partner{' '}
        {formatAmount(result.totals.partner)}.
      </Text>
    </Stack>
  );
}

function Simulator({ partnerId }: { partnerId: string }) {
  const simulations = useSimulations(partnerId);
  const preview = usePreviewSimulation(partnerId);
  const create = useCreateSimulation(partnerId);
  const [name, setName] = useState('Joint offering');
  const [listPrice, setListPrice] = useState<Money | null>({ amount: 100_000, currency: 'EUR' });
  const [subPct, setSubPct] = useState<number | string>(60);
  const [events, setEvents] = useState<number | string>(0);
  const [vendorKind, setVendorKind] = useState<string | null>('remainder');
  const [vendorParam, setVendorParam] = useState<number | string>(0);
  const [partnerKind, setPartnerKind] = useState<string | null>('revenue_share');
  const [partnerParam, setPartnerParam] = useState<number | string>(25);
  const [vendorInv, setVendorInv] = useState<Money | null>(null);
  const [partnerInv, setPartnerInv] = useState<Money | null>(null);
  const [prices, setPrices] = useState('80, 100, 120');
  const [volumes, setVolumes] = useState('100, 500, 1000');
  const [result, setResult] = useState<SimulationResult | null>(null);
  const numbers = (s: string) =>
    s
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((x) => Number(x));
  const body = (): Omit<SimulationBody, 'name'> => ({
    offering: {
      currency: listPrice?.currency ?? 'EUR',
      listPrice: listPrice?.amount ?? 0,
      subscriptionBp: Math.round(Number(subPct) * 100),
      eventsPerUnit: Number(events) || 0,
    },
    parties: [
      {
        side: 'vendor',
        mechanisms: [mechanismOf(vendorKind ?? 'remainder', Number(vendorParam) || 0)],
        investment: vendorInv?.amount ?? null,
      },
      {
        side: 'partner',
        mechanisms: [mechanismOf(partnerKind ?? 'remainder', Number(partnerParam) || 0)],
        investment: partnerInv?.amount ?? null,
      },
    ],
    pricePointsBp: numbers(prices).map((p) => Math.round(p * 100)),
    volumes: numbers(volumes),
  });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Joint offering" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <MoneyInput label="List price per unit" value={listPrice} onChange={setListPrice} defaultCurrency="EUR" />
        <NumberInput label="Subscription part of the price (%)" min={0} max={100} value={subPct} onChange={setSubPct} />
        <NumberInput label="Billable events per unit" min={0} value={events} onChange={setEvents} />
        <Select label="Vendor earns by" data={MECHANISMS} value={vendorKind} onChange={setVendorKind} />
        <NumberInput label="Vendor’s rate (% or amount)" min={0} decimalScale={2} value={vendorParam} onChange={setVendorParam} />
        <Select label="Partner earns by" data={MECHANISMS} value={partnerKind} onChange={setPartnerKind} />
        <NumberInput
          label="Partner’s rate (% or amount)"
          min={0}
          decimalScale={2}
          value={partnerParam}
          onChange={setPartnerParam}
        />
        <MoneyInput
          label="Vendor’s investment"
          value={vendorInv}
          onChange={setVendorInv}
          defaultCurrency={listPrice?.currency ?? 'EUR'}
        />
        <MoneyInput
          label="Partner’s investment"
          value={partnerInv}
          onChange={setPartnerInv}
          defaultCurrency={listPrice?.currency ?? 'EUR'}
        />
        <TextInput label="Price points (% of list)" value={prices} onChange={(e) => setPrices(e.currentTarget.value)} />
        <TextInput label="Volumes (units)" value={volumes} onChange={(e) => setVolumes(e.currentTarget.value)} />
      </SimpleGrid>
      <Group>
        <Button variant="light" onClick={() => preview.run(body(), { onSuccess: setResult })}>
          Simulate
        </Button>
        <Button
          onClick={() => create.run({ name, ...body() }, { success: `${name} saved`, onSuccess: (s) => setResult(s.result) })}
        >
          Save simulation
        </Button>
      </Group>
      {result && <SimulationResultView result={result} />}
      <QueryState query={simulations}>
        {(rows) =>
          rows.length > 0 && (
            <Table aria-label="Saved simulations">
              <Table.Tbody>
                {rows.map((s) => (
                  <Table.Tr key={s.id} style={{ cursor: 'pointer' }} onClick={() => setResult(s.result)}>
                    <Table.Td>{s.name}</Table.Td>
                    <Table.Td>{s.createdBy?.name ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={VERDICT[s.result.fairness.verdict]?.color} variant="light">
                        {VERDICT[s.result.fairness.verdict]?.label}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}

function Versions({ partnerId, current }: { partnerId: string; current: ValueProposition | null }) {
  const versions = usePropositions(partnerId);
  const publish = usePublishProposition();
  const withdraw = useWithdrawProposition();
  const dialog = useDialog<ValueProposition>();
  return (
    <SectionCard
      title="Versions"
      description="Either side proposes a draft; the vendor publishes it as the current version."
      action={
        <Button size="xs" onClick={() => dialog.open(null)}>
          Propose a new version
        </Button>
      }
    >
      <QueryState query={versions}>
        {(rows) => (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label="Versions">
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.version ? `v${p.version}` : 'Draft'}</Table.Td>
                    <Table.Td>{p.title}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[p.status]} variant="light">
                        {p.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>Proposed by the {p.proposedBy}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end">
                        {p.can.edit && (
                          <Button size="xs" variant="light" onClick={() => dialog.open(p)}>
                            Edit
                          </Button>
                        )}
                        {p.can.publish && (
                          <Button size="xs" onClick={() => publish.run({ id: p.id }, { success: `${p.title} published` })}>
                            Publish
                          </Button>
                        )}
                        {p.can.withdraw && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => withdraw.run({ id: p.id }, { success: 'Draft withdrawn' })}
                          >
                            Withdraw
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <FormDialog dialog={dialog} title="Joint value proposition" size="lg">
        {(target) => <PropositionForm partnerId={partnerId} draft={target} start={current} onDone={dialog.close} />}
      </FormDialog>
    </SectionCard>
  );
}

/** The alliance's joint value: the JVP and its versions, the value calculator, sessions and the simulator. */
export function ValuePage() {
  const params = useParams();
  const user = useCurrentUser();
  const partnerId = params.id ?? user.partnerId ?? '';
  const current = useCurrentProposition(partnerId);
  return (
    <>
      <PageHeader
        title="Joint value"
        description="The joint value proposition, the value calculator for customer workshops, and how each side captures value."
        crumbs={params.id ? [{ label: 'Partner', to: `/partners/${partnerId}` }] : undefined}
      />
      <QueryState query={current}>
        {(p) => (
          <Stack>
            <SectionCard title="Joint value proposition" label="Joint value proposition">
              {p ? (
                <Stack gap="xs">
                  <Group>
                    <Text fw={700}>{p.title}</Text>
                    <Badge variant="light">v{p.version}</Badge>
                  </Group>
                  <Text>{p.statement}</Text>
                  {p.differentiators.length > 0 && (
                    <List size="sm">
                      {p.differentiators.map((d) => (
                        <List.Item key={d}>{d}</List.Item>
                      ))}
                    </List>
                  )}
                  {p.proofPoints.length > 0 && (
                    <Text size="sm" c="dimmed">
                      Proof: {p.proofPoints.join(' · ')}
                    </Text>
                  )}
                </Stack>
              ) : (
                <Empty
                  title="No joint value proposition published yet"
                  description="Propose a draft below; the vendor publishes it."
                />
              )}
            </SectionCard>
            <SectionCard
              title="Used in"
              description="Campaigns, deal registrations, opportunities and content made with the proposition: its deployment."
              label="Used in"
            >
              <UsedIn partnerId={partnerId} />
            </SectionCard>
            <Versions partnerId={partnerId} current={p} />
            {p && (
              <SectionCard
                title="Value calculator"
                description="A customer’s numbers → the joint solution’s ROI and payback."
                label="Value calculator"
              >
                <Calculator proposition={p} />
              </SectionCard>
            )}
            <SectionCard
              title="Calculator sessions"
              description="Workshops run with the proposition: its deployment."
              label="Calculator sessions"
            >
              <Sessions partnerId={partnerId} />
            </SectionCard>
            <SectionCard
              title="Value-capture simulator"
              description="Each side’s earnings under price and volume scenarios, and whether the split is fair."
              label="Value-capture simulator"
            >
              <Simulator partnerId={partnerId} />
            </SectionCard>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
