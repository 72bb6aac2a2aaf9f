import { Badge, type BadgeProps } from '@mantine/core';
import type { LifecycleStage, PartnerStatus } from '../../../api/types';
import { COLORS, LABELS } from '../../../ui/labels';

type Size = Pick<BadgeProps, 'size'>;

export function StageBadge({ stage, size = 'sm' }: { stage: LifecycleStage } & Size) {
  return (
    <Badge color={COLORS.lifecycleStage[stage]} variant="light" size={size}>
      {LABELS.lifecycleStage[stage]}
    </Badge>
  );
}

export function StatusBadge({ status, size = 'sm' }: { status: PartnerStatus } & Size) {
  return (
    <Badge color={COLORS.partnerStatus[status]} variant="dot" size={size}>
      {LABELS.partnerStatus[status]}
    </Badge>
  );
}
