import { Badge, List, Stack, Text, Tooltip } from '@mantine/core';
import type { AllianceReason, FailureMode } from '../api';

const value = (v: number | null) => (v === null ? 'none recorded' : String(v));

/** "Strategic in name only" reasons, each with the metric value that shows it. */
export function ReasonList({ reasons }: { reasons: readonly AllianceReason[] }) {
  return (
    <List size="sm" spacing={2}>
      {reasons.map((r) => (
        <List.Item key={r.code} data-reason={r.code}>
          {r.message}{' '}
          <Text span size="xs" c="dimmed">
            ({r.metric} = {value(r.value)})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Seed 004's failure modes as badges, their evidence in the tooltip (or listed, `detailed`). */
export function FailureModes({ modes, detailed = false }: { modes: readonly FailureMode[]; detailed?: boolean }) {
  if (modes.length === 0) return null;
  if (!detailed) {
    return (
      <Stack gap={2}>
        {modes.map((m) => (
          <Tooltip
            key={m.code}
            multiline
            w={320}
            label={m.evidence.map((e) => `${e.message} (${e.metric} = ${value(e.value)})`).join(' · ')}
          >
            <Badge size="sm" color="orange" variant="light" data-failure-mode={m.code}>
              {m.label}
            </Badge>
          </Tooltip>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      {modes.map((m) => (
        <div key={m.code} data-failure-mode={m.code}>
          <Text size="sm" fw={600}>
            {m.label}
          </Text>
          <List size="sm" spacing={2}>
            {m.evidence.map((e) => (
              <List.Item key={e.metric}>
                {e.message}{' '}
                <Text span size="xs" c="dimmed">
                  ({e.metric} = {value(e.value)})
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}
