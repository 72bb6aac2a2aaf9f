import type { CompanySize, LifecycleStage, PartnerType, Region } from '../src/modules/partners/partners.rules.js';

/**
 * Word lists and weights for scale data that looks like a real partner portfolio: company names
 * that read like companies, a country mix weighted towards the markets vendors sell in, most
 * partners active and standard, a long tail of everything else. The weights are guesses at a
 * typical B2B software vendor's ecosystem, not measurements.
 */

/** [value, weight] pairs; `pick` chooses with probability proportional to weight. */
export type Weighted<T> = readonly (readonly [T, number])[];

// biome-ignore format: a word list reads better packed than one word a line
export const NAME_ROOTS = [
  'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Adatum', 'Woodgrove', 'Litware', 'Proseware', 'Wide World',
  'Trey', 'Alpine', 'Blue Yonder', 'Coho', 'Fourth Coffee', 'Humongous', 'Lucerne', 'Relecloud', 'Southridge',
  'Wingtip', 'Apex', 'Summit', 'Harbor', 'Meridian', 'Vertex', 'Nimbus', 'Cobalt', 'Granite', 'Keystone',
  'Lighthouse', 'Redwood', 'Silverline', 'Bluewater', 'Brightpath', 'Clearview', 'Crossbridge', 'Evergreen',
  'Falcon', 'Frontier', 'Greenfield', 'Highland', 'Ironclad', 'Juniper', 'Kestrel', 'Lakeside', 'Maple',
  'Northstar', 'Oakridge', 'Pinnacle', 'Quantum', 'Riverstone', 'Sapphire', 'Starling', 'Sterling', 'Tidewater',
  'Trailhead', 'Union', 'Vanguard', 'Westbridge', 'Zenith', 'Atlas', 'Beacon', 'Cascade', 'Delta', 'Echo',
  'Horizon', 'Insight', 'Kinetic', 'Lumina', 'Mosaic', 'Orbit', 'Polar', 'Radiant', 'Sequoia', 'Tandem', 'Vista',
  'Copperleaf', 'Driftwood', 'Foxglove', 'Hawthorn', 'Larkspur',
] as const;

// biome-ignore format: a word list reads better packed than one word a line
export const NAME_NOUNS = [
  'Systems', 'Consulting', 'Cloud', 'Data', 'Networks', 'Solutions', 'Partners', 'Digital', 'Labs', 'Group',
  'Technologies', 'Software', 'Analytics', 'Security', 'IT Services', 'Integration', 'Advisory', 'Infrastructure',
  'Computing', 'Logic', 'Works', 'Interactive', 'Dynamics', 'Engineering', 'Managed Services', 'Distribution',
  'Telecom', 'Innovations', 'Informatics', 'Communications', 'Ventures', 'Media', 'Intelligence', 'Automation',
  'Platforms', 'Cyber', 'Connect', 'Resources', 'Holdings', 'Associates',
] as const;

/** The empty qualifier comes first, so small data sets have the plainest names. */
// biome-ignore format: a word list reads better packed than one word a line
export const NAME_QUALIFIERS = [
  '', 'Nordics', 'Europe', 'Americas', 'APAC', 'Asia', 'Pacific', 'Iberia', 'Benelux', 'DACH', 'UK', 'Canada',
  'Australia', 'India', 'Japan', 'Brasil', 'Mexico', 'Africa', 'Gulf', 'Singapore', 'France', 'Italia', 'Polska',
  'Ireland', 'Texas', 'West', 'East', 'North', 'South', 'Central', 'Global',
] as const;

type Country = { code: string; legalSuffix: string; regions: Region[] };

export const COUNTRIES: Weighted<Country> = [
  [{ code: 'US', legalSuffix: 'Inc.', regions: ['north_america'] }, 30],
  [{ code: 'GB', legalSuffix: 'Ltd', regions: ['europe'] }, 10],
  [{ code: 'DE', legalSuffix: 'GmbH', regions: ['europe'] }, 9],
  [{ code: 'FR', legalSuffix: 'SAS', regions: ['europe'] }, 6],
  [{ code: 'CA', legalSuffix: 'Inc.', regions: ['north_america'] }, 5],
  [{ code: 'IN', legalSuffix: 'Pvt Ltd', regions: ['asia_pacific'] }, 5],
  [{ code: 'NL', legalSuffix: 'B.V.', regions: ['europe'] }, 4],
  [{ code: 'AU', legalSuffix: 'Pty Ltd', regions: ['asia_pacific'] }, 4],
  [{ code: 'JP', legalSuffix: 'K.K.', regions: ['asia_pacific'] }, 3],
  [{ code: 'BR', legalSuffix: 'Ltda.', regions: ['latin_america'] }, 3],
  [{ code: 'SG', legalSuffix: 'Pte. Ltd.', regions: ['asia_pacific'] }, 3],
  [{ code: 'ES', legalSuffix: 'S.L.', regions: ['europe'] }, 3],
  [{ code: 'IT', legalSuffix: 'S.r.l.', regions: ['europe'] }, 3],
  [{ code: 'SE', legalSuffix: 'AB', regions: ['europe'] }, 2],
  [{ code: 'IL', legalSuffix: 'Ltd', regions: ['europe', 'middle_east_africa'] }, 2],
  [{ code: 'ZA', legalSuffix: '(Pty) Ltd', regions: ['middle_east_africa'] }, 2],
  [{ code: 'MX', legalSuffix: 'S.A. de C.V.', regions: ['latin_america'] }, 2],
  [{ code: 'AE', legalSuffix: 'LLC', regions: ['middle_east_africa'] }, 2],
  [{ code: 'IE', legalSuffix: 'Ltd', regions: ['europe'] }, 1],
  [{ code: 'PL', legalSuffix: 'Sp. z o.o.', regions: ['europe'] }, 1],
];

