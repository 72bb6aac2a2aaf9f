import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Column } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import type { Lead } from '../api';

export function LeadStatusBadge({ lead }: { lead: Pick<Lead, 'status' | 'acceptOverdue'> }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLORS.leadStatus[lead.status]}>{LABELS.leadStatus[lead.status]}</Badge>
      {lead.acceptOverdue && <Badge color="red">Overdue</Badge>}
    </Group>
  );
}

export function leadColumns(vendor: boolean): Column<Lead>[] {
  return [
    {
      key: 'lead',
      header: 'Lead',
      cell: (l) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/leads/${l.id}`} size="sm" fw={600}>
            {l.number} · {l.company}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[l.contact.name, l.country, l.industry, l.size].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    ...(vendor
      ? [
          {
            key: 'partner',
            header: 'Partner',
            cell: (l: Lead) =>
              l.partner ? (
                <Anchor component={Link} to={`/partners/${l.partner.id}`} size="sm">
                  {l.partner.name}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  {l.motion === 'direct' ? 'Direct' : 'Unassigned'}
                </Text>
              ),
          },
        ]
      : []),
    { key: 'status', header: 'Status', cell: (l) => <LeadStatusBadge lead={l} /> },
    {
      key: 'why',
      header: 'Why',
      cell: (l) => (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {l.why?.summary ?? '—'}
        </Text>
      ),
    },
    {
      key: 'due',
      header: 'Accept by',
      nowrap: true,
      cell: (l) => (l.status === 'assigned' && l.acceptDueAt ? formatDateTime(l.acceptDueAt) : '—'),
    },
  ];
}
