import type { AuditVocabulary } from '../../app/module';
import type { CoSellRequest, InvolvementRole, OpportunityStage } from './api';

export const opportunityStage: Record<OpportunityStage, string> = {
  prospecting: 'Prospecting',
  qualification: 'Qualification',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closed_won: 'Closed won',
  closed_lost: 'Closed lost',
};

export const involvementRole: Record<InvolvementRole, string> = {
  sourced: 'Sourced',
  co_sell: 'Co-sell',
  technical: 'Technical',
  delivery: 'Delivery',
  referral: 'Referral',
  influence: 'Influence',
};

export const coSellStatus: Record<CoSellRequest['status'], string> = {
  requested: 'Requested',
  accepted: 'Accepted',
  declined: 'Declined',
};

export const opportunityLabels = { opportunityStage, involvementRole, coSellStatus };
export const opportunityColors = {
  opportunityStage: {
    prospecting: 'gray',
    qualification: 'blue',
    proposal: 'indigo',
    negotiation: 'violet',
    closed_won: 'green',
    closed_lost: 'dark',
  } as Record<OpportunityStage, string>,
  coSellStatus: { requested: 'yellow', accepted: 'green', declined: 'gray' } as Record<CoSellRequest['status'], string>,
};

type OpportunityLabelSets = typeof opportunityLabels;
type OpportunityColorSets = typeof opportunityColors;

declare module '../../app/module' {
  interface LabelSets extends OpportunityLabelSets {}
  interface ColorSets extends OpportunityColorSets {}
}

export const opportunityAudit: AuditVocabulary = {
  entities: {
    opportunity: { label: 'Opportunity', link: (e) => `/opportunities/${e.entityId}` },
    opportunity_partner: { label: 'Opportunity partner', link: () => '/opportunities' },
    opportunity_touch: { label: 'Opportunity touch', link: () => '/opportunities' },
    co_sell_request: { label: 'Co-sell request', link: () => '/opportunities' },
    account: { label: 'Account', link: (e) => `/accounts/${e.entityId}` },
  },
  fields: {
    closeDate: 'Close date',
    sharedFields: 'Shared with partners',
    lostReason: 'Lost reason',
    sourceKind: 'Source',
    otherDomains: 'Other domains',
    decisionReason: 'Decision reason',
  },
};
