import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Column } from '../../../ui/DataTable';
import { formatDay } from '../../../ui/format';
import { MoneyText } from '../../../ui/money';
import type { DealRegistration } from '../api';
import { DealBadges } from './DealBadges';

export function dealColumns(withPartner: boolean): Column<DealRegistration>[] {
  return [
    {
      key: 'deal',
      header: 'Registration',
      cell: (d) => (
        <Stack gap={0}>
          <Anchor component={Link} to={`/deal-registrations/${d.id}`} size="sm" fw={600}>
            {d.number} · {d.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {d.customer.name}
            {d.customer.domain ? ` · ${d.customer.domain}` : ''}
          </Text>
        </Stack>
      ),
    },
    ...(withPartner
      ? [
          {
            key: 'partner',
            header: 'Partner',
            cell: (d: DealRegistration) => (
              <Anchor component={Link} to={`/partners/${d.partnerId}`} size="sm">
                {d.partnerName}
              </Anchor>
            ),
          },
        ]
      : []),
    {
      key: 'amount',
      header: 'Amount',
      nowrap: true,
      cell: (d) => <MoneyText value={{ amount: d.amount, currency: d.currency }} />,
    },
    { key: 'status', header: 'Status', cell: (d) => <DealBadges deal={d} /> },
    {
      key: 'expires',
      header: 'Protected until',
      nowrap: true,
      cell: (d) =>
        d.expiresOn
          ? formatDay(d.expiresOn)
          : d.status === 'submitted'
            ? `Decide by ${formatDay(d.approvalDueAt.slice(0, 10))}`
            : '—',
    },
    { key: 'close', header: 'Expected close', nowrap: true, cell: (d) => formatDay(d.expectedCloseDate) },
  ];
}
