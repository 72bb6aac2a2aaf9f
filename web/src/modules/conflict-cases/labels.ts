import type { AuditVocabulary } from '../../app/module';
import type { CaseStatus, DecisionOutcome, PartyOutcome } from './api';

export const caseStatus: Record<CaseStatus, string> = { open: 'Open', decided: 'Decided', closed: 'Closed' };

export const caseTier: Record<'1' | '2' | '3', string> = {
  '1': 'Tier 1 · Partner manager',
  '2': 'Tier 2 · Channel chief',
  '3': 'Tier 3 · Executive',
};

export const decisionOutcome: Record<DecisionOutcome, string> = {
  awarded: 'Awarded to one party',
  split: 'Split between parties',
  vendor_direct: 'Vendor direct',
  no_conflict: 'No conflict',
};

export const partyOutcome: Record<PartyOutcome, string> = {
  keeps: 'Keeps the customer',
  shares: 'Shares the customer',
  steps_back: 'Steps back',
  proceeds: 'Proceeds (no conflict)',
};

export const conflictCaseLabels = { caseStatus, caseTier, decisionOutcome, partyOutcome };
export const conflictCaseColors = {
  caseStatus: { open: 'orange', decided: 'blue', closed: 'gray' } as Record<CaseStatus, string>,
  partyOutcome: { keeps: 'green', shares: 'teal', steps_back: 'red', proceeds: 'gray' } as Record<PartyOutcome, string>,
};

type CaseLabelSets = typeof conflictCaseLabels;
type CaseColorSets = typeof conflictCaseColors;

declare module '../../app/module' {
  interface LabelSets extends CaseLabelSets {}
  interface ColorSets extends CaseColorSets {}
}

export const conflictCaseAudit: AuditVocabulary = {
  entities: {
    conflict_case: { label: 'Conflict case', link: (e) => `/conflict-cases/${e.entityId}` },
    conflict_case_party: { label: 'Conflict case party', link: () => '/conflict-cases' },
    conflict_case_settings: { label: 'Conflict case settings', link: () => '/conflict-cases' },
  },
  fields: {
    tier: 'Tier',
    dueAt: 'Due',
    outcome: 'Outcome',
    reasons: 'Reasons',
    internalNote: 'Internal note',
    appealUntil: 'Appeal until',
    outcomeNote: 'Recorded outcome',
    statement: 'Statement',
    appealStatement: 'Appeal',
    appealDays: 'Appeal window (days)',
    tierSlaHours: 'Tier SLAs (hours)',
  },
};
