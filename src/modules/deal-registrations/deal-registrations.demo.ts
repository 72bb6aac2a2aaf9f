import { and, eq, gte, inArray, isNull, ne, or } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { currentTierBenefits } from '../programs/index.js';
import { customerKeys, protectionDays } from './deal-registrations.rules.js';
import { dealRegistrations } from './deal-registrations.schema.js';
import {
  approveDealRegistration,
  closeDealRegistration,
  createDealRegistration,
  type DealRegistrationDto,
  getDealRegistration,
  rejectDealRegistration,
  runDealRegistrationSchedule,
} from './deal-registrations.service.js';

const DAY = 86_400_000;

/** End customers the partners sell to (some of them to the same ones: channel conflict). */
const CUSTOMERS: readonly [string, string][] = [
  ['Globex Corporation', 'globex.com'],
  ['Initech Inc.', 'initech.com'],
  ['Umbrella Pharmaceuticals GmbH', 'umbrella-pharma.de'],
  ['Stark Logistics Ltd', 'starklogistics.co.uk'],
  ['Wayne Financial Group', 'waynefinancial.com'],
  ['Hooli Health', 'hoolihealth.com'],
  ['Soylent Foods S.A.', 'soylentfoods.es'],
  ['Tyrell Manufacturing', 'tyrellmfg.com'],
  ['Cyberdyne Systems AG', 'cyberdyne.ch'],
  ['Massive Dynamic', 'massivedynamic.com'],
  ['Oscorp Energy', 'oscorp-energy.com'],
  ['Vandelay Industries', 'vandelay.com'],
  ['Wonka Confections B.V.', 'wonka.nl'],
  ['Gringotts Banking plc', 'gringotts.co.uk'],
  ['Acme Retail', 'acmeretail.com'],
  ['Pied Piper', 'piedpiper.com'],
  ['Dunder Mifflin Paper', 'dundermifflin.com'],
  ['Nakatomi Trading K.K.', 'nakatomi.co.jp'],
  ['Sirius Cybernetics', 'siriuscyber.com'],
  ['Blue Sun Corporation', 'bluesun.com'],
  ['Monarch Insurance', 'monarch-insurance.com'],
  ['Krusty Brands', 'krustybrands.com'],
  ['Aperture Research', 'aperture-research.com'],
  ['Prestige Worldwide', 'prestigeworldwide.com'],
  ['Bluth Homes', 'bluthhomes.com'],
  ['Duff Beverages', 'duffbeverages.com'],
  ['Sterling Cooper Media', 'sterlingcooper.com'],
  ['Los Pollos Logistics', 'lospollos.com'],
  ['Rekall Travel', 'rekalltravel.com'],
  ['Weyland Mining Pty Ltd', 'weylandmining.com.au'],
];

const PRODUCTS = ['Lumen Compute', 'Lumen Storage', 'Lumen Analytics', 'Lumen Security', 'Support Plus'] as const;

const LOSS_REASONS = [
  'Lost to a competitor on price',
  'Customer postponed the project indefinitely',
  'Budget cut after a reorganisation',
  'Customer chose to build in-house',
];

const REJECTIONS = [
  'The customer is a named direct account',
  'Not enough detail: register again with the decision maker and timeline',
  'Duplicate of an earlier registration by the same partner',
];

/**
 * Deals two alliances' stories need whatever day the demo loads, beside what the random flow gives
 * them (decision 0340). Woodgrove Distribution's: two small early wins and a big pipeline in its
 * first year, then registrations lost one after another, the last one closed two months ago and
 * none since. Tailspin Data's, a healthy alliance: a win every quarter and a pipeline open today.
 * Days before today: registered, closed (null: still open); amounts in USD.
 */
