import type { AuditVocabulary } from '../../app/module';
import type {
  AlliancePhase,
  AllianceType,
  Cadence,
  DesignDimension,
  DevelopmentStage,
  QualificationDimension,
  Recommendation,
  ValueCaptureMechanism,
} from './api';

export const allianceType: Record<AllianceType, string> = {
  referral: 'Referral',
  reseller: 'Reseller',
  co_sell: 'Co-sell',
  oem_embedded: 'OEM / embedded',
  co_development: 'Co-development',
  joint_venture: 'Joint venture',
  co_licensing: 'Co-licensing',
  co_investment: 'Co-investment',
  other: 'Other',
};
/** ASAP's alliance life cycle. */
export const alliancePhase: Record<AlliancePhase, string> = {
  strategy: 'Alliance-specific strategy',
  partner_selection: 'Analysis and selection of partners',
  negotiation: 'Negotiation and trust building',
  operational_planning: 'Operational planning',
  structuring_governance: 'Structuring and governance',
  launch_management: 'Launch and management',
  transformation: 'Transformation',
  termination: 'Termination',
};
export const developmentStage: Record<DevelopmentStage, string> = {
  strategic_fit: 'Strategic fit assessment',
  joint_value_proposition: 'Joint value proposition',
  agreement_negotiation: 'Agreement negotiation',
  gtm_activation: 'Joint go-to-market activation',
  performance_review: 'Performance review and evolution',
};
export const designDimension: Record<DesignDimension, string> = {
  valueProposition: 'Value-proposition clarity',
  marketScope: 'Market-scope definition',
  investment: 'Investment commitments',
  governance: 'Governance and executive sponsorship',
  performance: 'Performance measurement and accountability',
};
export const qualificationDimension: Record<QualificationDimension, string> = {
  marketAccess: 'Market-access complementarity',
  capability: 'Capability complementarity',
  commitment: 'Organisational commitment signals',
  alignment: 'Strategic alignment',
};
export const recommendation: Record<Recommendation, string> = {
  strategic_candidate: 'Strategic candidate',
  premier_tier_only: 'Premier tier only',
};
export const valueCaptureMechanism: Record<ValueCaptureMechanism, string> = {
  hardware_margin: 'Hardware margin',
  resale_margin: 'Resale margin',
  subscription_share: 'Subscription share',
  revenue_share: 'Revenue share',
  per_event_fee: 'Per-event fee',
  referral_fee: 'Referral fee',
  licence_fee: 'Licence fee',
  royalty: 'Royalty',
  services_revenue: 'Services revenue',
  equity_share: 'Equity share',
  other: 'Other',
};
export const cadence: Record<Cadence, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  semiannual: 'Twice a year',
  annual: 'Annual',
};

export const allianceLabels = {
  allianceType,
  alliancePhase,
  developmentStage,
  designDimension,
  qualificationDimension,
  recommendation,
  valueCaptureMechanism,
  cadence,
};
export const allianceColors = {
  recommendation: { strategic_candidate: 'teal', premier_tier_only: 'yellow' } as Record<Recommendation, string>,
};

type AllianceLabelSets = typeof allianceLabels;
type AllianceColorSets = typeof allianceColors;

declare module '../../app/module' {
  interface LabelSets extends AllianceLabelSets {}
  interface ColorSets extends AllianceColorSets {}
}

const toWorkspace = (e: { partnerId: string | null }) => (e.partnerId ? `/alliances/${e.partnerId}` : null);

export const allianceAudit: AuditVocabulary = {
  entities: {
    alliance: { label: 'Alliance', link: toWorkspace },
    alliance_checklist_tick: { label: 'Alliance checklist item', link: toWorkspace },
    alliance_qualification: { label: 'Strategic qualification', link: toWorkspace },
  },
  fields: {
    phase: 'Phase',
    stage: 'Development stage',
    vendorSponsorId: 'Vendor sponsor',
    partnerSponsorUserId: 'Partner sponsor',
    partnerSponsorContactId: 'Partner sponsor (contact)',
    design: 'Commercial design',
    designExplicit: 'Explicit dimensions',
    done: 'Done',
  },
};
