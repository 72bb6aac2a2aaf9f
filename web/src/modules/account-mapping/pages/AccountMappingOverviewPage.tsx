import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { ImportButton } from '../../../ui/ImportButton';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { POPULATIONS, useMappingPortfolio } from '../api';

type Row = {
  id: string;
  partnerId: string;
  partnerName: string;
  partnerAccounts: number;
  overlaps: number;
  customerOverlaps: number;
};

/** The vendor's account mapping: its own lists and every partner's overlap with them. */
export function AccountMappingOverviewPage() {
  const user = useCurrentUser();
  const portfolio = useMappingPortfolio();
  return (
    <>
      <PageHeader
        title="Account mapping"
        description="Our customers, prospects and open opportunities against each partner's list: who already knows whom."
        actions={
          <ImportButton kind="vendor-accounts" allowed={mayApp(user, 'uploadVendorAccounts')} label="Upload our accounts" />
        }
      />
      <QueryState query={portfolio}>
        {(p) => (
          <Stack gap="md">
            <SectionCard
              title="Our lists"
              label="Our lists"
              description="What partners' lists are matched against (uploaded; our CRM's accounts once connected)."
            >
              <SimpleGrid cols={3}>
                {POPULATIONS.map((pop) => (
                  <Stack key={pop} gap={0} align="center">
                    <Text fw={700} size="xl">
                      {p.vendor[pop] ?? 0}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {LABELS.mappingPopulation[pop]}
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
            </SectionCard>
            <SectionCard
              title="Partners"
              label="Partners with account lists"
              description="Overlaps count the populations each partner shares with us."
            >
              <DataTable<Row>
                label="Partners with account lists"
                rows={p.data.map((r) => ({ ...r, id: r.partnerId }))}
                minWidth={560}
                empty={<Empty title="No partner has shared an account list yet" />}
                columns={[
                  {
                    key: 'partner',
                    header: 'Partner',
                    cell: (r) => (
                      <Anchor component={Link} to={`/partners/${r.partnerId}/account-mapping`}>
                        {r.partnerName}
                      </Anchor>
                    ),
                  },
                  { key: 'accounts', header: 'Accounts shared', cell: (r) => r.partnerAccounts },
                  { key: 'overlaps', header: 'Overlapping companies', cell: (r) => r.overlaps },
                  { key: 'customers', header: 'Customer × customer', cell: (r) => r.customerOverlaps },
                ]}
                card={(r) => ({
                  title: r.partnerName,
                  subtitle: `${r.overlaps} overlapping`,
                  to: `/partners/${r.partnerId}/account-mapping`,
                })}
              />
            </SectionCard>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
