import { BarChart } from '@mantine/charts';
import { Anchor, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { BUILT_IN_MODELS, MODEL_LABELS, type ModelChoice, toMajor, useAttributionByModels, usePolicies } from '../api';
import { AttributionTabs } from '../components/AttributionTabs';
import { PartnerFilterBar, RangeBar, useRangeParams } from '../components/RangeBar';
import { ReportNotes } from './AttributionPage';

const COLORS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'pink.6', 'lime.7', 'yellow.7', 'red.6'];

/** Several attribution models side by side per partner: where the models agree, and where credit moves. */
export function ComparePage() {
  const { range, set } = useRangeParams(null);
  const policies = usePolicies();
  const [picked, setPicked] = useState<string[]>([...BUILT_IN_MODELS]);
  const choices: (ModelChoice & { key: string; label: string })[] = [
    ...BUILT_IN_MODELS.map((m) => ({ model: m, key: m, label: MODEL_LABELS[m] })),
    ...(policies.data ?? [])
      .filter((p) => !p.archived)
      .map((p) => ({ model: 'custom' as const, policyId: p.id, key: `custom:${p.id}`, label: p.name })),
  ].filter((c) => picked.includes(c.key));
  const results = useAttributionByModels(range, choices);
  const failed = results.find((r) => r.isError);
  const loading = results.some((r) => r.isPending);
  const reports = results.map((r) => r.data);
  const partners = new Map<string, string>();
  for (const rep of reports) for (const l of rep?.data ?? []) partners.set(l.partnerId, l.partnerName);
  const amountOf = (i: number, partnerId: string) => reports[i]?.data.find((l) => l.partnerId === partnerId)?.credited ?? null;
  const currency = reports.find(Boolean)?.currency ?? 'USD';
  const rows = [...partners.entries()]
    .map(([id, name]) => ({ id, name, max: Math.max(0, ...choices.map((_, i) => amountOf(i, id)?.amount ?? 0)) }))
    .sort((a, b) => b.max - a.max || a.name.localeCompare(b.name));
  const first = reports.find(Boolean);
  return (
    <>
      <PageHeader
        title="Attribution"
        description="The same won revenue credited by several models at once: a partner strong under first touch opens doors, one strong under last touch closes them."
      />
      <AttributionTabs />
      <Stack gap="md">
        <RangeBar range={range} onChange={set} />
        <PartnerFilterBar range={range} onChange={set} />
        <Checkbox.Group label="Models to compare" value={picked} onChange={setPicked}>
          <Group gap="md" mt={6}>
            {BUILT_IN_MODELS.map((m) => (
              <Checkbox key={m} value={m} label={MODEL_LABELS[m]} />
            ))}
            {(policies.data ?? [])
              .filter((p) => !p.archived)
              .map((p) => (
                <Checkbox key={p.id} value={`custom:${p.id}`} label={`Policy: ${p.name}`} />
              ))}
          </Group>
        </Checkbox.Group>
        {failed ? (
          <ErrorState error={failed.error} />
        ) : loading ? (
          <PageLoader label="Crediting won deals by each model…" />
        ) : rows.length === 0 || choices.length === 0 ? (
          <Empty title="Nothing to compare" description="Pick models, and a range with won deals that partners touched." />
        ) : (
          <>
            {first && <ReportNotes report={first} />}
            <SectionCard
              title="Credited revenue by model"
              description="Top partners; each bar is one model’s credit for the partner."
              label="Model comparison chart"
            >
              <BarChart
                h={320}
                data={rows.slice(0, 8).map((r) => ({
                  partner: r.name,
                  ...Object.fromEntries(choices.map((c, i) => [c.label, toMajor(amountOf(i, r.id) ?? { amount: 0, currency })])),
                }))}
                dataKey="partner"
                withLegend
                series={choices.map((c, i) => ({ name: c.label, color: COLORS[i % COLORS.length] ?? 'gray.6' }))}
              />
            </SectionCard>
            <SectionCard
              title="Side by side"
              description={`Credited revenue in ${currency}; each column adds up to the same won revenue.`}
            >
              <Table.ScrollContainer minWidth={720}>
                <Table striped aria-label="Attribution by model">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Partner</Table.Th>
                      {choices.map((c) => (
                        <Table.Th key={c.key} ta="right">
                          {c.label}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/partners/${r.id}`} size="sm">
                            {r.name}
                          </Anchor>
                        </Table.Td>
                        {choices.map((c, i) => (
                          <Table.Td key={c.key} ta="right">
                            <Text size="sm" c={amountOf(i, r.id) ? undefined : 'dimmed'}>
                              {formatAmount(amountOf(i, r.id) ?? { amount: 0, currency })}
                            </Text>
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </SectionCard>
          </>
        )}
      </Stack>
    </>
  );
}
