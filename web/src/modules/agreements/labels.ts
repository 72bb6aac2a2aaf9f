import type { AuditVocabulary } from '../../app/module';
import type { AgreementStatus, AgreementType, Exclusivity, RenewalType } from './api';

export const agreementType: Record<AgreementType, string> = {
  reseller: 'Reseller',
  referral: 'Referral',
  oem: 'OEM',
  white_label: 'White label',
  licensing: 'Licensing',
  co_licensing: 'Co-licensing',
  co_investment: 'Co-investment',
  joint_venture: 'Joint venture',
  franchise: 'Franchise',
  alliance: 'Alliance',
  nda: 'NDA',
};
export const agreementStatus: Record<AgreementStatus, string> = {
  draft: 'Draft',
  sent: 'Sent for signature',
  partner_signed: 'Signed by partner',
  countersigned: 'Countersigned',
  active: 'Active',
  expired: 'Expired',
  terminated: 'Terminated',
};
export const renewalType: Record<RenewalType, string> = { auto: 'Renews automatically', manual: 'Renewed by agreement' };
export const exclusivity: Record<Exclusivity, string> = { none: 'None', de_jure: 'De jure (contractual)' };

export const agreementLabels = { agreementType, agreementStatus, renewalType, exclusivity };
export const agreementColors = {
  agreementStatus: {
    draft: 'gray',
    sent: 'yellow',
    partner_signed: 'orange',
    countersigned: 'cyan',
    active: 'teal',
    expired: 'red',
    terminated: 'dark',
  } as Record<AgreementStatus, string>,
};

type AgreementLabelSets = typeof agreementLabels;
type AgreementColorSets = typeof agreementColors;

declare module '../../app/module' {
  interface LabelSets extends AgreementLabelSets {}
  interface ColorSets extends AgreementColorSets {}
}

export const agreementAudit: AuditVocabulary = {
  entities: { agreement: { label: 'Agreement', link: (e) => `/agreements/${e.entityId}` } },
  fields: {
    noticeDays: 'Notice days',
    noticeGivenOn: 'Notice given on',
    renewalType: 'Renewal',
    renewalTermMonths: 'Renewal term',
    commercialTerms: 'Commercial terms',
    exclusivity: 'Exclusivity',
    exclusivityScope: 'Exclusivity scope',
    jointIpGovernance: 'Joint-IP governance',
    terminationProvisions: 'Termination provisions',
    startOn: 'Start',
    endOn: 'End',
  },
};
