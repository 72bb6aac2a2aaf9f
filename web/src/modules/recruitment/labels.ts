import type { FitAttribute } from '../../api/types';
import type { AuditVocabulary } from '../../app/module';

/** The partner attributes a criterion of the Ideal Partner Profile can look at. */
export const fitAttribute: Record<FitAttribute, string> = {
  types: 'Partner type',
  regions: 'Region',
  industries: 'Industry',
  companySize: 'Company size',
  country: 'Country',
  motion: 'Motion',
  tags: 'Tag',
  segment: 'Segment',
};

export const applicationStatus = { submitted: 'Waiting for review', accepted: 'Accepted', rejected: 'Rejected' } as const;
export const applicationStatusColor = { submitted: 'blue', accepted: 'teal', rejected: 'gray' } as const;
export const duplicateReason = {
  domain: 'Its domain belongs to',
  name: 'Its name is much like',
  application: 'An earlier application waits from',
} as const;

export const recruitmentLabels = { fitAttribute };

type RecruitmentLabelSets = typeof recruitmentLabels;

declare module '../../app/module' {
  interface LabelSets extends RecruitmentLabelSets {}
}

export const recruitmentAudit: AuditVocabulary = {
  entities: {
    ideal_partner_profile: { label: 'Ideal Partner Profile', link: () => '/recruitment/profile' },
    partner_application: { label: 'Partner application', link: (e) => `/recruitment/applications/${e.entityId}` },
  },
  fields: {
    criteria: 'Criteria',
    companyName: 'Company',
    contactName: 'Contact name',
    contactEmail: 'Contact e-mail',
    decisionReason: 'Decision reason',
    prospectPartnerId: 'Prospect',
    duplicates: 'Possible duplicates',
  },
};

/** A fit score's colour: strong, fair or weak. */
export function fitColor(score: number): string {
  return score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'gray';
}
