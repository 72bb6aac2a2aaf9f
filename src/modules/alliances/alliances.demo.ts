import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { listContacts } from '../partners/index.js';
import { CHECKLIST, type DevelopmentStage } from './alliances.rules.js';
import {
  type DesignPatch,
  remindQualificationReruns,
  startAlliance,
  submitQualification,
  tickChecklistItem,
  updateAlliance,
  updateDesign,
} from './alliances.service.js';

type Run = [number, number, number, number];
const scores = (
  [m, c, o, a]: Run,
  notes: Partial<Record<'marketAccess' | 'capability' | 'commitment' | 'alignment', string>> = {},
) => ({
  marketAccess: { score: m, notes: notes.marketAccess ?? '' },
  capability: { score: c, notes: notes.capability ?? '' },
  commitment: { score: o, notes: notes.commitment ?? '' },
  alignment: { score: a, notes: notes.alignment ?? '' },
});

type Plan = {
  key: string;
  type: 'co_sell' | 'reseller' | 'co_development';
  /** Months ago the alliance was started. */
  startedMonthsAgo: number;
  /** ASAP phase moves after the start: [months ago, phase, note]. */
  phases: [number, Parameters<typeof updateAlliance>[2]['phase'] & string, string][];
  vendorSponsor: boolean;
  partnerSponsor: boolean;
  /**
   * The partner's sponsor left: ended in the alliance's sponsor history this many days after the
   * partner became active — a few days before the risk register records it (risks.demo.ts raises
   * "Executive sponsor left Woodgrove" 200 days after), and after every other change of the alliance.
   */
  partnerSponsorLeft?: { afterActiveDays: number; note: string };
  /** Stages both sides completed, each [months ago]; the alliance moves on after each. */
  completedStages: number[];
  /** Items of the current stage one side ticked: [item key, side]. */
  partialTicks: [string, 'vendor' | 'partner'][];
  /** Qualification runs: [months ago, side, scores, summary]. */
  runs: [number, 'vendor' | 'partner', Run, string][];
  design: DesignPatch | null;
  /** A sponsor who left: [months ago, side, why] — the seat stays empty (the sponsor history keeps who sat in it). */
  sponsorsLeft?: [number, 'vendor' | 'partner', string][];
};

const USD = (major: number) => ({ amount: major * 100, currency: 'USD' });

/**
 * Contoso Consulting (the healthy one): qualified by both sides, sponsors on both sides, every
 * commercial dimension explicit, four stages completed together and in its annual review.
 * Woodgrove Distribution ("strategic in name only"): designated strategic, an alliance started
 * by its manager with sponsors on both sides — Woodgrove's managing director for the alliance left
 * in its second spring with no successor, and Erin stepped down two months ago (decision 0340) — a
 * design that is mostly blank, the partner never
 * took part in the checklist, and a one-sided qualification fourteen months old — premier tier
 * material, with the re-run reminder sent. Adatum sits between: negotiating its agreement.
 * Tailspin Data (healthy), Relecloud (a vendor sponsor only: on the watch list) and VanArsdel
 * (sponsors, but its first plan awaits approval) make the portfolio a mix (decision 0174).
 */
