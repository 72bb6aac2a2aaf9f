import { Badge, List, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { Fit, FitReason } from '../../../api/types';
import { fitColor } from '../labels';

/** The reasons behind a fit score, one line per criterion: met or not, and its points. */
export function FitReasons({ reasons, size = 'sm' }: { reasons: FitReason[]; size?: 'xs' | 'sm' }) {
  return (
    <List spacing={2} size={size} center>
      {reasons.map((r) => (
        <List.Item
          key={r.criterion}
          icon={
            r.met ? (
              <IconCheck size={14} color="var(--mantine-color-teal-6)" />
            ) : (
              <IconX size={14} color="var(--mantine-color-gray-5)" />
            )
          }
        >
          <Text span size={size} c={r.met ? undefined : 'dimmed'}>
            {r.criterion} · {r.points}/{r.weight}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** A partner's fit score as a badge; hovering shows why. */
export function FitBadge({ fit }: { fit: Fit | undefined }) {
  if (!fit) return null;
  const label = (
    <Badge variant="light" color={fitColor(fit.score)} aria-label={`Fit ${fit.score} of 100`}>
      Fit {fit.score}
    </Badge>
  );
  if (fit.reasons.length === 0) return label;
  return (
    <Tooltip
      multiline
      w={300}
      withArrow
      label={
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            Against the Ideal Partner Profile
          </Text>
          <FitReasons reasons={fit.reasons} size="xs" />
        </Stack>
      }
    >
      {label}
    </Tooltip>
  );
}
