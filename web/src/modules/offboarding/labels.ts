import type { AuditVocabulary } from '../../app/module';
import type { RunbookStatus } from './api';

export const runbookStatus: Record<RunbookStatus, string> = {
  open: 'In progress',
  completed: 'Finished',
  cancelled: 'Stopped (retained)',
};

export const offboardingLabels = { runbookStatus };
export const offboardingColors = {
  runbookStatus: { open: 'orange', completed: 'teal', cancelled: 'gray' } as Record<RunbookStatus, string>,
};

type OffboardingLabelSets = typeof offboardingLabels;
type OffboardingColorSets = typeof offboardingColors;

declare module '../../app/module' {
  interface LabelSets extends OffboardingLabelSets {}
  interface ColorSets extends OffboardingColorSets {}
}

export const offboardingAudit: AuditVocabulary = {
  entities: {
    offboarding_runbook: { label: 'Off-boarding runbook', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
    offboarding_item: { label: 'Off-boarding item', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
  },
  fields: { doneAt: 'Done at', doneById: 'Done by', amount: 'Amount', currency: 'Currency', note: 'Note' },
};
