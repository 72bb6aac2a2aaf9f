import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { accounts, opportunities, opportunityPartners } from '../opportunities/index.js';
import type { CellStatus, Side, TeamRole } from './account-plans.rules.js';
import {
  addAction,
  addGoal,
  createAccountPlan,
  setCell,
  setTeam,
  transitionAccountPlan,
  updateAccountPlan,
  updateAction,
  updateGoal,
} from './account-plans.service.js';

const DAY = 86_400_000;
const dayOf = (at: Date) => localDateOf(at, 'UTC');

/** The long-standing partners that plan their biggest shared accounts with the vendor, oldest first. */
const PLANNERS = ['northwind', 'contoso-consulting', 'adatum'];
const UNITS = ['Finance', 'Operations', 'IT', 'Customer service'];
const AREAS = ['Lumen Analytics', 'Lumen Security', 'Lumen Storage', 'Integration services'];

type Cell = { unit: string; area: string; status: CellStatus; side: Side; notes?: string };
const CELLS: Cell[] = [
  { unit: 'Finance', area: 'Lumen Analytics', status: 'vendor_installed', side: 'vendor', notes: 'Renewed last year' },
  { unit: 'Finance', area: 'Integration services', status: 'partner_installed', side: 'partner', notes: 'Our ERP connectors' },
  {
    unit: 'Operations',
    area: 'Lumen Analytics',
    status: 'joint_opportunity',
    side: 'partner',
    notes: 'Plant dashboards, budget in H2',
  },
  { unit: 'Operations', area: 'Lumen Storage', status: 'competitor', side: 'vendor', notes: 'Incumbent array up for refresh' },
  { unit: 'IT', area: 'Lumen Security', status: 'joint_opportunity', side: 'vendor', notes: 'CISO asked for a joint briefing' },
  { unit: 'IT', area: 'Lumen Storage', status: 'vendor_installed', side: 'vendor' },
  { unit: 'Customer service', area: 'Lumen Security', status: 'not_applicable', side: 'vendor' },
  {
    unit: 'Customer service',
    area: 'Lumen Analytics',
    status: 'joint_opportunity',
    side: 'partner',
    notes: 'Contact-centre analytics pilot',
  },
];

/**
 * The accounts where the partner has been involved in opportunities since before `before`, the
 * most involved first (its key accounts), with when it first was.
 */
async function keyAccountsOf(story: DemoStory, partner: DemoPartner, before: Date) {
  return withTx(story.system('demo', story.now), (c) =>
    c.tx
      .select({
        id: accounts.id,
        name: accounts.name,
        createdAt: accounts.createdAt,
        deals: sql<number>`count(*)::int`,
        first: sql<Date>`min(${opportunityPartners.createdAt})`,
      })
      .from(opportunityPartners)
      .innerJoin(opportunities, eq(opportunities.id, opportunityPartners.opportunityId))
      .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
      .where(
        and(
          eq(opportunityPartners.partnerId, partner.id),
          inArray(opportunities.stage, ['prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won']),
        ),
      )
      .groupBy(accounts.id, accounts.name, accounts.createdAt)
      .having(sql`greatest(${accounts.createdAt}, min(${opportunityPartners.createdAt})) < ${before}`)
      .orderBy(desc(sql`count(*)`), accounts.name)
      .limit(5),
  );
}

/**
 * Joint account plans: over the last year the long-standing partners' managers opened a plan for
 * each partner's biggest shared account, activated it with both teams named, laid out the
 * whitespace (the partner's admin stated its side), set revenue goals and worked through actions
 * on both sides — most done on time, one of the vendor's overdue today, one of the partner's open.
 */
