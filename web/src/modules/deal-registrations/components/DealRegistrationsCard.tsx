import { Anchor, Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { formatDay } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { isVendor, mayApp } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { type DealRegistration, useDealSummary, useRecentDeals } from '../api';
import { DealBadges } from './DealBadges';

function Count({ label, value, to, color }: { label: string; value: number; to: string; color?: string }) {
  return (
    <Anchor component={Link} to={to} underline="never">
      <Stack gap={0} align="center">
        <Text fw={700} size="xl" c={value > 0 ? color : 'dimmed'}>
          {value}
        </Text>
        <Text size="xs" c="dimmed" ta="center">
          {label}
        </Text>
      </Stack>
    </Anchor>
  );
}

/**
 * Deal registrations at a glance: awaiting approval (overdue ones in red), protected, expiring
 * soon, conflicts, then the latest. On a partner's page (vendor) or the portal home (the
 * partner's own); without `partnerId`, the whole portfolio (the vendor home).
 */
export function DealRegistrationsCard({ partnerId }: { partnerId?: string }) {
  const user = useCurrentUser();
  const vendor = isVendor(user);
  const summary = useDealSummary(partnerId);
  const recent = useRecentDeals(partnerId);
  const base = `/deal-registrations${partnerId && vendor ? `?partnerId=${partnerId}&` : '?'}`;
  const registerTo = vendor ? (partnerId ? `/deal-registrations/new?partnerId=${partnerId}` : null) : '/deal-registrations/new';
  return (
    <SectionCard
      title="Deal registrations"
      label="Deal registrations"
      action={
        registerTo && mayApp(user, 'registerDeals') ? (
          <Button size="xs" variant="light" component={Link} to={registerTo} leftSection={<IconPlus size={14} />}>
            Register a deal
          </Button>
        ) : undefined
      }
    >
      <Stack gap="sm">
        <QueryState query={summary}>
          {(s) => (
            <SimpleGrid cols={{ base: 3, sm: 5 }} spacing="xs">
              <Count label="Awaiting approval" value={s.submitted} to={`${base}status=submitted`} color="yellow" />
              <Count label={`Overdue (${s.slaHours} h SLA)`} value={s.overdue} to={`${base}overdue=true`} color="red" />
              <Count label="Protected" value={s.approved} to={`${base}status=approved`} color="teal" />
              <Count label="Expiring soon" value={s.expiringSoon} to={`${base}expiringSoon=true`} color="orange" />
              <Count label="Conflicts" value={s.conflicts} to={`${base}conflict=true`} color="grape" />
            </SimpleGrid>
          )}
        </QueryState>
        <QueryState query={recent}>
          {(rows) => (
            <DataTable<DealRegistration>
              label="Latest deal registrations"
              rows={rows}
              rowName={(d) => `${d.number} ${d.title}`}
              minWidth={0}
              columns={[
                {
                  key: 'deal',
                  header: 'Registration',
                  cell: (d) => (
                    <Anchor component={Link} to={`/deal-registrations/${d.id}`} size="sm" fw={600}>
                      {d.number} · {d.customer.name}
                    </Anchor>
                  ),
                },
                { key: 'status', header: 'Status', cell: (d) => <DealBadges deal={d} /> },
                {
                  key: 'until',
                  header: 'Protected until',
                  nowrap: true,
                  cell: (d) => (d.expiresOn ? formatDay(d.expiresOn) : '—'),
                },
              ]}
              empty={<Empty title="No deals registered yet" />}
              card={(d) => ({
                title: `${d.number} · ${d.customer.name}`,
                subtitle: d.expiresOn ? `Protected until ${formatDay(d.expiresOn)}` : d.title,
                aside: <Badge color={COLORS.dealStatus[d.status]}>{LABELS.dealStatus[d.status]}</Badge>,
                to: `/deal-registrations/${d.id}`,
              })}
            />
          )}
        </QueryState>
        <Group justify="flex-end">
          <Anchor
            component={Link}
            to={partnerId && vendor ? `/deal-registrations?partnerId=${partnerId}` : '/deal-registrations'}
            size="sm"
          >
            All registrations
          </Anchor>
        </Group>
      </Stack>
    </SectionCard>
  );
}
