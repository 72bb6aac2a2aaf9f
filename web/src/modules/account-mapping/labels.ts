import type { AuditVocabulary } from '../../app/module';
import type { Population, SharingLevel } from './api';

export const mappingPopulation: Record<Population, string> = {
  customer: 'Customers',
  prospect: 'Prospects',
  opportunity: 'Open opportunities',
};

export const sharingLevel: Record<SharingLevel, string> = {
  full: 'Full list',
  overlap: 'Overlap only',
  counts: 'Counts only',
  hidden: 'Hidden',
};

export const accountMappingLabels = { mappingPopulation, sharingLevel };
export const accountMappingColors = {
  sharingLevel: { full: 'teal', overlap: 'blue', counts: 'yellow', hidden: 'gray' } as Record<SharingLevel, string>,
};

type MappingLabelSets = typeof accountMappingLabels;
type MappingColorSets = typeof accountMappingColors;

declare module '../../app/module' {
  interface LabelSets extends MappingLabelSets {}
  interface ColorSets extends MappingColorSets {}
}

export const accountMappingAudit: AuditVocabulary = {
  entities: {
    account_list: {
      label: 'Account list',
      link: (e) => (e.entityId === 'vendor' ? '/account-mapping' : `/partners/${e.entityId}/account-mapping`),
    },
    account_mapping_sharing: { label: 'Account mapping sharing', link: (e) => `/partners/${e.entityId}/account-mapping` },
    account_mapping_private_match: {
      label: 'Private account match',
      link: (e) => (e.partnerId ? `/partners/${e.partnerId}/account-mapping` : null),
    },
  },
  actions: {
    upload: { label: 'Uploaded', color: 'blue' },
    sync: { label: 'Synchronised', color: 'blue' },
    reveal: { label: 'Revealed', color: 'grape' },
  },
  fields: { customer: 'Customers', prospect: 'Prospects', opportunity: 'Open opportunities' },
};
