import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useLibraryStats } from '../api';

/** On a partner's page (vendor staff): how much its people used the resource library in 90 days, and what. */
export function PartnerResourcesCard({ partnerId }: { partnerId: string }) {
  const stats = useLibraryStats(true, partnerId);
  return (
    <SectionCard title="Resource library use" label="Resource library use">
      <QueryState query={stats}>
        {(s) => {
          const mine = s.byPartner[0];
          if (s.totals.downloads === 0) return <Text size="sm">Never opened the resource library.</Text>;
          return (
            <Stack gap={4}>
              <Text size="sm">
                {s.totals.downloads90d} downloads in the last 90 days ({s.totals.downloads} in all)
                {mine ? `, the last on ${formatDate(mine.lastAt)}` : ''}.
              </Text>
              {s.topResources.slice(0, 3).map((r) => (
                <Group key={r.id} justify="space-between" wrap="nowrap">
                  <Anchor component={Link} to={`/resources/${r.id}`} size="sm" lineClamp={1}>
                    {r.title}
                  </Anchor>
                  <Text size="sm">{r.downloads}</Text>
                </Group>
              ))}
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
