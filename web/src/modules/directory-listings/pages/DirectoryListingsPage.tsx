import { Anchor, Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { DataTable } from '../../../ui/DataTable';
import { ExportMenu } from '../../../ui/ExportMenu';
import { formatDate } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Empty, QueryState } from '../../../ui/States';
import { type ListingStatus, type ListingSummary, useAllDirectoryListings } from '../api';

const STATUS: Record<ListingStatus, { label: string; color: string }> = {
  listed: { label: 'Listed', color: 'teal' },
  not_listed: { label: 'Opted in, not shown', color: 'yellow' },
  hidden: { label: 'Hidden', color: 'red' },
  draft: { label: 'Not opted in', color: 'gray' },
};

/** Vendor staff: every partner's directory listing, where it stands, and why not when it is not shown. */
export function DirectoryListingsPage() {
  const [status, setStatus] = useState<ListingStatus | 'all'>('all');
  const listings = useAllDirectoryListings(status);
  return (
    <Stack gap={0}>
      <PageHeader
        title="Directory listings"
        description="What partners publish in the public partner directory: listed, opted in but not shown (stage or status), hidden by us, or not opted in."
        actions={
          <ExportMenu
            path="/api/v1/directory-listings/export"
            filters={{ status: status === 'all' ? undefined : status }}
            ignorePageFilters
          />
        }
      />
      <Stack gap="md">
        <SegmentedControl
          aria-label="Status"
          value={status}
          onChange={(v) => setStatus(v as ListingStatus | 'all')}
          data={[{ value: 'all', label: 'All' }, ...Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label }))]}
          style={{ alignSelf: 'flex-start' }}
        />
        <QueryState query={listings}>
          {(page) =>
            page.data.length === 0 ? (
              <Empty title="No listings" description="A partner's listing appears here once it, or its manager, saves it." />
            ) : (
              <DataTable<ListingSummary>
                label="Directory listings"
                rows={page.data}
                framed
                minWidth={800}
                card={(l) => ({ title: l.partnerName, subtitle: STATUS[l.status].label, to: `/partners/${l.partnerId}` })}
                columns={[
                  {
                    key: 'partner',
                    header: 'Partner',
                    cell: (l) => (
                      <Anchor component={Link} to={`/partners/${l.partnerId}`}>
                        {l.partnerName}
                      </Anchor>
                    ),
                  },
                  {
                    key: 'status',
                    header: 'Status',
                    cell: (l) => (
                      <Stack gap={2}>
                        <Badge color={STATUS[l.status].color} variant="light">
                          {STATUS[l.status].label}
                        </Badge>
                        {l.hidden && l.hiddenReason && (
                          <Text size="xs" c="dimmed">
                            {l.hiddenReason}
                          </Text>
                        )}
                      </Stack>
                    ),
                  },
                  { key: 'published', header: 'Opted in', cell: (l) => (l.publishedAt ? formatDate(l.publishedAt) : '—') },
                  { key: 'regions', header: 'Regions', cell: (l) => l.regions.length },
                  { key: 'updated', header: 'Last updated', cell: (l) => formatDate(l.updatedAt) },
                ]}
              />
            )
          }
        </QueryState>
      </Stack>
    </Stack>
  );
}
