import type { AuditVocabulary } from '../../app/module';
import type { BlockableAction, ComplianceType, ItemState } from './api';

export const complianceType: Record<ComplianceType, string> = {
  dpa_gdpr: 'DPA / GDPR',
  soc2: 'SOC 2',
  iso27001: 'ISO 27001',
  insurance: 'Insurance',
  export_control: 'Export control',
  custom: 'Custom',
};
export const complianceState: Record<ItemState, string> = {
  in_force: 'In force',
  expired: 'Expired',
  pending: 'Awaiting review',
  rejected: 'Rejected',
};
export const blockableAction: Record<BlockableAction, string> = {
  payouts: 'Payouts',
  deal_registration: 'Deal registration',
  mdf_requests: 'MDF requests',
  lead_distribution: 'Lead distribution',
  tier_promotion: 'Tier promotion',
};

export const complianceLabels = { complianceType, complianceState, blockableAction };
export const complianceColors = {
  complianceState: { in_force: 'teal', expired: 'red', pending: 'yellow', rejected: 'gray' } as Record<ItemState, string>,
};

type ComplianceLabelSets = typeof complianceLabels;
type ComplianceColorSets = typeof complianceColors;

declare module '../../app/module' {
  interface LabelSets extends ComplianceLabelSets {}
  interface ColorSets extends ComplianceColorSets {}
}

export const complianceAudit: AuditVocabulary = {
  entities: {
    compliance_item: { label: 'Compliance item', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
    compliance_requirement: { label: 'Compliance settings', link: () => '/compliance' },
  },
  fields: {
    expiresOn: 'Expires',
    issuedOn: 'Issued',
    blocks: 'Blocks',
    reminderDays: 'Reminder days',
    rejectionReason: 'Rejection reason',
  },
};
