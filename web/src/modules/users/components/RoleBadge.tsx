import { Badge, type BadgeProps } from '@mantine/core';
import type { Role } from '../../../api/types';
import { COLORS, LABELS } from '../../../ui/labels';

export function RoleBadge({ role, size = 'sm' }: { role: Role } & Pick<BadgeProps, 'size'>) {
  return (
    <Badge color={COLORS.role[role]} variant="light" size={size}>
      {LABELS.role[role]}
    </Badge>
  );
}
