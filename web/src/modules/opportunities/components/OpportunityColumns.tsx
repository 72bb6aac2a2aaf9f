import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Column } from '../../../ui/DataTable';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { MoneyText } from '../../../ui/money';
import type { Opportunity } from '../api';

export function StageBadge({ stage }: { stage: Opportunity['stage'] }) {
  if (!stage)
    return (
      <Text size="sm" c="dimmed">
        Not shared
      </Text>
    );
  return <Badge color={COLORS.opportunityStage[stage]}>{LABELS.opportunityStage[stage]}</Badge>;
}

export function opportunityColumns(vendor: boolean): Column<Opportunity>[] {
  return [
    {
      key: 'opportunity',
      header: 'Opportunity',
      cell: (o) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/opportunities/${o.id}`} size="sm" fw={600}>
            {o.number} · {o.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {o.account.name}
            {o.account.domain ? ` · ${o.account.domain}` : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'partners',
      header: vendor ? 'Partners' : 'Your role',
      cell: (o) =>
        o.partners.length === 0 ? (
          <Text size="sm" c="dimmed">
            Direct
          </Text>
        ) : (
          <Group gap={4}>
            {o.partners.map((p) => (
              <Badge key={p.partnerId} variant="light" color={p.roles.includes('sourced') ? 'teal' : 'blue'}>
                {vendor ? `${p.partnerName}: ` : ''}
                {p.roles.map((r) => LABELS.involvementRole[r]).join(', ')}
              </Badge>
            ))}
          </Group>
        ),
    },
    {
      key: 'amount',
      header: 'Amount',
      nowrap: true,
      cell: (o) => (o.amount !== null && o.currency ? <MoneyText value={{ amount: o.amount, currency: o.currency }} /> : '—'),
    },
    { key: 'stage', header: 'Stage', cell: (o) => <StageBadge stage={o.stage} /> },
    { key: 'close', header: 'Close date', nowrap: true, cell: (o) => (o.closeDate ? formatDay(o.closeDate) : '—') },
  ];
}
