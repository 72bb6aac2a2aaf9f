import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { complianceBlocks } from '../compliance/index.js';
import { attachFile, simplePdf } from '../files/index.js';
import { acceptLead, convertLead } from '../leads/index.js';
import { opportunityFromLead, updateOpportunity } from '../opportunities/index.js';
import { type ActivityType, periodContaining, periodOf } from './mdf.rules.js';
import { mdfClaimLeads } from './mdf.schema.js';
import {
  createAllocation,
  createRequest,
  decideClaim,
  decideRequest,
  listAllocations,
  listClaims,
  PROOF_KIND,
  payClaim,
  runMdfDaily,
  saveMdfSettings,
  submitClaim,
} from './mdf.service.js';

const DAY = 86_400_000;
const dayOf = (d: Date) => localDateOf(d, 'UTC');

const ACTIVITIES: readonly [ActivityType, string][] = [
  ['webinar', 'Cloud cost optimisation webinar'],
  ['event', 'Customer roundtable and dinner'],
  ['digital', 'LinkedIn campaign: migration assessments'],
  ['content', 'Joint solution brief and case study'],
  ['co_op_ad', 'Co-op ad in the regional IT weekly'],
  ['email', 'Nurture sequence to the installed base'],
  ['event', 'Booth at the regional cloud summit'],
];
/**
 * The companies and people an MDF activity brought in (the leads a claim lists): made-up firms of
 * the partners' regions, none of them a partner or a registered customer of the story.
 */
const PROSPECT_NAMES = [
  'Harbourview',
  'Kingsbridge',
  'Redfern',
  'Ashcombe',
  'Larkspur',
  'Millbrook',
  'Cedar Valley',
  'Northgate',
  'Oakhurst',
  'Silverlake',
  'Bramwell',
  'Eastwick',
] as const;
const PROSPECT_KINDS: readonly [string, string][] = [
  ['Dental Group', 'dental'],
  ['Freight', 'freight'],
  ['Credit Union', 'cu'],
  ['Building Supplies', 'supplies'],
  ['Veterinary Clinics', 'vets'],
  ['Engineering Ltd', 'eng'],
  ['Hotels', 'hotels'],
  ['Family Foods', 'foods'],
];
const FIRST_NAMES = ['Priya', 'Tomás', 'Hannah', 'Kwame', 'Sofia', 'Lukas', 'Mei', 'Daniel', 'Amara', 'Oliver', 'Ines', 'Rafael'];
const LAST_NAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Brennan', 'Tanaka', 'Schultz', 'Alvarez', 'Whitfield', 'Novak', 'Haddad'];

/** `count` prospects for one claim: different companies, each with a person and an address at its domain. */
function prospectsCsv(r: DemoStory['random'], used: Set<string>, count: number): string {
  const rows: string[] = [];
  const mine = new Set<string>();
  for (let tries = 0; rows.length < count && tries < 50; tries += 1) {
    const place = r.pick(PROSPECT_NAMES);
    const [kind, short] = r.pick(PROSPECT_KINDS);
    const company = `${place} ${kind}`;
    // Rarely the same company at two partners' events; never twice in one claim.
    if (mine.has(company) || (used.has(company) && tries < 40)) continue;
    mine.add(company);
    used.add(company);
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const domain = `${place.toLowerCase().replace(/[^a-z]+/g, '')}-${short}.com`;
    rows.push(
      `${company},${first} ${last},${first
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase()}.${last.toLowerCase()}@${domain},${domain}`,
    );
  }
  return `company,contact name,email,domain\n${rows.join('\n')}\n`;
}

function quarterStarts(from: Date, to: Date): string[] {
  const out: string[] = [];
  let p = periodContaining(dayOf(from));
  while (p.start <= dayOf(to)) {
    out.push(p.key);
    p = periodContaining(addDays(p.end, 1));
  }
  return out;
}

/** A moment in office hours on the day `date`, never after now; null when that day is still to come. */
function onDay(story: DemoStory, date: string): Date | null {
  const at = new Date(`${date}T10:30:00Z`);
  return at > story.now ? null : at;
}

