import { Anchor, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconBuildingSkyscraper, IconPencil, IconUserCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Partner } from '../../../api/types';
import { ModuleCards } from '../../../app/ModuleCards';
import { Labelled } from '../../../ui/Fact';
import { displayUrl } from '../../../ui/format';
import { LABELS, labelOf } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { NotFoundState, QueryState } from '../../../ui/States';
import { canEditPartner } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { usePartner } from '../../partners/api';
import { useSettings } from '../../settings/api';
import { NextStepsCard } from '../components/NextStepsCard';
import { ProgramCard } from '../components/ProgramCard';

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Grid.Col span={wide ? 12 : { base: 12, sm: 6 }}>
      <Labelled label={label}>{typeof children === 'string' ? <Text size="sm">{children || '—'}</Text> : children}</Labelled>
    </Grid.Col>
  );
}

/** A partner user's home: what to do next, then their own company, nothing else. */
export function PortalHomePage() {
  const user = useCurrentUser();
  const partnerId = user.partnerId ?? '';
  const partner = usePartner(partnerId);
  if (!user.partnerId) return <NotFoundState what="Company" />;
  return <QueryState query={partner}>{(p) => <CompanyHome partner={p} />}</QueryState>;
}

function CompanyHome({ partner: p }: { partner: Partner }) {
  const user = useCurrentUser();
  const settings = useSettings();
  const vendorName = settings.data?.vendorName || 'the vendor';
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(' ')[0]}`}
        description={`${p.name} in the ${vendorName} partner program.`}
        actions={
          <Button variant="default" component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
            My profile
          </Button>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <NextStepsCard partnerId={p.id} user={user} />
            <SectionCard
              title={
                <Group gap="xs" component="span">
                  <IconBuildingSkyscraper size={20} />
                  {p.name}
                </Group>
              }
              action={
                <Group gap="xs" wrap="nowrap">
                  {canEditPartner(user, p) && (
                    <Button
                      size="xs"
                      variant="light"
                      component={Link}
                      to={`/partners/${p.id}/edit`}
                      leftSection={<IconPencil size={14} />}
                    >
                      Edit profile
                    </Button>
                  )}
                  <Button size="xs" variant="subtle" component={Link} to={`/partners/${p.id}`}>
                    Company page
                  </Button>
                </Group>
              }
            >
              {p.description && (
                <Text size="sm" mb="md">
                  {p.description}
                </Text>
              )}
              <Grid gap="md">
                <Fact label="Legal name">{p.legalName}</Fact>
                <Fact label="Website">
                  {p.website ? (
                    <Anchor href={p.website} target="_blank" rel="noopener noreferrer" size="sm">
                      {displayUrl(p.website)}
                    </Anchor>
                  ) : (
                    <Text size="sm">—</Text>
                  )}
                </Fact>
                <Fact label="Headquarters">{countryName(p.country)}</Fact>
                <Fact label="Company size">{labelOf(LABELS.companySize, p.companySize)}</Fact>
                <Fact label="Regions served">{p.regions.map((r) => LABELS.region[r]).join(', ')}</Fact>
                <Fact label="Industries">{p.industries.join(', ')}</Fact>
                <Fact label="Partner types" wide>
                  {p.types.map((t) => LABELS.partnerType[t]).join(', ')}
                </Fact>
              </Grid>
            </SectionCard>
            <ModuleCards slot="portalHomeCards" column="main" props={{ partner: p, user }} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ProgramCard partner={p} vendorName={vendorName} />
            <ModuleCards slot="portalHomeCards" column="side" props={{ partner: p, user }} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
