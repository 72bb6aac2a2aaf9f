import { Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowsExchange, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import type { Partner } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { COLORS, LABELS } from '../../../ui/labels';
import { ErrorState, PageLoader } from '../../../ui/States';
import { useStageTransitions } from '../api';
import { ChangeStageModal } from './ChangeStageModal';
import { StageBadge } from './PartnerBadges';

function StageHistory({ partnerId }: { partnerId: string }) {
  const history = useStageTransitions(partnerId);
  if (history.isPending) return <PageLoader label="Loading history…" />;
  if (history.isError) return <ErrorState error={history.error} />;
  const items = history.data.slice().reverse();
  return (
    <Timeline active={0} bulletSize={22} lineWidth={2} aria-label="Stage history">
      {items.map((t) => (
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
  const [open, setOpen] = useState(false);
  return (
    <Card>
      <Group justify="space-between" mb="sm">
        <Title order={4}>Lifecycle</Title>
        {canChange && (
          <Button size="xs" variant="light" onClick={() => setOpen(true)}>
            Change stage
          </Button>
        )}
      </Group>
      <Stack gap="md">
        <Group gap="xs">
          <StageBadge stage={partner.lifecycleStage} size="lg" />
          <Text size="xs" c="dimmed">
            since {formatDateTime(partner.lifecycleStageChangedAt)}
          </Text>
        </Group>
        <StageHistory partnerId={partner.id} />
      </Stack>
      <ChangeStageModal partner={partner} opened={open} onClose={() => setOpen(false)} />
    </Card>
  );
}