type OwnDeal = {
  customer: [string, string];
  product: (typeof PRODUCTS)[number];
  amount: number;
  registered: number;
  closed: number | null;
  won: boolean;
  reason?: string;
};
const WOODGROVE = 'woodgrove-dist';
/** Days before today that Woodgrove's sponsor left (as in the business plans and surveys demos). */
const WOODGROVE_SPONSOR_LEFT_DAYS = 243;
const TAILSPIN_DEALS: OwnDeal[] = [
  {
    customer: ['Nordic Grid Operators', 'nordicgrid.no'],
    product: 'Lumen Analytics',
    amount: 140_000,
    registered: 330,
    closed: 270,
    won: true,
  },
  {
    customer: ['Harbour Health Trust', 'harbourhealth.org.uk'],
    product: 'Lumen Storage',
    amount: 95_000,
    registered: 240,
    closed: 180,
    won: true,
  },
  {
    customer: ['Lakeside Insurance', 'lakesideinsurance.com'],
    product: 'Lumen Analytics',
    amount: 210_000,
    registered: 150,
    closed: 95,
    won: true,
  },
  {
    customer: ['Meridian Rail', 'meridianrail.co.uk'],
    product: 'Lumen Security',
    amount: 120_000,
    registered: 75,
    closed: 30,
    won: true,
  },
  {
    customer: ['Polar Foods Oy', 'polarfoods.fi'],
    product: 'Lumen Analytics',
    amount: 380_000,
    registered: 45,
    closed: null,
    won: false,
  },
  {
    customer: ['Baltic Ports Group', 'balticports.ee'],
    product: 'Lumen Compute',
    amount: 260_000,
    registered: 18,
    closed: null,
    won: false,
  },
];
const WOODGROVE_DEALS: OwnDeal[] = [
  {
    customer: ['Rotterdam Port Logistics B.V.', 'rotterdamportlogistics.nl'],
    product: 'Lumen Storage',
    amount: 45_000,
    registered: 400,
    closed: 345,
    won: true,
  },
  {
    customer: ['Gulf Retail Holdings', 'gulfretail.ae'],
    product: 'Lumen Analytics',
    amount: 350_000,
    registered: 368,
    closed: 290,
    won: false,
    reason: 'Lost to a competitor on price',
  },
  {
    customer: ['Delft Instruments B.V.', 'delftinstruments.nl'],
    product: 'Lumen Compute',
    amount: 60_000,
    registered: 378,
    closed: 300,
    won: true,
  },
  {
    customer: ['Antwerp Chemicals NV', 'antwerpchemicals.be'],
    product: 'Lumen Analytics',
    amount: 280_000,
    registered: 338,
    closed: 262,
    won: false,
    reason: 'Customer postponed the project indefinitely',
  },
  {
    customer: ['Dubai Freight Zone Authority', 'dubaifreightzone.ae'],
    product: 'Lumen Storage',
    amount: 220_000,
    registered: 290,
    closed: 215,
    won: false,
    reason: 'Lost to a competitor on price',
  },
  {
    customer: ['Utrecht Health Network', 'utrechthealthnetwork.nl'],
    product: 'Lumen Security',
    amount: 180_000,
    registered: 280,
    closed: 205,
    won: false,
    reason: 'No budget this year',
  },
  {
    customer: ['Abu Dhabi Cold Chain', 'adcoldchain.ae'],
    product: 'Lumen Compute',
    amount: 120_000,
    registered: 210,
    closed: 125,
    won: false,
    reason: 'Lost to a competitor on price',
  },
  {
    customer: ['Eindhoven Mobility Labs', 'eindhovenmobility.nl'],
    product: 'Lumen Analytics',
    amount: 150_000,
    registered: 150,
    closed: 75,
    won: false,
    reason: 'Customer chose to buy direct',
  },
];

type Registered = { dto: DealRegistrationDto; at: Date };

/** Who registers for the partner at `at`: its admin once it has portal access, else its manager on its behalf. */
function registrar(story: DemoStory, partner: DemoPartner, at: Date): Ctx {
  const admin = story.people.get(`${partner.key}.admin`);
  const user = story.people.get(`${partner.key}.user`);
  if (user && user.since <= at && story.random.chance(0.4)) return story.as(user.key, at);
  if (admin && admin.since <= at) return story.as(admin.key, at);
  return story.as(partner.ownerKey, at);
}

async function register(
  story: DemoStory,
  partner: DemoPartner,
  at: Date,
  customer: readonly [string, string],
): Promise<Registered | null> {
  const r = story.random;
  const product = r.pick(PRODUCTS);
  const currency = r.chance(0.7) ? 'USD' : r.chance(0.65) ? 'EUR' : 'GBP';
  const ctx = registrar(story, partner, at);
  const dto = await createDealRegistration(ctx, {
    partnerId: partner.id,
    customer: { name: customer[0], domain: r.chance(0.85) ? customer[1] : null },
    title: `${product} for ${customer[0].split(' ')[0]}`,
    amount: r.int(20, 600) * 1_000_00,
    currency,
    expectedCloseDate: addDays(localDateOf(at, 'UTC'), r.int(30, 150)),
    products: r.chance(0.4) ? [product, 'Support Plus'] : [product],
  }).catch((error: unknown) => {
    // A partner whose lapsed compliance blocks registering does not register (the rule holds in the story too).
    if (error instanceof AppError && error.code === 'COMPLIANCE_BLOCKED') return null;
    throw error;
  });
  return dto ? { dto, at } : null;
}

