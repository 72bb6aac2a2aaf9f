import type { AuditVocabulary } from '../../app/module';
import type { Resource } from './api';

export const resourceStatus: Record<Resource['status'], string> = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};
export const resourceKind: Record<Resource['kind'], string> = {
  file: 'File',
  link: 'Link',
  cobrand: 'Co-brandable',
  empty: 'Nothing yet',
};

export const resourceLabels = { resourceStatus, resourceKind };
export const resourceColors = {
  resourceStatus: { draft: 'gray', published: 'teal', archived: 'dark' } as Record<Resource['status'], string>,
  resourceKind: { file: 'blue', link: 'indigo', cobrand: 'grape', empty: 'gray' } as Record<Resource['kind'], string>,
};

type ResourceLabelSets = typeof resourceLabels;
type ResourceColorSets = typeof resourceColors;

declare module '../../app/module' {
  interface LabelSets extends ResourceLabelSets {}
  interface ColorSets extends ResourceColorSets {}
}

export const resourceAudit: AuditVocabulary = {
  entities: {
    resource: { label: 'Resource', link: (e) => `/resources/${e.entityId}` },
    resource_category: { label: 'Resource category', link: () => '/resources' },
    resource_download: { label: 'Resource download', link: () => null },
    cobranded_asset: { label: 'Co-branded asset', link: () => null },
  },
  fields: {
    categoryId: 'Category',
    language: 'Language',
    featured: 'Featured',
    url: 'Link',
    template: 'Co-brand template',
    audience: 'Audience',
    publishedAt: 'Published',
    cobranded: 'Co-branded',
  },
};
