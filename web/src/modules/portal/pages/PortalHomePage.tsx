import { Anchor, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingSkyscraper, IconPencil, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { displayUrl } from '../../../ui/format';
import { LABELS, labelOf } from '../../../ui/labels';
import { countryName } from '../../../ui/locale';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorState, NotFoundState, PageLoader } from '../../../ui/States';
import { canEditPartner, canManageContacts } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useContacts, usePartner } from '../../partners/api';
import { ContactsCard } from '../../partners/components/ContactsCard';
import { useSettings } from '../../settings/api';
import { ColleaguesCard } from '../components/ColleaguesCard';
import { ProgramCard } from '../components/ProgramCard';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

/** A partner user's home: their own company, nothing else. */
export function PortalHomePage() {
  const user = useCurrentUser();
  const partnerId = user.partnerId ?? '';
  const partner = usePartner(partnerId);
  const contacts = useContacts(partnerId);
  const settings = useSettings();
  const vendorName = settings.data?.vendorName || 'the vendor';

  if (!user.partnerId) return <NotFoundState what="Company" />;
  if (partner.isPending) return <PageLoader />;
  if (partner.isError) return <ErrorState error={partner.error} onRetry={() => partner.refetch()} />;
  const p = partner.data;

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
            <Card>
              <Group justify="space-between" mb="md" wrap="wrap">
                <Group gap="xs">
                  <IconBuildingSkyscraper size={20} />
                  <Title order={4}>{p.name}</Title>
                </Group>
                <Group gap="xs">
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
              </Group>
              {p.description && (
                <Text size="sm" mb="md">
                  {p.description}
                </Text>
              )}
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Fact label="Legal name" value={p.legalName} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    Website
                  </Text>
                  {p.website ? (
                    <Anchor href={p.website} target="_blank" rel="noopener noreferrer" size="sm">
                      {displayUrl(p.website)}
                    </Anchor>
                  ) : (
                    <Text size="sm">—</Text>
                  )}
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Fact label="Headquarters" value={countryName(p.country)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Fact label="Company size" value={labelOf(LABELS.companySize, p.companySize)} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Fact label="Regions served" value={p.regions.map((r) => LABELS.region[r]).join(', ')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Fact label="Industries" value={p.industries.join(', ')} />
                </Grid.Col>
                <Grid.Col span={12}>
                  <Fact label="Partner types" value={p.types.map((t) => LABELS.partnerType[t]).join(', ')} />
                </Grid.Col>
              </Grid>
            </Card>
            <ContactsCard
              partnerId={p.id}
              contacts={contacts.data}
              isPending={contacts.isPending}
              error={contacts.error}
              canManage={canManageContacts(user, p)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <ProgramCard partner={p} vendorName={vendorName} />
            <ColleaguesCard partnerId={p.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
