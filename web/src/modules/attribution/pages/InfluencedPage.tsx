import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatCount } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { type InfluencedReport, toMajor, useInfluenced } from '../api';
import { AttributionTabs } from '../components/AttributionTabs';
import { PartnerFilterBar, RangeBar, useRangeParams } from '../components/RangeBar';
import { ReportNotes } from './AttributionPage';

type Row = InfluencedReport['data'][number] & { id: string };

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
  { key: 'influenced', header: 'Influenced revenue', nowrap: true, cell: (r) => formatAmount(r.influenced) },
  { key: 'deals', header: 'Won deals touched', w: 150, cell: (r) => formatCount(r.opportunities) },
];

/** Influenced revenue: the whole of every won deal a partner touched, per partner — never a total. */
export function InfluencedPage() {
  const { range, set } = useRangeParams(null);
  const report = useInfluenced(range);
  return (
    <>
      <PageHeader
        title="Attribution"
        description="Influenced revenue: every won deal a partner touched in any role (sourced, co-sell, technical, delivery, referral, influence), counted in full."
      />
      <AttributionTabs />
      <Stack gap="md">
        <Alert icon={<IconInfoCircle />} color="blue" title="Not additive across partners" data-testid="influenced-note">
          A deal touched by three partners counts in full for each of them, so these figures overlap: never add them up across
          partners. For revenue that adds up, use “Credit by model”.
        </Alert>
        <RangeBar range={range} onChange={set} />
        <PartnerFilterBar range={range} onChange={set} />
        <QueryState query={report} loading="Reading won deals…">
          {(r) => {
            const rows: Row[] = r.data.map((l) => ({ ...l, id: l.partnerId }));
            return rows.length === 0 ? (
              <Empty title="No influenced revenue in this range" description="Won deals that partners touched show here." />
            ) : (
              <Stack gap="md">
                <ReportNotes report={r} />
                <SectionCard title="Influenced revenue per partner" label="Influenced revenue chart">
                  <BarChart
                    h={Math.max(160, Math.min(rows.length, 15) * 32)}
                    data={rows.slice(0, 15).map((l) => ({ partner: l.partnerName, Influenced: toMajor(l.influenced) }))}
                    dataKey="partner"
                    orientation="vertical"
                    yAxisProps={{ width: 160 }}
                    series={[{ name: 'Influenced', color: 'teal.6' }]}
                  />
                </SectionCard>
                <DataTable
                  label="Influenced revenue per partner"
                  rows={rows}
                  columns={COLUMNS}
                  minWidth={520}
                  card={(l) => ({
                    title: l.partnerName,
                    to: `/partners/${l.partnerId}`,
                    aside: formatAmount(l.influenced),
                    subtitle: `${formatCount(l.opportunities)} won deals touched`,
                  })}
                />
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </>
  );
}
