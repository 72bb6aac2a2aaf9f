import { Alert, Anchor, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { LABELS } from '../../../ui/labels';
import { type ConflictCase, useCaseOfRegistration } from '../api';

/**
 * Why a registration may not be approved because of its conflict case, or null: the case is still
 * open, or its decision told this registration's partner to step back. The server refuses the same
 * (decision 0227); the page says it before anyone clicks.
 */
export function approvalBlock(c: ConflictCase | null | undefined, registrationId: string): string | null {
  if (!c) return null;
  if (c.status === 'open') return `Conflict case ${c.number} is still open: decide it before approving this registration`;
  const party = c.myParty ?? c.parties.find((p) => p.registration?.id === registrationId) ?? null;
  if (party?.outcome === 'steps_back')
    return `Conflict case ${c.number} told this partner to step back: the registration cannot be approved`;
  return null;
}

/** The approval block of a registration's conflict case (see `approvalBlock`). */
export function useApprovalBlock(registrationId: string): string | null {
  return approvalBlock(useCaseOfRegistration(registrationId).data, registrationId);
}

/**
 * A line on a deal registration's page: the conflict case it is a party of, where it stands and,
 * once decided, what it means for this side. Nothing when there is none. `approver`: the reader
 * may approve the registration, so the line says when the case stands in the way.
 */
export function CaseOfRegistration({ registrationId, approver = false }: { registrationId: string; approver?: boolean }) {
  const found = useCaseOfRegistration(registrationId);
  const c = found.data;
  if (!c) return null;
  const mine = c.myParty;
  const blocked = approver ? approvalBlock(c, registrationId) : null;
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
      {blocked && (
        <Text size="sm" fw={500} mt={4}>
          {blocked}.
        </Text>
      )}
    </Alert>
  );
}
