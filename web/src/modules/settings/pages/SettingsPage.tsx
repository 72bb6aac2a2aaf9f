import { Grid, Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/States';
import { useSettings } from '../api';
import { LogoCard } from '../components/LogoCard';
import { OrganizationCard } from '../components/OrganizationCard';
import { TiersCard } from '../components/TiersCard';

export function SettingsPage() {
  const settings = useSettings();
  return (
    <QueryState query={settings}>
      {(current) => (
        <>
          <PageHeader
            title="Settings"
            description="Your organisation, its fiscal calendar and currency, and your partner tiers."
          />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <OrganizationCard key={current.updatedAt} settings={current} />
                <TiersCard />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <LogoCard settings={current} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}
