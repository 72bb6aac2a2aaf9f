import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { usePartnerScorecards } from '../api';
import { ScorecardView } from './ScorecardView';

/**
 * A partner's scorecards, newest period first, one period at a time (the partner 360 and the
 * portal home: a partner's people see the ones the vendor shares).
 */
export function PartnerScorecardsCard({ partnerId }: { partnerId: string }) {
  const cards = usePartnerScorecards(partnerId);
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <SectionCard
      title="Scorecards"
      label="Scorecards"
      description="Green, yellow or red per metric against the period’s targets."
    >
      <QueryState query={cards}>
        {(list) => {
          if (list.length === 0)
            return (
              <Text size="sm" c="dimmed">
                No scorecard has been evaluated yet.
              </Text>
            );
          const current = list.find((s) => s.id === picked) ?? list[0];
          return (
            <Stack gap="sm">
              {list.length > 1 && (
                <Select
                  aria-label="Scorecard period"
                  size="xs"
                  allowDeselect={false}
                  value={current?.id ?? null}
                  onChange={setPicked}
                  data={list.map((s) => ({ value: s.id, label: `${s.period} · ${s.templateName}` }))}
                />
              )}
              {current && <ScorecardView scorecard={current} />}
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
