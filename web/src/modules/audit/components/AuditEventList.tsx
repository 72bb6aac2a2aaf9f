import { ActionIcon, Anchor, Badge, Card, Collapse, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AuditEvent } from '../../../api/types';
import { formatDateTime, formatRelative } from '../../../ui/format';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, isKeyOf, LABELS, looseLabel } from '../../../ui/labels';
import { AuditDiff } from './AuditDiff';

/** Where the module that owns the record shows it, if anywhere. */
function entityLink(event: AuditEvent): string | null {
  return AUDIT_ENTITIES[event.entityType]?.link?.(event) ?? null;
}

function EventRow({ event }: { event: AuditEvent }) {
  const [open, setOpen] = useState(false);
  const link = entityLink(event);
  const role = isKeyOf(LABELS.role, event.actorRole) ? LABELS.role[event.actorRole] : event.actorRole;
  return (
    <Card padding="sm" data-testid="audit-event">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ActionIcon
          variant="subtle"
          color="gray"
          onClick={() => setOpen((o) => !o)}
          aria-label={open ? 'Hide details' : 'Show details'}
          aria-expanded={open}
        >
          {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        </ActionIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Badge size="sm" variant="light" color={AUDIT_ACTIONS[event.action]?.color ?? 'gray'}>
              {looseLabel(AUDIT_ACTIONS, event.action)}
            </Badge>
            <Badge size="sm" variant="outline" color="gray">
              {looseLabel(AUDIT_ENTITIES, event.entityType)}
            </Badge>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {event.summary}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {event.actorLabel}
            {role ? ` (${role})` : ''} · <span title={formatDateTime(event.occurredAt)}>{formatDateTime(event.occurredAt)}</span>{' '}
            · {formatRelative(event.occurredAt)}
            {event.changedFields.length > 0
              ? ` · changed ${event.changedFields.length} field${event.changedFields.length === 1 ? '' : 's'}`
              : ''}
            {link && (
              <>
                {' · '}
                <Anchor component={Link} to={link} size="xs">
                  Open record
                </Anchor>
              </>
            )}
          </Text>
          <Collapse expanded={open}>
            <Stack gap="xs" mt="xs">
              <Text size="xs" c="dimmed">
                Entity id <code>{event.entityId}</code> · request <code>{event.requestId}</code>
              </Text>
              {open && <AuditDiff event={event} />}
            </Stack>
          </Collapse>
        </Stack>
      </Group>
    </Card>
  );
}

export function AuditEventList({ events }: { events: AuditEvent[] }) {
  return (
    <Stack gap="xs" aria-label="Audit events">
      {events.map((event) => (
        <EventRow key={event.id} event={event} />
      ))}
    </Stack>
  );
}