/**
 * Two years of MDF for the long-standing partners (active for over a year): Alex sets the rules
 * (a 60-day claim window) and allocates each quarter's funds; the partner's lead asks for funds
 * for webinars, events and campaigns, the partner manager approves (some in part, one or two
 * rejected), the partner claims with an invoice and its lead list, the manager approves the
 * claim and Frank pays it. The leads are worked: accepted, some converted into opportunities, some
 * of those won — so ROI per activity means something. Unused funds of old quarters expired; today
 * a request waits for approval, a claim for review, an approved claim for payment, and the
 * current quarter's funds are mostly still available.
 */
export const mdfDemo: DemoSeeder = {
  order: 76,
  async seed(_ctx, story) {
    const r = story.random;
    const prospectsUsed = new Set<string>();
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The MDF demo needs the vendor team (users demo) first');
    const start = story.after(alex.since, 20) ?? story.now;
    await saveMdfSettings(story.as('alex', start), { claimWindowDays: 60, expiryReminderDays: 30 });
    const payer = (at: Date) => {
      const frank = story.people.get('frank');
      return frank && frank.since <= at ? story.as('frank', at) : story.as('alex', at);
    };
    const yearAgo = new Date(story.now.getTime() - 365 * DAY);
    const longStanding = [...story.partners.values()].filter((p) => {
      const active = p.timeline.find((t) => t.stage === 'active')?.at;
      const last = p.timeline.at(-1)?.stage;
      return active && active < yearAgo && (last === 'active' || last === 'strategic');
    });
    const chosen = longStanding.slice(0, 8);
    let unpaidClaim = false;
    let rejected = 0;
    for (const [index, partner] of chosen.entries()) {
      story.progress(index, chosen.length);
      const active = partner.timeline.find((t) => t.stage === 'active')?.at as Date;
      const lead = story.people.get(`${partner.key}.admin`);
      const requester = (at: Date) => (lead && lead.since <= at ? story.as(lead.key, at) : story.as(partner.ownerKey, at));
      const owner = (at: Date) => story.as(partner.ownerKey, at);
      const from = new Date(Math.max(active.getTime(), story.now.getTime() - 2 * 365 * DAY + 30 * DAY));
      for (const key of quarterStarts(from, story.now)) {
        const period = periodOf(key);
        if (!period) continue;
        const allocatedAt = onDay(story, addDays(period.start, r.int(0, 6))) ?? story.daysAgo(0);
        if (allocatedAt < start) continue;
        const allocation = await createAllocation(story.as('alex', allocatedAt), partner.id, {
          period: key,
          amount: { amount: r.int(10, 30) * 1_000_00, currency: 'USD' },
          notes: `${key} demand generation`,
        });
        const current = key === periodContaining(dayOf(story.now)).key;
        const requests = current ? 1 : r.int(1, 2);
        for (let i = 0; i < requests; i++) {
          const askedAt = story.after(allocatedAt, r.int(5, 25) + i * 20);
          if (!askedAt) break;
          const [type, title] = r.pick(ACTIVITIES);
          const startsOn = addDays(dayOf(askedAt), r.int(14, 35));
          const endsOn = addDays(startsOn, type === 'digital' || type === 'email' ? r.int(14, 30) : 0);
          const amount = Math.round((allocation.amount.amount * r.int(25, 45)) / 100 / 100) * 100;
          const request = await createRequest(requester(askedAt), allocation.id, {
            activityType: type,
            title: `${title} (${key})`,
            description: `${partner.name}: ${title.toLowerCase()} for mid-market accounts in its region.`,
            startsOn,
            endsOn,
            amount: { amount, currency: 'USD' },
            expectedLeads: r.int(10, 60),
            expectedPipeline: r.int(50, 300) * 1_000_00,
          });
          const decidedAt = story.after(askedAt, r.int(1, 4));
          if (!decidedAt) break; // today's request, waiting for its manager
          if (rejected < 2 && r.chance(0.1)) {
            rejected += 1;
            await decideRequest(owner(decidedAt), request.id, {
              approve: false,
              reason: 'Outside this quarter’s focus on the mid-market; resubmit as a webinar',
            });
            continue;
          }
          const partial = r.chance(0.3);
          const approved = partial ? Math.round((amount * 0.8) / 100) * 100 : amount;
          await decideRequest(owner(decidedAt), request.id, {
            approve: true,
            amount: approved,
            reason: partial ? 'Approved without the catering line' : '',
          });
          const claimedAt = onDay(story, addDays(endsOn, r.int(3, 20)));
          if (!claimedAt || claimedAt <= decidedAt) continue;
          const csv = prospectsCsv(r, prospectsUsed, r.int(2, 4));
          const spent = r.chance(0.7) ? approved : Math.round((approved * r.int(80, 98)) / 100);
          const claim = await submitClaim(requester(claimedAt), request.id, {
            amount: { amount: spent, currency: 'USD' },
            notes: `${r.int(40, 180)} registrations, ${r.int(20, 90)} attended`,
            leadsCsv: csv,
          });
          await attachFile(requester(claimedAt), PROOF_KIND, claim.id, {
            name: `invoice-${endsOn}.pdf`,
            bytes: simplePdf([`Invoice: ${title}`, partner.name, `Total ${(spent / 100).toFixed(2)} USD`]),
          });
          const reviewedAt = story.after(claimedAt, r.int(2, 6));
          if (!reviewedAt) continue; // today's claim, waiting for review
          const decided = await decideClaim(owner(reviewedAt), claim.id, { approve: true });
          await workLeads(story, partner, lead?.key ?? null, claim.id, reviewedAt);
          const paidAt = story.after(reviewedAt, r.int(5, 15));
          if (!paidAt || (!unpaidClaim && reviewedAt > story.daysAgo(20))) {
            unpaidClaim = true;
            continue;
          }
          await payClaim(payer(paidAt), decided.id, { reference: `PAY-${dayOf(paidAt).replaceAll('-', '')}-${r.int(100, 999)}` });
        }
      }
    }
    await claimHeldByCompliance(story);
    // Today a fresh request waits for its manager.
    const first = chosen[0];
    if (first) {
      const lead = story.people.get(`${first.key}.admin`);
      const at = story.daysAgo(0);
      const current = await listAllocations(story.system('demo', at), {
        limit: 1,
        partnerId: [first.id],
        period: [periodContaining(dayOf(at)).key],
      });
      const allocation = current.data[0];
      if (allocation && allocation.balance.available >= 500_00) {
        await createRequest(lead && lead.since <= at ? story.as(lead.key, at) : story.as(first.ownerKey, at), allocation.id, {
          activityType: 'webinar',
          title: 'Year-end security webinar',
          description: 'Live demo and Q&A for installed-base customers before budgets close.',
          startsOn: addDays(dayOf(at), 21),
          endsOn: addDays(dayOf(at), 21),
          amount: { amount: 500_00, currency: allocation.amount.currency },
          expectedLeads: 25,
        });
      }
    }
    // This morning's job: unclaimed requests whose window closed lapse, old quarters' unused funds expire.
    await runMdfDaily(story.system('mdf.daily', story.now));
  },
};

