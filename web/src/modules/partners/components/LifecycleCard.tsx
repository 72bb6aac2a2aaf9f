import { Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconArrowsExchange, IconFlag } from '@tabler/icons-react';
import type { Partner, StageTransition } from '../../../api/types';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { useStageTransitions } from '../api';
import { ChangeStageForm } from './ChangeStageForm';
import { StageBadge } from './PartnerBadges';

function StageHistory({ transitions }: { transitions: StageTransition[] }) {
  return (
    <Timeline active={0} bulletSize={22} lineWidth={2} aria-label="Stage history">
      {transitions
        .slice()
        .reverse()
        .map((t) => (
          <Timeline.Item
            key={t.id}
            color={COLORS.lifecycleStage[t.toStage]}
            bullet={t.fromStage ? <IconArrowsExchange size={12} /> : <IconFlag size={12} />}
            title={
              <Text size="sm" fw={600}>
                {t.fromStage
                  ? `${LABELS.lifecycleStage[t.fromStage]} → ${LABELS.lifecycleStage[t.toStage]}`
                  : `Created as ${LABELS.lifecycleStage[t.toStage]}`}
              </Text>
            }
          >
            {t.reason && (
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                “{t.reason}”
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2} title={formatDateTime(t.occurredAt)}>
              {t.actor?.name ?? 'System'} · {formatRelative(t.occurredAt)}
            </Text>
          </Timeline.Item>
        ))}
    </Timeline>
  );
}

export function LifecycleCard({ partner, canChange }: { partner: Partner; canChange: boolean }) {
  const changing = useDialog();
  const history = useStageTransitions(partner.id);
  return (
    <SectionCard
      title="Lifecycle"
      action={
        canChange && (
          <Button size="xs" variant="light" onClick={() => changing.open()}>
            Change stage
          </Button>
        )
      }
    >
      <Stack gap="md">
        <Group gap="xs">
          <StageBadge stage={partner.lifecycleStage} size="lg" />
          <Text size="xs" c="dimmed">
            since {formatDateTime(partner.lifecycleStageChangedAt)}
          </Text>
        </Group>
        <QueryState query={history} loading="Loading history…">
          {(transitions) => <StageHistory transitions={transitions} />}
        </QueryState>
      </Stack>
      <FormDialog dialog={changing} title="Change lifecycle stage" centered>
        {() => <ChangeStageForm partner={partner} onDone={changing.close} />}
      </FormDialog>
    </SectionCard>
  );
}
