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

export const recruitmentLabels = { fitAttribute };

type RecruitmentLabelSets = typeof recruitmentLabels;

declare module '../../app/module' {
  interface LabelSets extends RecruitmentLabelSets {}
}

export const recruitmentAudit: AuditVocabulary = {
  entities: { ideal_partner_profile: { label: 'Ideal Partner Profile', link: () => '/recruitment/profile' } },
  fields: { criteria: 'Criteria' },
};

/** A fit score's colour: strong, fair or weak. */
export function fitColor(score: number): string {
  return score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'gray';
}
