import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useSurveySummary } from '../api';

function npsColor(nps: number): string {
  return nps >= 30 ? 'teal' : nps >= 0 ? 'yellow' : 'red';
}

/**
 * A partner's survey figures on its 360 page: the latest health diagnostic's score with the
 * perception gap between the sides, its people's NPS and PX score.
 */
export function PartnerSurveysCard({ partnerId }: { partnerId: string }) {
  const summary = useSurveySummary(partnerId);
  return (
    <SectionCard title="Surveys" label="Surveys">
      <QueryState query={summary}>
        {(s) =>
          !s.diagnostic && !s.nps && !s.px ? (
            <Empty title="No survey results yet" description="Send a health diagnostic or an NPS survey." />
          ) : (
            <Stack gap="sm">
              {s.diagnostic && (
                <div>
                  <Text size="xs" c="dimmed">
                    Health diagnostic (closed {s.diagnostic.closesOn})
                  </Text>
                  <Group gap="xs" align="baseline">
                    <Anchor component={Link} to={`/surveys/${s.diagnostic.roundId}`} fw={700} size="xl">
                      {s.diagnostic.score ?? '—'}
                    </Anchor>
                    <Text size="sm">/ 100</Text>
                    {s.diagnostic.gap !== null && (
                      <Badge color={s.diagnostic.gap >= 25 ? 'red' : s.diagnostic.gap >= 10 ? 'yellow' : 'teal'} variant="light">
                        gap {s.diagnostic.gap} pts
                      </Badge>
                    )}
                  </Group>
                  {s.diagnostic.vendor !== null && s.diagnostic.partner !== null && (
                    <Text size="xs" c="dimmed">
                      Vendor sees {s.diagnostic.vendor}, partner sees {s.diagnostic.partner}
                    </Text>
                  )}
                </div>
              )}
              <SimpleGrid cols={2}>
                <div>
                  <Text size="xs" c="dimmed">
                    NPS of its people
                  </Text>
                  {s.nps?.nps != null ? (
                    <Group gap={6} align="baseline">
                      <Text fw={700} size="lg" c={npsColor(s.nps.nps)}>
                        {s.nps.nps}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {s.nps.count} answers, {s.nps.period}
                      </Text>
                    </Group>
                  ) : (
                    <Text size="sm">—</Text>
                  )}
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    PX score
                  </Text>
                  <Text fw={700} size="lg">
                    {s.px ? `${s.px.score}` : '—'}
                  </Text>
                </div>
              </SimpleGrid>
              <Anchor component={Link} to={`/surveys?partnerId=${partnerId}`} size="sm">
                All its surveys
              </Anchor>
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
