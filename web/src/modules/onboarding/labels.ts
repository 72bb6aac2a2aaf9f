import type { AuditVocabulary } from '../../app/module';
import type { OnboardingStatus, OwnerSide, TaskRequirement } from './api';

export const ownerSide: Record<OwnerSide, string> = { vendor: 'Vendor', partner: 'Partner' };
export const taskRequirement: Record<TaskRequirement, string> = {
  none: 'No evidence',
  document: 'Document',
  acknowledgement: 'Acknowledgement',
};
export const onboardingStatus: Record<OnboardingStatus, string> = {
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const onboardingLabels = { ownerSide, taskRequirement, onboardingStatus };
export const onboardingColors = {
  onboardingStatus: { in_progress: 'blue', completed: 'teal', cancelled: 'gray' } as Record<OnboardingStatus, string>,
};

type OnboardingLabelSets = typeof onboardingLabels;
type OnboardingColorSets = typeof onboardingColors;

declare module '../../app/module' {
  interface LabelSets extends OnboardingLabelSets {}
  interface ColorSets extends OnboardingColorSets {}
}

export const onboardingAudit: AuditVocabulary = {
  entities: {
    onboarding_template: { label: 'Onboarding template', link: () => '/onboarding/templates' },
    onboarding: { label: 'Onboarding', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
    onboarding_task: { label: 'Onboarding task', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
  },
  fields: {
    cancelReason: 'Cancel reason',
    cancelledAt: 'Cancelled at',
    steps: 'Steps',
    dueOn: 'Due',
    assigneeId: 'Assignee',
    completedAt: 'Completed at',
    partnerTypes: 'Partner types',
  },
};
