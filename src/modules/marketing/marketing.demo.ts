import { and, eq, lte } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoSeeder } from '../../server/module.js';
import { AppError } from '../../shared/errors.js';
import { acceptLead } from '../leads/index.js';
import { DEFAULT_PROGRAM_ID } from '../programs/index.js';
import type { KitStep, LandingPage } from './marketing.rules.js';
import { marketingContacts, marketingLaunches, marketingMessages, marketingSuppressions } from './marketing.schema.js';
import { captureLead, completeLaunch, createAudience, createKit, launchKit, moveKit } from './marketing.service.js';

type DemoKit = { name: string; description: string; steps: KitStep[]; landing: LandingPage; gold?: boolean };

const KITS: DemoKit[] = [
  {
    name: 'Analytics in 30 minutes — webinar invitation',
    description: 'Invite customers to a 30-minute live demo of Lumen Analytics, hosted by the partner.',
    steps: [
      {
        subject: '{{contact.firstName}}, see your data in 30 minutes',
        body: 'Hi {{contact.firstName}},\n\n{{partner.name}} is hosting a 30-minute live session on Lumen Analytics: dashboards your team builds in an afternoon, not a quarter.\n\nThe agenda and the recording of last month’s session: https://lumen.example/webinars/analytics-30',
        delayDays: 0,
      },
      {
        subject: 'Seats are going: analytics in 30 minutes',
        body: 'Hi {{contact.firstName}},\n\nA few seats are left for our Lumen Analytics session. Bring one question about your data and we will answer it live.',
        delayDays: 4,
      },
      {
        subject: 'The recording, {{contact.firstName}}',
        body: 'Hi {{contact.firstName}},\n\nMissed it? Ask {{partner.name}} for the recording and a look at your own numbers.',
        delayDays: 7,
      },
    ],
    landing: {
      headline: 'Analytics in 30 minutes with {{partner.name}}',
      body: 'A live demo of Lumen Analytics and your questions answered by {{partner.name}}’s consultants.',
      cta: 'Save my seat',
    },
  },
  {
    name: 'Free security assessment',
    description: 'Offer a no-cost cloud security assessment run by the partner with Lumen Secure.',
    steps: [
      {
        subject: 'How exposed is {{contact.company}}?',
        body: 'Hi {{contact.firstName}},\n\n{{partner.name}} runs a free two-hour security assessment of your cloud set-up with Lumen Secure: a written report, no obligation.',
        delayDays: 0,
      },
      {
        subject: 'Your free assessment slot',
        body: 'Hi {{contact.firstName}},\n\nWe kept a few assessment slots for this month. Reply to this e-mail or pick one on the page below.',
        delayDays: 5,
      },
    ],
    landing: {
      headline: 'A free cloud security assessment',
      body: '{{partner.name}} reviews your cloud set-up with Lumen Secure and sends you a written report within a week.',
      cta: 'Book my assessment',
    },
  },
  {
    name: 'Year-end migration offer (Gold and Platinum)',
    description: 'Migration services at a year-end price: for Gold and Platinum partners only.',
    gold: true,
    steps: [
      {
        subject: 'Move to Lumen Cloud before year end',
        body: 'Hi {{contact.firstName}},\n\n{{partner.name}} migrates your workloads to Lumen Cloud at this year’s price if you start before 31 December.',
        delayDays: 0,
      },
      {
        subject: 'Two weeks left for the year-end price',
        body: 'Hi {{contact.firstName}},\n\nThe year-end migration price ends soon. A 20-minute call is all it takes to get a plan.',
        delayDays: 10,
      },
    ],
    landing: {
      headline: 'Your migration plan from {{partner.name}}',
      body: 'Tell us what you run today; {{partner.name}} comes back with a migration plan and a fixed price.',
      cta: 'Get my plan',
    },
  },
];

const FIRST = [
  'Ana',
  'Ben',
  'Chen',
  'Dana',
  'Emil',
  'Farah',
  'Gus',
  'Hana',
  'Ivo',
  'Jade',
  'Kofi',
  'Lena',
  'Mads',
  'Nora',
  'Omar',
  'Pia',
];
const LAST = [
  'Lima',
  'Berg',
  'Wang',
  'Reyes',
  'Novak',
  'Aziz',
  'Holm',
  'Sato',
  'Kral',
  'Moss',
  'Mensah',
  'Vogel',
  'Lund',
  'Quinn',
];
const COMPANIES = [
  'Initech',
  'Globex Retail',
  'Umbrella Health',
  'Stark Logistics',
  'Wayne Foods',
  'Hooli Media',
  'Vandelay Import',
];

