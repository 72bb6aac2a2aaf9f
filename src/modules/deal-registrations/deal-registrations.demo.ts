import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { currentTierBenefits } from '../programs/index.js';
import { protectionDays } from './deal-registrations.rules.js';
import {
  approveDealRegistration,
  closeDealRegistration,
  createDealRegistration,
  type DealRegistrationDto,
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

/**
 * Partners register deals from a few weeks after they are enabled (time to first deal varies
 * with each), every one to three months after; their managers approve most within a day or
 * two, reject a few; approved ones are won, lost or left to expire; the daily job ran fortnightly
 * through the story (expiries, reminders). Today: some approvals waiting (two past the SLA),
 * protection ending soon for some, and a channel conflict — two partners on Globex.
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
    const selling = partners.filter((p) => p.timeline.some((t) => t.stage === 'enabled'));
    for (const [index, partner] of selling.entries()) {
      story.progress(index, selling.length);
      const enabled = partner.timeline.find((t) => t.stage === 'enabled')?.at as Date;
      const left = partner.timeline.find((t) => t.stage === 'offboarding' || t.stage === 'terminated')?.at;
      let at = story.after(enabled, r.int(15, 140));
      while (at && (!left || at < left)) {
        const customer = r.pick(CUSTOMERS.slice(1));
        const made = await register(story, partner, at, customer);
        const decided = made && story.after(at, r.int(0, 2));
        if (made && decided) {
          const { dto } = made;
          if (r.chance(0.12)) await decide(story, partner, decided, (c) => rejectDealRegistration(c, dto.id, r.pick(REJECTIONS)));
          else {
            const approved = await decide(story, partner, decided, (c) => approveDealRegistration(c, dto.id));
            const days = approved.protectionDays ?? 90;
            const closeIn = r.int(15, days + 40);
            const closed = closeIn < days - 2 ? story.after(decided, closeIn) : null;
            if (closed && (!left || closed < left)) {
              const ctx = registrar(story, partner, closed);
              if (r.chance(0.6)) await closeDealRegistration(ctx, dto.id, 'won', 'Signed');
              else await closeDealRegistration(ctx, dto.id, 'lost', r.pick(LOSS_REASONS));
            }
          }
        }
        at = story.after(at, r.int(35, 120));
      }
    }
    // The daily job, every other week through the two years: expiries and reminders as they fell due.
    for (let days = 728; days >= 0; days -= 7)
      await runDealRegistrationSchedule(story.system('deal-registrations.daily', story.daysAgo(days)));

    // Today's desk. Two long-standing partners both went after Globex: the first registration
    // was approved a month ago; the second, ten days ago, is flagged and waits (past the SLA).
    const active = selling.filter((p) => !p.timeline.some((t) => t.stage === 'offboarding' || t.stage === 'terminated'));
    const [first, second, third, fourth] = active.filter((p) => p.key !== 'northwind');
    if (first && second) {
      const globex = await register(story, first, story.daysAgo(34), CUSTOMERS[0] as [string, string]);
      if (globex) await decide(story, first, story.daysAgo(33), (c) => approveDealRegistration(c, globex.dto.id));
      await register(story, second, story.daysAgo(10), ['Globex Corp.', 'https://www.globex.com/']);
    }
    // Approvals waiting, one past the SLA; protection ending within two weeks for one.
    if (third) await register(story, third, story.daysAgo(4), ['Contoso Pharma Labs', 'contosopharmalabs.com']);
    if (fourth)
      await register(story, fourth, new Date(story.now.getTime() - 3 * 3_600_000), ['Alpine Ski Resorts', 'alpineski.com']);
    const northwind = active.find((p) => p.key === 'northwind');
    if (northwind) {
      const days = protection.get(northwind.id) ?? 90;
      const at = story.daysAgo(days - 9);
      const expiring = await register(story, northwind, at, ['Fourth Coffee Roasters', 'fourthcoffee.com']);
      const approvedAt = story.after(at, 0) ?? at;
      if (expiring && approvedAt.getTime() - at.getTime() < 2 * DAY)
        await decide(story, northwind, approvedAt, (c) => approveDealRegistration(c, expiring.dto.id));
    }
  },
};
