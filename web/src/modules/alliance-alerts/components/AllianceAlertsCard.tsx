import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { SectionCard } from '../../../ui/SectionCard';
import { QueryState } from '../../../ui/States';
import { usePartnerAlerts } from '../api';
import { PORTFOLIO_LABELS } from '../labels';
import { FailureModes, ReasonList } from './FlagList';

/**
 * A partner's "strategic in name only" reasons and seed 004's failure modes, with the evidence
 * and what is not measured (a module not installed). Vendor staff only.
 */
export function AllianceAlertsCard({ partnerId }: { partnerId: string }) {
  const alerts = usePartnerAlerts(partnerId);
  return (
    <SectionCard title="Alliance health flags" label="Alliance health flags">
      <QueryState query={alerts}>
        {(a) => (
          <>
            {a.flagged ? (
              <Alert color="red" icon={<IconAlertTriangle size={16} />} title="Strategic in name only" mb="sm">
                <ReasonList reasons={a.reasons} />
              </Alert>
            ) : (
              <Text size="sm" c="dimmed" mb="sm">
                <IconCircleCheck size={14} style={{ verticalAlign: -2 }} />{' '}
                {a.strategic
                  ? 'Not flagged: sponsors, plan, governance and commitments are in order as far as they are measured.'
                  : 'Not in the strategic stage: the "strategic in name only" check does not apply.'}
              </Text>
            )}
            <FailureModes modes={a.failureModes} detailed />
            {a.notMeasured.length > 0 && (
              <Text size="xs" c="dimmed" mt="sm">
                Not measured: {a.notMeasured.map((k) => PORTFOLIO_LABELS[k] ?? k).join(', ')}
              </Text>
            )}
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}
