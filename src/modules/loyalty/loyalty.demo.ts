import type { DemoSeeder } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { eventsSince } from '../events/index.js';
import { sourceOf } from './loyalty.rules.js';
import {
  adjustPoints,
  awardForEvent,
  createReward,
  loyaltySummary,
  moveRedemption,
  requestRedemption,
  runLoyaltyExpiry,
  saveLoyaltySettings,
} from './loyalty.service.js';

const CATALOGUE = [
  { name: 'Branded swag pack', description: 'Hoodies, bottles and stickers for the team', pointsCost: 800, stock: null },
  { name: 'Certification exam voucher', description: 'One Lumen certification exam, any level', pointsCost: 1500, stock: null },
  {
    name: 'Sales enablement workshop',
    description: 'A half-day workshop with a Lumen solution architect for your sellers',
    pointsCost: 4000,
    stock: null,
  },
  {
    name: 'Partner summit pass',
    description: 'One full pass to the annual partner summit, travel not included',
    pointsCost: 5000,
    stock: 12,
  },
  { name: 'Featured webinar slot', description: 'Your webinar promoted to Lumen’s customer list', pointsCost: 6000, stock: 4 },
  { name: 'Demo appliance', description: 'A preconfigured demo cluster for customer briefings', pointsCost: 9000, stock: 3 },
] as const;

const EXPIRY_MONTHS = 12;

/**
 * Partner loyalty over the two years: Alex opens the rewards catalogue in the programme's first
 * months; the points of every engagement the story recorded (registrations, approvals, won deals)
 * are awarded at their moment, as the subscriber does after the load (which then finds them
 * awarded); Northwind's admin spoke at the partner summit (a goodwill award); the partners with
 * the most points redeemed some — sent, one rejected (points returned), one waiting today.
 * Points live 12 months: the monthly expiry runs expire the oldest unspent points (a partner that
 * stopped engaging loses what it earned early on).
 */
export const loyaltyDemo: DemoSeeder = {
  order: 990,
  async seed(ctx, story) {
    const alex = story.as('alex', story.daysAgo(640));
    const rewards = [];
    for (const r of CATALOGUE) rewards.push(await createReward(alex, { ...r }));
    // Lumen's points live 12 months (the product's default is 24): old enough lots expire in the story.
    await saveLoyaltySettings(alex, { pointsExpiryMonths: EXPIRY_MONTHS });

    // The story's engagement events, in order: the subscriber's work at each moment.
    const since = new Date(story.now.getTime() - 3 * 365 * 86_400_000);
    const prefixes = [
      'certification.earned',
      'course.completed',
      'deal_registration.',
      'opportunity.stage_changed',
      'resource.downloaded',
    ];
    const events = (await Promise.all(prefixes.map((p) => eventsSince(ctx, p, since, 1_000_000))))
      .flat()
      .filter((e) => sourceOf(e.name, e.data ?? {}) !== null && e.occurredAt.getTime() <= story.now.getTime())
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id.localeCompare(b.id));
    for (const event of events) {
      await awardForEvent(story.system('loyalty points', event.occurredAt), event);
    }

    // The daily expiry job, once a month through the story: partners that stopped engaging see their
    // oldest points expire (first in, first out) and were reminded 30 days before.
    for (let ago = 640 - EXPIRY_MONTHS * 30; ago >= 0; ago -= 30) {
      await runLoyaltyExpiry(story.system('loyalty expiry', story.daysAgo(ago)));
    }

    const northwind = story.partners.get('northwind');
    if (northwind) {
      await adjustPoints(story.as('alex', story.daysAgo(120)), northwind.id, {
        points: 2500,
        note: 'Speaker at the partner summit',
      });
    }

    // The four partners with the most points redeem something over the last months.
    const ranked = [];
    for (const p of story.partners.values()) {
      const s = await loyaltySummary(ctx, p.id);
      if (s.balance >= CATALOGUE[0].pointsCost && story.people.has(`${p.key}.admin`)) ranked.push({ p, balance: s.balance });
    }
    ranked.sort((a, b) => b.balance - a.balance);
    const plan = [
      { ago: 150, outcome: 'fulfilled' },
      { ago: 70, outcome: 'rejected' },
      { ago: 30, outcome: 'fulfilled' },
      { ago: 2, outcome: 'waiting' },
    ] as const;
    for (const [i, { p, balance }] of ranked.slice(0, plan.length).entries()) {
      const step = plan[i] as (typeof plan)[number];
      const reward = [...rewards].reverse().find((r) => r.pointsCost <= balance && (r.stock === null || r.stock > 0));
      if (!reward) continue;
      const at = story.daysAgo(step.ago);
      let partnerSide: Ctx;
      try {
        partnerSide = story.as(`${p.key}.admin`, at);
      } catch {
        continue;
      }
      const redemption = await requestRedemption(partnerSide, reward.id, { note: 'Please send it to our main office' });
      if (step.outcome === 'waiting') continue;
      const decided = story.after(at, 1);
      if (!decided) continue;
      if (step.outcome === 'rejected') {
        await moveRedemption(
          story.as(p.ownerKey, decided),
          redemption.id,
          'rejected',
          'The summit is sold out this year: your points are back',
        );
        continue;
      }
      await moveRedemption(story.as(p.ownerKey, decided), redemption.id, 'approved', 'Enjoy!');
      const sent = story.after(decided, 6);
      if (sent) await moveRedemption(story.as(p.ownerKey, sent), redemption.id, 'fulfilled', 'Shipped');
    }
  },
};
