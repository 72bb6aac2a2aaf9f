import { Badge, Button, Table, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { formatAmount } from '../../../ui/money';
import { SectionCard } from '../../../ui/SectionCard';
import { attributionKeys, BUILT_IN_MODELS, MODEL_LABELS, type OpportunityAttribution, useAttributionSettings } from '../api';

/**
 * One deal's credit per partner under every built-in model, side by side (the opportunity page's
 * attribution card, vendor staff). The organisation's default model is marked. A deal not won yet
 * shows the split it would get if it closed as it stands.
 */
export function OpportunityAttributionCard({ opportunityId }: { opportunityId: string }) {
  const settings = useAttributionSettings();
  const results = useQueries({
    queries: BUILT_IN_MODELS.map((model) => ({
      queryKey: attributionKeys.opportunity(opportunityId, { model }),
      queryFn: () =>
        unwrap(api.GET('/api/v1/opportunities/{id}/attribution', { params: { path: { id: opportunityId }, query: { model } } })),
    })),
  });
  const loaded = results.map((r) => r.data).filter((d): d is OpportunityAttribution => Boolean(d));
  const first = loaded[0];
  const partners = new Map<string, string>();
  for (const r of loaded) for (const l of r.lines) partners.set(l.partnerId, l.partnerName);
  const cell = (r: OpportunityAttribution | undefined, partnerId: string) => {
    const line = r?.lines.find((l) => l.partnerId === partnerId);
    if (!r) return '…';
    if (!line || line.share === 0) return '–';
    const value = line.reportingCredit ?? line.credit;
    return `${value ? formatAmount(value) : ''} (${Math.round(line.share * 1000) / 10}%)`;
  };
  return (
    <SectionCard
      title="Attribution"
      label="Attribution of this deal"
      description={
        first && !first.won
          ? 'Not won yet: the credit each model would give if the deal closed as it stands.'
          : 'Each partner’s credit for this deal under every model (reporting currency at the close date).'
      }
      action={
        <Button size="xs" variant="subtle" component={Link} to="/attribution/compare">
          Compare models
        </Button>
      }
    >
      {results.some((r) => r.isError) ? (
        <Text size="sm" c="red">
          The attribution could not be loaded.
        </Text>
      ) : partners.size === 0 && loaded.length === BUILT_IN_MODELS.length ? (
        <Text size="sm" c="dimmed">
          No partner touched this deal: nothing to credit.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="opportunity-attribution">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Model</Table.Th>
                {[...partners].map(([id, name]) => (
                  <Table.Th key={id} ta="right">
                    {name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {BUILT_IN_MODELS.map((model, i) => (
                <Table.Tr key={model}>
                  <Table.Td>
                    <Text size="sm" span>
                      {MODEL_LABELS[model]}
                    </Text>
                    {settings.data?.defaultModel === model && (
                      <Badge size="xs" variant="light" ml={6}>
                        default
                      </Badge>
                    )}
                  </Table.Td>
                  {[...partners.keys()].map((id) => (
                    <Table.Td key={id} ta="right">
                      <Text size="sm">{cell(results[i]?.data, id)}</Text>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {first?.lockedPeriod && (
        <Text size="xs" c="dimmed" mt="xs">
          In the locked period {first.lockedPeriod}: the amounts are frozen as locked.
        </Text>
      )}
    </SectionCard>
  );
}
