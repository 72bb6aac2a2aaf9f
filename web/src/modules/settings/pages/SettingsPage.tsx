import { Grid, Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorState, PageLoader } from '../../../ui/States';
import { useSettings } from '../api';
import { LogoCard } from '../components/LogoCard';
import { OrganizationCard } from '../components/OrganizationCard';
import { TiersCard } from '../components/TiersCard';

export function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  return (
    <>
      <PageHeader title="Settings" description="Your organisation, its fiscal calendar and currency, and your partner tiers." />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <OrganizationCard key={settings.data.updatedAt} settings={settings.data} />
            <TiersCard />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <LogoCard settings={settings.data} />
        </Grid.Col>
      </Grid>
    </>
  );
}
