import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, addMonths, type IsoDate, localDateOf } from '../../shared/dates.js';
import { getSettings } from '../settings/index.js';
import { fiscalPeriods, type PlanContent, type Side } from './business-plans.rules.js';
import { addCommitment, createPlan, getPlan, transitionPlan, updateCommitment, updatePlan } from './business-plans.service.js';

/** The healthy alliance and the one that is strategic in name only (decision 0136). */
export const HEALTHY_ALLIANCE = 'contoso-consulting';
export const NAME_ONLY_ALLIANCE = 'kestrel-sec';

/** "May 2026" */
const monthLabel = (day: IsoDate) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const at = (day: IsoDate, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/** The person of `side` who records a commitment at `moment`: the owner, or the partner's admin (else the system, from their e-mail). */
function sideCtx(story: DemoStory, partner: DemoPartner, side: Side, moment: Date): Ctx {
  if (side === 'vendor') return story.as(partner.ownerKey, moment);
  const lead = story.people.get(`${partner.key}.admin`);
  return lead && lead.since <= moment ? story.as(lead.key, moment) : story.system("Recorded from the partner's e-mail", moment);
}

/** `amount` (USD minor units): an investment commitment's worth. */
type CommitmentPlan = { side: Side; title: string; dueOffset: number; amount?: number };

const HEALTHY_COMMITMENTS: CommitmentPlan[] = [
  { side: 'partner', title: 'Name a Lumen practice lead', dueOffset: 20 },
  { side: 'vendor', title: 'Sandbox tenants for the delivery team', dueOffset: 30 },
  { side: 'vendor', title: 'Dedicated solution architect for the banking practice', dueOffset: 45 },
  { side: 'vendor', title: 'Co-marketing budget for two joint webinars', dueOffset: 90, amount: 50_000_00 },
  { side: 'partner', title: 'Certify twelve consultants on Lumen', dueOffset: 120 },
  { side: 'vendor', title: 'Executive sponsor at every QBR', dueOffset: 130 },
  { side: 'vendor', title: 'Publish the joint reference architecture', dueOffset: 160 },
  { side: 'partner', title: 'Register ten joint opportunities', dueOffset: 180 },
  { side: 'partner', title: 'Two customer references', dueOffset: 240 },
  { side: 'partner', title: 'Present at Lumen Summit', dueOffset: 270 },
  { side: 'vendor', title: 'Joint pipeline review with the sales leaders', dueOffset: 300 },
];

const NAME_ONLY_COMMITMENTS: CommitmentPlan[] = [
  { side: 'vendor', title: 'Joint threat-detection integration on the roadmap', dueOffset: 30 },
  { side: 'partner', title: 'Name an alliance manager', dueOffset: 21 },
  { side: 'vendor', title: 'Co-marketing budget for the security launch', dueOffset: 60, amount: 30_000_00 },
  { side: 'partner', title: 'Certify four sales engineers', dueOffset: 90 },
  { side: 'vendor', title: 'Listing in the Lumen marketplace', dueOffset: 100 },
  { side: 'partner', title: 'Executive sponsor named and at the QBR', dueOffset: 110 },
  { side: 'partner', title: 'Register five joint opportunities', dueOffset: 150 },
  { side: 'vendor', title: 'Executive briefing for their CISO council', dueOffset: 170 },
];

function content(partnerName: string, healthy: boolean): Partial<PlanContent> {
  const joint = 'joint' as const;
  return {
    summary: healthy
      ? `Together Lumen Cloud and ${partnerName} modernise risk and finance analytics for tier-2 banks by pairing Lumen’s platform with ${partnerName}’s delivery teams.`
      : `Together Lumen Cloud and ${partnerName} give security teams one view of their cloud data.`,
    goals: [
      {
        id: 'pipeline',
        side: joint,
        kind: 'pipeline',
        title: 'Joint pipeline',
        targetAmount: { amount: healthy ? 2_400_000_00 : 1_000_000_00, currency: 'USD' },
        targetCount: null,
        unit: '',
        notes: '',
      },
      {
        id: 'revenue',
        side: joint,
        kind: 'revenue',
        title: 'Sourced revenue',
        targetAmount: { amount: healthy ? 900_000_00 : 400_000_00, currency: 'USD' },
        targetCount: null,
        unit: '',
        notes: '',
      },
      {
        id: 'certified',
        side: 'partner',
        kind: 'certifications',
        title: 'Certified people',
        targetAmount: null,
        targetCount: healthy ? 12 : 4,
        unit: 'people',
        notes: '',
      },
      {
        id: 'wins',
        side: joint,
        kind: 'joint_wins',
        title: 'Joint wins',
        targetAmount: null,
        targetCount: healthy ? 6 : 3,
        unit: 'deals',
        notes: '',
      },
    ],
    swot: healthy
      ? {
          strengths: ['Banking delivery bench', 'Lumen’s risk data model'],
          weaknesses: ['Few certified consultants in EMEA'],
          opportunities: ['Basel IV reporting deadlines', 'Core banking replacements'],
          threats: ['Hyperscaler bundles', 'In-house builds'],
        }
      : {
          strengths: ['Complementary detection content'],
          weaknesses: ['No named alliance owner at the partner'],
          opportunities: ['SIEM consolidation'],
          threats: ['Competing platform partnership'],
        },
    marketScope: {
      segments: healthy ? ['Tier-2 banks', 'Insurers'] : ['Mid-market security teams'],
      territories: healthy ? ['US', 'UK', 'DACH'] : ['US'],
      solutionCategories: healthy ? ['Risk analytics', 'Finance data platform'] : ['Security analytics'],
      notes: '',
    },
    playbook: {
      personas: healthy
        ? [
            { id: 'cdo', name: 'Chief Data Officer', description: 'Owns the data platform budget' },
            { id: 'risk', name: 'Head of Risk Analytics', description: 'Feels the reporting deadline' },
          ]
        : [{ id: 'ciso', name: 'CISO', description: '' }],
      messaging: healthy ? 'From quarter-end scramble to daily risk insight in twelve weeks.' : '',
      campaigns: healthy
        ? [
            {
              id: 'webinar-1',
              side: joint,
              name: 'Basel IV readiness webinar',
              startsOn: '',
              endsOn: null,
              channel: 'Webinar',
              notes: '',
            },
            {
              id: 'summit',
              side: 'vendor',
              name: 'Lumen Summit banking track',
              startsOn: '',
              endsOn: null,
              channel: 'Event',
              notes: '',
            },
          ]
        : [],
    },
    initiatives: healthy
      ? [
          {
            id: 'accelerator',
            side: 'partner',
            title: 'Risk data accelerator package',
            status: 'in_progress',
            dueOn: null,
            notes: '',
          },
          {
            id: 'enablement',
            side: 'vendor',
            title: 'Enablement bootcamp for the delivery team',
            status: 'done',
            dueOn: null,
            notes: '',
          },
        ]
      : [],
  };
}

/** Campaign dates inside the plan's period. */
function dated(c: Partial<PlanContent>, start: IsoDate): Partial<PlanContent> {
  if (!c.playbook) return c;
  return {
    ...c,
    playbook: {
      ...c.playbook,
      campaigns: c.playbook.campaigns.map((x, i) => ({ ...x, startsOn: addDays(start, 75 + i * 150) })),
    },
  };
}

type Kept = (p: CommitmentPlan, due: IsoDate) => { outcome: 'on_time' | 'late' | 'missed' | 'open'; days: number };

/**
 * One plan's life: drafted by the partner's manager, written up, its commitments agreed, proposed
 * and approved by the partner's admin; then each commitment kept (or not) as `kept` says, recorded
 * by its own side on the day; closed after its period if asked.
 */
async function tellPlan(
  story: DemoStory,
  partner: DemoPartner,
  options: {
    title: string;
    start: IsoDate;
    end: IsoDate;
    draftedAt: Date;
    healthy: boolean;
    commitments: CommitmentPlan[];
    kept: Kept;
    close: boolean;
    /** The plan's one-line summary, when not the healthy or weak default. */
    summary?: string;
    /** Stop once proposed: the partner has not approved it yet. */
    stopAt?: 'proposed';
  },
): Promise<void> {
  const owner = partner.ownerKey;
  const drafted = options.draftedAt;
  const plan = await createPlan(story.as(owner, drafted), {
    partnerId: partner.id,
    title: options.title,
    periodStart: options.start,
    periodEnd: options.end,
  });
  const written = story.after(drafted, 2);
  if (!written) return;
  // The vendor writes the plan and the joint parts; the partner adds its own goals and initiatives.
  const base = content(partner.name, options.healthy);
  const full = dated(options.summary ? { ...base, summary: options.summary } : base, options.start);
  const notPartner = <T extends { side: string }>(items: T[] | undefined) => (items ?? []).filter((i) => i.side !== 'partner');
  await updatePlan(story.as(owner, written), plan.id, {
    content: { ...full, goals: notPartner(full.goals), initiatives: notPartner(full.initiatives) },
  });
  const answered = story.after(written, 1);
  if (!answered) return;
  await updatePlan(sideCtx(story, partner, 'partner', answered), plan.id, {
    content: { goals: full.goals ?? [], initiatives: full.initiatives ?? [] },
  });
  for (const c of options.commitments) {
    await addCommitment(story.as(owner, written), plan.id, {
      side: c.side,
      title: c.title,
      dueDate: addDays(options.start, c.dueOffset),
      ...(c.amount ? { amount: { amount: c.amount, currency: 'USD' } } : {}),
    });
  }
  const proposed = story.after(answered, 2);
  if (!proposed) return;
  await transitionPlan(story.as(owner, proposed), plan.id, 'propose', 'As discussed at the planning workshop');
  if (options.stopAt === 'proposed') return;
  const lead = story.people.get(`${partner.key}.admin`);
  if (!lead) return;
  const approvedAt = story.after(new Date(Math.max(proposed.getTime(), lead.since.getTime())), 4);
  if (!approvedAt) return;
  await transitionPlan(story.as(lead.key, approvedAt), plan.id, 'approve', options.healthy ? 'Agreed with our leadership' : '');
  // Each commitment as it came due, in date order (the plan's versions follow the calendar).
  const events: { moment: Date; run: () => Promise<unknown> }[] = [];
  const fresh = await getPlan(story.system('The demo reads the plan', approvedAt), plan.id);
  const closedAt = at(addDays(options.end, 6));
  for (const k of fresh.commitments) {
    const p = options.commitments.find((c) => c.title === k.title);
    if (!p) continue;
    const { outcome, days } = options.kept(p, k.dueDate);
    if (outcome === 'open') continue;
    const day = addDays(k.dueDate, outcome === 'on_time' ? -days : days);
    const moment = at(day, 9 + (days % 7));
    if (moment > story.now || moment < approvedAt || (options.close && moment >= closedAt)) continue;
    const status = outcome === 'missed' ? 'missed' : 'done';
    const evidence = status === 'done' ? (k.side === 'vendor' ? 'Confirmed at the QBR' : 'Shared in the partner portal') : '';
    events.push({ moment, run: () => updateCommitment(sideCtx(story, partner, k.side, moment), k.id, { status, evidence }) });
  }
  events.sort((a, b) => a.moment.getTime() - b.moment.getTime());
  for (const e of events) await e.run();
  if (options.close) {
    if (closedAt <= story.now)
      await transitionPlan(story.as(owner, closedAt), plan.id, 'close', 'Reviewed at the annual business review');
  }
}

/** Commitments of a plan running since `RUNNING_SINCE` days ago: due in the past or ahead, on both sides. */
const RUNNING_SINCE = 200;
const RUNNING_COMMITMENTS: CommitmentPlan[] = [
  { side: 'partner', title: 'Name a partner alliance manager', dueOffset: 20 },
  { side: 'vendor', title: 'Sandbox environments for the partner’s engineers', dueOffset: 30 },
  { side: 'partner', title: 'Certify four engineers', dueOffset: 60 },
  { side: 'vendor', title: 'Joint solution brief published', dueOffset: 75 },
  { side: 'partner', title: 'Joint webinar with two customer speakers', dueOffset: 100 },
  { side: 'vendor', title: 'Co-marketing budget released', dueOffset: 120, amount: 40_000_00 },
  { side: 'partner', title: 'Register five joint opportunities', dueOffset: 140 },
  { side: 'vendor', title: 'Executive briefing for their leadership team', dueOffset: 160 },
  { side: 'partner', title: 'First joint customer reference', dueOffset: 180 },
  { side: 'vendor', title: 'Joint pipeline review with the sales leaders', dueOffset: 240 },
  { side: 'partner', title: 'Present at the partner summit', dueOffset: 270 },
];

/**
 * More designated partners with a believable plan (decision 0174), on periods counted from today
 * so the figures hold whatever day the demo loads: Tailspin Data keeps its word on both sides (a
 * healthy alliance); Relecloud's side slips twice, late (within the asymmetry limit: on the watch
 * list); VanArsdel's first plan is proposed and waits for the partner's approval (no current plan).
 */
async function morePlans(story: DemoStory, today: IsoDate): Promise<void> {
  const start = addDays(today, -RUNNING_SINCE);
  const end = addDays(today, 365 - RUNNING_SINCE);
  const onTime: Kept = (_p, due) => (due >= today ? { outcome: 'open', days: 0 } : { outcome: 'on_time', days: 2 });
  const tailspin = story.partners.get('tailspin-data');
  if (tailspin)
    await tellPlan(story, tailspin, {
      title: 'Joint business plan: streaming analytics for DACH manufacturing',
      start,
      end,
      draftedAt: at(addDays(start, -20)),
      healthy: true,
      commitments: RUNNING_COMMITMENTS,
      kept: onTime,
      close: false,
      summary:
        'Together Lumen Cloud and Tailspin Data bring real-time line analytics to mid-size manufacturers in Germany, Austria and Switzerland.',
    });
  const relecloud = story.partners.get('relecloud');
  if (relecloud) {
    const slips = new Set(['Certify four engineers', 'Register five joint opportunities']);
    await tellPlan(story, relecloud, {
      title: 'Co-sell plan: analytics on committed cloud spend',
      start,
      end,
      draftedAt: at(addDays(start, -15)),
      healthy: true,
      commitments: RUNNING_COMMITMENTS,
      // Lumen keeps its side; Relecloud delivers two of its five due commitments late (80 against 100).
      kept: (p, due) => {
        if (due >= today) return { outcome: 'open', days: 0 };
        if (p.side === 'partner' && slips.has(p.title)) return { outcome: 'late', days: 12 };
        return { outcome: 'on_time', days: 3 };
      },
      close: false,
      summary:
        'Together Lumen Cloud and Relecloud let cloud-first companies buy analytics with the credits they already committed.',
    });
  }
  const vanarsdel = story.partners.get('vanarsdel');
  if (vanarsdel)
    await tellPlan(story, vanarsdel, {
      title: 'First joint plan: retail banking reporting',
      start: addDays(today, 20),
      end: addDays(today, 385),
      draftedAt: at(addDays(today, -12)),
      healthy: true,
      commitments: RUNNING_COMMITMENTS.slice(0, 6),
      kept: () => ({ outcome: 'open', days: 0 }),
      close: false,
      stopAt: 'proposed',
      summary: 'Together Lumen Cloud and VanArsdel Consulting move retail banks’ reporting off spreadsheets in one quarter.',
    });
}

/** Woodgrove's first-year plan, kept by both sides until its sponsor left (decision 0340). */
const WOODGROVE_COMMITMENTS: CommitmentPlan[] = [
  { side: 'partner', title: 'Name a Lumen practice lead at Woodgrove', dueOffset: 20 },
  { side: 'vendor', title: 'Distributor price list and portal access', dueOffset: 30 },
  { side: 'partner', title: 'Certify two pre-sales engineers', dueOffset: 60 },
  { side: 'vendor', title: 'Co-marketing budget for the EMEA reseller roadshow', dueOffset: 90 },
  { side: 'partner', title: 'Recruit ten resellers for Lumen in the Benelux', dueOffset: 110 },
  { side: 'partner', title: 'Register five joint opportunities', dueOffset: 140 },
  { side: 'partner', title: 'Quarterly pipeline report to the alliance team', dueOffset: 180 },
  { side: 'vendor', title: 'Executive briefing for Woodgrove’s leadership', dueOffset: 200 },
  { side: 'partner', title: 'Joint campaign with two resellers', dueOffset: 215 },
  { side: 'partner', title: 'Present at the EMEA partner summit', dueOffset: 245 },
  { side: 'vendor', title: 'Joint pipeline review with the sales leaders', dueOffset: 270 },
  { side: 'partner', title: 'Second-year planning workshop', dueOffset: 300 },
];
/** Days before today that Woodgrove's sponsor left (the alliances demo: eight months). */
export const WOODGROVE_SPONSOR_LEFT_DAYS = 243;

/**
 * Woodgrove Distribution's first year: a plan for its first eleven months as a strategic partner,
 * approved by Woodgrove's admin, every commitment kept on time on both sides — until its sponsor
 * left: from then on nobody at Woodgrove records anything (its commitments lapse, overdue), Lumen
 * keeps its side, and when the year ran out no second plan followed (no current plan since).
 */
async function woodgrovePlan(story: DemoStory, today: IsoDate): Promise<void> {
  const woodgrove = story.partners.get('woodgrove-dist');
  if (!woodgrove) return;
  const start = addDays(today, -400);
  const left = addDays(today, -WOODGROVE_SPONSOR_LEFT_DAYS);
  const enabled = woodgrove.timeline.find((t) => t.stage === 'enabled')?.at;
  const draftedAt = at(addDays(start, -15));
  if (!enabled || draftedAt < enabled) return;
  await tellPlan(story, woodgrove, {
    title: 'First-year joint business plan: Lumen through the Benelux and Gulf channel',
    start,
    end: addDays(today, -75),
    draftedAt,
    healthy: false,
    commitments: WOODGROVE_COMMITMENTS,
    kept: (p, due) => {
      if (due >= today) return { outcome: 'open', days: 0 };
      if (p.side === 'partner' && due >= left) return { outcome: 'open', days: 0 };
      return { outcome: 'on_time', days: 2 };
    },
    close: false,
    summary:
      'Together Lumen Cloud and Woodgrove Distribution bring Lumen to mid-market resellers in the Benelux and the Gulf, with Woodgrove’s logistics and credit lines behind them.',
  });
}

/**
 * The alliances' joint business plans (issue 9). Contoso Consulting, the healthy alliance, has
 * had an approved plan for last fiscal year (closed at its review) and this one, with commitments
 * kept on both sides — a few late, one missed. Kestrel Security, strategic in name only, has a
 * twelve-month plan approved seven months ago and untouched since: Lumen kept its side, Kestrel let most
 * of its own lapse (asymmetric commitment).
 */
export const businessPlansDemo: DemoSeeder = {
  order: 66,
  async seed(ctx, story) {
    const settings = await getSettings(ctx);
    const today = localDateOf(story.now, settings.timeZone);
    const presets = fiscalPeriods(today, settings.fiscalYearStartMonth);
    const thisYear = presets.find((p) => p.key === 'this_year');
    const lastYear = presets.find((p) => p.key === 'last_year');
    if (!thisYear || !lastYear) return;
    const healthy = story.partners.get(HEALTHY_ALLIANCE);
    const weak = story.partners.get(NAME_ONLY_ALLIANCE);
    const random = story.random;
    if (healthy) {
      const enabled = healthy.timeline.find((t) => t.stage === 'enabled')?.at ?? healthy.timeline[0]?.at ?? story.now;
      const kept: Kept = (_p, due) => {
        if (due >= today) return { outcome: 'open', days: 0 };
        const r = random.next();
        if (r < 0.8) return { outcome: 'on_time', days: random.int(0, 9) };
        if (r < 0.93) return { outcome: 'late', days: random.int(3, 15) };
        return { outcome: 'missed', days: 10 };
      };
      // Last fiscal year: from the month after it was enabled (if that was within the year).
      const draftedLast = story.after(enabled, 10);
      if (draftedLast && localDateOf(draftedLast, 'UTC') < lastYear.end) {
        const start =
          localDateOf(draftedLast, 'UTC') > lastYear.start ? `${localDateOf(draftedLast, 'UTC').slice(0, 7)}-01` : lastYear.start;
        await tellPlan(story, healthy, {
          title: `${lastYear.label} joint business plan`,
          start,
          end: lastYear.end,
          draftedAt: draftedLast,
          healthy: true,
          commitments: HEALTHY_COMMITMENTS.filter((c) => addDays(start, c.dueOffset) <= lastYear.end),
          kept,
          close: true,
        });
      }
      const draftedThis = at(addDays(thisYear.start, -20));
      if (draftedThis > enabled && draftedThis < story.now) {
        await tellPlan(story, healthy, {
          title: `${thisYear.label} joint business plan`,
          start: thisYear.start,
          end: thisYear.end,
          draftedAt: draftedThis,
          healthy: true,
          commitments: HEALTHY_COMMITMENTS,
          kept,
          close: false,
        });
      }
    }
    if (weak) {
      // A twelve-month plan from seven months ago (not the fiscal year: early in one, too little
      // would be due for its lapses to show, whatever the day the demo loads).
      const start = addMonths(`${today.slice(0, 7)}-01`, -7);
      const end = addDays(addMonths(start, 12), -1);
      const draftedAt = at(addDays(start, 10));
      const enabled = weak.timeline.find((t) => t.stage === 'enabled')?.at ?? story.now;
      if (draftedAt > enabled && draftedAt < story.now) {
        let partnerKept = 0;
        await tellPlan(story, weak, {
          title: `${monthLabel(start)} – ${monthLabel(end)} joint business plan`,
          start,
          end,
          draftedAt,
          healthy: false,
          commitments: NAME_ONLY_COMMITMENTS,
          // Lumen keeps its word; Kestrel names its alliance manager late and lets the rest lapse.
          kept: (p, due) => {
            if (due >= today) return { outcome: 'open', days: 0 };
            if (p.side === 'vendor') return { outcome: 'on_time', days: random.int(1, 6) };
            partnerKept += 1;
            return partnerKept === 1 ? { outcome: 'late', days: 25 } : { outcome: 'open', days: 0 };
          },
          close: false,
        });
      }
    }
    await morePlans(story, today);
    await woodgrovePlan(story, today);
  },
};