const PLANS: Plan[] = [
  {
    key: 'contoso-consulting',
    type: 'co_sell',
    startedMonthsAgo: 19,
    phases: [
      [17, 'negotiation', 'Term sheet agreed in principle'],
      [15, 'operational_planning', 'Alliance agreement signed'],
      [13, 'structuring_governance', 'Joint steering committee formed'],
      [11, 'launch_management', 'Launched at the partner summit'],
    ],
    vendorSponsor: true,
    partnerSponsor: true,
    completedStages: [18, 15, 13, 9],
    partialTicks: [
      ['performance_review.quarterly_review', 'vendor'],
      ['performance_review.quarterly_review', 'partner'],
      ['performance_review.annual_review', 'vendor'],
    ],
    runs: [
      [19, 'vendor', [5, 4, 4, 4], 'Opens regulated banking and the public sector to us'],
      [18, 'partner', [4, 5, 4, 5], 'Our delivery plus their platform closes the analytics gap'],
      [7, 'vendor', [5, 5, 4, 4], 'Annual review: the case holds, commitment grew'],
      [6, 'partner', [5, 5, 5, 4], 'Annual review'],
    ],
    design: {
      valueProposition: {
        statement:
          'Together, Lumen Cloud and Contoso Consulting enable regulated banks to close the quarter in three days instead of ten, which neither delivers alone',
        targetCustomer: 'Mid-market and enterprise banks in North America and Europe',
        outcome: 'Quarter-end close in three days with an auditable data trail',
        customerValidated: true,
      },
      marketScope: {
        segments: ['Financial services', 'Public sector'],
        territories: ['US', 'Canada', 'UK', 'Germany'],
        solutionCategories: ['Regulatory reporting', 'Cloud analytics'],
      },
      investment: {
        vendor: {
          coMarketingBudget: USD(250_000),
          presalesPeople: 3,
          engineeringDaysPerQuarter: 40,
          executiveHoursPerQuarter: 12,
          notes: '',
        },
        partner: {
          coMarketingBudget: USD(150_000),
          presalesPeople: 6,
          engineeringDaysPerQuarter: null,
          executiveHoursPerQuarter: 10,
          notes: '',
        },
      },
      governance: {
        cadence: 'quarterly',
        decisionRights: 'The joint steering committee decides investments over $50k and changes of scope by a 75% majority',
        escalationPath: 'Alliance managers → executive sponsors → the two CEOs',
      },
      performance: {
        metrics: [
          { name: 'Joint pipeline', side: 'partner', target: '$12m a year' },
          { name: 'Certified consultants', side: 'partner', target: '40' },
          { name: 'Co-marketing budget deployed', side: 'vendor', target: '100% by year end' },
          { name: 'Joint wins', side: 'joint', target: '8 a year' },
        ],
        frequency: 'quarterly',
        consequences: 'Two quarters below 70% of target on either side open a redesign review at the JSC',
      },
      valueCapture: {
        vendor: [
          { mechanism: 'subscription_share', percent: 100, amount: null, basis: 'Platform subscriptions of joint customers' },
        ],
        partner: [
          { mechanism: 'services_revenue', percent: null, amount: null, basis: 'Implementation and managed services it sells' },
          { mechanism: 'referral_fee', percent: 10, amount: null, basis: 'First-year subscription of customers it brings' },
        ],
      },
    },
  },
  {
    key: 'adatum',
    type: 'co_development',
    startedMonthsAgo: 18,
    phases: [[14, 'negotiation', 'Joint roadmap drafted']],
    vendorSponsor: true,
    partnerSponsor: true,
    completedStages: [16, 10],
    partialTicks: [
      ['agreement_negotiation.market_scope', 'vendor'],
      ['agreement_negotiation.market_scope', 'partner'],
      ['agreement_negotiation.investments', 'vendor'],
    ],
    runs: [
      [18, 'vendor', [5, 4, 4, 3], 'Marketplace reach; roadmap overlap to watch'],
      [17, 'partner', [5, 4, 3, 5], 'Strong strategic fit for our marketplace'],
    ],
    design: {
      valueProposition: {
        statement:
          'Together, Lumen Cloud and Adatum enable data teams to run analytics next to their warehouse without moving data',
        targetCustomer: 'Cloud-first enterprises',
        outcome: 'Analytics in place, with no data movement',
        customerValidated: false,
      },
      marketScope: { segments: ['Enterprise'], territories: ['Global'], solutionCategories: ['Cloud analytics', 'Marketplace'] },
      investment: {
        vendor: {
          coMarketingBudget: null,
          presalesPeople: 1,
          engineeringDaysPerQuarter: 60,
          executiveHoursPerQuarter: 6,
          notes: '',
        },
        partner: {
          coMarketingBudget: null,
          presalesPeople: null,
          engineeringDaysPerQuarter: 45,
          executiveHoursPerQuarter: null,
          notes: '',
        },
      },
      valueCapture: {
        vendor: [{ mechanism: 'subscription_share', percent: 80, amount: null, basis: 'Marketplace listings' }],
        partner: [{ mechanism: 'revenue_share', percent: 20, amount: null, basis: 'Marketplace transactions' }],
      },
    },
  },
  {
    key: 'woodgrove-dist',
    type: 'reseller',
    startedMonthsAgo: 14,
    phases: [
      [12, 'operational_planning', 'Strategic designation announced'],
      [10, 'launch_management', 'Press release published'],
    ],
    // Sponsored on both sides from the start; Woodgrove's managing director for the alliance
    // moved on in its second spring and nobody took the seat (its risk register says so); once
    // its first-year plan had run out with no successor, Erin stepped down too (decision 0340).
    vendorSponsor: true,
    partnerSponsor: true,
    partnerSponsorLeft: {
      afterActiveDays: 195,
      note: 'Their managing director for the alliance left Woodgrove; no successor named',
    },
    sponsorsLeft: [[2.14, 'vendor', 'Erin stepped down as sponsor: no current plan to sponsor']],
    completedStages: [],
    partialTicks: [
      ['strategic_fit.qualification', 'vendor'],
      ['strategic_fit.gaps_mapped', 'vendor'],
    ],
    runs: [[14, 'vendor', [5, 2, 2, 3], 'Big volume in EMEA; little beyond the price list']],
    design: {
      marketScope: { segments: ['Distribution'], territories: ['EMEA'], solutionCategories: [] },
    },
  },
  // A healthy ISV alliance (decision 0174): both sponsors, explicit design, working through GTM activation.
  {
    key: 'tailspin-data',
    type: 'co_development',
    startedMonthsAgo: 11,
    phases: [
      [9, 'negotiation', 'Joint connector scoped'],
      [7, 'operational_planning', 'Co-development agreement signed'],
      [4, 'launch_management', 'Connector generally available'],
    ],
    vendorSponsor: true,
    partnerSponsor: true,
    completedStages: [10, 8, 6],
    partialTicks: [['gtm_activation.joint_content', 'vendor']],
    runs: [
      [11, 'vendor', [4, 5, 4, 4], 'Their streaming ingestion fills our real-time gap in DACH manufacturing'],
      [10, 'partner', [4, 4, 5, 4], 'Lumen’s analytics on our pipelines is what our customers ask for'],
    ],
    design: {
      valueProposition: {
        statement:
          'Together, Lumen Cloud and Tailspin Data enable manufacturers to act on sensor data within minutes instead of after the nightly batch',
        targetCustomer: 'Mid-size manufacturers in Germany, Austria and Switzerland',
        outcome: 'Line stoppages spotted within five minutes',
        customerValidated: true,
      },
      marketScope: {
        segments: ['Manufacturing'],
        territories: ['Germany', 'Austria', 'Switzerland'],
        solutionCategories: ['Streaming analytics', 'Industrial IoT'],
      },
      investment: {
        vendor: {
          coMarketingBudget: USD(60_000),
          presalesPeople: 1,
          engineeringDaysPerQuarter: 25,
          executiveHoursPerQuarter: 6,
          notes: '',
        },
        partner: {
          coMarketingBudget: USD(30_000),
          presalesPeople: 2,
          engineeringDaysPerQuarter: 30,
          executiveHoursPerQuarter: 6,
          notes: '',
        },
      },
      governance: {
        cadence: 'quarterly',
        decisionRights: 'The alliance managers decide the connector roadmap; the sponsors decide spend above $25k',
        escalationPath: 'Alliance managers → executive sponsors',
      },
      performance: {
        metrics: [
          { name: 'Joint customers live', side: 'joint', target: '10 this year' },
          { name: 'Connector releases', side: 'vendor', target: 'One a quarter' },
          { name: 'Certified Tailspin engineers', side: 'partner', target: '8' },
        ],
        frequency: 'quarterly',
        consequences: 'A quarter below half of target puts the roadmap on the next QBR’s agenda',
      },
    },
  },
  // On the watch list: a vendor sponsor only, a plan whose partner side slips, a review three months ago.
  {
    key: 'relecloud',
    type: 'co_sell',
    startedMonthsAgo: 12,
    phases: [
      [10, 'negotiation', 'Co-sell terms drafted'],
      [8, 'launch_management', 'Listed in their marketplace'],
    ],
    vendorSponsor: true,
    partnerSponsor: false,
    completedStages: [11, 9],
    partialTicks: [
      ['agreement_negotiation.market_scope', 'vendor'],
      ['agreement_negotiation.market_scope', 'partner'],
    ],
    runs: [[12, 'vendor', [5, 3, 3, 4], 'Marketplace reach in North America; their field engagement is the question']],
    design: {
      valueProposition: {
        statement:
          'Together, Lumen Cloud and Relecloud let cloud-first companies buy analytics with the credits they already committed',
        targetCustomer: 'Cloud-first enterprises with committed spend',
        outcome: 'Analytics bought and running within the existing cloud contract',
        customerValidated: false,
      },
      marketScope: {
        segments: ['Enterprise'],
        territories: ['US', 'Canada'],
        solutionCategories: ['Marketplace', 'Cloud analytics'],
      },
    },
  },
  // Sponsors, a design and a review rhythm, but its first joint plan still waits for the partner's approval.
  {
    key: 'vanarsdel',
    type: 'co_sell',
    startedMonthsAgo: 8,
    phases: [[6, 'operational_planning', 'Practice agreement signed']],
    vendorSponsor: true,
    partnerSponsor: true,
    completedStages: [7],
    partialTicks: [['joint_value_proposition.articulated', 'vendor']],
    runs: [
      [8, 'vendor', [4, 4, 3, 4], 'A global delivery bench for retail banks; commitment still to prove'],
      [7, 'partner', [4, 4, 4, 4], 'A platform our financial-services practice can standardise on'],
    ],
    design: {
      valueProposition: {
        statement: 'Together, Lumen Cloud and VanArsdel Consulting move retail banks’ reporting off spreadsheets in one quarter',
        targetCustomer: 'Retail banks in India and Europe',
        outcome: 'Regulatory reports produced from one governed data platform',
        customerValidated: false,
      },
    },
  },
];

