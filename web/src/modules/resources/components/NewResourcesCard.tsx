import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useResources } from '../api';

/** The portal home's "new for you": the latest resources the partner's programs and tiers unlock. */
export function NewResourcesCard() {
  const latest = useResources({ limit: 5, sort: '-createdAt' });
  return (
    <SectionCard
      title="New for you in the resource library"
      label="New resources"
      action={
        <Anchor component={Link} to="/resources" size="sm">
          All resources
        </Anchor>
      }
    >
      <QueryState query={latest}>
        {(rows) =>
          rows.length === 0 ? (
            <Empty
              title="Nothing in the library for you yet"
              description="Playbooks, battlecards and co-brandable one-pagers appear here."
            />
          ) : (
            <Stack gap={6}>
              {rows.map((r) => (
                <Group key={r.id} justify="space-between" wrap="nowrap">
                  <div>
                    <Anchor component={Link} to={`/resources/${r.id}`} size="sm" fw={600}>
                      {r.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {r.category?.name ?? 'Uncategorised'} · {formatDate(r.publishedAt ?? r.createdAt)}
                    </Text>
                  </div>
                  <Group gap={4} wrap="nowrap">
                    {r.isNew && <Badge size="xs">New</Badge>}
                    {r.kind === 'cobrand' && (
                      <Badge size="xs" color="grape" variant="light">
                        Co-brand
                      </Badge>
                    )}
                  </Group>
                </Group>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