/**
 * The claim's leads, made when it was approved and assigned to the partner: its lead accepts them,
 * converts some into opportunities (the vendor's subscriber's work, done at the moment), and
 * some of those are won by Alex's team.
 */
async function workLeads(
  story: DemoStory,
  partner: { id: string; ownerKey: string },
  leadKey: string | null,
  claimId: string,
  approvedAt: Date,
): Promise<void> {
  const r = story.random;
  const rows = await withTx(story.system('demo', story.now), (c) =>
    c.tx.select({ leadId: mdfClaimLeads.leadId }).from(mdfClaimLeads).where(eq(mdfClaimLeads.claimId, claimId)),
  );
  for (const { leadId } of rows) {
    const acceptedAt = story.after(approvedAt, r.int(1, 5));
    if (!acceptedAt) return;
    const worker = (at: Date) =>
      leadKey && (story.people.get(leadKey)?.since ?? story.now) <= at ? story.as(leadKey, at) : story.as(partner.ownerKey, at);
    try {
      await acceptLead(worker(acceptedAt), leadId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      continue; // not assigned to the partner (compliance kept it with the vendor)
    }
    const convertedAt = story.after(acceptedAt, r.int(7, 40));
    if (!convertedAt || !r.chance(0.55)) continue;
    const close = new Date(convertedAt.getTime() + r.int(40, 120) * DAY);
    const estimate = { amount: r.int(20, 150) * 1_000_00, currency: 'USD', closeDate: dayOf(close) };
    await convertLead(worker(convertedAt), leadId, estimate);
    const opportunityId = await opportunityFromLead(
      story.system('opportunity from a converted lead', convertedAt),
      leadId,
      estimate,
    );
    if (!opportunityId || close > story.now) continue;
    const won = r.chance(0.55);
    await updateOpportunity(story.as('alex', close), opportunityId, {
      stage: won ? 'closed_won' : 'closed_lost',
      closeDate: dayOf(close),
      ...(won ? {} : { lostReason: 'No budget this year' }),
    });
  }
}

/**
 * The partner whose SOC 2 report lapsed (the compliance demo) ran a webinar last month; its claim
 * was approved this week, but its payment is held until a current report is verified (decision
 * 0187): the payment queue shows "Payment held" (unless the story already gave it an approved claim).
 */
async function claimHeldByCompliance(story: DemoStory): Promise<void> {
  const system = story.system('demo', story.now);
  let lapsed: DemoPartner | undefined;
  for (const p of story.partners.values()) {
    if ((await complianceBlocks(system, p.id, 'payouts')).blocked) {
      lapsed = p;
      break;
    }
  }
  if (!lapsed) return;
  const partner = lapsed;
  if ((await listClaims(system, { limit: 1, partnerId: [partner.id], status: ['approved'] })).data.length > 0) return;
  const lead = story.people.get(`${partner.key}.admin`);
  const askedAt = story.daysAgo(40);
  const requester = (at: Date) => (lead && lead.since <= at ? story.as(lead.key, at) : story.as(partner.ownerKey, at));
  const owner = (at: Date) => story.as(partner.ownerKey, at);
  const period = periodContaining(dayOf(askedAt)).key;
  const amount = 2_500_00;
  const existing = (await listAllocations(system, { limit: 1, partnerId: [partner.id], period: [period] })).data[0];
  const allocation =
    existing ??
    (await createAllocation(story.as('alex', story.daysAgo(42)), partner.id, {
      period,
      amount: { amount: 12_000_00, currency: 'USD' },
      notes: `${period} demand generation`,
    }));
  if (allocation.balance.available < amount) return;
  const day = dayOf(story.daysAgo(30));
  const request = await createRequest(requester(askedAt), allocation.id, {
    activityType: 'webinar',
    title: `Zero-trust architecture webinar (${period})`,
    description: `${partner.name}: a live session on zero-trust architecture for its installed base.`,
    startsOn: day,
    endsOn: day,
    amount: { amount, currency: allocation.amount.currency },
    expectedLeads: 30,
  });
  await decideRequest(owner(story.daysAgo(38)), request.id, { approve: true, amount, reason: '' });
  const claimedAt = story.daysAgo(20);
  const claim = await submitClaim(requester(claimedAt), request.id, {
    amount: { amount, currency: allocation.amount.currency },
    notes: '112 registrations, 64 attended',
  });
  await attachFile(requester(claimedAt), PROOF_KIND, claim.id, {
    name: `invoice-${day}.pdf`,
    bytes: simplePdf(['Invoice: Zero-trust architecture webinar', partner.name, `Total ${(amount / 100).toFixed(2)} USD`]),
  });
  await decideClaim(owner(story.daysAgo(4)), claim.id, { approve: true });
}
