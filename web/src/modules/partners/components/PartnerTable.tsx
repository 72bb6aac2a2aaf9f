import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PartnerListItem as Partner } from '../../../api/types';
import { type Column, DataTable } from '../../../ui/DataTable';
import { LABELS } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { FitBadge } from '../../recruitment/components/FitBadge';
import { TierBadge } from '../../settings/components/TierBadge';
import { StageBadge, StatusBadge } from './PartnerBadges';

function typesText(partner: Partner): string {
  const labels = partner.types.map((t) => LABELS.partnerType[t]);
  return labels.length > 3 ? `${labels.slice(0, 3).join(', ')} +${labels.length - 3}` : labels.join(', ') || '—';
}

const COLUMNS: Column<Partner>[] = [
  {
    key: 'partner',
    header: 'Partner',
    maw: 280,
    cell: (p) => (
      <>
        <Anchor component={Link} to={`/partners/${p.id}`} fw={600} size="sm">
          {p.name}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {p.domains.join(', ') || p.legalName || '—'}
        </Text>
      </>
    ),
  },
  { key: 'types', header: 'Types', cell: (p) => <Text size="sm">{typesText(p)}</Text> },
  {
    key: 'motion',
    header: 'Motion',
    cell: (p) => (
      <>
        <Text size="sm">{LABELS.motion[p.motion]}</Text>
        {p.designation !== 'standard' && (
          <Text size="xs" c="dimmed">
            {LABELS.designation[p.designation]}
          </Text>
        )}
      </>
    ),
  },
  { key: 'stage', header: 'Stage', nowrap: true, cell: (p) => <StageBadge stage={p.lifecycleStage} /> },
  { key: 'tier', header: 'Tier', nowrap: true, cell: (p) => <TierBadge tier={p.tier} /> },
  { key: 'fit', header: 'Fit', nowrap: true, cell: (p) => <FitBadge fit={p.fit} /> },
  { key: 'owner', header: 'Owner', nowrap: true, cell: (p) => <Text size="sm">{p.owner?.name ?? '—'}</Text> },
  { key: 'country', header: 'Country', cell: (p) => <Text size="sm">{countryName(p.country)}</Text> },
  { key: 'status', header: 'Status', nowrap: true, cell: (p) => <StatusBadge status={p.status} /> },
];

/** The partner list: a table on a desktop; on a phone one card per partner, opening its page. */
export function PartnerTable({ partners }: { partners: Partner[] }) {
  return (
    <DataTable
      label="Partners"
      rows={partners}
      columns={COLUMNS}
      minWidth={960}
      framed
      card={(p) => ({
        title: p.name,
        subtitle: `${typesText(p)} · ${LABELS.motion[p.motion]}`,
        aside: <StatusBadge status={p.status} />,
        badges: (
          <>
            <StageBadge stage={p.lifecycleStage} />
            <TierBadge tier={p.tier} />
            <FitBadge fit={p.fit} />
          </>
        ),
        footer: `Owner: ${p.owner?.name ?? '—'} · ${countryName(p.country)}`,
        to: `/partners/${p.id}`,
      })}
    />
  );
}
