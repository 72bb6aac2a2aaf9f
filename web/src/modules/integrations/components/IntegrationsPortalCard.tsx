import { Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useIntegrationListings } from '../api';

/** On the portal home: the company's integration listings at a glance, and the way to them. */
export function IntegrationsPortalCard({ partnerId }: { partnerId: string }) {
  const listings = useIntegrationListings(partnerId);
  return (
    <SectionCard title="Integrations">
      <QueryState query={listings}>
        {(page) => {
          const certified = page.data.filter((l) => l.certification === 'certified').length;
          return (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {page.data.length === 0 ? 'None listed yet' : `${page.data.length} listed, ${certified} certified`}
              </Text>
              <Button size="xs" variant="light" component={Link} to="/integrations">
                Integrations
              </Button>
            </Group>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
