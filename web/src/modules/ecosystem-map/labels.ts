import type { EcosystemEdgeKind } from '../../api/types';

/** What each kind of edge means, in the words partner managers use. */
const ecosystemEdgeKind: Record<EcosystemEdgeKind, string> = {
  joint_opportunity: 'Joint opportunity',
  multi_partner_deal: 'Multi-partner deal',
  integration: 'Integration',
};

export const ecosystemLabels = { ecosystemEdgeKind };

export const ecosystemColors = {
  ecosystemEdgeKind: {
    joint_opportunity: 'blue',
    multi_partner_deal: 'teal',
    integration: 'grape',
  } satisfies Record<EcosystemEdgeKind, string>,
};

type EcosystemLabelSets = typeof ecosystemLabels;
type EcosystemColorSets = typeof ecosystemColors;

declare module '../../app/module' {
  interface LabelSets extends EcosystemLabelSets {}
  interface ColorSets extends EcosystemColorSets {}
}
