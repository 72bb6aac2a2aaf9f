/**
 * The navigation each kind of user is offered, in order (links of the main navigation, headings
 * left out): collected from the web modules' `nav` entries (web/src/modules/<m>/module.tsx) and
 * pinned down here once for the tests that sign in as each role (auth, modules, portal). A module
 * that adds an entry adds it here, where its group and order put it.
 */
const VENDOR_WORK = [
  'Home',
  // Partners
  'Partners',
  'Recruitment',
  'Onboarding',
  'Agreements',
  'Compliance',
  'Programs',
  'Integrations',
  'Directory listings',
  // Alliances
  'Alliances',
  'Portfolio',
  'Business plans',
  'Governance',
  'Risks',
  'Innovation',
  // Sell
  'Leads',
  'Deal registrations',
  'Pipeline',
  'Conflicts',
  'Account mapping',
  'Referrals',
  'Account plans',
  'Coverage & routing',
  // Enable and market
  'Enablement',
  'Resources',
  'Through-channel marketing',
  'Campaigns',
  'Loyalty',
  'MDF',
  'Incentives',
  'Payouts',
  // Measure
  'Ecosystem KPIs',
  'Attribution',
  'Health',
  'Scorecards',
  'Surveys',
  'Ecosystem map',
  'ROI',
];

const PORTAL_WORK = [
  'Portal home',
  'Our company',
  // Partnership
  'Onboarding',
  'Agreements',
  'Compliance',
  'Programs',
  'Integrations',
  'Directory listing',
  // Alliance
  'Alliance',
  'Business plans',
  'Governance',
  'Joint value',
  'Risks',
  'Innovation',
  // Sell
  'Leads',
  'Deal registrations',
  'Shared opportunities',
  'Conflicts',
  'Account mapping',
  'Referrals',
  'Account plans',
  // Enable and market
  'Learning',
  'Resources',
  'Marketing',
  'Campaigns',
  'Rewards',
  'MDF',
  'Earnings',
  // Measure
  'Our KPIs',
  'Attribution',
  'Scorecards',
  'Surveys',
  'Our QBR',
];

export const NAV = {
  admin: [...VENDOR_WORK, 'Users', 'Audit log', 'Exchange rates', 'Webhooks', 'Jobs', 'Settings'],
  partnerManager: [...VENDOR_WORK, 'Exchange rates'],
  executive: [...VENDOR_WORK, 'Exchange rates'],
  partnerAdmin: [...PORTAL_WORK, 'Users'],
  partnerUser: PORTAL_WORK,
} as const satisfies Record<string, readonly string[]>;