/** Channel partners resell and serve; alliances build with or alongside the vendor. */
export const CHANNEL_TYPES: Weighted<PartnerType> = [
  ['reseller', 20],
  ['var', 14],
  ['msp', 14],
  ['si', 8],
  ['distributor', 4],
  ['vad', 3],
  ['service', 8],
  ['referral', 10],
  ['affiliate', 5],
  ['agent', 3],
  ['consultant', 6],
  ['marketing', 2],
  ['white_label', 2],
  ['franchise', 1],
];

export const ALLIANCE_TYPES: Weighted<PartnerType> = [
  ['isv', 30],
  ['technology', 25],
  ['gsi', 10],
  ['oem', 8],
  ['product', 10],
  ['hyperscaler', 1],
  ['consultant', 6],
];

export const STAGES: Weighted<LifecycleStage> = [
  ['prospect', 12],
  ['qualified', 10],
  ['onboarding', 10],
  ['enabled', 13],
  ['active', 40],
  ['strategic', 5],
  ['offboarding', 5],
  ['terminated', 5],
];

/** Tier names by rank; `null` weight is the share of partners without a tier. */
export const TIERS = [
  { name: 'Registered', rank: 1, color: 'gray', weight: 35 },
  { name: 'Silver', rank: 2, color: 'blue', weight: 22 },
  { name: 'Gold', rank: 3, color: 'yellow', weight: 13 },
  { name: 'Platinum', rank: 4, color: 'violet', weight: 5 },
] as const;
export const NO_TIER_WEIGHT = 25;

export const COMPANY_SIZES: Weighted<CompanySize> = [
  ['1-10', 10],
  ['11-50', 25],
  ['51-200', 28],
  ['201-1000', 20],
  ['1001-5000', 10],
  ['5001+', 7],
];

// biome-ignore format: a word list reads better packed than one word a line
export const INDUSTRIES = [
  'Financial services', 'Healthcare', 'Retail', 'Manufacturing', 'Public sector', 'Education', 'Energy',
  'Telecommunications', 'Media', 'Life sciences', 'Logistics', 'Software', 'Insurance', 'Hospitality', 'Automotive',
] as const;

export const SEGMENTS = ['Enterprise', 'Mid-market', 'SMB', 'Public sector', 'Technology', 'Distribution'] as const;

// biome-ignore format: a word list reads better packed than one word a line
export const TAGS = [
  'co-sell', 'marketplace', 'mdf-eligible', 'certified', 'new-logo', 'cloud', 'security', 'renewal-risk', 'top-20',
  'emea-focus', 'partner-of-the-year',
] as const;

// biome-ignore format: a word list reads better packed than one word a line
export const FIRST_NAMES = [
  'Ada', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hiro', 'Isabel', 'Jonas', 'Keira', 'Liam', 'Maya',
  'Noah', 'Olivia', 'Priya', 'Quinn', 'Rafael', 'Sofia', 'Tomás', 'Uma', 'Victor', 'Wen', 'Ximena', 'Yusuf', 'Zoe',
  'Anders', 'Bianca', 'Carlos', 'Dana', 'Emeka', 'Freya', 'Gustavo', 'Hannah', 'Ivan', 'Julia', 'Kenji', 'Lena',
] as const;

// biome-ignore format: a word list reads better packed than one word a line
export const LAST_NAMES = [
  'Adams', 'Becker', 'Chen', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski',
  'Lopez', 'Müller', 'Nakamura', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga',
  'Whitfield', 'Xu', 'Yamamoto', 'Zimmermann', 'Andersson', 'Bianchi', 'Costa', 'Dimitrov', 'Evans', 'Fernández',
] as const;

// biome-ignore format: a word list reads better packed than one word a line
export const CONTACT_TITLES = [
  'VP Alliances', 'Channel Director', 'Partner Manager', 'CEO', 'CTO', 'Head of Sales', 'Solutions Architect',
  'Marketing Manager', 'Practice Lead', 'Operations Manager',
] as const;

export const CONTACT_ROLES = ['alliance_manager', 'sales', 'technical', 'marketing', 'executive', 'operations'] as const;
