import type { DemoName, DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { createContact } from './partner-contacts.service.js';
import {
  type CompanySize,
  type Designation,
  LIFECYCLE_PATH,
  type LifecycleStage,
  type Motion,
  type PartnerType,
  type Region,
} from './partners.rules.js';
import { createPartner, transitionStage, updatePartner } from './partners.service.js';

type Tier = 'Registered' | 'Silver' | 'Gold' | 'Platinum';
type PathStage = (typeof LIFECYCLE_PATH)[number];

/** One partner of the story. */
type DemoPartnerPlan = {
  name: string;
  domain: string;
  types: PartnerType[];
  motion: Motion;
  designation: Designation;
  country: string;
  regions: Region[];
  industries: string[];
  size: CompanySize;
  segment: string;
  /** The partner manager who recruited and owns it (a key of the users demo). */
  owner: 'maria' | 'james' | 'sofia';
  /** How long ago it was recruited. */
  months: number;
  /** How far along the lifecycle path it walked; `later` moves it on from there. */
  stage: PathStage;
  /** Stages it jumped over on the way (signed on the first call: no "qualified"). */
  skip?: PathStage[];
  /** Tiers it held, from signing (onboarding) on: a second one is a re-tiering at a quarterly review. */
  tiers: Tier[];
  /** Later moves, each on a given day: off-boarding, termination, retention, a step back. */
  later?: { to: LifecycleStage; daysAgo: number; reason: string }[];
};

const PARTNERS: DemoPartnerPlan[] = [
  {
    name: 'Northwind Systems',
    domain: 'northwind.example',
    types: ['reseller', 'var'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Retail', 'Manufacturing'],
    size: '201-1000',
    segment: 'Mid-market',
    owner: 'maria',
    months: 22,
    stage: 'active',
    tiers: ['Silver', 'Gold'],
  },
  {
    name: 'Contoso Consulting Group',
    domain: 'contoso-consulting.example',
    types: ['gsi', 'si'],
    motion: 'alliance',
    designation: 'strategic_alliance',
    country: 'US',
    regions: ['north_america', 'europe'],
    industries: ['Financial services', 'Public sector'],
    size: '5001+',
    segment: 'Enterprise',
    owner: 'james',
    months: 20,
    stage: 'strategic',
    tiers: ['Gold', 'Platinum'],
  },
  {
    name: 'Fabrikam Managed Services',
    domain: 'fabrikam-ms.example',
    types: ['msp'],
    motion: 'channel',
    designation: 'strategic',
    country: 'GB',
    regions: ['europe'],
    industries: ['Healthcare'],
    size: '201-1000',
    segment: 'Mid-market',
    owner: 'sofia',
    months: 17,
    stage: 'active',
    tiers: ['Gold'],
  },
  {
    name: 'Tailspin Data',
    domain: 'tailspin-data.example',
    types: ['isv', 'technology'],
    motion: 'alliance',
    designation: 'strategic',
    country: 'DE',
    regions: ['europe'],
    industries: ['Software'],
    size: '51-200',
    segment: 'Technology',
    owner: 'maria',
    months: 16,
    stage: 'active',
    tiers: ['Silver'],
  },
  {
    name: 'Adatum Cloud',
    domain: 'adatum.example',
    types: ['hyperscaler'],
    motion: 'alliance',
    designation: 'strategic_alliance',
    country: 'US',
    regions: ['north_america', 'europe', 'asia_pacific'],
    industries: ['Cloud infrastructure'],
    size: '5001+',
    segment: 'Strategic',
    owner: 'james',
    months: 20.5,
    stage: 'strategic',
    tiers: ['Platinum'],
  },
  {
    name: 'Woodgrove Distribution',
    domain: 'woodgrove-dist.example',
    types: ['distributor', 'vad'],
    motion: 'channel',
    designation: 'strategic',
    country: 'NL',
    regions: ['europe', 'middle_east_africa'],
    industries: ['Technology distribution'],
    size: '1001-5000',
    segment: 'Distribution',
    owner: 'sofia',
    months: 18,
    stage: 'active',
    tiers: ['Gold', 'Platinum'],
  },
  {
    name: 'Litware Security',
    domain: 'litware.example',
    types: ['isv', 'oem'],
    motion: 'alliance',
    designation: 'standard',
    country: 'IL',
    regions: ['europe', 'north_america'],
    industries: ['Cybersecurity'],
    size: '51-200',
    segment: 'Technology',
    owner: 'maria',
    months: 7,
    stage: 'enabled',
    tiers: ['Silver'],
  },
  {
    name: 'Proseware Solutions',
    domain: 'proseware.example',
    types: ['var', 'service'],
    motion: 'channel',
    designation: 'standard',
    country: 'CA',
    regions: ['north_america'],
    industries: ['Education'],
    size: '11-50',
    segment: 'SMB',
    owner: 'james',
    months: 3,
    stage: 'onboarding',
    tiers: ['Registered'],
  },
  {
    name: 'Wide World Integrators',
    domain: 'wideworld.example',
    types: ['si', 'consultant'],
    motion: 'channel',
    designation: 'standard',
    country: 'AU',
    regions: ['asia_pacific'],
    industries: ['Mining', 'Energy'],
    size: '201-1000',
    segment: 'Enterprise',
    owner: 'sofia',
    months: 14,
    stage: 'active',
    tiers: ['Silver', 'Gold'],
  },
  {
    name: 'Trey Research Partners',
    domain: 'treyresearch.example',
    types: ['referral', 'consultant'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Life sciences'],
    size: '11-50',
    segment: 'Mid-market',
    owner: 'maria',
    months: 2,
    stage: 'qualified',
    tiers: [],
  },
  {
    name: 'Alpine Ski House IT',
    domain: 'alpineit.example',
    types: ['msp', 'reseller'],
    motion: 'channel',
    designation: 'standard',
    country: 'CH',
    regions: ['europe'],
    industries: ['Hospitality'],
    size: '11-50',
    segment: 'SMB',
    owner: 'james',
    months: 6,
    stage: 'enabled',
    tiers: ['Registered'],
  },
  {
    name: 'Blue Yonder Analytics',
    domain: 'blueyonder-analytics.example',
    types: ['technology', 'isv'],
    motion: 'alliance',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Retail', 'Logistics'],
    size: '201-1000',
    segment: 'Technology',
    owner: 'sofia',
    months: 12,
    stage: 'active',
    tiers: ['Registered', 'Silver'],
  },
  {
    name: 'Coho Networks',
    domain: 'coho-networks.example',
    types: ['reseller'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Telecommunications'],
    size: '51-200',
    segment: 'Mid-market',
    owner: 'maria',
    months: 15,
    stage: 'active',
    tiers: ['Gold', 'Silver'],
    later: [
      { to: 'offboarding', daysAgo: 250, reason: 'Their channel sales team left; reviewing whether to continue' },
      { to: 'active', daysAgo: 205, reason: 'Retained: new channel leadership committed to a joint plan' },
    ],
  },
  {
    name: 'Datum Partners EMEA',
    domain: 'datum-emea.example',
    types: ['vad', 'distributor'],
    motion: 'channel',
    designation: 'standard',
    country: 'FR',
    regions: ['europe', 'middle_east_africa'],
    industries: ['Technology distribution'],
    size: '1001-5000',
    segment: 'Distribution',
    owner: 'james',
    months: 19,
    stage: 'active',
    tiers: ['Silver', 'Gold'],
  },
  {
    name: 'Fourth Coffee Digital',
    domain: 'fourthcoffee.example',
    types: ['marketing', 'agent'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Consumer goods'],
    size: '1-10',
    segment: 'SMB',
    owner: 'sofia',
    months: 1,
    stage: 'prospect',
    tiers: [],
  },
  {
    name: 'Graphic Design Institute',
    domain: 'gdi.example',
    types: ['affiliate'],
    motion: 'channel',
    designation: 'standard',
    country: 'GB',
    regions: ['europe'],
    industries: ['Education'],
    size: '11-50',
    segment: 'SMB',
    owner: 'maria',
    months: 11,
    stage: 'active',
    tiers: ['Silver', 'Registered'],
  },
  {
    name: 'Humongous Insurance IT',
    domain: 'humongous-it.example',
    types: ['si'],
    motion: 'alliance',
    designation: 'strategic',
    country: 'US',
    regions: ['north_america'],
    industries: ['Insurance'],
    size: '1001-5000',
    segment: 'Enterprise',
    owner: 'james',
    months: 8,
    stage: 'enabled',
    tiers: ['Gold'],
  },
  {
    name: 'Lucerne Publishing Tech',
    domain: 'lucerne-tech.example',
    types: ['white_label', 'oem'],
    motion: 'channel',
    designation: 'standard',
    country: 'DE',
    regions: ['europe'],
    industries: ['Media'],
    size: '51-200',
    segment: 'Mid-market',
    owner: 'sofia',
    months: 13,
    stage: 'active',
    tiers: ['Silver'],
  },
  {
    name: 'Margie’s Travel Systems',
    domain: 'margies-travel.example',
    types: ['isv'],
    motion: 'alliance',
    designation: 'standard',
    country: 'ES',
    regions: ['europe', 'latin_america'],
    industries: ['Travel'],
    size: '51-200',
    segment: 'Technology',
    owner: 'maria',
    months: 4,
    stage: 'onboarding',
    tiers: ['Registered'],
  },
  {
    name: 'Nod Publishers Cloud',
    domain: 'nodcloud.example',
    types: ['msp', 'service'],
    motion: 'channel',
    designation: 'standard',
    country: 'IE',
    regions: ['europe'],
    industries: ['Media'],
    size: '11-50',
    segment: 'SMB',
    owner: 'james',
    months: 2,
    stage: 'onboarding',
    tiers: [],
    later: [{ to: 'qualified', daysAgo: 12, reason: 'Paused until their security review of our DPA completes' }],
  },
  {
    name: 'Relecloud',
    domain: 'relecloud.example',
    types: ['hyperscaler', 'technology'],
    motion: 'alliance',
    designation: 'strategic',
    country: 'US',
    regions: ['north_america', 'asia_pacific'],
    industries: ['Cloud infrastructure'],
    size: '5001+',
    segment: 'Strategic',
    owner: 'sofia',
    months: 16,
    stage: 'active',
    skip: ['qualified'],
    tiers: ['Gold', 'Platinum'],
  },
  {
    name: 'Southridge Video',
    domain: 'southridge.example',
    types: ['referral'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Media'],
    size: '1-10',
    segment: 'SMB',
    owner: 'maria',
    months: 22,
    stage: 'active',
    tiers: ['Registered'],
    later: [
      { to: 'offboarding', daysAgo: 240, reason: 'Partner chose to focus on another vendor' },
      { to: 'terminated', daysAgo: 195, reason: 'Agreement ended by mutual consent' },
    ],
  },
  {
    name: 'The Phone Company Channel',
    domain: 'phoneco-channel.example',
    types: ['agent', 'reseller'],
    motion: 'channel',
    designation: 'standard',
    country: 'MX',
    regions: ['latin_america'],
    industries: ['Telecommunications'],
    size: '201-1000',
    segment: 'Mid-market',
    owner: 'james',
    months: 10,
    stage: 'active',
    tiers: ['Silver'],
  },
  {
    name: 'VanArsdel Consulting',
    domain: 'vanarsdel.example',
    types: ['gsi', 'consultant'],
    motion: 'alliance',
    designation: 'strategic',
    country: 'IN',
    regions: ['asia_pacific', 'europe'],
    industries: ['Financial services', 'Retail'],
    size: '5001+',
    segment: 'Enterprise',
    owner: 'sofia',
    months: 15,
    stage: 'active',
    tiers: ['Gold'],
  },
  {
    name: 'Wingtip Toys Commerce',
    domain: 'wingtip-commerce.example',
    types: ['franchise', 'reseller'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Retail'],
    size: '51-200',
    segment: 'SMB',
    owner: 'maria',
    months: 19,
    stage: 'active',
    tiers: ['Registered'],
    later: [{ to: 'offboarding', daysAgo: 24, reason: 'Their franchise network is consolidating on a single supplier' }],
  },
  {
    name: 'Woodland Bank Technology',
    domain: 'woodland-tech.example',
    types: ['si', 'msp'],
    motion: 'channel',
    designation: 'standard',
    country: 'SG',
    regions: ['asia_pacific'],
    industries: ['Banking'],
    size: '201-1000',
    segment: 'Enterprise',
    owner: 'james',
    months: 9,
    stage: 'enabled',
    tiers: ['Silver'],
  },
  {
    name: 'Bellows College Labs',
    domain: 'bellows-labs.example',
    types: ['referral', 'affiliate'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Education'],
    size: '11-50',
    segment: 'SMB',
    owner: 'sofia',
    months: 0.5,
    stage: 'prospect',
    tiers: [],
  },
  {
    name: 'Best For You Organics IT',
    domain: 'bfyo-it.example',
    types: ['var'],
    motion: 'channel',
    designation: 'standard',
    country: 'BR',
    regions: ['latin_america'],
    industries: ['Agriculture'],
    size: '51-200',
    segment: 'Mid-market',
    owner: 'maria',
    months: 1.5,
    stage: 'qualified',
    tiers: [],
  },
  {
    name: 'City Power & Light Digital',
    domain: 'cpl-digital.example',
    types: ['si', 'service'],
    motion: 'alliance',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Energy', 'Utilities'],
    size: '1001-5000',
    segment: 'Enterprise',
    owner: 'james',
    months: 3,
    stage: 'onboarding',
    tiers: ['Registered'],
  },
  {
    name: 'Consolidated Messenger',
    domain: 'consolidated-messenger.example',
    types: ['technology', 'product'],
    motion: 'alliance',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Logistics'],
    size: '201-1000',
    segment: 'Technology',
    owner: 'sofia',
    months: 11,
    stage: 'active',
    tiers: ['Silver'],
  },
  {
    name: 'First Up Consultants',
    domain: 'firstup.example',
    types: ['consultant', 'referral'],
    motion: 'channel',
    designation: 'standard',
    country: 'ZA',
    regions: ['middle_east_africa'],
    industries: ['Mining'],
    size: '11-50',
    segment: 'SMB',
    owner: 'maria',
    months: 5,
    stage: 'enabled',
    tiers: ['Registered'],
  },
  {
    name: 'Hexa Cloud Partners',
    domain: 'hexacloud.example',
    types: ['msp', 'reseller', 'service'],
    motion: 'channel',
    designation: 'strategic',
    country: 'JP',
    regions: ['asia_pacific'],
    industries: ['Manufacturing'],
    size: '1001-5000',
    segment: 'Enterprise',
    owner: 'james',
    months: 17,
    stage: 'active',
    tiers: ['Gold'],
  },
  {
    name: 'Kestrel Security Alliance',
    domain: 'kestrel-sec.example',
    types: ['isv', 'technology'],
    motion: 'alliance',
    designation: 'strategic_alliance',
    country: 'US',
    regions: ['north_america', 'europe'],
    industries: ['Cybersecurity'],
    size: '1001-5000',
    segment: 'Strategic',
    owner: 'sofia',
    months: 18,
    stage: 'strategic',
    skip: ['qualified'],
    tiers: ['Platinum'],
  },
  {
    name: 'Meridian Value Reseller',
    domain: 'meridian-var.example',
    types: ['var'],
    motion: 'channel',
    designation: 'standard',
    country: 'IT',
    regions: ['europe'],
    industries: ['Healthcare'],
    size: '51-200',
    segment: 'Mid-market',
    owner: 'maria',
    months: 9,
    stage: 'active',
    tiers: ['Silver'],
  },
  {
    name: 'Nimbus White Label',
    domain: 'nimbus-wl.example',
    types: ['white_label'],
    motion: 'channel',
    designation: 'standard',
    country: 'PL',
    regions: ['europe'],
    industries: ['Software'],
    size: '11-50',
    segment: 'SMB',
    owner: 'james',
    months: 2.5,
    stage: 'onboarding',
    tiers: ['Registered'],
  },
  {
    name: 'Orbital Distributors APAC',
    domain: 'orbital-apac.example',
    types: ['distributor'],
    motion: 'channel',
    designation: 'strategic',
    country: 'AU',
    regions: ['asia_pacific'],
    industries: ['Technology distribution'],
    size: '1001-5000',
    segment: 'Distribution',
    owner: 'sofia',
    months: 14,
    stage: 'active',
    tiers: ['Gold'],
  },
  {
    name: 'Pinnacle Marketing Partners',
    domain: 'pinnacle-mkt.example',
    types: ['marketing', 'affiliate'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Marketing services'],
    size: '11-50',
    segment: 'SMB',
    owner: 'maria',
    months: 8,
    stage: 'active',
    tiers: ['Registered'],
  },
  {
    name: 'Quantum OEM Devices',
    domain: 'quantum-oem.example',
    types: ['oem', 'product'],
    motion: 'alliance',
    designation: 'strategic',
    country: 'KR',
    regions: ['asia_pacific'],
    industries: ['Hardware'],
    size: '5001+',
    segment: 'Strategic',
    owner: 'james',
    months: 6,
    stage: 'enabled',
    tiers: ['Gold'],
  },
  {
    name: 'Riverbend Agents Network',
    domain: 'riverbend.example',
    types: ['agent'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Telecommunications'],
    size: '51-200',
    segment: 'Mid-market',
    owner: 'sofia',
    months: 1,
    stage: 'qualified',
    tiers: [],
  },
  {
    name: 'Summit Systems Integration',
    domain: 'summit-si.example',
    types: ['si', 'var'],
    motion: 'channel',
    designation: 'standard',
    country: 'SE',
    regions: ['europe'],
    industries: ['Public sector'],
    size: '201-1000',
    segment: 'Enterprise',
    owner: 'maria',
    months: 12,
    stage: 'active',
    tiers: ['Silver'],
  },
  {
    name: 'Proxima Field Services',
    domain: 'proxima-fs.example',
    types: ['service', 'consultant'],
    motion: 'channel',
    designation: 'standard',
    country: 'NZ',
    regions: ['asia_pacific'],
    industries: ['Field services'],
    size: '11-50',
    segment: 'SMB',
    owner: 'sofia',
    months: 17,
    stage: 'onboarding',
    tiers: ['Registered'],
    later: [
      { to: 'offboarding', daysAgo: 300, reason: 'Onboarding stalled: no certified staff after four months' },
      { to: 'terminated', daysAgo: 270, reason: 'Agreement lapsed without renewal' },
    ],
  },
  {
    name: 'Tradewinds Telecom Partners',
    domain: 'tradewinds-telecom.example',
    types: ['agent', 'reseller'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
    regions: ['north_america'],
    industries: ['Telecommunications'],
    size: '201-1000',
    segment: 'Mid-market',
    owner: 'james',
    months: 20,
    stage: 'active',
    tiers: ['Silver'],
    later: [
      { to: 'offboarding', daysAgo: 150, reason: 'Acquired by a competitor of Lumen Cloud' },
      { to: 'terminated', daysAgo: 120, reason: 'Terminated for convenience after the acquisition closed' },
    ],
  },
];

const FIRST =
  'Ava Ben Chloe Diego Elena Farah Gabe Hana Ivan Jada Kenji Lena Marco Nia Omar Priya Quinn Rosa Sam Tara Uma Victor Wen Yara Zane'.split(
    ' ',
  );
const LAST =
  'Abbott Brennan Castillo Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Larsen Moreau Nakamura Okafor Patel Quintero Rossi Schmidt Tanaka Underwood Vega Walsh Xu Young'.split(
    ' ',
  );

/** The n-th person of the story: distinct names for the first 625 (Ava Dubois, Ben Kowalski, Chloe Rossi, …). */
function personName(n: number, domain: string): DemoName {
  const first = FIRST[n % FIRST.length] as string;
  const last = LAST[(n * 7 + 3 + Math.floor(n / FIRST.length) * 11) % LAST.length] as string;
  return { first, last, email: `${first}.${last}@${domain}`.toLowerCase() };
}

const CONTACT_ROLES = [
  { title: 'VP Alliances', role: 'alliance_manager' },
  { title: 'Channel Sales Director', role: 'sales' },
  { title: 'Solutions Architect', role: 'technical' },
];

/** Days between reaching one stage and the next, by the stage reached. */
const GAP_DAYS: Record<PathStage, [number, number]> = {
  prospect: [0, 0],
  qualified: [14, 56],
  onboarding: [21, 70],
  enabled: [30, 90],
  active: [30, 120],
  strategic: [120, 300],
};

const DAY = 86_400_000;
const LEGAL_SUFFIX = ['Inc.', 'Ltd.', 'GmbH'];

type Step = { at: Date; run: () => Promise<unknown> };
type Move = { stage: LifecycleStage; at: Date; reason?: string };

/**
 * One partner's history, planned before it is written: recruited by its owner `months` ago,
 * walked along the lifecycle with gaps of weeks to months, then any off-boarding, termination or
 * step back on its day. Everything is in the past.
 */
function planTimeline(story: DemoStory, plan: DemoPartnerPlan): Move[] {
  const random = story.random;
  const owner = story.people.get(plan.owner);
  const sponsor = story.people.get('erin');
  if (!owner || !sponsor) throw new Error('The partners demo needs the vendor team (users demo) first');
  const daysSince = (date: Date) => Math.floor((story.now.getTime() - date.getTime()) / DAY);
  // Recruited after its owner (and the executive sponsor of a strategic partner) joined.
  const joined = Math.min(daysSince(owner.since), plan.designation === 'standard' ? Infinity : daysSince(sponsor.since));
  const createdDaysAgo = Math.min(Math.round(plan.months * 30.44) + random.int(-5, 5), joined - 5);
  const timeline: Move[] = [{ stage: 'prospect', at: story.daysAgo(createdDaysAgo) }];
  const next = (at: Date): Date => {
    const previous = (timeline.at(-1) as Move).at;
    return at > previous ? at : (story.after(previous, 0) ?? new Date(previous.getTime() + 1000));
  };
  // The walk along the path, squeezed to end before the later moves (or a few days before today).
  const path = LIFECYCLE_PATH.slice(1, LIFECYCLE_PATH.indexOf(plan.stage) + 1).filter((s) => !plan.skip?.includes(s));
  const gaps = path.map((stage) => random.int(...GAP_DAYS[stage]));
  const endsDaysAgo = plan.later?.[0] ? plan.later[0].daysAgo + random.int(14, 30) : random.int(3, 20);
  const budget = Math.max(createdDaysAgo - endsDaysAgo, path.length);
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > budget ? budget / total : 1;
  let elapsed = 0;
  for (const [i, stage] of path.entries()) {
    elapsed += Math.max(1, Math.round((gaps[i] ?? 0) * scale));
    timeline.push({ stage, at: next(story.daysAgo(createdDaysAgo - elapsed)) });
  }
  for (const move of plan.later ?? []) {
    timeline.push({ stage: move.to, reason: move.reason, at: next(story.daysAgo(move.daysAgo)) });
  }
  return timeline;
}

/** A tier on signing (onboarding), re-tierings at later reviews, none after termination. */
function planTiers(story: DemoStory, plan: DemoPartnerPlan, timeline: Move[]): { tier: Tier | null; at: Date }[] {
  const reached = (stage: LifecycleStage) => timeline.find((t) => t.stage === stage)?.at;
  const onboarding = reached('onboarding');
  const signed = onboarding && story.after(onboarding, story.random.int(1, 10));
  if (!signed || !plan.tiers[0]) return [];
  const steps: { tier: Tier | null; at: Date }[] = [{ tier: plan.tiers[0], at: signed }];
  // Reviews spread over the time between becoming active (or enabled) and leaving (or today).
  const from = reached('active') ?? reached('enabled') ?? signed;
  const until = reached('offboarding') ?? story.daysAgo(10);
  const span = Math.max(until.getTime() - from.getTime(), 0) / DAY;
  for (const [k, tier] of plan.tiers.slice(1).entries()) {
    const at = story.after(from, Math.max((span * (k + 1)) / plan.tiers.length + story.random.int(-10, 10), 1));
    if (at) steps.push({ tier, at });
  }
  const terminated = reached('terminated');
  const removed = terminated && story.after(terminated, 0);
  if (removed) steps.push({ tier: null, at: removed });
  return steps;
}

/**
 * Partners recruited over the two years by their owning managers: long-standing ones, a steady
 * flow, a recent cohort still in prospect, qualified or onboarding, a few off-boarded or
 * terminated. Every change is made by the owner on its day: creation, stage moves, contacts (the
 * first on recruitment, the others during onboarding), tiers. Leaves every partner in
 * `story.partners` with its timeline and the names of people there who are not contacts (`staff`).
 */
export const partnersDemo: DemoSeeder = {
  order: 40,
  async seed(_ctx, story) {
    const sponsor = story.people.get('erin');
    let people = 0;
    for (const [index, plan] of PARTNERS.entries()) {
      story.progress(index, PARTNERS.length);
      const names = () => personName(people++, plan.domain);
      const timeline = planTimeline(story, plan);
      const created = (timeline[0] as Move).at;
      const as = (at: Date) => story.as(plan.owner, at);
      const strategic = plan.designation !== 'standard';
      const partner = await createPartner(as(created), {
        name: plan.name,
        legalName: `${plan.name.replace(/’/g, "'")} ${LEGAL_SUFFIX[index % 3]}`,
        website: `https://www.${plan.domain}`,
        description: `${plan.name} is a ${plan.types.join('/')} partner serving ${plan.industries.join(' and ').toLowerCase()} customers.`,
        domains: [plan.domain],
        types: plan.types,
        motion: plan.motion,
        designation: plan.designation,
        country: plan.country,
        regions: plan.regions,
        industries: plan.industries,
        companySize: plan.size,
        segment: plan.segment,
        tags: strategic ? ['co-sell'] : [],
        ownerId: story.people.get(plan.owner)?.id,
        executiveSponsorId: strategic ? (sponsor?.id ?? null) : null,
      });

      const steps: Step[] = timeline.slice(1).map((move) => ({
        at: move.at,
        run: async () => {
          // A milestone rule may have proposed the move, its owner confirming it (the programs demo).
          const moved = await story.beforeStage.get(move.stage)?.(as, partner.id, move.at, move.reason ?? '');
          if (moved !== true) await transitionStage(as(move.at), partner.id, { toStage: move.stage, reason: move.reason });
        },
      }));
      // Who the story knows at the company: contacts first, then people for later seeders.
      const onboarding = timeline.find((t) => t.stage === 'onboarding')?.at;
      const contacts = Array.from({ length: onboarding ? 1 + (index % 3) : 1 }, names);
      const staff = [names(), names()];
      for (const [c, contact] of contacts.entries()) {
        const at = c === 0 ? story.after(created, 0) : onboarding && story.after(onboarding, story.random.int(2, 25));
        if (!at) continue;
        const role = CONTACT_ROLES[c] ?? { title: 'Partner Contact', role: 'other' };
        const input = {
          name: `${contact.first} ${contact.last}`,
          email: contact.email,
          title: role.title,
          role: role.role,
          influence: c === 0 ? ('high' as const) : ('medium' as const),
          isPrimary: c === 0,
          isExecutiveSponsor: strategic && c === 0,
        };
        steps.push({ at, run: () => createContact(as(at), partner.id, input) });
      }
      for (const { tier, at } of planTiers(story, plan, timeline)) {
        const patch = tier ? { tierId: story.refs.get(`tier:${tier}`) ?? null } : { tierId: null, status: 'inactive' as const };
        steps.push({ at, run: () => updatePartner(as(at), partner.id, patch) });
      }
      // In the order they happened, so every audit entry's "before" is the partner as it was then.
      for (const step of steps.sort((a, b) => a.at.getTime() - b.at.getTime())) await step.run();

      const record: DemoPartner = {
        key: plan.domain.replace(/\.example$/, ''),
        id: partner.id,
        name: plan.name,
        domain: plan.domain,
        ownerKey: plan.owner,
        companySize: plan.size,
        timeline: timeline.map(({ stage, at }) => ({ stage, at })),
        staff,
      };
      story.partners.set(record.key, record);
    }
  },
};
