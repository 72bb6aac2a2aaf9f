import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { minorUnits } from '../../../../../src/shared/money';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatCount } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { type AttributionReport, MODEL_HELP, toMajor, useAttribution, useAttributionSettings, usePolicies } from '../api';
import { AttributionTabs } from '../components/AttributionTabs';
import { ModelSelect, PartnerFilterBar, RangeBar, useRangeParams } from '../components/RangeBar';

type Row = AttributionReport['data'][number] & { id: string; share: number };

/** Notes under a report: the locked periods it reads frozen, and deals no rate converted. */
export function ReportNotes({ report }: { report: Pick<AttributionReport, 'lockedPeriods' | 'unconverted'> }) {
  return (
    <>
      {report.lockedPeriods.length > 0 && (
        <Text size="sm" c="dimmed" data-testid="locked-note">
          Locked periods in this range read their frozen figures: {report.lockedPeriods.join(', ')}.
        </Text>
      )}
      {report.unconverted.length > 0 && (
        <Alert color="yellow" title="Deals left out: no exchange rate" data-testid="unconverted">
          {report.unconverted.length} won deal{report.unconverted.length === 1 ? '' : 's'} had no exchange rate into the reporting
          currency on or before the close date:{' '}
          {report.unconverted
            .slice(0, 5)
            .map((d) => `${d.number} (${formatAmount(d.amount)}, ${d.closeDate})`)
            .join('; ')}
          {report.unconverted.length > 5 ? '…' : ''}. Add the rates on the Exchange rates page.
        </Alert>
      )}
    </>
  );
}

const COLUMNS: Column<Row>[] = [
  {
    key: 'partner',
    header: 'Partner',
    cell: (r) => (
      <Anchor component={Link} to={`/partners/${r.partnerId}`} size="sm">
        {r.partnerName}
      </Anchor>
    ),
  },
  { key: 'credited', header: 'Credited revenue', nowrap: true, cell: (r) => formatAmount(r.credited) },
  { key: 'share', header: 'Share', w: 90, cell: (r) => `${(r.share * 100).toFixed(1)}%` },
  { key: 'deals', header: 'Won deals', w: 110, cell: (r) => formatCount(r.opportunities) },
];

/** Credited revenue per partner by one model, for won deals closed in a range. */
export function AttributionPage() {
  const settings = useAttributionSettings();
  const policies = usePolicies();
  const { range, choice, set } = useRangeParams(settings.data?.defaultModel ?? null);
  const effective =
    choice?.model === 'custom' && !choice.policyId && settings.data?.defaultPolicyId
      ? { ...choice, policyId: settings.data.defaultPolicyId }
      : choice;
  const report = useAttribution(range, effective);
  return (
    <>
      <PageHeader
        title="Attribution"
        description="Who gets credit for won revenue: each won deal split over the partners that touched it, by the model you choose — exact to the cent, in the reporting currency at the close date’s rate."
      />
      <AttributionTabs />
      <Stack gap="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <RangeBar range={range} onChange={set} />
          <ModelSelect value={effective} policies={policies.data ?? []} onChange={set} />
        </Group>
        <PartnerFilterBar range={range} onChange={set} />
        {effective && (
          <Text size="sm" c="dimmed">
            {MODEL_HELP[effective.model]}
          </Text>
        )}
        <QueryState query={report} loading="Crediting won deals…">
          {(r) => {
            const total = r.data.reduce((s, l) => s + l.credited.amount, 0);
            const rows: Row[] = r.data.map((l) => ({ ...l, id: l.partnerId, share: total ? l.credited.amount / total : 0 }));
            return (
              <Stack gap="md">
                <ReportNotes report={r} />
                {rows.length === 0 ? (
                  <Empty
                    title="No credited revenue in this range"
                    description="Won deals with partner touches closed between these dates show here."
                  />
                ) : (
                  <>
                    <SectionCard
                      title={`${r.modelLabel}: credited revenue`}
                      description={`Total credited ${formatAmount({ amount: total, currency: r.currency })} over ${rows.length} partner${rows.length === 1 ? '' : 's'}. Under one model, credits add up: no deal is counted twice.`}
                      label="Credited revenue chart"
                    >
                      <BarChart
                        h={Math.max(160, Math.min(rows.length, 15) * 32)}
                        data={rows.slice(0, 15).map((l) => ({ partner: l.partnerName, Credited: toMajor(l.credited) }))}
                        dataKey="partner"
                        orientation="vertical"
                        yAxisProps={{ width: 160 }}
                        valueFormatter={(v) =>
                          formatAmount({ amount: Math.round(v * 10 ** (minorUnits(r.currency) ?? 2)), currency: r.currency })
                        }
                        series={[{ name: 'Credited', color: 'indigo.6' }]}
                      />
                    </SectionCard>
                    <DataTable
                      label="Credited revenue per partner"
                      rows={rows}
                      columns={COLUMNS}
                      minWidth={560}
                      card={(l) => ({
                        title: l.partnerName,
                        to: `/partners/${l.partnerId}`,
                        aside: formatAmount(l.credited),
                        subtitle: `${formatCount(l.opportunities)} won deals · ${(l.share * 100).toFixed(1)}%`,
                      })}
                    />
                  </>
                )}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}
