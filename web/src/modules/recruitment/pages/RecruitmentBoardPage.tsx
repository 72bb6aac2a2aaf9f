import { Anchor, Badge, Button, Card, Group, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { LifecycleStage, PartnerListItem } from '../../../api/types';
import { LABELS } from '../../../ui/labels';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/States';
import { canCreatePartner } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { useBoardColumn } from '../api';
import { ApplicationsColumn } from '../components/ApplicationsColumn';
import { FitBadge } from '../components/FitBadge';

/** The recruitment pipeline: the stages before a partner is enabled. */
const BOARD_STAGES: LifecycleStage[] = ['prospect', 'qualified', 'onboarding'];

function ProspectCard({ partner }: { partner: PartnerListItem }) {
  const met = partner.fit?.reasons.filter((r) => r.met) ?? [];
  const missing = partner.fit?.reasons.filter((r) => !r.met) ?? [];
  return (
    <Card withBorder padding="sm" radius="md" aria-label={partner.name}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Anchor component={Link} to={`/partners/${partner.id}`} fw={600} size="sm" truncate>
          {partner.name}
        </Anchor>
        <FitBadge fit={partner.fit} />
      </Group>
      <Text size="xs" c="dimmed" truncate>
        {partner.types.map((t) => LABELS.partnerType[t]).join(', ') || '—'} · {partner.owner?.name ?? 'No owner'}
      </Text>
      {met.length > 0 && (
        <Text size="xs" mt={4} c="teal.8">
          ✓ {met.map((r) => r.criterion).join(' · ')}
        </Text>
      )}
      {missing.length > 0 && (
        <Text size="xs" c="dimmed">
          ✗ {missing.map((r) => r.criterion).join(' · ')}
        </Text>
      )}
    </Card>
  );
}

function BoardColumn({ stage }: { stage: LifecycleStage }) {
  const column = useBoardColumn(stage);
  return (
    <Stack gap="xs" aria-label={`${LABELS.lifecycleStage[stage]} column`} role="region">
      <Group justify="space-between">
        <Title order={4}>{LABELS.lifecycleStage[stage]}</Title>
        {column.data && (
          <Badge variant="light" color="gray">
            {column.data.data.length}
            {column.data.nextCursor ? '+' : ''}
          </Badge>
        )}
      </Group>
      <QueryState query={column}>
        {(page) => (
          <ScrollArea.Autosize mah="70vh" type="auto">
            <Stack gap="xs">
              {page.data.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nobody in this stage.
                </Text>
              ) : (
                page.data.map((p) => <ProspectCard key={p.id} partner={p} />)
              )}
              {page.nextCursor && (
                <Anchor component={Link} to={`/partners?lifecycleStage=${stage}&sort=-fit`} size="sm">
                  All in {LABELS.lifecycleStage[stage].toLowerCase()}
                </Anchor>
              )}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </QueryState>
    </Stack>
  );
}

/** Recruitment: prospects by stage, best fit first, with the reasons for their fit. */
export function RecruitmentBoardPage() {
  const user = useCurrentUser();
  return (
    <>
      <PageHeader
        title="Recruitment"
        description="Applications to review, and prospects on their way to becoming partners, best fit against the Ideal Partner Profile first."
        actions={
          <Group gap="xs">
            <Button component={Link} to="/recruitment/profile" variant="default" leftSection={<IconTarget size={16} />}>
              Ideal Partner Profile
            </Button>
            {canCreatePartner(user) && (
              <Button component={Link} to="/partners/new" leftSection={<IconPlus size={16} />}>
                New prospect
              </Button>
            )}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2, xl: 4 }} spacing="md">
        <ApplicationsColumn />
        {BOARD_STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} />
        ))}
      </SimpleGrid>
    </>
  );
}
