import type { DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import type { CalculatorInputs, CalculatorModel } from './value.rules.js';
import {
  createSession,
  createSimulation,
  type PropositionInput,
  proposeProposition,
  publishProposition,
  revokeShare,
  shareSession,
} from './value.service.js';

const CONTOSO_MODEL: CalculatorModel = {
  currency: 'USD',
  sizeUnit: 'branches',
  improvements: [
    { key: 'fraud-losses', label: 'Lower fraud losses', defaultBp: 1200 },
    { key: 'analyst-time', label: 'Less analyst time on reporting', defaultBp: 800 },
    { key: 'audit-findings', label: 'Fewer audit findings', defaultBp: 300 },
  ],
  oneTimeCostPerUnit: 450_000, // 4,500.00 per branch
  recurringCostPerUnit: 180_000, // 1,800.00 per branch and year
};

const CONTOSO_V1: PropositionInput = {
  title: 'Regulatory analytics for regional banks',
  outcome: 'audit-ready risk reporting in days instead of weeks',
  targetCustomer: 'regional and mid-market banks in North America',
  how: 'running Lumen Cloud’s analytics platform with Contoso’s banking data models and managed regulatory reporting',
  differentiators: ['Pre-built models for FFIEC and Basel reporting', 'Contoso’s managed service runs it end to end'],
  proofPoints: ['First Harbor Bank: quarterly reporting from 19 to 6 days'],
  calculator: CONTOSO_MODEL,
  note: 'First version, from the alliance kick-off workshop.',
};

const CONTOSO_V2: PropositionInput = {
  ...CONTOSO_V1,
  title: 'Fraud and regulatory analytics for regional banks',
  outcome: 'lower fraud losses and audit-ready risk reporting in days instead of weeks',
  how: 'running Lumen Cloud’s real-time analytics with Contoso’s banking data models, fraud playbooks and managed reporting',
  differentiators: [...(CONTOSO_V1.differentiators ?? []), 'Real-time fraud scoring on the same data'],
  proofPoints: [
    'First Harbor Bank: quarterly reporting from 19 to 6 days',
    'Midstate Credit Union pilot: fraud losses down 14 % in six months',
  ],
  note: 'Contoso’s proposal after the fraud pilot: adds fraud losses to the value story.',
};

const ADATUM_V1: PropositionInput = {
  title: 'Cloud migration for manufacturers',
  outcome: 'faster, lower-risk moves of plant systems to the cloud',
  targetCustomer: 'mid-sized manufacturers',
  how: 'combining Lumen Cloud with Adatum’s migration factory',
  differentiators: ['Migration factory with fixed-price waves'],
  proofPoints: [],
  calculator: {
    currency: 'USD',
    sizeUnit: 'plants',
    improvements: [{ key: 'infrastructure', label: 'Lower infrastructure cost', defaultBp: 1500 }],
    oneTimeCostPerUnit: 2_500_000,
    recurringCostPerUnit: 600_000,
  },
};

const CUSTOMERS = [
  'First Harbor Bank',
  'Midstate Credit Union',
  'Pinecrest Savings',
  'Lakeshore Bancorp',
  'Granite Trust',
  'Bayview Community Bank',
  'Northfield Federal',
  'Summit Valley Bank',
  'Redwood Financial',
  'Cedar Point Credit Union',
  'Oakmont Bank & Trust',
  'Riverbend Savings',
];

function contosoInputs(story: DemoStory, withFraud: boolean): CalculatorInputs {
  const branches = story.random.int(8, 60);
  return {
    customerSize: branches,
    // 120k–260k of reporting, fraud and audit cost per branch and year.
    currentAnnualCost: { amount: branches * story.random.int(120, 260) * 100_000, currency: 'USD' },
    improvements: [
      ...(withFraud ? [{ key: 'fraud-losses', bp: story.random.int(8, 15) * 100 }] : []),
      { key: 'analyst-time', bp: story.random.int(5, 10) * 100 },
      { key: 'audit-findings', bp: story.random.int(1, 4) * 100 },
    ],
  };
}

/**
 * Contoso, the healthy strategic alliance: James and Contoso's lead wrote the joint value
 * proposition at the alliance kick-off (v1, published some fifteen months ago); Contoso proposed
 * v2 after its fraud pilot and James published it. Sellers on both sides ran the calculator in
 * customer workshops ever since — about monthly, more often lately — and shared some results as
 * pages (one revoked). Both sides modelled how they capture value in the joint managed offering.
 * Adatum, strategic in name only, published a JVP once and never used it: one workshop a year ago.
 */
export const valueDemo: DemoSeeder = {
  order: 900,
  async seed(_ctx, story) {
    const contoso = story.partners.get('contoso-consulting');
    if (contoso) {
      const owner = contoso.ownerKey;
      const lead = story.people.get(`${contoso.key}.admin`);
      const colleague = story.people.get(`${contoso.key}.user`);
      const at = (days: number) => story.daysAgo(days);
      const as = (key: string, days: number): Ctx => story.as(key, at(days));
      const v1 = await proposeProposition(as(owner, 470), contoso.id, CONTOSO_V1);
      await publishProposition(as(owner, 455), v1.id);
      // Workshops under v1.
      for (const [i, days] of [430, 395, 350, 300, 260, 230, 190, 160].entries()) {
        const actor = i % 3 === 2 && lead && lead.since <= at(days) ? lead.key : owner;
        await createSession(as(actor, days), v1.id, {
          customerName: CUSTOMERS[i] ?? `Bank ${i}`,
          inputs: contosoInputs(story, false),
        });
      }
      const proposer = lead && lead.since <= at(150) ? lead.key : owner;
      const v2 = await proposeProposition(as(proposer, 150), contoso.id, CONTOSO_V2);
      await publishProposition(as(owner, 140), v2.id);
      // Workshops under v2: more often, by both sides; the recent ones shared as pages.
      const recent = [125, 100, 80, 66, 51, 38, 24, 12, 5];
      for (const [i, days] of recent.entries()) {
        const pick = i % 3;
        const person =
          pick === 1 && lead && lead.since <= at(days)
            ? lead
            : pick === 2 && colleague && colleague.since <= at(days)
              ? colleague
              : null;
        const key = person?.key ?? owner;
        const session = await createSession(as(key, days), v2.id, {
          customerName: CUSTOMERS[(i + 4) % CUSTOMERS.length] ?? `Bank ${i}`,
          inputs: contosoInputs(story, true),
        });
        if (days <= 66) {
          await shareSession(as(key, days), session.id, 30);
          if (days === 51) await revokeShare(as(key, days - 2), session.id);
        }
      }
      await createSimulation(as(owner, 130), contoso.id, {
        name: 'Managed fraud analytics bundle',
        offering: { currency: 'USD', listPrice: 4_800_000, subscriptionBp: 7000, eventsPerUnit: 0 },
        parties: [
          { side: 'vendor', mechanisms: [{ kind: 'subscription_share', shareBp: 6000 }], investment: 45_000_000 },
          { side: 'partner', mechanisms: [{ kind: 'remainder' }], investment: 30_000_000 },
        ],
        pricePointsBp: [8500, 10_000, 11_500],
        volumes: [20, 60, 120],
      });
      if (lead && lead.since <= at(60)) {
        await createSimulation(as(lead.key, 60), contoso.id, {
          name: 'Fraud scoring per transaction batch',
          offering: { currency: 'USD', listPrice: 3_600_000, subscriptionBp: 5000, eventsPerUnit: 2000 },
          parties: [
            {
              side: 'vendor',
              mechanisms: [
                { kind: 'per_event_fee', feePerEvent: 450 },
                { kind: 'subscription_share', shareBp: 3000 },
              ],
              investment: 45_000_000,
            },
            { side: 'partner', mechanisms: [{ kind: 'remainder' }], investment: 30_000_000 },
          ],
          pricePointsBp: [9000, 10_000, 12_000],
          volumes: [30, 90],
        });
      }
    }
    const adatum = story.partners.get('adatum');
    if (adatum) {
      const as = (days: number): Ctx => story.as(adatum.ownerKey, story.daysAgo(days));
      const v1 = await proposeProposition(as(420), adatum.id, ADATUM_V1);
      await publishProposition(as(410), v1.id);
      await createSession(as(360), v1.id, {
        customerName: 'Keller Components',
        inputs: {
          customerSize: 3,
          currentAnnualCost: { amount: 180_000_000, currency: 'USD' },
          improvements: [{ key: 'infrastructure', bp: 1200 }],
        },
      });
    }
  },
};
