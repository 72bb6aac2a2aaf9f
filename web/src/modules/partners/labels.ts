import type {
  CompanySize,
  ContactInfluence,
  ContactSide,
  Designation,
  LifecycleStage,
  Motion,
  PartnerStatus,
  PartnerType,
  Region,
} from '../../api/types';
import type { AuditVocabulary } from '../../app/module';

/**
 * Human text for the partner enums, in the order the UI lists them. A Record keyed by the API's
 * union makes TypeScript flag a value the server adds and the UI forgot.
 */
const partnerType: Record<PartnerType, string> = {
  reseller: 'Reseller',
  var: 'VAR',
  vad: 'VAD',
  distributor: 'Distributor',
  msp: 'MSP',
  gsi: 'GSI',
  si: 'SI',
  isv: 'ISV',
  oem: 'OEM',
  hyperscaler: 'Hyperscaler',
  technology: 'Technology',
  product: 'Product',
  service: 'Service',
  referral: 'Referral',
  affiliate: 'Affiliate',
  agent: 'Agent',
  consultant: 'Consultant',
  marketing: 'Marketing',
  white_label: 'White label',
  franchise: 'Franchise',
};

const motion: Record<Motion, string> = { channel: 'Channel', alliance: 'Alliance' };

const designation: Record<Designation, string> = {
  standard: 'Standard',
  strategic: 'Strategic',
  strategic_alliance: 'Strategic alliance',
};

const partnerStatus: Record<PartnerStatus, string> = { active: 'Active', on_hold: 'On hold', inactive: 'Inactive' };

const region: Record<Region, string> = {
  north_america: 'North America',
  latin_america: 'Latin America',
  europe: 'Europe',
  middle_east_africa: 'Middle East & Africa',
  asia_pacific: 'Asia Pacific',
};

const companySize: Record<CompanySize, string> = {
  '1-10': '1–10 employees',
  '11-50': '11–50 employees',
  '51-200': '51–200 employees',
  '201-1000': '201–1,000 employees',
  '1001-5000': '1,001–5,000 employees',
  '5001+': '5,001+ employees',
};

const lifecycleStage: Record<LifecycleStage, string> = {
  prospect: 'Prospect',
  qualified: 'Qualified',
  onboarding: 'Onboarding',
  enabled: 'Enabled',
  active: 'Active',
  strategic: 'Strategic',
  offboarding: 'Off-boarding',
  terminated: 'Terminated',
};

const contactSide: Record<ContactSide, string> = { partner: 'Partner side', vendor: 'Our side' };

const contactInfluence: Record<ContactInfluence, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const partnerLabels = {
  partnerType,
  motion,
  designation,
  partnerStatus,
  region,
  companySize,
  lifecycleStage,
  contactSide,
  contactInfluence,
};

export const partnerColors = {
  lifecycleStage: {
    prospect: 'gray',
    qualified: 'cyan',
    onboarding: 'blue',
    enabled: 'indigo',
    active: 'green',
    strategic: 'violet',
    offboarding: 'orange',
    terminated: 'red',
  } satisfies Record<LifecycleStage, string>,
  partnerStatus: { active: 'green', on_hold: 'yellow', inactive: 'gray' } satisfies Record<PartnerStatus, string>,
  contactInfluence: { high: 'red', medium: 'yellow', low: 'gray' } satisfies Record<ContactInfluence, string>,
  contactSide: { partner: 'teal', vendor: 'blue' } satisfies Record<ContactSide, string>,
};

type PartnerLabelSets = typeof partnerLabels;
type PartnerColorSets = typeof partnerColors;

declare module '../../app/module' {
  interface LabelSets extends PartnerLabelSets {}
  interface ColorSets extends PartnerColorSets {}
}

export const partnerAudit: AuditVocabulary = {
  entities: {
    partner: { label: 'Partner', link: (event) => `/partners/${event.entityId}` },
    partner_contact: {
      label: 'Partner contact',
      link: (event) => (event.partnerId ? `/partners/${event.partnerId}` : null),
    },
  },
  fields: {
    name: 'Name',
    legalName: 'Legal name',
    website: 'Website',
    description: 'Description',
    domains: 'Domains',
    types: 'Types',
    motion: 'Motion',
    designation: 'Designation',
    country: 'Country',
    regions: 'Regions',
    industries: 'Industries',
    companySize: 'Company size',
    status: 'Status',
    tags: 'Tags',
    segment: 'Segment',
    lifecycleStage: 'Lifecycle stage',
    lifecycleStageChangedAt: 'Stage changed',
    tierId: 'Tier',
    ownerId: 'Owner',
    executiveSponsorId: 'Executive sponsor',
    partnerId: 'Partner',
    email: 'E-mail',
    title: 'Title',
    phone: 'Phone',
    role: 'Role',
    side: 'Side',
    influence: 'Influence',
    isPrimary: 'Primary contact',
    isExecutiveSponsor: 'Executive sponsor',
    notes: 'Notes',
  },
};
