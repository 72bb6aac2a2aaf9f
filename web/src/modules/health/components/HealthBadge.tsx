import { Badge } from '@mantine/core';
import { COLOUR_OF, STATUS_LABEL } from '../labels';

/** A health status or scorecard colour as a badge ("no data" when there is none). */
export function HealthBadge({ status, score }: { status: 'green' | 'yellow' | 'red' | null; score?: number | null }) {
  if (!status)
    return (
      <Badge color="gray" variant="light">
        No data
      </Badge>
    );
  return (
    <Badge color={COLOUR_OF[status]} variant={status === 'red' ? 'filled' : 'light'}>
      {STATUS_LABEL[status]}
      {score !== undefined && score !== null ? ` · ${Math.round(score)}` : ''}
    </Badge>
  );
}

export function TrendMark({ trend }: { trend: 'up' | 'down' | 'flat' | null }) {
  if (!trend) return null;
  const mark = trend === 'up' ? '▲' : trend === 'down' ? '▼' : '■';
  const colour = trend === 'up' ? 'teal' : trend === 'down' ? 'red' : 'gray';
  return (
    <Badge color={colour} variant="transparent" size="sm" title={`Trend: ${trend}`} aria-label={`Trend ${trend}`}>
      {mark}
    </Badge>
  );
}
