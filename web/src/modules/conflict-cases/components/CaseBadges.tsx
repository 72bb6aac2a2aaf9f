import { Badge, Group } from '@mantine/core';
import { COLORS, LABELS } from '../../../ui/labels';
import type { ConflictCase } from '../api';

export function CaseBadges({ c }: { c: ConflictCase }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Badge color={COLORS.caseStatus[c.status]} variant="light">
        {LABELS.caseStatus[c.status]}
      </Badge>
      {c.status === 'open' && (
        <Badge color="violet" variant="outline">
          Tier {c.tier}
        </Badge>
      )}
      {c.overdue && (
        <Badge color="red" variant="filled">
          SLA overdue
        </Badge>
      )}
    </Group>
  );
}

export function PartyOutcomeBadge({ outcome }: { outcome: ConflictCase['parties'][number]['outcome'] }) {
  if (!outcome) return null;
  return (
    <Badge color={COLORS.partyOutcome[outcome]} variant="light">
      {LABELS.partyOutcome[outcome]}
    </Badge>
  );
}
