import { Button, Group, Stack, Text } from '@mantine/core';
import { LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { useDecideMilestone, usePartnerMilestones } from '../api';
import { formatMetric } from '../labels';

const stage = (s: string) => LABELS.lifecycleStage[s as keyof typeof LABELS.lifecycleStage] ?? s;

/** Vendor side of the partner page: lifecycle moves milestone rules propose for it, to confirm or dismiss. Nothing when none. */
export function MilestoneProposalsCard({ partnerId }: { partnerId: string }) {
  const proposals = usePartnerMilestones(partnerId, true);
  const decide = useDecideMilestone();
  const list = proposals.data ?? [];
  if (list.length === 0) return null;
  return (
    <SectionCard
      title="Milestones reached"
      label="Milestones reached"
      description="A rule proposes a lifecycle move; a person confirms."
    >
      <Stack gap="sm">
        {list.map((p) => (
          <Stack key={p.id} gap={4} aria-label={`Milestone ${p.ruleName}`}>
            <Text size="sm" fw={600}>
              {stage(p.fromStage)} → {stage(p.toStage)}
            </Text>
            <Text size="xs" c="dimmed">
              {p.ruleName}: {p.evidence.label} {formatMetric(p.evidence.actual, p.evidence.unit)} {p.evidence.operator}{' '}
              {formatMetric(p.evidence.threshold, p.evidence.unit)}
            </Text>
            {p.can.confirm && (
              <Group gap="xs">
                <Button
                  size="xs"
                  loading={decide.isPending}
                  onClick={() =>
                    decide.run({ id: p.id, decision: 'confirm' }, { success: `${p.partner.name} moved to ${stage(p.toStage)}` })
                  }
                >
                  Confirm move to {stage(p.toStage)}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => decide.run({ id: p.id, decision: 'dismiss' }, { success: 'Dismissed' })}
                >
                  Dismiss
                </Button>
              </Group>
            )}
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}