/**
 * Through-channel marketing over the last year: Sofia drafts three campaign kits (a webinar
 * invitation, a free security assessment, a Gold-and-Platinum year-end migration offer) and Alex
 * approves them; two or three partners' admins upload an audience from their CRM and launch kits
 * to it. Their e-mails went out step by step; some were opened and clicked, a few people
 * unsubscribed, and the landing pages brought leads, assigned to the launching partner. The
 * latest launch is still sending.
 */
export const marketingDemo: DemoSeeder = {
  order: 76,
  async seed(_ctx, story) {
    if (!story.people.get('alex') || !story.people.get('sofia')) return;
    const r = story.random;
    const kits = [];
    for (const [i, k] of KITS.entries()) {
      const drafted = story.daysAgo(380 - i * 120);
      const gold = [story.refs.get('tier:Gold'), story.refs.get('tier:Platinum')].filter((id): id is string => Boolean(id));
      const kit = await createKit(story.as('sofia', drafted), {
        name: k.name,
        description: k.description,
        steps: k.steps,
        landing: k.landing,
        ...(k.gold && gold.length ? { programId: DEFAULT_PROGRAM_ID, tierIds: gold } : {}),
      });
      const approved = story.after(drafted, 3) ?? drafted;
      kits.push(await moveKit(story.as('alex', approved), kit.id, 'approve'));
    }
    const launchers = ['northwind', 'fabrikam-ms', 'adatum', 'contoso-consulting']
      .map((key) => story.partners.get(key))
      .filter((p) => p !== undefined && story.people.has(`${p.key}.admin`))
      .slice(0, 3);
    const plans: { partnerIndex: number; kit: number; daysAgo: number }[] = [
      { partnerIndex: 0, kit: 0, daysAgo: 330 },
      { partnerIndex: 1, kit: 0, daysAgo: 250 },
      { partnerIndex: 0, kit: 1, daysAgo: 140 },
      { partnerIndex: 2, kit: 1, daysAgo: 60 },
      { partnerIndex: 1, kit: 1, daysAgo: 3 },
    ];
    for (const [n, plan] of plans.entries()) {
      const partner = launchers[plan.partnerIndex];
      const kit = kits[plan.kit];
      if (!partner || !kit) continue;
      const adminKey = `${partner.key}.admin`;
      const admin = story.people.get(adminKey);
      let at = story.daysAgo(plan.daysAgo);
      if (admin && admin.since.getTime() > at.getTime()) at = story.after(admin.since, 7) ?? story.daysAgo(2);
      const rows = Array.from({ length: r.int(14, 24) }, (_v, i) => {
        const first = r.pick(FIRST);
        const last = r.pick(LAST);
        const company = r.pick(COMPANIES);
        return `${first.toLowerCase()}.${last.toLowerCase()}${i}@${company.toLowerCase().replace(/[^a-z]/g, '')}.example,${first},${last},${company}`;
      });
      const upload = await createAudience(story.as(adminKey, at), {
        name: `${n === 0 ? 'Customers' : 'CRM export'} ${at.toISOString().slice(0, 7)}`,
        csv: `Email,First Name,Last Name,Company\n${rows.join('\n')}\n`,
      });
      const launchedAt = story.after(at, 1) ?? at;
      const launch = await launchKit(story.as(adminKey, launchedAt), upload.audience.id, kit.id, {});
      await tellWhatHappened(story, launch.id, partner.name, adminKey, r);
    }
  },
};

/**
 * The launch's history up to today: steps whose time has come were sent (the `marketing.send`
 * job's work, written as it would have left it); some opened, fewer clicked, one or two people
 * unsubscribed (their later steps skipped), the landing page was visited and sent leads.
 */
