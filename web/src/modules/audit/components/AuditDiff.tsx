import { Code, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditEvent } from '../../../api/types';
import { FIELD_LABELS, looseLabel } from '../../../ui/labels';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value.length === 0 ? '—' : value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return JSON.stringify(value);
}

function ValueCell({ value }: { value: unknown }) {
  return (
    <Table.Td>
      <Code bg="transparent" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        {show(value)}
      </Code>
    </Table.Td>
  );
}

/** The record before and after the change; changed fields first and highlighted. */
export function AuditDiff({ event }: { event: AuditEvent }) {
  const [all, setAll] = useState(event.changedFields.length === 0);
  const before = event.before ?? {};
  const after = event.after ?? {};
  const changed = new Set(event.changedFields);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const ordered = [...keys.filter((k) => changed.has(k)), ...keys.filter((k) => !changed.has(k))];
  const rows = all ? ordered : ordered.filter((k) => changed.has(k));
  if (keys.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No record snapshot for this event.
      </Text>
    );
  }
  return (
    <div>
      {event.changedFields.length > 0 && (
        <Switch size="xs" mb="xs" label="Show unchanged fields" checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
      )}
      <Table.ScrollContainer minWidth={520}>
        <Table withTableBorder withColumnBorders fz="xs" aria-label="Changes">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={180}>Field</Table.Th>
              {event.before && <Table.Th>Before</Table.Th>}
              {event.after && <Table.Th>After</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((key) => (
              <Table.Tr
                key={key}
                bg={changed.has(key) ? 'var(--mantine-color-yellow-light)' : undefined}
                data-changed={changed.has(key) || undefined}
              >
                <Table.Td fw={changed.has(key) ? 700 : 400}>{looseLabel(FIELD_LABELS, key)}</Table.Td>
                {event.before && <ValueCell value={before[key]} />}
                {event.after && <ValueCell value={after[key]} />}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
