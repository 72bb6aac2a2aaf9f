import type { AuditVocabulary } from '../../app/module';
import type { DealStatus } from './api';

export const dealStatus: Record<DealStatus, string> = {
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
  won: 'Won',
  lost: 'Lost',
  expired: 'Expired',
};

export const dealRegistrationLabels = { dealStatus };
export const dealRegistrationColors = {
  dealStatus: {
    submitted: 'yellow',
    approved: 'teal',
    rejected: 'red',
    won: 'green',
    lost: 'gray',
    expired: 'dark',
  } as Record<DealStatus, string>,
};

type DealLabelSets = typeof dealRegistrationLabels;
type DealColorSets = typeof dealRegistrationColors;

declare module '../../app/module' {
  interface LabelSets extends DealLabelSets {}
  interface ColorSets extends DealColorSets {}
}

export const dealRegistrationAudit: AuditVocabulary = {
  entities: {
    deal_registration: { label: 'Deal registration', link: (e) => `/deal-registrations/${e.entityId}` },
    deal_registration_settings: { label: 'Deal registration settings', link: () => '/deal-registrations' },
  },
  fields: {
    customerName: 'Customer',
    customerDomain: 'Customer domain',
    expectedCloseDate: 'Expected close',
    expiresOn: 'Protected until',
    protectionDays: 'Protection days',
    rejectionReason: 'Rejection reason',
    closeReason: 'Outcome note',
    extensionRequestedUntil: 'Extension requested until',
    approvalSlaHours: 'Approval SLA (hours)',
    reminderDays: 'Reminder days',
    defaultProtectionDays: 'Default protection (days)',
  },
};
