import { Anchor, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { RequirementProgress } from '../../../api/types';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useTierProgress } from '../api';
import { formatMetric } from '../labels';

function Requirement({ r }: { r: RequirementProgress }) {
  const color = r.met === true ? 'teal' : r.met === false ? 'orange' : 'gray';
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm">{r.label}</Text>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed">
          {formatMetric(r.actual, r.unit)} / {formatMetric(r.required, r.unit)}
        </Text>
        <Badge size="sm" variant="light" color={color}>
          {r.met === true ? 'Met' : r.met === false ? `${formatMetric(r.missing, r.unit)} to go` : 'No data yet'}
        </Badge>
      </Group>
    </Group>
  );
}

/** Partner 360 and the portal home: the tier in each program, the next one and what it still takes. */
export function TierProgressCard({ partnerId }: { partnerId: string }) {
  const progress = useTierProgress(partnerId);
  return (
    <SectionCard title="Programs and tier progress" description="Current tier, the next one, and each of its requirements.">
      <QueryState query={progress}>
        {(p) =>
          p.programs.length === 0 ? (
            <Text size="sm" c="dimmed">
              Not in a program yet.
            </Text>
          ) : (
            <Stack gap="md">
              {p.programs.map((x) => (
                <Stack key={x.membershipId} gap={6} aria-label={`Progress in ${x.program.name}`}>
                  <Group justify="space-between">
                    <Anchor component={Link} to={`/programs/${x.program.id}`} fw={600} size="sm">
                      {x.program.name}
                    </Anchor>
                    <Text size="sm">
                      {x.currentTier?.name ?? 'No tier'}
                      {x.nextTier ? ` → ${x.nextTier.name}` : ' (top tier)'}
                    </Text>
                  </Group>
                  {x.total > 0 && (
                    <Progress value={(100 * x.metCount) / x.total} size="sm" aria-label={`${x.metCount} of ${x.total} met`} />
                  )}
                  {x.requirements.map((r) => (
                    <Requirement key={r.key} r={r} />
                  ))}
                  {x.holdsCurrentTier === false && (
                    <Text size="xs" c="orange">
                      Below the requirements of {x.currentTier?.name}: a demotion may be proposed after the grace period.
                    </Text>
                  )}
                </Stack>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
