import { Alert, Anchor, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { useCaseOfRegistration } from '../api';

/**
 * A line on a deal registration's page: the conflict case it is a party of, where it stands and,
 * once decided, what it means for this side. Nothing when there is none. `approvalBlockedBy`: the
 * server's reason the case stands in the way of approving the registration (its approver only).
 */
export function CaseOfRegistration({
  registrationId,
  approvalBlockedBy = null,
}: {
  registrationId: string;
  approvalBlockedBy?: string | null;
}) {
  const found = useCaseOfRegistration(registrationId);
  const c = found.data;
  if (!c) return null;
  const mine = c.myParty;
  return (
    <Alert color="violet" icon={<IconScale size={18} />} aria-label="Conflict case" title="Conflict case">
      <Text size="sm">
        <Anchor component={Link} to={`/conflict-cases/${c.id}`} fw={600}>
          {c.number}
        </Anchor>{' '}
        · {LABELS.caseStatus[c.status]}
        {c.status === 'open' ? ` at tier ${c.tier} (${c.tierLabel}), decision due ${formatDateTime(c.dueAt)}` : ''}
        {mine?.outcome && c.status !== 'open' ? ` · ${LABELS.partyOutcome[mine.outcome]}` : ''}
        {c.decision?.appealUntil && c.status === 'decided' && c.can.appeal ? ` · appeal until ${c.decision.appealUntil}` : ''}
      </Text>
      {approvalBlockedBy && (
        <Text size="sm" fw={500} mt={4}>
          {approvalBlockedBy}.
        </Text>
      )}
    </Alert>
  );
}