async function tellWhatHappened(
  story: Parameters<DemoSeeder['seed']>[1],
  launchId: string,
  partnerName: string,
  adminKey: string,
  r: Parameters<DemoSeeder['seed']>[1]['random'],
): Promise<void> {
  const now = story.now;
  const system = story.system('marketing.send', now);
  await withTx(system, async (c) => {
    const [launch] = await c.tx.select().from(marketingLaunches).where(eq(marketingLaunches.id, launchId));
    if (!launch) return;
    const due = await c.tx
      .select({
        id: marketingMessages.id,
        contactId: marketingMessages.contactId,
        step: marketingMessages.step,
        dueAt: marketingMessages.dueAt,
      })
      .from(marketingMessages)
      .where(and(eq(marketingMessages.launchId, launchId), lte(marketingMessages.dueAt, now)))
      .orderBy(marketingMessages.step, marketingMessages.id);
    const gone = new Set<string>();
    for (const m of due) {
      if (gone.has(m.contactId)) {
        await c.tx
          .update(marketingMessages)
          .set({ status: 'skipped', skipReason: 'unsubscribed' })
          .where(eq(marketingMessages.id, m.id));
        continue;
      }
      const opened = r.chance(0.45) ? new Date(Math.min(now.getTime(), m.dueAt.getTime() + r.int(1, 48) * 3_600_000)) : null;
      const clicked =
        opened && r.chance(0.3) ? new Date(Math.min(now.getTime(), opened.getTime() + r.int(1, 30) * 60_000)) : null;
      await c.tx
        .update(marketingMessages)
        .set({
          status: 'sent',
          sentAt: m.dueAt,
          openedAt: opened,
          opens: opened ? r.int(1, 3) : 0,
          clickedAt: clicked,
          clicks: clicked ? 1 : 0,
        })
        .where(eq(marketingMessages.id, m.id));
      if (m.step === 1 && r.chance(0.06)) {
        gone.add(m.contactId);
        const [contact] = await c.tx
          .update(marketingContacts)
          .set({ consent: 'unsubscribed', unsubscribedAt: opened ?? m.dueAt })
          .where(eq(marketingContacts.id, m.contactId))
          .returning();
        if (contact)
          await c.tx
            .insert(marketingSuppressions)
            .values({
              partnerId: contact.partnerId,
              email: contact.email,
              reason: 'Unsubscribed from a campaign e-mail',
              createdAt: opened ?? m.dueAt,
            })
            .onConflictDoNothing();
      }
    }
    const clicks = due.filter((m) => m.step === 1).length;
    await c.tx
      .update(marketingLaunches)
      .set({ landingVisits: Math.round(clicks * 0.4) + r.int(1, 6) })
      .where(eq(marketingLaunches.id, launchId));
  });
  const [launch] = await withTx(system, (c) => c.tx.select().from(marketingLaunches).where(eq(marketingLaunches.id, launchId)));
  if (!launch) return;
  const leads = launch.launchedAt.getTime() < now.getTime() - 2 * 86_400_000 ? r.int(1, 3) : 0;
  for (let i = 0; i < leads; i += 1) {
    const at = story.after(launch.launchedAt, r.int(1, 10));
    if (!at) continue;
    const first = r.pick(FIRST);
    const company = r.pick(COMPANIES);
    const captured = await withTx(story.system('lead from a campaign landing page', at), (c) =>
      captureLead(c, launch, partnerName, {
        name: `${first} ${r.pick(LAST)}`,
        email: `${first.toLowerCase()}@${company.toLowerCase().replace(/[^a-z]/g, '')}-${i}.example`,
        company,
      }),
    );
    // The launching partner took its own landing page's lead the same day (no random draw, so the
    // rest of the story stays as it was); one captured in the last hours is still waiting today.
    const answeredAt = new Date(at.getTime() + 3 * 3_600_000);
    if (captured.leadId && answeredAt.getTime() <= now.getTime() && story.people.has(adminKey)) {
      await acceptLead(story.as(adminKey, answeredAt), captured.leadId).catch((error: unknown) => {
        // Left with the vendor (the partner could not receive leads then): nothing to accept.
        if (!(error instanceof AppError)) throw error;
      });
    }
  }
  const lastDue = launch.content.steps.reduce((d, s) => d + s.delayDays, 0);
  const ends = story.after(launch.launchedAt, lastDue);
  if (ends) await withTx(story.system('marketing.send', ends), (c) => completeLaunch(c, launch));
}
