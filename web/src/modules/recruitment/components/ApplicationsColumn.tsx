import { Anchor, Badge, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatRelative } from '../../../ui/format';
import { LABELS, looseLabel } from '../../../ui/labels';
import { QueryState } from '../../../ui/States';
import { type PartnerApplication, useApplications } from '../api';
import { ApplicationFlags } from './ApplicationBadges';

function ApplicationCard({ application: a }: { application: PartnerApplication }) {
  const met = a.fit.reasons.filter((r) => r.met);
  return (
    <Card withBorder padding="sm" radius="md" aria-label={a.companyName}>
      <Anchor component={Link} to={`/recruitment/applications/${a.id}`} fw={600} size="sm" truncate>
        {a.companyName}
      </Anchor>
      <Text size="xs" c="dimmed" truncate>
        {a.types.map((t) => looseLabel(LABELS.partnerType, t)).join(', ')} · applied {formatRelative(a.createdAt)}
      </Text>
      <Group mt={4}>
        <ApplicationFlags application={a} />
      </Group>
      {met.length > 0 && (
        <Text size="xs" mt={4} c="teal.8">
          ✓ {met.map((r) => r.criterion).join(' · ')}
        </Text>
      )}
    </Card>
  );
}

/** The board's first column: applications from the public form waiting for a decision. */
export function ApplicationsColumn() {
  const waiting = useApplications('submitted');
  return (
    <Stack gap="xs" aria-label="Applications column" role="region">
      <Group justify="space-between">
        <Title order={4}>Applications</Title>
        {waiting.data && (
          <Badge variant="light" color="blue">
            {waiting.data.data.length}
            {waiting.data.nextCursor ? '+' : ''}
          </Badge>
        )}
      </Group>
      <QueryState query={waiting}>
        {(page) => (
          <ScrollArea.Autosize mah="70vh" type="auto">
            <Stack gap="xs">
              {page.data.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No applications waiting.
                </Text>
              ) : (
                page.data.map((a) => <ApplicationCard key={a.id} application={a} />)
              )}
              <Anchor component={Link} to="/recruitment/applications" size="sm">
                All applications
              </Anchor>
            </Stack>
          </ScrollArea.Autosize>
        )}
      </QueryState>
    </Stack>
  );
}
