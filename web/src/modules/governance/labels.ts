import type { AuditVocabulary } from '../../app/module';
import type { ActionStatus, BodyKind, DecisionStatus, MeetingKind, MeetingStatus, MemberRole, Side, Vote } from './api';

export const governanceBodyKind: Record<BodyKind, string> = {
  joint_steering_committee: 'Joint steering committee',
  program_board: 'Program board',
  working_group: 'Working group',
  executive_review: 'Executive review',
  custom: 'Other body',
};
export const governanceMemberRole: Record<MemberRole, string> = { chair: 'Chair', voting: 'Voting member', observer: 'Observer' };
export const governanceMeetingKind: Record<MeetingKind, string> = {
  kickoff: 'Kickoff',
  qbr: 'QBR',
  jsc: 'JSC',
  alignment_workshop: 'Alignment workshop',
  working_session: 'Working session',
  executive_review: 'Executive review',
};
export const governanceMeetingStatus: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};
export const governanceDecisionStatus: Record<DecisionStatus, string> = { open: 'Vote open', passed: 'Passed', failed: 'Failed' };
export const governanceActionStatus: Record<ActionStatus, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };
export const governanceSide: Record<Side, string> = { vendor: 'Vendor', partner: 'Partner' };
export const governanceVote: Record<Vote, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };

export const governanceLabels = {
  governanceBodyKind,
  governanceMemberRole,
  governanceMeetingKind,
  governanceMeetingStatus,
  governanceDecisionStatus,
  governanceActionStatus,
  governanceSide,
  governanceVote,
};
export const governanceColors = {
  governanceMeetingStatus: { scheduled: 'blue', held: 'teal', cancelled: 'gray' } as Record<MeetingStatus, string>,
  governanceDecisionStatus: { open: 'blue', passed: 'teal', failed: 'red' } as Record<DecisionStatus, string>,
  governanceActionStatus: { open: 'blue', done: 'teal', cancelled: 'gray' } as Record<ActionStatus, string>,
};

type GovernanceLabelSets = typeof governanceLabels;
type GovernanceColorSets = typeof governanceColors;

declare module '../../app/module' {
  interface LabelSets extends GovernanceLabelSets {}
  interface ColorSets extends GovernanceColorSets {}
}

export const governanceAudit: AuditVocabulary = {
  entities: {
    governance_body: { label: 'Governance body', link: () => '/governance' },
    governance_meeting: { label: 'Governance meeting', link: (e) => `/governance/meetings/${e.entityId}` },
    governance_decision: { label: 'Governance decision', link: () => '/governance' },
    governance_action: { label: 'Governance action item', link: () => '/governance' },
  },
  fields: {
    startsAt: 'Starts',
    durationMinutes: 'Duration',
    agenda: 'Agenda',
    minutes: 'Minutes',
    quorumPercent: 'Quorum',
    decisionRules: 'Decision rules',
    partnerMayWriteMinutes: 'Partner writes minutes',
    ownerId: 'Owner',
    dueOn: 'Due',
  },
};
