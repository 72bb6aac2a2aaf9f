import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Labelled as Fact } from '../../../ui/Fact';
import { formatDate } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { type GovernanceSummary, useGovernanceSummary } from '../api';

/** "No governance meeting in the last 120 days" is seed 004's first failure mode. */
const REVIEW_OVERDUE_DAYS = 120;

const rate = (value: number | null) => (value === null ? '—' : `${value}%`);

function Summary({ s }: { s: GovernanceSummary }) {
  const stale = s.daysSinceReview === null || s.daysSinceReview > REVIEW_OVERDUE_DAYS;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Fact label="Last review (QBR, JSC, executive)">
          {s.lastReview ? (
            <Text size="sm" c={stale ? 'red' : undefined} fw={stale ? 600 : undefined}>
              <Anchor component={Link} to={`/governance/meetings/${s.lastReview.id}`} size="sm">
                {s.lastReview.title}
              </Anchor>{' '}
              · {s.daysSinceReview} days ago
            </Text>
          ) : (
            <Text size="sm" c="red" fw={600}>
              Never
            </Text>
          )}
        </Fact>
        <Fact label="Next meeting">
          {s.nextMeeting ? (
            <Text size="sm">
              <Anchor component={Link} to={`/governance/meetings/${s.nextMeeting.id}`} size="sm">
                {s.nextMeeting.title}
              </Anchor>{' '}
              · {formatDate(s.nextMeeting.startsAt)}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              None scheduled
            </Text>
          )}
        </Fact>
        <Fact label="Sponsor attendance (QBRs and JSCs, 12 months)">
          <Text size="sm">
            Vendor {rate(s.sponsorAttendance.vendor)} · Partner {rate(s.sponsorAttendance.partner)}
          </Text>
        </Fact>
        <Fact label="Action items">
          <Group gap={6}>
            <Text size="sm">{s.openActions} open</Text>
            {s.overdueActions > 0 && (
              <Badge color="red" size="sm">
                {s.overdueActions} overdue
              </Badge>
            )}
            {s.openDecisions > 0 && (
              <Badge color="blue" size="sm" variant="light">
                {s.openDecisions} vote{s.openDecisions === 1 ? '' : 's'} open
              </Badge>
            )}
          </Group>
        </Fact>
      </SimpleGrid>
      {stale && (
        <Text size="xs" c="red">
          No governance review in the last {REVIEW_OVERDUE_DAYS} days: a strategic alliance without governance is strategic in
          name only.
        </Text>
      )}
    </Stack>
  );
}

/**
 * The alliance's governance at a glance, for the partner page and the portal home (and the
 * alliance workspace): last review, next meeting, executive-sponsor attendance per side, actions.
 */
export function GovernanceCard({ partnerId }: { partnerId: string }) {
  const summary = useGovernanceSummary(partnerId);
  return (
    <SectionCard
      title="Governance"
      label="Governance"
      action={
        <Anchor component={Link} to={`/governance?partnerId=${partnerId}`} size="sm">
          Calendar
        </Anchor>
      }
    >
      <QueryState query={summary}>
        {(s) =>
          s.bodies === 0 && !s.lastReview && !s.nextMeeting ? (
            <Text size="sm" c="dimmed">
              No governance yet: no steering committee, no {LABELS.governanceMeetingKind.qbr} on the calendar.
            </Text>
          ) : (
            <Summary s={s} />
          )
        }
      </QueryState>
    </SectionCard>
  );
}
