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
  Role,
} from '../api/types';

/**
 * Human labels for every enum the API speaks, in the order the UI lists them. A Record keyed by
 * the API's union makes TypeScript flag a value the server adds and the UI forgot.
 */
export const PARTNER_TYPE_LABELS: Record<PartnerType, string> = {
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

export const MOTION_LABELS: Record<Motion, string> = { channel: 'Channel', alliance: 'Alliance' };

export const DESIGNATION_LABELS: Record<Designation, string> = {
  standard: 'Standard',
  strategic: 'Strategic',
  strategic_alliance: 'Strategic alliance',
};

export const PARTNER_STATUS_LABELS: Record<PartnerStatus, string> = {
  active: 'Active',
  on_hold: 'On hold',
  inactive: 'Inactive',
};

export const REGION_LABELS: Record<Region, string> = {
  north_america: 'North America',
  latin_america: 'Latin America',
  europe: 'Europe',
  middle_east_africa: 'Middle East & Africa',
  asia_pacific: 'Asia Pacific',
};

export const COMPANY_SIZE_LABELS: Record<CompanySize, string> = {
  '1-10': '1–10 employees',
  '11-50': '11–50 employees',
  '51-200': '51–200 employees',
  '201-1000': '201–1,000 employees',
  '1001-5000': '1,001–5,000 employees',
  '5001+': '5,001+ employees',
};

export const STAGE_LABELS: Record<LifecycleStage, string> = {
  prospect: 'Prospect',
  qualified: 'Qualified',
  onboarding: 'Onboarding',
  enabled: 'Enabled',
  active: 'Active',
  strategic: 'Strategic',
  offboarding: 'Off-boarding',
  terminated: 'Terminated',
};

export const STAGE_COLORS: Record<LifecycleStage, string> = {
  prospect: 'gray',
  qualified: 'cyan',
  onboarding: 'blue',
  enabled: 'indigo',
  active: 'green',
  strategic: 'violet',
  offboarding: 'orange',
  terminated: 'red',
};

export const PARTNER_STATUS_COLORS: Record<PartnerStatus, string> = { active: 'green', on_hold: 'yellow', inactive: 'gray' };

export const CONTACT_SIDE_LABELS: Record<ContactSide, string> = { partner: 'Partner side', vendor: 'Our side' };

export const INFLUENCE_LABELS: Record<ContactInfluence, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const INFLUENCE_COLORS: Record<ContactInfluence, string> = { high: 'red', medium: 'yellow', low: 'gray' };

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  partner_manager: 'Partner manager',
  executive: 'Executive',
  finance: 'Finance',
  partner_admin: 'Partner admin',
  partner_user: 'Partner user',
};

/** Tier colours are names the API stores; these are the Mantine colours that draw them. */
export const TIER_COLORS = ['gray', 'bronze', 'silver', 'gold', 'platinum', 'blue', 'teal', 'violet', 'red'] as const;
export type TierColor = (typeof TIER_COLORS)[number];

const TIER_COLOR_MAP: Record<TierColor, string> = {
  gray: 'gray.7',
  bronze: 'orange.8',
  silver: 'gray.5',
  gold: 'yellow.7',
  platinum: 'indigo.4',
  blue: 'blue',
  teal: 'teal',
  violet: 'violet',
  red: 'red',
};

export const TIER_COLOR_LABELS: Record<TierColor, string> = {
  gray: 'Gray',
  bronze: 'Bronze',
  silver: 'Silver',
  gold: 'Gold',
  platinum: 'Platinum',
  blue: 'Blue',
  teal: 'Teal',
  violet: 'Violet',
  red: 'Red',
};

export function tierColor(color: string): string {
  return (TIER_COLOR_MAP as Record<string, string>)[color] ?? 'gray';
}

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  partner: 'Partner',
  partner_contact: 'Partner contact',
  user: 'User',
  tier: 'Tier',
  organization_settings: 'Settings',
  api_token: 'API token',
  session: 'Session',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Updated',
  delete: 'Deleted',
  revoke: 'Revoked',
  login: 'Signed in',
  logout: 'Signed out',
  lockout: 'Locked out',
};

export const AUDIT_ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  revoke: 'orange',
  login: 'gray',
  logout: 'gray',
  lockout: 'red',
};

/** Field names of audited records, for the before/after diff. */
export const FIELD_LABELS: Record<string, string> = {
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
  email: 'E-mail',
  role: 'Role',
  title: 'Title',
  phone: 'Phone',
  active: 'Active',
  partnerId: 'Partner',
  side: 'Side',
  influence: 'Influence',
  isPrimary: 'Primary contact',
  isExecutiveSponsor: 'Executive sponsor',
  notes: 'Notes',
  rank: 'Rank',
  color: 'Colour',
  vendorName: 'Vendor name',
  fiscalYearStartMonth: 'Fiscal year starts',
  reportingCurrency: 'Reporting currency',
  timeZone: 'Time zone',
  logoBytes: 'Logo size (bytes)',
  logoContentType: 'Logo image type',
  createdAt: 'Created',
  updatedAt: 'Updated',
};

export function labelOf<K extends string>(labels: Record<K, string>, key: K | null | undefined): string {
  if (key === null || key === undefined) return '—';
  return labels[key] ?? key;
}

/** A label for a string the API returns without a declared union (audit entity types, actions). */
export function looseLabel(labels: Record<string, string>, key: string): string {
  return labels[key] ?? key.replaceAll('_', ' ');
}

export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

export function isKeyOf<K extends string>(labels: Record<K, string>, value: string | null | undefined): value is K {
  return typeof value === 'string' && Object.hasOwn(labels, value);
}

/** Two upper-case letters; the server checks the code itself. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
