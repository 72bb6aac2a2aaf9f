import type { AuditVocabulary } from '../../app/module';

export const directoryListingsAudit: AuditVocabulary = {
  entities: {
    directory_listing: { label: 'Directory listing', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
  },
  fields: {
    published: 'Published',
    publishedAt: 'Published at',
    contactEmail: 'Contact e-mail',
    hidden: 'Hidden',
    hiddenReason: 'Why hidden',
  },
};