export const accountPlansDemo: DemoSeeder = {
  order: 80,
  async seed(_ctx, story) {
    const r = story.random;
    let overdueGiven = false; // one vendor action overdue today, in the first plan
    for (const [index, key] of PLANNERS.entries()) {
      story.progress(index, PLANNERS.length);
      const partner = story.partners.get(key);
      if (!partner) continue;
      const owner = partner.ownerKey;
      // Its key account: the most involved one it has known for months and does not compete in.
      let opened: Date | null = null;
      let plan: Awaited<ReturnType<typeof createAccountPlan>> | null = null;
      let start = '';
      for (const account of await keyAccountsOf(story, partner, story.daysAgo(120))) {
        const since = new Date(Math.max(account.createdAt.getTime(), new Date(account.first).getTime()));
        opened = story.after(new Date(Math.max(since.getTime(), story.daysAgo(360 - index * 60).getTime())), 2);
        if (!opened || opened > story.daysAgo(60)) continue;
        start = dayOf(opened);
        try {
          plan = await createAccountPlan(story.as(owner, opened), {
            partnerId: partner.id,
            accountId: account.id,
            title: `${account.name} × ${key === 'northwind' ? 'Northwind' : key === 'adatum' ? 'Adatum' : 'Contoso'}: FY plan`,
            periodStart: start,
            periodEnd: addDays(start, 364),
            summary: `Grow ${account.name} from its first joint deals into a multi-product account, the partner leading delivery.`,
            footprint: 'Lumen Analytics in Finance and storage in IT; the partner runs the ERP integration.',
            vendorRelationships: 'CFO (economic buyer) and the head of IT know our account team.',
            businessUnits: UNITS,
            solutionAreas: AREAS,
          });
          break;
        } catch (error) {
          if (error instanceof AppError && error.code === 'CONFLICT') continue; // coopetition holds in the story
          throw error;
        }
      }
      if (!plan || !opened) continue;
      const adminKey = `${key}.admin`;
      const admin = story.people.get(adminKey);
      const partnerSide = admin && admin.since <= opened ? adminKey : null;
      const kickoff = story.after(opened, r.int(3, 8)) ?? opened;
      const vendorTeam: { userId: string; role: TeamRole }[] = [
        { userId: story.people.get(owner)?.id ?? '', role: 'account_owner' },
      ];
      const erin = story.people.get('erin');
      if (erin && erin.since <= kickoff) vendorTeam.push({ userId: erin.id, role: 'executive_sponsor' });
      await setTeam(story.as(owner, kickoff), plan.id, { side: 'vendor', members: vendorTeam.filter((m) => m.userId) });
      if (partnerSide && admin) {
        await setTeam(story.as(partnerSide, kickoff), plan.id, {
          side: 'partner',
          members: [{ userId: admin.id, role: 'account_owner', note: 'Runs the customer relationship' }],
        });
        await updateAccountPlan(story.as(partnerSide, kickoff), plan.id, {
          partnerRelationships: 'Our delivery lead has worked with their operations director for years.',
        });
      }
      await transitionAccountPlan(story.as(owner, kickoff), plan.id, 'active', 'Kick-off held with both teams');
      // The whitespace: the vendor lays it out, the partner states its side.
      for (const cell of CELLS) {
        const who = cell.side === 'partner' && partnerSide ? partnerSide : owner;
        await setCell(story.as(who, story.after(kickoff, r.int(1, 10)) ?? kickoff), plan.id, {
          unit: cell.unit,
          area: cell.area,
          status: cell.status,
          notes: cell.notes,
        });
      }
      const goalAt = story.after(kickoff, 2) ?? kickoff;
      const target = 500_000_00 + r.int(0, 6) * 100_000_00;
      const grow = await addGoal(story.as(owner, goalAt), plan.id, {
        title: 'Joint new business in the account',
        target: { amount: target, currency: 'USD' },
        targetDate: addDays(start, 364),
      });
      const pilot = await addGoal(story.as(owner, goalAt), plan.id, {
        title: 'Operations analytics pilot signed',
        target: { amount: 80_000_00, currency: 'USD' },
        targetDate: addDays(start, 180),
      });
      const progressAt = story.after(goalAt, 150);
      if (progressAt) {
        await updateGoal(story.as(owner, progressAt), pilot.id, {
          achieved: { amount: 80_000_00, currency: 'USD' },
          status: 'achieved',
        });
        await updateGoal(story.as(owner, progressAt), grow.id, {
          achieved: { amount: Math.round(target * (0.35 + r.next() * 0.3)), currency: 'USD' },
        });
      }
      // Actions on both sides: the past ones done around their dates, one vendor action overdue, one partner action open.
      const past: { title: string; side: Side; days: number }[] = [
        { title: 'Map the buying centres with the customer', side: 'partner', days: 14 },
        { title: 'Executive briefing with the CFO', side: 'vendor', days: 40 },
        { title: 'Run the operations analytics workshop', side: 'partner', days: 75 },
        { title: 'Security assessment proposal', side: 'vendor', days: 120 },
      ];
      for (const a of past) {
        const created = story.after(kickoff, 1) ?? kickoff;
        const who = a.side === 'partner' && partnerSide ? partnerSide : owner;
        const side = a.side === 'partner' && !partnerSide ? 'vendor' : a.side;
        const due = addDays(dayOf(kickoff), a.days);
        const action = await addAction(story.as(owner, created), plan.id, {
          title: a.title,
          side,
          ownerId: story.people.get(who)?.id ?? null,
          dueOn: due,
        });
        const doneAt = story.after(new Date(Date.parse(`${due}T12:00:00Z`) - r.int(0, 5) * DAY), 0);
        if (doneAt && doneAt < story.daysAgo(2)) await updateAction(story.as(who, doneAt), action.id, { status: 'done' });
      }
      const recent = story.daysAgo(20);
      if (!overdueGiven) {
        overdueGiven = true;
        await addAction(story.as(owner, recent), plan.id, {
          title: 'Send the storage refresh proposal',
          side: 'vendor',
          ownerId: story.people.get(owner)?.id ?? null,
          dueOn: addDays(dayOf(story.now), -6),
        });
      }
      if (partnerSide) {
        await addAction(story.as(partnerSide, recent), plan.id, {
          title: 'Book the contact-centre pilot review',
          side: 'partner',
          ownerId: story.people.get(partnerSide)?.id ?? null,
          dueOn: addDays(dayOf(story.now), 10),
        });
      }
    }
  },
};
