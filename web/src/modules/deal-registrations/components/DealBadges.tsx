import { Badge, Group, Tooltip } from '@mantine/core';
import { COLORS, LABELS } from '../../../ui/labels';
import type { DealRegistration } from '../api';

/** Status, and what needs attention: an overdue approval, protection ending soon, a conflict. */
export function DealBadges({ deal: d }: { deal: DealRegistration }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Badge color={COLORS.dealStatus[d.status]}>{LABELS.dealStatus[d.status]}</Badge>
      {d.approvalOverdue && (
        <Badge color="red" variant="light">
          Approval overdue
        </Badge>
      )}
      {d.expiringSoon && (
        <Badge color="orange" variant="light">
          {d.daysLeft === 0 ? 'Expires today' : `Expires in ${d.daysLeft} d`}
        </Badge>
      )}
      {d.conflict.flagged && (
        <Tooltip label={d.conflict.reasons.map((r) => r.message).join(' · ')} multiline maw={360}>
          <Badge color="grape" variant="light">
            Conflict
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
