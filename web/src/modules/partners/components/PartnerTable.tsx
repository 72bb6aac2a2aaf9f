import { Anchor, Card, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Partner } from '../../../api/types';
import { LABELS } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { TierBadge } from '../../settings/components/TierBadge';
import { StageBadge, StatusBadge } from './PartnerBadges';

function typesText(partner: Partner): string {
  const labels = partner.types.map((t) => LABELS.partnerType[t]);
  return labels.length > 3 ? `${labels.slice(0, 3).join(', ')} +${labels.length - 3}` : labels.join(', ') || '—';
}

export function PartnerTable({ partners }: { partners: Partner[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped={false} aria-label="Partners">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Partner</Table.Th>
            <Table.Th>Types</Table.Th>
            <Table.Th>Motion</Table.Th>
            <Table.Th>Stage</Table.Th>
            <Table.Th>Tier</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Country</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partners.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td maw={280}>
                <Anchor component={Link} to={`/partners/${p.id}`} fw={600} size="sm">
                  {p.name}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {p.domains.join(', ') || p.legalName || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{typesText(p)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{LABELS.motion[p.motion]}</Text>
                {p.designation !== 'standard' && (
                  <Text size="xs" c="dimmed">
                    {LABELS.designation[p.designation]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="consort-nowrap">
                <StageBadge stage={p.lifecycleStage} />
              </Table.Td>
              <Table.Td className="consort-nowrap">
                <TierBadge tier={p.tier} />
              </Table.Td>
              <Table.Td className="consort-nowrap">
                <Text size="sm">{p.owner?.name ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{countryName(p.country)}</Text>
              </Table.Td>
              <Table.Td className="consort-nowrap">
                <StatusBadge status={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The phone layout of the same list: one card per partner. */
export function PartnerCards({ partners }: { partners: Partner[] }) {
  return (
    <Stack gap="sm" aria-label="Partners">
      {partners.map((p) => (
        <Card key={p.id} padding="md" component={Link} to={`/partners/${p.id}`} style={{ textDecoration: 'none' }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Text fw={600} c="blue.7" truncate>
                {p.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {typesText(p)} · {LABELS.motion[p.motion]}
              </Text>
            </div>
            <StatusBadge status={p.status} />
          </Group>
          <Group gap={6} mt="xs">
            <StageBadge stage={p.lifecycleStage} />
            <TierBadge tier={p.tier} />
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            Owner: {p.owner?.name ?? '—'} · {countryName(p.country)}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
