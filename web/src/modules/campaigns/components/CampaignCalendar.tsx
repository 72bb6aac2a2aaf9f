import { ActionIcon, Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { type Campaign, STATUS_LABELS, TYPE_COLORS, TYPE_LABELS } from '../api';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** "2027-03" → the days shown (whole weeks, Monday first) with whether each is in the month. */
function gridOf(month: string): { day: string; inMonth: boolean }[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const offset = (first.getUTCDay() + 6) % 7;
  const start = new Date(first.getTime() - offset * 86_400_000);
  const last = new Date(Date.UTC(y, m, 0));
  const days = Math.ceil((offset + last.getUTCDate()) / 7) * 7;
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(start.getTime() + i * 86_400_000);
    return { day: d.toISOString().slice(0, 10), inMonth: d.getUTCMonth() === m - 1 };
  });
}

export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
}

export function monthTitle(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The shared campaign calendar: a month of whole weeks, each day listing the campaigns running
 * on it (colour by type), each a link to its page.
 */
export function CampaignCalendar({
  month,
  onMonth,
  campaigns,
  showPartner,
}: {
  month: string;
  onMonth: (month: string) => void;
  campaigns: Campaign[];
  showPartner: boolean;
}) {
  const today = new Date().toISOString().slice(0, 10);
  const visible = campaigns.filter((c) => c.status !== 'cancelled' && c.status !== 'declined');
  return (
    <Stack gap="xs" aria-label="Campaign calendar">
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon variant="default" aria-label="Previous month" onClick={() => onMonth(shiftMonth(month, -1))}>
            <IconChevronLeft size={16} />
          </ActionIcon>
          <Text fw={600} miw={150} ta="center" aria-live="polite">
            {monthTitle(month)}
          </Text>
          <ActionIcon variant="default" aria-label="Next month" onClick={() => onMonth(shiftMonth(month, 1))}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Group>
        <Group gap={6}>
          {Object.entries(TYPE_LABELS).map(([type, label]) => (
            <Badge key={type} size="xs" variant="light" color={TYPE_COLORS[type as Campaign['type']]}>
              {label}
            </Badge>
          ))}
        </Group>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {WEEKDAYS.map((d) => (
          <Text key={d} size="xs" c="dimmed" ta="center">
            {d}
          </Text>
        ))}
        {gridOf(month).map(({ day, inMonth }) => {
          const running = visible.filter((c) => c.startsOn <= day && c.endsOn >= day);
          return (
            <Paper
              key={day}
              withBorder
              p={4}
              mih={84}
              bg={inMonth ? undefined : 'var(--mantine-color-default-hover)'}
              aria-label={`${day}: ${running.length} campaign${running.length === 1 ? '' : 's'}`}
            >
              <Text size="xs" fw={day === today ? 700 : 400} c={inMonth ? undefined : 'dimmed'}>
                {Number(day.slice(8))}
              </Text>
              <Stack gap={2}>
                {running.slice(0, 3).map((c) => (
                  <Tooltip
                    key={c.id}
                    label={`${c.name}${showPartner ? ` · ${c.partnerName}` : ''} · ${TYPE_LABELS[c.type]} · ${STATUS_LABELS[c.status]} · ${c.startsOn} – ${c.endsOn}`}
                  >
                    <UnstyledButton component={Link} to={`/campaigns/${c.id}`}>
                      <Box
                        px={4}
                        style={{
                          borderRadius: 4,
                          background: `var(--mantine-color-${TYPE_COLORS[c.type]}-light)`,
                          opacity: c.status === 'proposed' ? 0.6 : 1,
                          overflow: 'hidden',
                          whiteSpace: 'nowrap',
                          textOverflow: 'ellipsis',
                        }}
                      >
                        <Text size="xs" truncate>
                          {c.name}
                        </Text>
                      </Box>
                    </UnstyledButton>
                  </Tooltip>
                ))}
                {running.length > 3 && (
                  <Text size="xs" c="dimmed">
                    +{running.length - 3} more
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
