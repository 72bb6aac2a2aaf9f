import { Badge, type BadgeProps } from '@mantine/core';
import { tierColor } from '../labels';

export function TierBadge({ tier, size = 'sm' }: { tier: { name: string; color: string } | null } & Pick<BadgeProps, 'size'>) {
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
