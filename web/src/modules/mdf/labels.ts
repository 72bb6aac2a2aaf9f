import type { AuditVocabulary } from '../../app/module';
import type { ActivityType, AllocationKind, ClaimStatus, RequestStatus } from './api';

export const mdfActivityType: Record<ActivityType, string> = {
  event: 'Event',
  webinar: 'Webinar',
  digital: 'Digital advertising',
  content: 'Content',
  co_op_ad: 'Co-op advertising',
  email: 'E-mail campaign',
  training: 'Training',
  other: 'Other',
};
export const mdfRequestStatus: Record<RequestStatus, string> = {
  submitted: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Withdrawn',
  claimed: 'Claim submitted',
  completed: 'Claim approved',
  lapsed: 'Claim window closed',
};
export const mdfClaimStatus: Record<ClaimStatus, string> = {
  submitted: 'Awaiting review',
  approved: 'Approved, awaiting payment',
  rejected: 'Rejected',
  paid: 'Paid',
};
export const mdfAllocationKind: Record<AllocationKind, string> = { fixed: 'Fixed', accrued: 'Accrued' };

export const mdfLabels = { mdfActivityType, mdfRequestStatus, mdfClaimStatus, mdfAllocationKind };
export const mdfColors = {
  mdfRequestStatus: {
    submitted: 'yellow',
    approved: 'teal',
    rejected: 'red',
    cancelled: 'gray',
    claimed: 'blue',
    completed: 'teal',
    lapsed: 'gray',
  } as Record<RequestStatus, string>,
  mdfClaimStatus: { submitted: 'yellow', approved: 'blue', rejected: 'red', paid: 'teal' } as Record<ClaimStatus, string>,
};

type MdfLabelSets = typeof mdfLabels;
type MdfColorSets = typeof mdfColors;

declare module '../../app/module' {
  interface LabelSets extends MdfLabelSets {}
  interface ColorSets extends MdfColorSets {}
}

export const mdfAudit: AuditVocabulary = {
  entities: {
    mdf_allocation: { label: 'MDF allocation', link: () => '/mdf' },
    mdf_request: { label: 'MDF request', link: () => '/mdf' },
    mdf_claim: { label: 'MDF claim', link: () => '/mdf' },
    mdf_settings: { label: 'MDF rules', link: () => '/mdf' },
  },
  fields: {
    approvedAmount: 'Approved amount',
    claimedAmount: 'Claimed amount',
    requestedAmount: 'Requested amount',
    decisionReason: 'Reason',
    paymentReference: 'Payment reference',
    claimWindowDays: 'Claim window (days)',
  },
};
