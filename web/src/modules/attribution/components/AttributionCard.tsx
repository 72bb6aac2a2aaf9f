import { Button, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Labelled } from '../../../ui/Fact';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { MODEL_LABELS, trailingFourQuarters, useAttribution, useAttributionSettings, useInfluenced } from '../api';

/** A partner's credited revenue over the last four quarters by the default model, and its influenced revenue (partner 360). */
export function AttributionCard({ partnerId }: { partnerId: string }) {
  const settings = useAttributionSettings();
  const range = { ...trailingFourQuarters(), partnerId };
  const choice = settings.data
    ? { model: settings.data.defaultModel, policyId: settings.data.defaultPolicyId ?? undefined }
    : null;
  const credited = useAttribution(range, choice);
  const influenced = useInfluenced(range);
  return (
    <SectionCard
      title="Attribution"
      label="Attribution"
      action={
        <Button size="xs" variant="subtle" component={Link} to={`/attribution/compare?from=${range.from}&to=${range.to}`}>
          Compare models
        </Button>
      }
    >
      <QueryState query={credited} loading="Crediting…">
        {(c) => {
          const mine = c.data.find((l) => l.partnerId === partnerId);
          const inf = influenced.data?.data.find((l) => l.partnerId === partnerId);
          return (
            <SimpleGrid cols={2} spacing="sm">
              <Labelled label={`Credited, last 4 quarters (${c.model === 'custom' ? c.modelLabel : MODEL_LABELS[c.model]})`}>
                <Text size="sm" data-testid="attribution-credited">
                  {formatAmount(mine?.credited ?? { amount: 0, currency: c.currency })}
                </Text>
                <Text size="xs" c="dimmed">
                  {mine?.opportunities ?? 0} won deals
                </Text>
              </Labelled>
              <Labelled label="Influenced, last 4 quarters">
                <Text size="sm" data-testid="attribution-influenced">
                  {formatAmount(inf?.influenced ?? { amount: 0, currency: c.currency })}
                </Text>
                <Text size="xs" c="dimmed">
                  Whole deals it touched
                </Text>
              </Labelled>
            </SimpleGrid>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
