import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useCurrentProposition } from '../api';

/** The alliance's current joint value proposition in one card, linking to its page (both apps). */
export function ValuePropositionCard({ partnerId, to }: { partnerId: string; to: string }) {
  const current = useCurrentProposition(partnerId);
  return (
    <SectionCard
      title="Joint value proposition"
      label="Joint value proposition"
      action={
        <Anchor component={Link} to={to} size="sm">
          Open
        </Anchor>
      }
    >
      <QueryState query={current}>
        {(p) =>
          p ? (
            <>
              <Group gap="xs" mb={4}>
                <Text fw={600}>{p.title}</Text>
                <Badge variant="light">v{p.version}</Badge>
              </Group>
              <Text size="sm">{p.statement}</Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              None published yet: either side proposes one.
            </Text>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
