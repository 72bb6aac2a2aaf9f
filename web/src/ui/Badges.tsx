import { Badge, type BadgeProps } from '@mantine/core';
import type { LifecycleStage, PartnerStatus, Role } from '../api/types';
import { PARTNER_STATUS_COLORS, PARTNER_STATUS_LABELS, ROLE_LABELS, STAGE_COLORS, STAGE_LABELS, tierColor } from './labels';

type Size = Pick<BadgeProps, 'size'>;

export function StageBadge({ stage, size = 'sm' }: { stage: LifecycleStage } & Size) {
  return (
    <Badge color={STAGE_COLORS[stage]} variant="light" size={size}>
      {STAGE_LABELS[stage]}
    </Badge>
  );
}

export function TierBadge({ tier, size = 'sm' }: { tier: { name: string; color: string } | null } & Size) {
  if (!tier) {
    return (
      <Badge color="gray" variant="outline" size={size}>
        No tier
      </Badge>
    );
  }
  return (
    <Badge color={tierColor(tier.color)} variant="filled" size={size}>
      {tier.name}
    </Badge>
  );
}

export function StatusBadge({ status, size = 'sm' }: { status: PartnerStatus } & Size) {
  return (
    <Badge color={PARTNER_STATUS_COLORS[status]} variant="dot" size={size}>
      {PARTNER_STATUS_LABELS[status]}
    </Badge>
  );
}

export function RoleBadge({ role, size = 'sm' }: { role: Role } & Size) {
  const partnerSide = role === 'partner_admin' || role === 'partner_user';
  return (
    <Badge color={partnerSide ? 'teal' : role === 'admin' ? 'grape' : 'blue'} variant="light" size={size}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
