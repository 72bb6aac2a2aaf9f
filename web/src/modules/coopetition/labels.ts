import type { AuditVocabulary } from '../../app/module';
import type { CoopetitionKind } from './api';

export const coopetitionKind: Record<CoopetitionKind, string> = {
  segment: 'Segment',
  product: 'Product',
  solution_category: 'Solution category',
};

export const coopetitionLabels = { coopetitionKind };

type CoopetitionLabelSets = typeof coopetitionLabels;

declare module '../../app/module' {
  interface LabelSets extends CoopetitionLabelSets {}
}

export const coopetitionAudit: AuditVocabulary = {
  entities: { coopetition_area: { label: 'Coopetition area', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) } },
  fields: { kind: 'Kind', notes: 'Notes' },
};
