import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { routingCandidates } from '../directory/index.js';
import {
  acceptLead,
  convertLead,
  createCoverageSegment,
  createLead,
  createRoutingRule,
  declineLead,
  getLead,
  type LeadDetailDto,
  rerouteDeclined,
  runLeadSla,
  updateLeadSettings,
} from './leads.service.js';

const COMPANIES: readonly [string, string, string, string, string][] = [
  // company, domain, country, region, industry
  ['Brauhaus Digital GmbH', 'brauhaus-digital.de', 'DE', 'europe', 'Manufacturing'],
  ['Alpenbank AG', 'alpenbank.ch', 'CH', 'europe', 'Banking'],
  ['Donau Logistik', 'donau-logistik.at', 'AT', 'europe', 'Logistics'],
  ['Zuiderzee Retail B.V.', 'zuiderzee-retail.nl', 'NL', 'europe', 'Retail'],
  ['Maple Health Partners', 'maplehealth.ca', 'CA', 'north_america', 'Healthcare'],
  ['Lone Star Energy', 'lonestar-energy.com', 'US', 'north_america', 'Energy'],
  ['Harbor Insurance Co.', 'harbor-insurance.com', 'US', 'north_america', 'Insurance'],
  ['Thames Media Ltd', 'thames-media.co.uk', 'GB', 'europe', 'Media'],
  ['Lyon Pharma SA', 'lyon-pharma.fr', 'FR', 'europe', 'Healthcare'],
  ['Nordic Freight AB', 'nordicfreight.se', 'SE', 'europe', 'Logistics'],
  ['Sakura Components K.K.', 'sakura-components.jp', 'JP', 'asia_pacific', 'Manufacturing'],
  ['Outback Mining Pty', 'outback-mining.com.au', 'AU', 'asia_pacific', 'Mining'],
  ['Pampas Agro S.A.', 'pampas-agro.com.ar', 'AR', 'latin_america', 'Agriculture'],
  ['Bavaria Motors Supply', 'bavaria-motors.de', 'DE', 'europe', 'Manufacturing'],
  ['Prairie Credit Union', 'prairie-cu.com', 'US', 'north_america', 'Banking'],
  ['Golden Gate Software', 'goldengate-sw.com', 'US', 'north_america', 'Software'],
];
/** Mid-sized firms in Germany, Austria and Switzerland: the DACH round-robin rule's. */
const DACH = COMPANIES.filter(([, , country]) => country === 'DE' || country === 'AT' || country === 'CH');
const SIZES = ['51-200', '201-1000', '201-1000', '1001-5000', '11-50'] as const;
const PRODUCTS = ['Lumen Compute', 'Lumen Storage', 'Lumen Analytics', 'Lumen Security'] as const;
const SOURCES = ['Webinar', 'Website demo request', 'Trade show', 'Content download', 'Partner event'];
const DECLINES = [
  'Outside our territory this quarter',
  'No capacity until the next hire',
  'The customer is an existing account of a competitor we serve',
];
const MANAGERS = ['maria', 'james', 'sofia'];

/** Partners enabled (or further) at least `days` before today, still routable now. */
function established(story: DemoStory, partners: Map<string, DemoPartner>, days: number): DemoPartner[] {
  const cutoff = story.daysAgo(days);
  return [...partners.values()].filter((p) => {
    const enabled = p.timeline.find((t) => t.stage === 'enabled');
    return enabled !== undefined && enabled.at <= cutoff;
  });
}

/**
 * The coverage model and lead routing over the last year (docs/demo.md): Alex sets the coverage
 * (enterprise direct, Europe partner-led) and three rules (DACH & Benelux round robin, security
 * interest by tier weight, everyone else by capacity) a year ago; the partner managers create a
 * lead every few days, routed at once; partners' admins accept most within a day, decline some
 * (the next partner gets them), let a few lapse (the SLA job passes them on); accepted leads
 * convert weeks later; today a few wait for an answer.
 */
export const leadsDemo: DemoSeeder = {
  order: 72,
  async seed(_ctx, story) {
    const t0 = Date.now();
    try {
      await seedLeads(story);
    } finally {
      if (process.env.CONSORT_DEMO_TIMING) console.log(`leads demo: ${Date.now() - t0} ms`);
    }
  },
};

