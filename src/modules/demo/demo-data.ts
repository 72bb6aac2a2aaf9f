import { count } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { withTx } from '../../db/scope.js';
import { systemCtx } from '../../shared/context.js';
import type { Role } from '../../shared/roles.js';
import { createContact } from '../partners/partner-contacts.service.js';
import {
  type CompanySize,
  type Designation,
  LIFECYCLE_PATH,
  type LifecycleStage,
  type Motion,
  type PartnerType,
  type Region,
} from '../partners/partners.rules.js';
import { partners } from '../partners/partners.schema.js';
import { createPartner, transitionStage } from '../partners/partners.service.js';
import { updateSettings } from '../settings/settings.service.js';
import { createTier } from '../tiers/tiers.service.js';
import { users } from '../users/users.schema.js';
import { createUser } from '../users/users.service.js';

/**
 * A demo ecosystem for a fictional vendor, "Lumen Cloud": its partner team and ~40 partners of
 * every kind, built through the same services the API uses (so everything is audited and valid).
 * Deterministic: the same data on every run.
 */
export const DEMO_PASSWORD = 'consort-demo-2026';

type DemoPartner = {
  name: string;
  domain: string;
  types: PartnerType[];
  motion: Motion;
  designation: Designation;
  country: string;
  regions: Region[];
  industries: string[];
  size: CompanySize;
  stage: LifecycleStage;
  tier: 'Registered' | 'Silver' | 'Gold' | 'Platinum' | null;
  segment: string;
};

const P = (
  name: string,
  domain: string,
  types: PartnerType[],
  motion: Motion,
  designation: Designation,
  country: string,
  regions: Region[],
  industries: string[],
  size: CompanySize,
  stage: LifecycleStage,
  tier: DemoPartner['tier'],
  segment: string,
): DemoPartner => ({ name, domain, types, motion, designation, country, regions, industries, size, stage, tier, segment });