/** The partner's manager decides; where the partner changed hands since, the admin does. */
async function decide<T>(story: DemoStory, partner: DemoPartner, at: Date, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  try {
    return await fn(story.as(partner.ownerKey, at));
  } catch (error) {
    if (error instanceof AppError && error.code === 'FORBIDDEN') return fn(story.as('alex', at));
    throw error;
  }
}

/** Whether another partner holds an active registration for the customer on `at` (as the conflict check reads it). */
async function claimedByAnother(story: DemoStory, partner: DemoPartner, at: Date, customer: readonly [string, string]) {
  const keys = customerKeys({ name: customer[0], domain: customer[1] });
  if (!keys.ok) return false;
  const today = localDateOf(at, 'UTC');
  const t = dealRegistrations;
  const rows = await withTx(story.system('demo', story.now), (c) =>
    c.tx
      .select({ id: t.id })
      .from(t)
      .where(
        and(
          or(eq(t.customerNameKey, keys.keys.name), keys.keys.domain ? eq(t.customerDomainKey, keys.keys.domain) : undefined),
          ne(t.partnerId, partner.id),
          inArray(t.status, ['submitted', 'approved']),
          or(isNull(t.expiresOn), gte(t.expiresOn, today)),
        ),
      )
      .limit(1),
  );
  return rows.length > 0;
}

async function statusOf(story: DemoStory, id: string): Promise<string | undefined> {
  const [row] = await withTx(story.system('demo', story.now), (c) =>
    c.tx.select({ status: dealRegistrations.status }).from(dealRegistrations).where(eq(dealRegistrations.id, id)),
  );
  return row?.status;
}

type Step = { at: Date; run: () => Promise<void> };

/** The story's moments in time order: the oldest step runs first (ties: the first added), and a step may add later ones. */
function makeAgenda() {
  const steps: Step[] = [];
  return {
    add(at: Date | null, run: () => Promise<void>) {
      if (at) steps.push({ at, run });
    },
    async run() {
      while (steps.length > 0) {
        let next = 0;
        for (let i = 1; i < steps.length; i += 1)
          if ((steps[i] as Step).at.getTime() < (steps[next] as Step).at.getTime()) next = i;
        const [step] = steps.splice(next, 1);
        await step?.run();
      }
    },
  };
}

/**
 * Partners register deals from a few weeks after they are enabled (time to first deal varies
 * with each), every one to three months after, mostly customers no other partner holds. The
 * story runs in time order (decision 0320), so each registration meets the claims that stood at
 * its moment: their managers approve most within a day or two, reject a few; approved ones are
 * won, lost or left to expire; the daily job runs weekly (expiries, reminders). A flagged
 * registration is left to its conflict case (`story.conflictOf`): no manager approves or rejects
 * it; the case's final decision rejects it, or lets its manager approve it. Today: some
 * approvals waiting, protection ending soon for some, and a channel conflict — two partners on Globex.
 */
