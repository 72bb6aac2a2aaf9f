import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useDirectoryListing, useListingVisibility } from '../api';
import { ListingBadge, ListingReasons } from './ListingState';

/** The partner's public directory listing on its 360 page: shown or not and why; the vendor hides or shows it. */
export function DirectoryListingCard({ partnerId }: { partnerId: string }) {
  const listing = useDirectoryListing(partnerId);
  const visibility = useListingVisibility(partnerId);
  const [reason, setReason] = useState('');
  return (
    <SectionCard title="Directory listing" description="The partner's entry in the public partner directory, if it opts in.">
      <QueryState query={listing}>
        {(l) => (
          <Stack gap="xs">
            <Group gap="xs">
              <ListingBadge listing={l} />
              {l.state.listed && (
                <Anchor component={Link} to={`/partners-directory?q=${encodeURIComponent(l.partnerName)}`} size="sm">
                  See it
                </Anchor>
              )}
            </Group>
            {l.description && (
              <Text size="sm" lineClamp={3}>
                {l.description}
              </Text>
            )}
            <ListingReasons listing={l} />
            {l.can.publish && (
              <Button size="xs" variant="light" component={Link} to="/directory-listing">
                Edit our listing
              </Button>
            )}
            {l.can.moderate &&
              (l.hidden ? (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => visibility.run({ hidden: false }, { success: 'The listing is shown again' })}
                >
                  Show in the directory
                </Button>
              ) : (
                <Group gap="xs" align="flex-end" wrap="nowrap">
                  <TextInput
                    size="xs"
                    label="Why hide it"
                    placeholder="e.g. out-of-date contact details"
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                  />
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() =>
                      visibility.run({ hidden: true, reason: reason.trim() }, { success: 'Hidden from the directory' })
                    }
                  >
                    Hide
                  </Button>
                </Group>
              ))}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
