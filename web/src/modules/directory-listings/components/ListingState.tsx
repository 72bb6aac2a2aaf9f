import { Alert, Badge, List } from '@mantine/core';
import { IconEyeOff, IconWorld } from '@tabler/icons-react';
import type { DirectoryListing } from '../api';

export function ListingBadge({ listing }: { listing: DirectoryListing }) {
  if (listing.state.listed)
    return (
      <Badge color="teal" variant="light" leftSection={<IconWorld size={12} />}>
        Listed publicly
      </Badge>
    );
  return (
    <Badge color={listing.hidden ? 'red' : 'gray'} variant="light" leftSection={<IconEyeOff size={12} />}>
      {listing.hidden ? 'Hidden by the vendor' : listing.published ? 'Opted in, not shown' : 'Not listed'}
    </Badge>
  );
}

/** Why a listing is not in the public directory, if it is not. */
export function ListingReasons({ listing }: { listing: DirectoryListing }) {
  if (listing.state.listed || listing.state.reasons.length === 0) return null;
  return (
    <Alert color={listing.hidden ? 'red' : 'gray'} variant="light" title="Not in the public directory because">
      <List size="sm">
        {listing.state.reasons.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
