import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { COLORS, LABELS } from '../../../ui/labels';
import type { PlanStatus, PlanSummary } from '../api';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={COLORS.planStatus[status]} variant="light">
      {LABELS.planStatus[status]}
    </Badge>
  );
}

/** One side's fulfilment: a bar with its percentage, or "nothing due yet". */
export function SideFulfilment({ label, value, counted }: { label: string; value: number | null; counted: number }) {
  const color = value === null ? 'gray' : value >= 80 ? 'teal' : value >= 50 ? 'yellow' : 'red';
  return (
    <Stack gap={2} style={{ flex: 1, minWidth: 120 }} data-testid={`fulfilment-${label.toLowerCase()}`}>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm" fw={600}>
          {value === null ? 'Nothing due yet' : `${value}%`}
        </Text>
      </Group>
      <Progress value={value ?? 0} color={color} size="sm" aria-label={`${label} fulfilment`} />
      <Text size="xs" c="dimmed">
        {counted === 1 ? '1 commitment counted' : `${counted} commitments counted`}
      </Text>
    </Stack>
  );
}

/** Fulfilment per side and the asymmetry between them (the "asymmetric commitment" failure mode). */
export function FulfilmentRow({ plan, extra }: { plan: Pick<PlanSummary, 'fulfilment'>; extra?: ReactNode }) {
  const f = plan.fulfilment;
  return (
    <Group align="flex-start" gap="lg" wrap="wrap">
      <SideFulfilment label="Vendor" value={f.vendor} counted={f.counted.vendor} />
      <SideFulfilment label="Partner" value={f.partner} counted={f.counted.partner} />
      <Stack gap={2} miw={110}>
        <Text size="xs" c="dimmed">
          Asymmetry
        </Text>
        <Tooltip label="Points between the two sides' fulfilment; above 25 is asymmetric commitment" withArrow>
          <Text size="sm" fw={700} c={f.asymmetry !== null && f.asymmetry > 25 ? 'red' : undefined} data-testid="asymmetry">
            {f.asymmetry === null ? '—' : `${f.asymmetry} pts`}
          </Text>
        </Tooltip>
      </Stack>
      {extra}
    </Group>
  );
}