const DEMO_PARTNERS: DemoPartner[] = [
  P(
    'Northwind Systems',
    'northwind.example',
    ['reseller', 'var'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Retail', 'Manufacturing'],
    '201-1000',
    'active',
    'Gold',
    'Mid-market',
  ),
  P(
    'Contoso Consulting Group',
    'contoso-consulting.example',
    ['gsi', 'si'],
    'alliance',
    'strategic_alliance',
    'US',
    ['north_america', 'europe'],
    ['Financial services', 'Public sector'],
    '5001+',
    'strategic',
    'Platinum',
    'Enterprise',
  ),
  P(
    'Fabrikam Managed Services',
    'fabrikam-ms.example',
    ['msp'],
    'channel',
    'strategic',
    'GB',
    ['europe'],
    ['Healthcare'],
    '201-1000',
    'active',
    'Gold',
    'Mid-market',
  ),
  P(
    'Tailspin Data',
    'tailspin-data.example',
    ['isv', 'technology'],
    'alliance',
    'strategic',
    'DE',
    ['europe'],
    ['Software'],
    '51-200',
    'active',
    'Silver',
    'Technology',
  ),
  P(
    'Adatum Cloud',
    'adatum.example',
    ['hyperscaler'],
    'alliance',
    'strategic_alliance',
    'US',
    ['north_america', 'europe', 'asia_pacific'],
    ['Cloud infrastructure'],
    '5001+',
    'strategic',
    'Platinum',
    'Strategic',
  ),
  P(
    'Woodgrove Distribution',
    'woodgrove-dist.example',
    ['distributor', 'vad'],
    'channel',
    'strategic',
    'NL',
    ['europe', 'middle_east_africa'],
    ['Technology distribution'],
    '1001-5000',
    'active',
    'Platinum',
    'Distribution',
  ),
  P(
    'Litware Security',
    'litware.example',
    ['isv', 'oem'],
    'alliance',
    'standard',
    'IL',
    ['europe', 'north_america'],
    ['Cybersecurity'],
    '51-200',
    'enabled',
    'Silver',
    'Technology',
  ),
  P(
    'Proseware Solutions',
    'proseware.example',
    ['var', 'service'],
    'channel',
    'standard',
    'CA',
    ['north_america'],
    ['Education'],
    '11-50',
    'onboarding',
    'Registered',
    'SMB',
  ),
  P(
    'Wide World Integrators',
    'wideworld.example',
    ['si', 'consultant'],
    'channel',
    'standard',
    'AU',
    ['asia_pacific'],
    ['Mining', 'Energy'],
    '201-1000',
    'active',
    'Gold',
    'Enterprise',
  ),
  P(
    'Trey Research Partners',
    'treyresearch.example',
    ['referral', 'consultant'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Life sciences'],
    '11-50',
    'qualified',
    null,
    'Mid-market',
  ),
  P(
    'Alpine Ski House IT',
    'alpineit.example',
    ['msp', 'reseller'],
    'channel',
    'standard',
    'CH',
    ['europe'],
    ['Hospitality'],
    '11-50',
    'enabled',
    'Registered',
    'SMB',
  ),
  P(
    'Blue Yonder Analytics',
    'blueyonder-analytics.example',
    ['technology', 'isv'],
    'alliance',
    'standard',
    'US',
    ['north_america'],
    ['Retail', 'Logistics'],
    '201-1000',
    'active',
    'Silver',
    'Technology',
  ),
  P(
    'Coho Networks',
    'coho-networks.example',
    ['reseller'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Telecommunications'],
    '51-200',
    'active',
    'Silver',
    'Mid-market',
  ),
  P(
    'Datum Partners EMEA',
    'datum-emea.example',
    ['vad', 'distributor'],
    'channel',
    'standard',
    'FR',
    ['europe', 'middle_east_africa'],
    ['Technology distribution'],
    '1001-5000',
    'active',
    'Gold',
    'Distribution',
  ),
  P(
    'Fourth Coffee Digital',
    'fourthcoffee.example',
    ['marketing', 'agent'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Consumer goods'],
    '1-10',
    'prospect',
    null,
    'SMB',
  ),
  P(
    'Graphic Design Institute',
    'gdi.example',
    ['affiliate'],
    'channel',
    'standard',
    'GB',
    ['europe'],
    ['Education'],
    '11-50',
    'active',
    'Registered',
    'SMB',
  ),
  P(
    'Humongous Insurance IT',
    'humongous-it.example',
    ['si'],
    'alliance',
    'strategic',
    'US',
    ['north_america'],
    ['Insurance'],
    '1001-5000',
    'enabled',
    'Gold',
    'Enterprise',
  ),
  P(
    'Lucerne Publishing Tech',
    'lucerne-tech.example',
    ['white_label', 'oem'],
    'channel',
    'standard',
    'DE',
    ['europe'],
    ['Media'],
    '51-200',
    'active',
    'Silver',
    'Mid-market',
  ),
  P(
    'Margie’s Travel Systems',
    'margies-travel.example',
    ['isv'],
    'alliance',
    'standard',
    'ES',
    ['europe', 'latin_america'],
    ['Travel'],
    '51-200',
    'onboarding',
    'Registered',
    'Technology',
  ),
  P(
    'Nod Publishers Cloud',
    'nodcloud.example',
    ['msp', 'service'],
    'channel',
    'standard',
    'IE',
    ['europe'],
    ['Media'],
    '11-50',
    'qualified',
    null,
    'SMB',
  ),
  P(
    'Relecloud',
    'relecloud.example',
    ['hyperscaler', 'technology'],
    'alliance',
    'strategic',
    'US',
    ['north_america', 'asia_pacific'],
    ['Cloud infrastructure'],
    '5001+',
    'active',
    'Platinum',
    'Strategic',
  ),
  P(
    'Southridge Video',
    'southridge.example',
    ['referral'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Media'],
    '1-10',
    'terminated',
    null,
    'SMB',
  ),
  P(
    'The Phone Company Channel',
    'phoneco-channel.example',
    ['agent', 'reseller'],
    'channel',
    'standard',
    'MX',
    ['latin_america'],
    ['Telecommunications'],
    '201-1000',
    'active',
    'Silver',
    'Mid-market',
  ),
  P(
    'VanArsdel Consulting',
    'vanarsdel.example',
    ['gsi', 'consultant'],
    'alliance',
    'strategic',
    'IN',
    ['asia_pacific', 'europe'],
    ['Financial services', 'Retail'],
    '5001+',
    'active',
    'Gold',
    'Enterprise',
  ),
  P(
    'Wingtip Toys Commerce',
    'wingtip-commerce.example',
    ['franchise', 'reseller'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Retail'],
    '51-200',
    'offboarding',
    'Registered',
    'SMB',
  ),
  P(
    'Woodland Bank Technology',
    'woodland-tech.example',
    ['si', 'msp'],
    'channel',
    'standard',
    'SG',
    ['asia_pacific'],
    ['Banking'],
    '201-1000',
    'enabled',
    'Silver',
    'Enterprise',
  ),
  P(
    'Bellows College Labs',
    'bellows-labs.example',
    ['referral', 'affiliate'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Education'],
    '11-50',
    'prospect',
    null,
    'SMB',
  ),
  P(
    'Best For You Organics IT',
    'bfyo-it.example',
    ['var'],
    'channel',
    'standard',
    'BR',
    ['latin_america'],
    ['Agriculture'],
    '51-200',
    'qualified',
    null,
    'Mid-market',
  ),
  P(
    'City Power & Light Digital',
    'cpl-digital.example',
    ['si', 'service'],
    'alliance',
    'standard',
    'US',
    ['north_america'],
    ['Energy', 'Utilities'],
    '1001-5000',
    'onboarding',
    'Registered',
    'Enterprise',
  ),
  P(
    'Consolidated Messenger',
    'consolidated-messenger.example',
    ['technology', 'product'],
    'alliance',
    'standard',
    'US',
    ['north_america'],
    ['Logistics'],
    '201-1000',
    'active',
    'Silver',
    'Technology',
  ),
  P(
    'First Up Consultants',
    'firstup.example',
    ['consultant', 'referral'],
    'channel',
    'standard',
    'ZA',
    ['middle_east_africa'],
    ['Mining'],
    '11-50',
    'enabled',
    'Registered',
    'SMB',
  ),
  P(
    'Hexa Cloud Partners',
    'hexacloud.example',
    ['msp', 'reseller', 'service'],
    'channel',
    'strategic',
    'JP',
    ['asia_pacific'],
    ['Manufacturing'],
    '1001-5000',
    'active',
    'Gold',
    'Enterprise',
  ),
  P(
    'Kestrel Security Alliance',
    'kestrel-sec.example',
    ['isv', 'technology'],
    'alliance',
    'strategic_alliance',
    'US',
    ['north_america', 'europe'],
    ['Cybersecurity'],
    '1001-5000',
    'strategic',
    'Platinum',
    'Strategic',
  ),
  P(
    'Meridian Value Reseller',
    'meridian-var.example',
    ['var'],
    'channel',
    'standard',
    'IT',
    ['europe'],
    ['Healthcare'],
    '51-200',
    'active',
    'Silver',
    'Mid-market',
  ),
  P(
    'Nimbus White Label',
    'nimbus-wl.example',
    ['white_label'],
    'channel',
    'standard',
    'PL',
    ['europe'],
    ['Software'],
    '11-50',
    'onboarding',
    'Registered',
    'SMB',
  ),
  P(
    'Orbital Distributors APAC',
    'orbital-apac.example',
    ['distributor'],
    'channel',
    'strategic',
    'AU',
    ['asia_pacific'],
    ['Technology distribution'],
    '1001-5000',
    'active',
    'Gold',
    'Distribution',
  ),
  P(
    'Pinnacle Marketing Partners',
    'pinnacle-mkt.example',
    ['marketing', 'affiliate'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Marketing services'],
    '11-50',
    'active',
    'Registered',
    'SMB',
  ),
  P(
    'Quantum OEM Devices',
    'quantum-oem.example',
    ['oem', 'product'],
    'alliance',
    'strategic',
    'KR',
    ['asia_pacific'],
    ['Hardware'],
    '5001+',
    'enabled',
    'Gold',
    'Strategic',
  ),
  P(
    'Riverbend Agents Network',
    'riverbend.example',
    ['agent'],
    'channel',
    'standard',
    'US',
    ['north_america'],
    ['Telecommunications'],
    '51-200',
    'qualified',
    null,
    'Mid-market',
  ),
  P(
    'Summit Systems Integration',
    'summit-si.example',
    ['si', 'var'],
    'channel',
    'standard',
    'SE',
    ['europe'],
    ['Public sector'],
    '201-1000',
    'active',
    'Silver',
    'Enterprise',
  ),
];

const FIRST = [
  'Ava',
  'Ben',
  'Chloe',
  'Diego',
  'Elena',
  'Farah',
  'Gabe',
  'Hana',
  'Ivan',
  'Jada',
  'Kenji',
  'Lena',
  'Marco',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zane',
];
const LAST = [
  'Abbott',
  'Brennan',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Underwood',
  'Vega',
  'Walsh',
  'Xu',
  'Young',
];

function person(i: number): { first: string; last: string } {
  return { first: FIRST[i % FIRST.length] as string, last: LAST[(i * 7 + 3) % LAST.length] as string };
}

export type DemoLogin = { email: string; role: Role; company: string };

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const ctx = systemCtx(db, 'demo check');
  return withTx(ctx, async (tx) => {
    const [u] = await tx.select({ n: count() }).from(users);
    const [p] = await tx.select({ n: count() }).from(partners);
    return (u?.n ?? 0) === 0 && (p?.n ?? 0) === 0;
  });
}

/** Loads the demo ecosystem into an empty database and returns the logins it made. */
export async function loadDemoData(db: Db, onProgress?: (done: number, total: number) => void): Promise<DemoLogin[]> {
  const ctx = systemCtx(db, 'demo');
  const logins: DemoLogin[] = [];
  const vendor = async (email: string, name: string, role: Role, title: string) => {
    const user = await createUser(ctx, { email, name, role, password: DEMO_PASSWORD, title });
    logins.push({ email, role, company: 'Lumen Cloud (vendor)' });
    return user;
  };
  await updateSettings(ctx, {
    vendorName: 'Lumen Cloud',
    fiscalYearStartMonth: 2,
    reportingCurrency: 'USD',
    timeZone: 'America/New_York',
  });
  await vendor('admin@lumen.example', 'Alex Admin', 'admin', 'Partner Operations Lead');
  const managers = [
    await vendor('maria.manager@lumen.example', 'Maria Okafor', 'partner_manager', 'Channel Account Manager'),
    await vendor('james.manager@lumen.example', 'James Larsen', 'partner_manager', 'Alliance Manager'),
    await vendor('sofia.manager@lumen.example', 'Sofia Tanaka', 'partner_manager', 'Partner Development Manager'),
  ];
  const executive = await vendor('erin.exec@lumen.example', 'Erin Castillo', 'executive', 'Chief Revenue Officer');
  await vendor('frank.finance@lumen.example', 'Frank Moreau', 'finance', 'Partner Finance Manager');

  const tierIds = new Map<string, string>();
  for (const [rank, name, color, description] of [
    [0, 'Registered', 'gray', 'Entry level: registered and onboarding.'],
    [1, 'Silver', 'silver', 'Certified partners with a track record.'],
    [2, 'Gold', 'gold', 'Proven, growing partners with joint pipeline.'],
    [3, 'Platinum', 'platinum', 'Top partners with the deepest investment.'],
  ] as const) {
    tierIds.set(name, (await createTier(ctx, { name, rank, color, description })).id);
  }

  let personIndex = 0;
  for (const [i, demo] of DEMO_PARTNERS.entries()) {
    const owner = managers[i % managers.length];
    const strategic = demo.designation !== 'standard';
    const partner = await createPartner(ctx, {
      name: demo.name,
      legalName: `${demo.name.replace(/’/g, "'")} ${i % 3 === 0 ? 'Inc.' : i % 3 === 1 ? 'Ltd.' : 'GmbH'}`,
      website: `https://www.${demo.domain}`,
      description: `${demo.name} is a ${demo.types.join('/')} partner serving ${demo.industries.join(' and ').toLowerCase()} customers.`,
      domains: [demo.domain],
      types: demo.types,
      motion: demo.motion,
      designation: demo.designation,
      country: demo.country,
      regions: demo.regions,
      industries: demo.industries,
      companySize: demo.size,
      segment: demo.segment,
      tags: strategic ? ['co-sell'] : [],
      tierId: demo.tier ? (tierIds.get(demo.tier) ?? null) : null,
      ownerId: owner?.id ?? null,
      executiveSponsorId: strategic ? executive.id : null,
    });
    // Walk the partner along its lifecycle so the history reads like a real one.
    const target = demo.stage;
    const pathEnd = target === 'offboarding' || target === 'terminated' ? 'active' : target;
    const stages = LIFECYCLE_PATH.slice(1, LIFECYCLE_PATH.indexOf(pathEnd as (typeof LIFECYCLE_PATH)[number]) + 1);
    for (const stage of stages) await transitionStage(ctx, partner.id, { toStage: stage });
    if (target === 'offboarding' || target === 'terminated') {
      await transitionStage(ctx, partner.id, { toStage: 'offboarding', reason: 'Partner chose to focus on another vendor' });
    }
    if (target === 'terminated') {
      await transitionStage(ctx, partner.id, { toStage: 'terminated', reason: 'Agreement ended by mutual consent' });
    }
    const contactCount = 1 + (i % 3);
    for (let c = 0; c < contactCount; c++) {
      const { first, last } = person(personIndex++);
      await createContact(ctx, partner.id, {
        name: `${first} ${last}`,
        email: `${first.toLowerCase()}.${last.toLowerCase()}@${demo.domain}`,
        title: ['VP Alliances', 'Channel Sales Director', 'Solutions Architect'][c] ?? 'Partner Contact',
        role: ['alliance_manager', 'sales', 'technical'][c] ?? 'other',
        influence: c === 0 ? 'high' : 'medium',
        isPrimary: c === 0,
        isExecutiveSponsor: strategic && c === 0,
      });
    }
    if (i < 16 && demo.stage !== 'terminated' && demo.stage !== 'prospect') {
      const { first, last } = person(personIndex++);
      const email = `${first.toLowerCase()}.${last.toLowerCase()}@${demo.domain}`;
      await createUser(ctx, {
        email,
        name: `${first} ${last}`,
        role: 'partner_admin',
        partnerId: partner.id,
        password: DEMO_PASSWORD,
        title: 'Partner Program Lead',
      });
      logins.push({ email, role: 'partner_admin', company: demo.name });
      if (i % 2 === 0) {
        const colleague = person(personIndex++);
        const colleagueEmail = `${colleague.first.toLowerCase()}.${colleague.last.toLowerCase()}@${demo.domain}`;
        await createUser(ctx, {
          email: colleagueEmail,
          name: `${colleague.first} ${colleague.last}`,
          role: 'partner_user',
          partnerId: partner.id,
          password: DEMO_PASSWORD,
          title: 'Account Executive',
        });
        logins.push({ email: colleagueEmail, role: 'partner_user', company: demo.name });
      }
    }
    onProgress?.(i + 1, DEMO_PARTNERS.length);
  }
  return logins;
}
