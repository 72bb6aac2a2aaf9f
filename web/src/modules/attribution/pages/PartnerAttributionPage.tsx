import { BarChart } from '@mantine/charts';
import { Alert, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { ErrorState, PageLoader } from '../../../ui/States';
import {
  BUILT_IN_MODELS,
  MODEL_HELP,
  MODEL_LABELS,
  toMajor,
  useAttributionByModels,
  useAttributionSettings,
  useInfluenced,
} from '../api';
import { RangeBar, useRangeParams } from '../components/RangeBar';

/**
 * The partner's own view: its credited revenue under each built-in model and its influenced
 * revenue, for won deals it worked on — never another partner's credit or a deal's total.
 */
export function PartnerAttributionPage() {
  const settings = useAttributionSettings();
  const { range, set } = useRangeParams(null);
  const choices = BUILT_IN_MODELS.map((m) => ({ model: m }));
  const results = useAttributionByModels(range, choices);
  const influenced = useInfluenced(range);
  const failed = results.find((r) => r.isError) ?? (influenced.isError ? influenced : undefined);
  const loading = results.some((r) => r.isPending) || influenced.isPending;
  const currency = results.find((r) => r.data)?.data?.currency ?? 'USD';
  const rows = choices.map((c, i) => {
    const line = results[i]?.data?.data[0];
    return { model: c.model, credited: line?.credited ?? { amount: 0, currency }, deals: line?.opportunities ?? 0 };
  });
  const mine = influenced.data?.data[0];
  return (
    <>
      <PageHeader
        title="Attribution"
        description="The revenue credited to your company for won deals you worked on, under each way of giving credit."
      />
      <Stack gap="md">
        <RangeBar range={range} onChange={set} />
        {failed ? (
          <ErrorState error={failed.error} />
        ) : loading ? (
          <PageLoader label="Reading your credit…" />
        ) : (
          <>
            <SectionCard
              title="Your credited revenue by model"
              description={`In ${currency}, each deal at its close date’s rate. ${settings.data ? `Your partner team reports by ${MODEL_LABELS[settings.data.defaultModel]}.` : ''}`}
              label="Your credited revenue by model"
            >
              <BarChart
                h={220}
                data={rows.map((r) => ({ model: MODEL_LABELS[r.model], Credited: toMajor(r.credited) }))}
                dataKey="model"
                series={[{ name: 'Credited', color: 'indigo.6' }]}
              />
              <Table mt="md" aria-label="Credited revenue by model">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Model</Table.Th>
                    <Table.Th ta="right">Credited</Table.Th>
                    <Table.Th ta="right">Won deals</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.model}>
                      <Table.Td>
                        <Text size="sm">{MODEL_LABELS[r.model]}</Text>
                        <Text size="xs" c="dimmed">
                          {MODEL_HELP[r.model]}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{formatAmount(r.credited)}</Table.Td>
                      <Table.Td ta="right">{r.deals}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SectionCard>
            <SectionCard title="Influenced revenue" label="Influenced revenue">
              <Text size="lg" fw={600} data-testid="partner-influenced">
                {formatAmount(mine?.influenced ?? { amount: 0, currency })}
              </Text>
              <Text size="sm" c="dimmed">
                The full amount of the {mine?.opportunities ?? 0} won deals you touched in any role.
              </Text>
              <Alert mt="sm" icon={<IconInfoCircle />} color="blue">
                Other partners may have worked on the same deals, so influenced revenue is not additive across partners.
              </Alert>
            </SectionCard>
          </>
        )}
      </Stack>
    </>
  );
}