export const dealRegistrationsDemo: DemoSeeder = {
  order: 70,
  async seed(_ctx, story) {
    const r = story.random;
    const partners = [...story.partners.values()];
    const protection = new Map<string, number>();
    await withTx(story.system('demo', story.now), async (c) => {
      const benefits = await currentTierBenefits(
        c,
        partners.map((p) => p.id),
      );
      for (const p of partners) protection.set(p.id, protectionDays((benefits.get(p.id) ?? []).map((b) => b.dealProtectionDays)));
    });
    const agenda = makeAgenda();
    const partnerOf = new Map<string, DemoPartner>();
    const leftOf = (partner: DemoPartner) =>
      partner.timeline.find((t) => t.stage === 'offboarding' || t.stage === 'terminated')?.at;

    /** Approved at `decided`: won or lost before protection ends, or left to expire. */
    const approve = async (partner: DemoPartner, id: string, decided: Date, closes = true) => {
      if ((await statusOf(story, id)) !== 'submitted') return;
      const approved = await decide(story, partner, decided, (c) => approveDealRegistration(c, id));
      if (!closes) return;
      const days = approved.protectionDays ?? 90;
      const closeIn = r.int(15, days + 40);
      const closed = closeIn < days - 2 ? story.after(decided, closeIn) : null;
      const left = leftOf(partner);
      if (!closed || (left && closed >= left)) return;
      agenda.add(closed, async () => {
        // A conflict case may have ended it since (lost to another partner).
        if ((await statusOf(story, id)) !== 'approved') return;
        const ctx = registrar(story, partner, closed);
        if (r.chance(0.6)) await closeDealRegistration(ctx, id, 'won', 'Signed');
        else await closeDealRegistration(ctx, id, 'lost', r.pick(LOSS_REASONS));
      });
    };
    const conflictSteps = {
      later: (at: Date | null, step: () => Promise<void>) => agenda.add(at, step),
      settled: (id: string, at: Date | null) => {
        const partner = partnerOf.get(id);
        if (partner && at) agenda.add(at, () => approve(partner, id, at));
      },
    };
    /** Registers, then the manager decides — unless it is flagged: then its conflict case does. */
    const registerAndDecide = async (
      partner: DemoPartner,
      at: Date,
      customer: readonly [string, string],
      decision: (id: string, decided: Date) => Promise<void>,
      decidedAt: Date | null,
    ) => {
      const made = await register(story, partner, at, customer);
      if (!made) return null;
      partnerOf.set(made.dto.id, partner);
      if (made.dto.conflict.flagged && story.conflictOf) await story.conflictOf({ id: made.dto.id, at }, conflictSteps);
      else if (decidedAt) agenda.add(decidedAt, () => decision(made.dto.id, decidedAt));
      return made;
    };
    const usual = (partner: DemoPartner) => async (id: string, decided: Date) => {
      // Met by a later registration before its manager got to it: its conflict case decides it now.
      const now = await getDealRegistration(story.system('demo', decided), id);
      if (now.status !== 'submitted' || now.approvalBlockedBy) return;
      if (r.chance(0.12)) await decide(story, partner, decided, (c) => rejectDealRegistration(c, id, r.pick(REJECTIONS)));
      else await approve(partner, id, decided);
    };

    const selling = partners.filter((p) => p.timeline.some((t) => t.stage === 'enabled'));
    for (const [key, deals] of [
      [WOODGROVE, WOODGROVE_DEALS],
      ['tailspin-data', TAILSPIN_DEALS],
    ] as const) {
      const partner = story.partners.get(key);
      const enabled = partner?.timeline.find((t) => t.stage === 'enabled')?.at;
      if (!partner || !enabled) continue;
      for (const deal of deals) {
        const at = story.daysAgo(deal.registered);
        if (at < enabled) continue;
        agenda.add(at, async () => {
          const admin = story.people.get(`${key}.admin`);
          const ctx = admin && admin.since <= at ? story.as(admin.key, at) : story.as(partner.ownerKey, at);
          const expected =
            deal.closed === null
              ? addDays(localDateOf(story.now, 'UTC'), 45)
              : localDateOf(story.daysAgo(Math.max(0, deal.closed - 5)), 'UTC');
          const dto = await createDealRegistration(ctx, {
            partnerId: partner.id,
            customer: { name: deal.customer[0], domain: deal.customer[1] },
            title: `${deal.product} for ${deal.customer[0].split(' ')[0]}`,
            amount: deal.amount * 100,
            currency: 'USD',
            expectedCloseDate: expected,
            products: [deal.product],
          }).catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'COMPLIANCE_BLOCKED') return null;
            throw error;
          });
          if (!dto || dto.conflict.flagged) return;
          const decided = story.after(at, 1);
          if (!decided) return;
          await decide(story, partner, decided, (c) => approveDealRegistration(c, dto.id));
          if (deal.closed === null) return;
          const closed = story.daysAgo(deal.closed);
          agenda.add(closed, async () => {
            if ((await statusOf(story, dto.id)) !== 'approved') return;
            const by = admin && admin.since <= closed ? story.as(admin.key, closed) : story.as(partner.ownerKey, closed);
            await closeDealRegistration(by, dto.id, deal.won ? 'won' : 'lost', deal.won ? 'Signed' : (deal.reason ?? 'Lost'));
          });
        });
      }
    }
    for (const [index, partner] of selling.entries()) {
      story.progress(index, selling.length);
      const enabled = partner.timeline.find((t) => t.stage === 'enabled')?.at as Date;
      // Woodgrove's people registered nothing more once its sponsor had left (decision 0340).
      const stop = partner.key === WOODGROVE ? story.daysAgo(WOODGROVE_SPONSOR_LEFT_DAYS) : leftOf(partner);
      let at = story.after(enabled, r.int(15, 140));
      while (at && (!stop || at < stop)) {
        const moment = at;
        agenda.add(moment, async () => {
          // Partners mostly sell to customers no other partner is working; now and then two meet.
          let customer = r.pick(CUSTOMERS.slice(1));
          for (
            let tries = 0;
            tries < 4 && r.chance(0.9) && (await claimedByAnother(story, partner, moment, customer));
            tries += 1
          )
            customer = r.pick(CUSTOMERS.slice(1));
          await registerAndDecide(partner, moment, customer, usual(partner), story.after(moment, r.int(0, 2)));
        });
        at = story.after(at, r.int(35, 120));
      }
    }
    // The daily job, every week through the two years: expiries and reminders as they fell due.
    for (let days = 728; days >= 0; days -= 7) {
      const day = story.daysAgo(days);
      agenda.add(day, async () => {
        await runDealRegistrationSchedule(story.system('deal-registrations.daily', day));
      });
    }

    // Today's desk. Two long-standing partners both went after Globex: the first registration
    // was approved a month ago; the second, twelve days ago, is flagged and its case waits. Twelve,
    // so that its case, escalated four days later, is past the second tier's five days on any
    // day of the week the demo is loaded (weekends move moments by a day).
    const active = selling.filter((p) => !leftOf(p));
    const [first, second, third, fourth] = active.filter((p) => p.key !== 'northwind');
    // Approved and still open today (the Globex proof of concept; Northwind's protection ending).
    const approveOn = (partner: DemoPartner) => (id: string, decided: Date) => approve(partner, id, decided, false);
    if (first && second) {
      const at = story.daysAgo(34);
      agenda.add(at, async () => {
        await registerAndDecide(first, at, CUSTOMERS[0] as [string, string], approveOn(first), story.daysAgo(33));
      });
      const later = story.daysAgo(12);
      agenda.add(later, async () => {
        await registerAndDecide(second, later, ['Globex Corp.', 'https://www.globex.com/'], approveOn(second), null);
      });
    }
    // Five months ago the same two met at Acme Robotics: the case that was appealed (the conflict
    // cases demo appeals the first flagged one in that season; this one makes sure there is one).
    if (first && second) {
      const at = story.daysAgo(150);
      agenda.add(at, async () => {
        await registerAndDecide(first, at, ['Acme Robotics', 'acmerobotics.com'], usual(first), story.daysAgo(149));
      });
      const flagged = story.daysAgo(140);
      agenda.add(flagged, async () => {
        await registerAndDecide(second, flagged, ['Acme Robotics Inc.', 'https://acmerobotics.com/'], usual(second), null);
      });
    }
    // Approvals waiting, one past the SLA; protection ending within two weeks for one.
    if (third) {
      const at = story.daysAgo(4);
      agenda.add(at, async () => {
        await register(story, third, at, ['Contoso Pharma Labs', 'contosopharmalabs.com']);
      });
    }
    if (fourth) {
      const at = new Date(story.now.getTime() - 3 * 3_600_000);
      agenda.add(at, async () => {
        await register(story, fourth, at, ['Alpine Ski Resorts', 'alpineski.com']);
      });
    }
    const northwind = active.find((p) => p.key === 'northwind');
    if (northwind) {
      const days = protection.get(northwind.id) ?? 90;
      const at = story.daysAgo(days - 9);
      const approvedAt = story.after(at, 0) ?? at;
      agenda.add(at, async () => {
        await registerAndDecide(
          northwind,
          at,
          ['Fourth Coffee Roasters', 'fourthcoffee.com'],
          approveOn(northwind),
          approvedAt.getTime() - at.getTime() < 2 * DAY ? approvedAt : null,
        );
      });
    }
    await agenda.run();
  },
};
