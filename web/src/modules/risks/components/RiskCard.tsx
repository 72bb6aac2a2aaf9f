import { Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { FormDialog, useDialog } from '../../../ui/dialogs';
import { COLORS, LABELS } from '../../../ui/labels';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { useHeatMap, useRisks } from '../api';
import { HeatMap } from './HeatMap';
import { RiskForm } from './RiskForm';

/**
 * A partner's risk register at a glance — its heat map and the highest live risks — for the
 * partner page and the portal home (the partner's people see the risks shared with them and
 * raise their own). `vendor`: the viewer is vendor staff.
 */
export function RiskCard({ partnerId, canRaise, vendor }: { partnerId: string; canRaise: boolean; vendor: boolean }) {
  const map = useHeatMap(partnerId);
  const risks = useRisks({ partnerId, live: 'true', limit: 5 });
  const raising = useDialog<null>();
  return (
    <SectionCard
      title="Risks"
      label="Risks"
      description={vendor ? undefined : 'Risks on our alliance that the vendor shares with us, and those we raised.'}
      action={
        canRaise ? (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => raising.open(null)}>
            Raise a risk
          </Button>
        ) : undefined
      }
    >
      <QueryState query={map}>
        {(m) =>
          m.total === 0 ? (
            <Empty title="No live risks" description="Raise one when something could hurt the alliance." />
          ) : (
            <Stack gap="sm">
              <Group gap="xs">
                <Badge color="gray" variant="light">
                  {m.total} live
                </Badge>
                {m.high > 0 && (
                  <Badge color="red" variant="filled">
                    {m.high} high
                  </Badge>
                )}
              </Group>
              <HeatMap map={m} size="sm" />
            </Stack>
          )
        }
      </QueryState>
      <QueryState query={risks}>
        {(rows) => (
          <Stack gap={4} mt="sm">
            {rows.map((r) => (
              <Group key={r.id} justify="space-between" wrap="nowrap" data-testid="risk-row">
                <Anchor component={Link} to={`/risks/${r.id}`} size="sm" style={{ minWidth: 0 }}>
                  {r.title}
                </Anchor>
                <Group gap={4} wrap="nowrap">
                  {r.reviewOverdue && (
                    <Badge size="sm" color="orange" variant="outline">
                      Review overdue
                    </Badge>
                  )}
                  <Badge size="sm" color={COLORS.riskBand[r.band]}>
                    {r.score} {LABELS.riskBand[r.band]}
                  </Badge>
                </Group>
              </Group>
            ))}
            {rows.length > 0 && (
              <Anchor component={Link} to={`/risks?partnerId=${partnerId}`} size="xs">
                The whole register
              </Anchor>
            )}
          </Stack>
        )}
      </QueryState>
      <FormDialog dialog={raising} title="Raise a risk">
        {() => <RiskForm partnerId={partnerId} vendor={vendor} onDone={raising.close} />}
      </FormDialog>
    </SectionCard>
  );
}
