import type { AuditVocabulary } from '../../app/module';
import type { CertificationStatus, CompatibilityStatus } from './api';

export const certificationStatus: Record<CertificationStatus, string> = {
  none: 'Not certified',
  in_review: 'In review',
  certified: 'Certified',
  expired: 'Expired',
};
export const certificationColor: Record<CertificationStatus, string> = {
  none: 'gray',
  in_review: 'blue',
  certified: 'teal',
  expired: 'red',
};
export const compatibilityStatus: Record<CompatibilityStatus, string> = {
  supported: 'Supported',
  partial: 'Partial',
  planned: 'Planned',
  unsupported: 'Unsupported',
};
export const compatibilityColor: Record<CompatibilityStatus, string> = {
  supported: 'teal',
  partial: 'yellow',
  planned: 'blue',
  unsupported: 'red',
};

/** Where a certification may go next (the server's rule decides; this only offers the moves). */
export const CERTIFICATION_MOVES: Record<CertificationStatus, CertificationStatus[]> = {
  none: ['in_review'],
  in_review: ['certified', 'none'],
  certified: ['in_review', 'expired'],
  expired: ['in_review', 'certified'],
};

export const integrationLabels = { integrationCertification: certificationStatus, integrationCompatibility: compatibilityStatus };
export const integrationColors = { integrationCertification: certificationColor, integrationCompatibility: compatibilityColor };

type IntegrationLabelSets = typeof integrationLabels;
type IntegrationColorSets = typeof integrationColors;

declare module '../../app/module' {
  interface LabelSets extends IntegrationLabelSets {}
  interface ColorSets extends IntegrationColorSets {}
}

export const integrationsAudit: AuditVocabulary = {
  entities: { integration_listing: { label: 'Integration listing', link: () => '/integrations' } },
  fields: {
    listingUrl: 'Listing URL',
    certification: 'Certification',
    certifiedAt: 'Certified on',
    expiresAt: 'Expires on',
    certificationNote: 'Certification note',
    compatibility: 'Compatibility',
    category: 'Category',
  },
};
