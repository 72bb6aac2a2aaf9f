import { Button, Card, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { LoadMore } from '../../../ui/LoadMore';
import { COUNTRY_CODE, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, ErrorState, PageLoader } from '../../../ui/States';
import { enumListParam, enumParam, textListParam, textParam, useUrlFilters } from '../../../ui/urlFilters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

import { useIsPhone } from '../../../ui/useIsPhone';
import { canCreatePartner } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type PartnerFilters, usePartnerList } from '../api';
import { activeFilterCount, PartnerFilterBar, SORT_LABELS } from '../components/PartnerFilterBar';
import { PartnerCards, PartnerTable } from '../components/PartnerTable';

function parsePartnerFilters(params: URLSearchParams): PartnerFilters {
  return {
    q: textParam(params, 'q'),
    sort: enumParam(params, 'sort', SORT_LABELS),
    type: enumListParam(params, 'type', LABELS.partnerType),
    motion: enumListParam(params, 'motion', LABELS.motion),
    designation: enumListParam(params, 'designation', LABELS.designation),
    lifecycleStage: enumListParam(params, 'lifecycleStage', LABELS.lifecycleStage),
    status: enumListParam(params, 'status', LABELS.partnerStatus),
    tierId: textListParam(params, 'tierId', UUID),
    ownerId: textListParam(params, 'ownerId', UUID),
    country: textListParam(params, 'country', COUNTRY_CODE),
  };
}

export function PartnersListPage() {
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const { filters, setFilter, clear } = useUrlFilters(parsePartnerFilters);
  const list = usePartnerList(filters);
  const partners = list.data?.pages.flatMap((page) => page.data) ?? [];
  const filtered = activeFilterCount(filters) > 0 || Boolean(filters.q);

  return (
    <>
      <PageHeader
        title="Partners"
        description="Every partner company in your ecosystem: resellers, alliances, technology partners and more."
        actions={
          canCreatePartner(user) && (
            <Button component={Link} to="/partners/new" leftSection={<IconPlus size={16} />}>
              New partner
            </Button>
          )
        }
      />
      <Stack gap="md">
        <PartnerFilterBar filters={filters} onChange={setFilter} onClear={clear} />
        {list.isPending ? (
          <PageLoader label="Loading partners…" />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => list.refetch()} />
        ) : partners.length === 0 ? (
          <Card>
            <Empty
              title={filtered ? 'No partners match' : 'No partners yet'}
              description={filtered ? 'Try other filters or a shorter search.' : 'Add your first partner to get started.'}
              action={
                filtered ? (
                  <Button variant="light" onClick={clear}>
                    Clear filters
                  </Button>
                ) : undefined
              }
            />
          </Card>
        ) : (
          <>
            {isPhone ? (
              <PartnerCards partners={partners} />
            ) : (
              <Card padding={0}>
                <PartnerTable partners={partners} />
              </Card>
            )}
            <LoadMore
              shown={partners.length}
              noun={partners.length === 1 ? 'partner' : 'partners'}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoad={() => list.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </>
  );
}
