import { Button, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ExportMenu } from '../../../ui/ExportMenu';
import { ImportButton } from '../../../ui/ImportButton';
import { COUNTRY_CODE, LABELS } from '../../../ui/labels';
import { PagedList } from '../../../ui/PagedList';
import { PageHeader } from '../../../ui/PageHeader';
import { enumListParam, enumParam, textListParam, textParam } from '../../../ui/urlFilters';
import { usePagedList } from '../../../ui/usePagedList';
import { canCreatePartner, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type PartnerFilters, partnerList } from '../api';
import { PartnerFilterBar, SORT_LABELS } from '../components/PartnerFilterBar';
import { PartnerTable } from '../components/PartnerTable';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    minFit: textParam(params, 'minFit')?.match(/^\d{1,3}$/) ? textParam(params, 'minFit') : undefined,
  };
}

export function PartnersListPage() {
  const user = useCurrentUser();
  const list = usePagedList(partnerList, parsePartnerFilters);

  return (
    <>
      <PageHeader
        title="Partners"
        description="Every partner company in your ecosystem: resellers, alliances, technology partners and more."
        actions={
          <Group gap="xs">
            <ExportMenu path="/api/v1/partners" />
            <ImportButton kind="partners" allowed={mayApp(user, 'import:partners')} />
            {canCreatePartner(user) && (
              <Button component={Link} to="/partners/new" leftSection={<IconPlus size={16} />}>
                New partner
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="md">
        <PartnerFilterBar filters={list.filters} onChange={list.setFilter} onClear={list.clear} />
        <PagedList
          list={list}
          noun={['partner', 'partners']}
          loading="Loading partners…"
          empty={
            list.isFiltered
              ? {
                  title: 'No partners match',
                  description: 'Try other filters or a shorter search.',
                  action: (
                    <Button variant="light" onClick={list.clear}>
                      Clear filters
                    </Button>
                  ),
                }
              : { title: 'No partners yet', description: 'Add your first partner to get started.' }
          }
        >
          {(partners) => <PartnerTable partners={partners} />}
        </PagedList>
      </Stack>
    </>
  );
}