async function seedLeads(story: DemoStory): Promise<void> {
  {
    const start = story.daysAgo(380);
    const admin = story.as('alex', start);
    const candidates = new Map((await routingCandidates(story.system('lead routing set-up', start))).map((c) => [c.id, c]));
    const pool = established(story, story.partners, 370).filter(
      (p) => candidates.has(p.id) && story.people.has(`${p.key}.admin`),
    );
    if (pool.length < 3) return;
    const european = pool.filter((p) => candidates.get(p.id)?.regions.includes('europe'));
    await updateLeadSettings(admin, { acceptanceSlaHours: 48, defaultMotion: 'hybrid' });
    await createCoverageSegment(admin, {
      name: 'Enterprise',
      sizes: ['5001+'],
      motion: 'direct',
      notes: 'Named accounts of the field team',
    });
    await createCoverageSegment(admin, { name: 'Europe mid-market', regions: ['europe'], motion: 'partner_led' });
    await createCoverageSegment(admin, {
      name: 'North American banks',
      regions: ['north_america'],
      industries: ['Banking'],
      motion: 'hybrid',
    });
    await createRoutingRule(admin, {
      name: 'DACH & Benelux',
      countries: ['DE', 'AT', 'CH', 'NL', 'BE', 'LU'],
      partnerIds: (european.length >= 2 ? european : pool).slice(0, 4).map((p) => p.id),
      strategy: 'round_robin',
    });
    await createRoutingRule(admin, {
      name: 'Security interest',
      products: ['Lumen Security'],
      partnerIds: pool.slice(0, 6).map((p) => p.id),
      strategy: 'tier_weight',
    });
    await createRoutingRule(admin, {
      name: 'Everyone else',
      partnerIds: pool.map((p) => p.id),
      strategy: 'capacity',
      maxOpenLeads: 6,
    });

    const r = story.random;
    const partnerOf = new Map(pool.map((p) => [p.id, p]));
    /** The partner's admin answers at `at` when it has portal access by then. */
    const respond = async (lead: LeadDetailDto, at: Date, today: boolean): Promise<void> => {
      const partner = lead.partnerId ? partnerOf.get(lead.partnerId) : undefined;
      const person = partner ? story.people.get(`${partner.key}.admin`) : undefined;
      if (!partner || !person || person.since > at || today) return;
      const roll = r.next();
      const answerAt = story.after(at, r.int(0, 1));
      if (!answerAt) return;
      if (roll < 0.72) {
        await acceptLead(story.as(person.key, answerAt), lead.id);
        const convertAt = story.after(answerAt, r.int(10, 60));
        if (convertAt && r.chance(0.6)) await convertLead(story.as(person.key, convertAt), lead.id);
      } else if (roll < 0.86) {
        await declineLead(story.as(person.key, answerAt), lead.id, r.pick(DECLINES));
        const next = await rerouteAndGet(story, lead.id, answerAt);
        if (next) await respond(next, answerAt, false);
      } else {
        // Nobody answers: the SLA job passes it on once 48 hours have gone.
        const sweepAt = story.after(at, 3);
        if (!sweepAt) return;
        await runLeadSla(story.system('leads.acceptance-sla', sweepAt));
        const next = await getLead(story.system('leads.acceptance-sla', sweepAt), lead.id);
        if (next.status === 'assigned') await respond(next, sweepAt, false);
      }
    };

    let day = 365;
    let n = 0;
    while (day > 0) {
      const at = story.daysAgo(day);
      // The last two days' leads, still waiting today, are mid-sized DACH firms: the round-robin
      // rule always has a partner for them (no capacity cap, no direct segment), whatever the day.
      const waitingToday = day <= 2;
      const [company, domain, country, region, industry] = (
        waitingToday ? DACH[day % DACH.length] : COMPANIES[n % COMPANIES.length]
      ) as (typeof COMPANIES)[number];
      const round = Math.floor(n / COMPANIES.length);
      const manager = r.pick(MANAGERS);
      const contact = r.pick(['Jonas Weber', 'Emma Smith', 'Liam Brown', 'Sofia Rossi', 'Yuki Tanaka', 'Lucas Martin']);
      const size = r.chance(0.08) ? '5001+' : r.pick(SIZES);
      const lead = await createLead(story.as(manager, at), {
        company: round ? `${company} (${['North', 'South', 'East', 'West'][round % 4]} division)` : company,
        domain: round ? `${['north', 'south', 'east', 'west'][round % 4]}.${domain}` : domain,
        contact: { name: contact, email: `buyer@${domain}` },
        country,
        region,
        industry,
        size: waitingToday ? '201-1000' : size,
        products: [r.pick(PRODUCTS), ...(r.chance(0.3) ? [r.pick(PRODUCTS)] : [])],
        source: r.pick(SOURCES),
        qualification: r.chance(0.3) ? 'eql' : 'mql',
      });
      await respond(lead, at, waitingToday);
      n += 1;
      // Every week or two, then every day of the last ten (never jumping past them).
      day = day <= 10 ? day - 1 : Math.max(10, day - r.int(6, 12));
    }
  }
}

async function rerouteAndGet(story: DemoStory, leadId: string, at: Date): Promise<LeadDetailDto | null> {
  await rerouteDeclined(story.system('route a declined lead', at), leadId);
  const lead = await getLead(story.system('route a declined lead', at), leadId);
  return lead.status === 'assigned' ? lead : null;
}
