import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { MarketingLaunch } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { formatCount, formatDate } from '../../../ui/format';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useKit, useLaunches } from '../api';
import { ResultsFigures } from '../components/LaunchResults';

const KIT_STATUS: Record<string, { label: string; color: string }> = {
  draft: { label: 'Draft', color: 'gray' },
  approved: { label: 'Approved', color: 'green' },
  retired: { label: 'Retired', color: 'dark' },
};

/** One campaign kit (vendor): what every partner's launch of it generated, summed, and each launch. */
export function KitPage() {
  const { id = '' } = useParams();
  const kit = useKit(id);
  const launches = useLaunches({ kitId: id });
  const columns: Column<MarketingLaunch>[] = [
    {
      key: 'partner',
      header: 'Partner',
      cell: (l) => (
        <Anchor component={Link} to={`/marketing/launches/${l.id}`}>
          {l.partnerName}
        </Anchor>
      ),
    },
    { key: 'when', header: 'Launched', nowrap: true, cell: (l) => formatDate(l.launchedAt) },
    { key: 'sent', header: 'Sent', cell: (l) => formatCount(l.figures.sent) },
    { key: 'leads', header: 'Leads', cell: (l) => l.results.leads },
    { key: 'opps', header: 'Opportunities', cell: (l) => l.results.opportunities },
    { key: 'pipeline', header: 'Open pipeline', nowrap: true, cell: (l) => formatAmount(l.results.pipeline) },
    { key: 'won', header: 'Won revenue', nowrap: true, cell: (l) => formatAmount(l.results.won) },
  ];
  return (
    <QueryState query={kit} notFound="This campaign kit does not exist.">
      {(k) => (
        <Stack gap="md">
          <PageHeader
            title={k.name}
            crumbs={[{ label: 'Through-channel marketing', to: '/marketing' }]}
            description={k.description || undefined}
            badges={<Badge color={KIT_STATUS[k.status]?.color}>{KIT_STATUS[k.status]?.label ?? k.status}</Badge>}
          />
          <SectionCard
            title="Pipeline and revenue"
            label="Pipeline and revenue"
            description={`Summed over ${formatCount(k.usage.launches)} launches by ${formatCount(k.usage.partners)} partners.`}
          >
            <ResultsFigures results={k.results} />
          </SectionCard>
          <SectionCard title="Launches" label="Launches of the kit">
            <QueryState query={launches}>
              {(rows) => (
                <DataTable
                  label="Launches of the kit"
                  rows={rows}
                  rowName={(l) => l.partnerName}
                  columns={columns}
                  minWidth={800}
                  card={(l) => ({
                    title: l.partnerName,
                    subtitle: `${l.results.leads} leads · ${formatAmount(l.results.won)} won`,
                  })}
                  empty={<Empty title="No partner has launched this kit yet." />}
                />
              )}
            </QueryState>
            <Text size="xs" c="dimmed" mt="sm">
              Open pipeline at today’s rate; won revenue at each deal’s close-date rate.
            </Text>
          </SectionCard>
        </Stack>
      )}
    </QueryState>
  );
}