const MONTH = 30.4;

/** The partner's admin at `at`, or later once they joined (partners tick their side in the portal). */
function partnerSide(story: DemoStory, partner: DemoPartner, at: Date): { ctx: Ctx; at: Date } | null {
  const lead = story.people.get(`${partner.key}.admin`);
  if (!lead) return null;
  const when = lead.since > at ? story.after(lead.since, 2) : at;
  return when ? { ctx: story.as(lead.key, when), at: when } : null;
}

async function tickStage(story: DemoStory, partner: DemoPartner, manager: string, stage: DevelopmentStage, at: Date) {
  const items = CHECKLIST.filter((i) => i.stage === stage);
  for (const [n, item] of items.entries()) {
    const vendorAt = story.after(at, n) ?? at;
    await tickChecklistItem(story.as(manager, vendorAt), partner.id, item.key, {
      done: true,
      note: 'Agreed in the working session',
    });
    const side = partnerSide(story, partner, story.after(vendorAt, 2) ?? vendorAt);
    if (side) await tickChecklistItem(side.ctx, partner.id, item.key, { done: true, note: 'Confirmed by our team' });
  }
}

export const alliancesDemo: DemoSeeder = {
  // After partners, their contacts and portal users, and the agreements.
  order: 75,
  async seed(_ctx, story) {
    for (const plan of PLANS) {
      const partner = story.partners.get(plan.key);
      if (!partner) continue;
      const manager = partner.ownerKey;
      const start = story.daysAgo(Math.round(plan.startedMonthsAgo * MONTH));
      const sponsor = story.people.get('erin');
      const contacts = await listContacts(story.as(manager, start), partner.id);
      const partnerSponsor =
        contacts.find((c) => c.isExecutiveSponsor && c.side === 'partner') ?? contacts.find((c) => c.side === 'partner');
      await startAlliance(story.as(manager, start), partner.id, {
        type: plan.type,
        phase: 'partner_selection',
        note: 'Designated strategic: starting the alliance',
        vendorSponsorId: plan.vendorSponsor && sponsor && sponsor.since <= start ? sponsor.id : null,
        partnerSponsorContactId: plan.partnerSponsor ? (partnerSponsor?.id ?? null) : null,
      });
      // Qualification runs, both sides, in their months.
      for (const [months, side, run, summary] of plan.runs) {
        const at = story.daysAgo(Math.round(months * MONTH));
        if (side === 'vendor') await submitQualification(story.as(manager, at), partner.id, { scores: scores(run), summary });
        else {
          const p = partnerSide(story, partner, at);
          if (p) await submitQualification(p.ctx, partner.id, { scores: scores(run), summary });
        }
      }
      for (const [months, phase, note] of plan.phases) {
        await updateAlliance(story.as(manager, story.daysAgo(Math.round(months * MONTH))), partner.id, {
          phase,
          phaseNote: note,
        });
      }
      if (plan.design) {
        await updateDesign(
          story.as(manager, story.daysAgo(Math.round((plan.startedMonthsAgo - 1) * MONTH))),
          partner.id,
          plan.design,
        );
      }
      // Stages completed together, the alliance moving on after each.
      const stages: DevelopmentStage[] = ['strategic_fit', 'joint_value_proposition', 'agreement_negotiation', 'gtm_activation'];
      for (const [i, months] of plan.completedStages.entries()) {
        const stage = stages[i];
        const next = ['joint_value_proposition', 'agreement_negotiation', 'gtm_activation', 'performance_review'][
          i
        ] as DevelopmentStage;
        if (!stage) break;
        const at = story.daysAgo(Math.round(months * MONTH));
        await tickStage(story, partner, manager, stage, at);
        await updateAlliance(story.as(manager, story.after(at, 10) ?? at), partner.id, { stage: next });
      }
      for (const [months, side, note] of plan.sponsorsLeft ?? []) {
        await updateAlliance(
          story.as(manager, story.daysAgo(Math.round(months * MONTH))),
          partner.id,
          side === 'partner'
            ? { partnerSponsorContactId: null, sponsorNote: note }
            : { vendorSponsorId: null, sponsorNote: note },
        );
      }
      const last = story.daysAgo(Math.round((plan.completedStages.at(-1) ?? plan.startedMonthsAgo - 1) * MONTH) - 20);
      for (const [n, [item, side]] of plan.partialTicks.entries()) {
        const at = story.after(last, 3 * n) ?? last;
        if (side === 'vendor')
          await tickChecklistItem(story.as(manager, at), partner.id, item, { done: true, note: 'Prepared for the QBR' });
        else {
          const p = partnerSide(story, partner, at);
          if (p) await tickChecklistItem(p.ctx, partner.id, item, { done: true, note: 'Our numbers are in' });
        }
      }
      // A sponsor who left: ended in the sponsor history, the alliance's last change.
      const active = partner.timeline.find((t) => t.stage === 'active')?.at;
      const left = plan.partnerSponsorLeft && active ? story.after(active, plan.partnerSponsorLeft.afterActiveDays) : null;
      if (plan.partnerSponsorLeft && left) {
        await updateAlliance(story.as(manager, left), partner.id, {
          partnerSponsorContactId: null,
          partnerSponsorUserId: null,
          sponsorNote: plan.partnerSponsorLeft.note,
        });
      }
    }
    // The daily job found Woodgrove's one-sided qualification a year old and told its manager.
    await remindQualificationReruns(story.system('The daily qualification re-run check', story.daysAgo(55)));
  },
};
