import { BarChart, DonutChart } from '@mantine/charts';
import { Anchor, Badge, Button, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconHistory,
  IconPlus,
  IconRoute,
  IconSettings,
  IconStar,
  IconUserStar,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link } from 'react-router';
import type { LifecycleStage, ResponseBody } from '../../../api/types';
import { COLORS, isKeyOf, LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { canCreatePartner, canManageSettings, canManageUsers, canViewAudit, managesOwnPartners } from '../../auth/permissions';
import { type SessionUser, useCurrentUser } from '../../auth/session';
import { DealRegistrationsCard } from '../../deal-registrations/components/DealRegistrationsCard';
import { usePartnerStats } from '../../partners/api';
import { useSettings, useTiers } from '../../settings/api';
import { tierColor } from '../../settings/labels';
import { LinkedBars } from '../components/LinkedBars';
import { StatCard } from '../components/StatCard';

type Stats = ResponseBody<'/api/v1/partners/stats', 'get'>;

const countOf = (counts: Stats['byStage'], key: string) => counts.find((c) => c.key === key)?.count ?? 0;
const partnersWhere = (params: Record<string, string>) => `/partners?${new URLSearchParams(params)}`;

function greeting(now = new Date()): string {
  const hour = now.getHours();
  return hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
}

type QuickLink = {
  label: string;
  to: (user: SessionUser) => string;
  icon: ComponentType<{ size?: number }>;
  show?: (user: SessionUser) => boolean;
};

/** Shortcuts for the day's work, each offered to whom it serves. */
const QUICK_LINKS: QuickLink[] = [
  { label: 'Partners I manage', to: (user) => partnersWhere({ ownerId: user.id }), icon: IconUserStar, show: managesOwnPartners },
  { label: 'Newest partners', to: () => partnersWhere({ sort: '-createdAt' }), icon: IconBuildingCommunity },
  { label: 'Users', to: () => '/users', icon: IconUsers, show: canManageUsers },
  { label: 'Audit log', to: () => '/audit', icon: IconHistory, show: canViewAudit },
  { label: 'Settings and tiers', to: () => '/settings', icon: IconSettings, show: canManageSettings },
];

export function VendorHomePage() {
  const stats = usePartnerStats();
  return <QueryState query={stats}>{(s) => <Portfolio stats={s} />}</QueryState>;
}

function Portfolio({ stats: s }: { stats: Stats }) {
  const user = useCurrentUser();
  const tiers = useTiers();
  const settings = useSettings();

  const stageData = (Object.keys(LABELS.lifecycleStage) as LifecycleStage[]).map((stage) => ({
    stage: LABELS.lifecycleStage[stage],
    key: stage,
    Partners: countOf(s.byStage, stage),
    color: `${COLORS.lifecycleStage[stage]}.6`,
  }));
  const tierBars = (tiers.data ?? [])
    .slice()
    .sort((a, b) => b.rank - a.rank)
    .map((tier) => ({
      name: tier.name,
      value: countOf(s.byTier, tier.id),
      color: tierColor(tier.color),
      to: partnersWhere({ tierId: tier.id }),
    }));
  const untiered = countOf(s.byTier, 'none');
  const typeBars = s.byType
    .filter((c) => isKeyOf(LABELS.partnerType, c.key))
    .sort((a, b) => b.count - a.count)
    .map((c) => ({
      name: isKeyOf(LABELS.partnerType, c.key) ? LABELS.partnerType[c.key] : c.key,
      value: c.count,
      color: 'blue',
      to: partnersWhere({ type: c.key }),
    }));

  // The headline counts, each opening the partner list it counts.
  const headlines = [
    { label: 'Partners', value: s.total, icon: <IconBuildingCommunity size={22} />, to: '/partners' },
    {
      label: LABELS.motion.channel,
      value: countOf(s.byMotion, 'channel'),
      icon: <IconRoute size={22} />,
      to: partnersWhere({ motion: 'channel' }),
      color: 'cyan',
    },
    {
      label: LABELS.motion.alliance,
      value: countOf(s.byMotion, 'alliance'),
      icon: <IconUserStar size={22} />,
      to: partnersWhere({ motion: 'alliance' }),
      color: 'violet',
    },
    {
      label: 'Strategic partners',
      value: countOf(s.byDesignation, 'strategic') + countOf(s.byDesignation, 'strategic_alliance'),
      icon: <IconStar size={22} />,
      to: partnersWhere({ designation: 'strategic,strategic_alliance' }),
      color: 'yellow',
    },
  ];

  return (
    <>
      <PageHeader
        title={`${greeting()}, ${user.name.split(' ')[0]}`}
        description={`${settings.data?.vendorName ?? 'Your'} partner ecosystem at a glance${
          settings.data ? ` · ${settings.data.currentFiscalPeriod.label}` : ''
        }.`}
        actions={
          <>
            <Button variant="default" component={Link} to="/partners">
              All partners
            </Button>
            {canCreatePartner(user) && (
              <Button component={Link} to="/partners/new" leftSection={<IconPlus size={16} />}>
                New partner
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          {headlines.map((card) => (
            <StatCard key={card.label} {...card} />
          ))}
        </SimpleGrid>

        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <SectionCard fill title="Partners by lifecycle stage">
              <BarChart
                h={260}
                data={stageData}
                dataKey="stage"
                series={[{ name: 'Partners', color: 'blue.6' }]}
                tickLine="y"
                gridAxis="y"
                withTooltip
                aria-label="Partners by lifecycle stage"
              />
              <Group gap={6} mt="md">
                {stageData.map((d) => (
                  <Badge
                    key={d.key}
                    component={Link}
                    to={partnersWhere({ lifecycleStage: d.key })}
                    color={COLORS.lifecycleStage[d.key]}
                    variant="light"
                    style={{ cursor: 'pointer' }}
                  >
                    {d.stage}: {d.Partners}
                  </Badge>
                ))}
              </Group>
            </SectionCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <SectionCard fill title="Motion and designation">
              <Stack align="center" gap="sm">
                <DonutChart
                  size={150}
                  thickness={24}
                  withTooltip
                  chartLabel={s.total}
                  data={[
                    { name: LABELS.motion.channel, value: countOf(s.byMotion, 'channel'), color: 'cyan.6' },
                    { name: LABELS.motion.alliance, value: countOf(s.byMotion, 'alliance'), color: 'violet.6' },
                  ]}
                />
                <Stack gap={4} w="100%">
                  {(Object.keys(LABELS.designation) as (keyof typeof LABELS.designation)[]).map((key) => (
                    <Group key={key} justify="space-between">
                      <Anchor component={Link} to={partnersWhere({ designation: key })} size="sm">
                        {LABELS.designation[key]}
                      </Anchor>
                      <Text size="sm" fw={600}>
                        {countOf(s.byDesignation, key)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Stack>
            </SectionCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard fill title="Partners by tier">
              <LinkedBars data={tierBars} label="Tier" />
              {untiered > 0 && (
                <Text size="sm" c="dimmed" mt="sm">
                  {untiered} partner{untiered === 1 ? '' : 's'} without a tier.
                </Text>
              )}
            </SectionCard>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <SectionCard fill title="Partners by type">
              <LinkedBars data={typeBars} label="Type" />
            </SectionCard>
          </Grid.Col>
        </Grid>
        <DealRegistrationsCard />

        <SectionCard fill title="Quick links">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {QUICK_LINKS.filter((link) => !link.show || link.show(user)).map((link) => (
              <Button key={link.label} variant="light" component={Link} to={link.to(user)} leftSection={<link.icon size={16} />}>
                {link.label}
              </Button>
            ))}
          </SimpleGrid>
        </SectionCard>
      </Stack>
    </>
  );
}
