import { Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useDirectoryListing } from '../api';
import { ListingBadge } from './ListingState';

/** On the portal home: whether the company is in the public partner directory, and the way to its listing. */
export function DirectoryListingPortalCard({ partnerId }: { partnerId: string }) {
  const listing = useDirectoryListing(partnerId);
  return (
    <SectionCard title="Directory listing">
      <QueryState query={listing}>
        {(l) => (
          <Group justify="space-between" wrap="nowrap">
            <ListingBadge listing={l} />
            <Button size="xs" variant="light" component={Link} to="/directory-listing">
              {l.can.publish ? 'Edit listing' : 'View listing'}
            </Button>
          </Group>
        )}
      </QueryState>
      <Text size="xs" c="dimmed" mt="xs">
        Customers find partners in the public directory by region, industry, type and tier.
      </Text>
    </SectionCard>
  );
}
