import { and, asc, eq, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { dealRegistrations } from '../deal-registrations/index.js';
import {
  addConflictNote,
  addConflictStatement,
  appealConflictCase,
  closeConflictCase,
  decideConflictCase,
  escalateConflictCase,
  getConflictCase,
  openCaseForRegistration,
  openConflictCase,
  runConflictCaseSchedule,
} from './conflict-cases.service.js';

/** The partner's admin at `at`, if it had portal access by then. */
function adminOf(story: DemoStory, partner: DemoPartner, at: Date): Ctx | null {
  const admin = story.people.get(`${partner.key}.admin`);
  return admin && admin.since <= at ? story.as(admin.key, at) : null;
}

function later(story: DemoStory, moment: Date, days: number): Date {
  return story.after(moment, days) ?? story.now;
}

/**
 * Conflict cases over the story: a year ago a reseller chased a named direct account (decided
 * for the direct team, closed when nobody appealed); a few months ago two partners claimed one
 * customer, the partner manager gave it to the first, the second appealed and the channel chief
 * split it; today the two partners who both registered Globex have their case open at tier 2,
 * escalated when the first tier's SLA ran out, past the second's too.
 */
export const conflictCasesDemo: DemoSeeder = {
  order: 75,
  async seed(_ctx, story) {
    const partners = [...story.partners.values()];
    const active = partners.filter(
      (p) =>
        p.timeline.some((t) => t.stage === 'enabled') &&
        !p.timeline.some((t) => t.stage === 'offboarding' || t.stage === 'terminated'),
    );
    const byId = new Map(partners.map((p) => [p.id, p]));

    // 1. A year ago: a reseller pursued Wayne Financial, a named direct account.
    const direct = active.find(
      (p) => p.key !== 'northwind' && (p.timeline.find((t) => t.stage === 'enabled')?.at ?? story.now) < story.daysAgo(420),
    );
    if (direct) {
      const at = story.daysAgo(390);
      const opened = await openConflictCase(story.as(direct.ownerKey, at), {
        customer: { name: 'Wayne Financial Group', domain: 'waynefinancial.com' },
        parties: [{ partnerId: direct.id }],
        vendorDirect: true,
        summary: `${direct.name} pitched Wayne Financial, which the direct team has covered since its first contract.`,
      });
      const partnerSide = adminOf(story, direct, later(story, at, 1));
      if (partnerSide)
        await addConflictStatement(
          partnerSide,
          opened.id,
          'Their new IT director asked us for a proposal; we did not know it was a direct account.',
        );
      await decideConflictCase(story.as(direct.ownerKey, later(story, at, 2)), opened.id, {
        outcome: 'vendor_direct',
        reasons: 'Wayne Financial is a named direct account. You will be the delivery partner if the customer asks for one.',
      });
      // Nobody appealed: the daily job closed it once the window passed.
      await runConflictCaseSchedule(story.system('conflict-cases.daily', later(story, at, 16)));
    }

    // 2. A few months ago: two partners claimed one customer. Find such a pair in the registrations.
    const pair = await withTx(story.system('demo', story.now), async (c) => {
      const rows = await c.tx
        .select()
        .from(dealRegistrations)
        .where(
          and(
            eq(dealRegistrations.conflictFlagged, true),
            sql`${dealRegistrations.submittedAt} between ${story.daysAgo(220)} and ${story.daysAgo(80)}`,
          ),
        )
        .orderBy(asc(dealRegistrations.submittedAt));
      return rows.find((r) => {
        const other = r.conflictReasons[0]?.partnerId;
        const a = byId.get(r.partnerId);
        const b = other ? byId.get(other) : undefined;
        return a && b && a.id !== b.id && story.people.get(`${a.key}.admin`) && story.people.get(`${b.key}.admin`);
      });
    });
    if (pair) {
      const later1 = byId.get(pair.partnerId) as DemoPartner;
      const earlier = byId.get(pair.conflictReasons[0]?.partnerId as string) as DemoPartner;
      const at = later(story, pair.submittedAt, 0);
      const caseId = await openCaseForRegistration(story.system('conflict case of a flagged registration', at), pair.id);
      if (caseId) {
        const s1 = adminOf(story, earlier, later(story, at, 1));
        if (s1) await addConflictStatement(s1, caseId, 'We registered first and have run two workshops with their team.');
        const s2 = adminOf(story, later1, later(story, at, 1));
        if (s2)
          await addConflictStatement(
            s2,
            caseId,
            'Their procurement lead invited us to the tender; we bring the implementation team.',
          );
        const view = await getConflictCase(story.system('demo', later(story, at, 2)), caseId);
        const keeper = view.parties.find((p) => p.partnerId === earlier.id);
        if (keeper)
          await decideConflictCase(story.as(earlier.ownerKey, later(story, at, 2)), caseId, {
            outcome: 'awarded',
            keepers: [keeper.id],
            reasons: 'The first registration came with documented work at the customer.',
          });
        const appellant = adminOf(story, later1, later(story, at, 5));
        if (keeper && appellant) {
          await appealConflictCase(
            appellant,
            caseId,
            'The customer chose our implementation team in writing; we ask that the deal be shared.',
          );
          const sharers = view.parties.filter((p) => p.partnerId === earlier.id || p.partnerId === later1.id).map((p) => p.id);
          await addConflictNote(
            story.as('alex', later(story, at, 7)),
            caseId,
            'Spoke to the customer: they want both partners involved.',
          );
          await decideConflictCase(story.as('alex', later(story, at, 8)), caseId, {
            outcome: 'split',
            keepers: sharers,
            reasons:
              'The customer wants both: one partner resells, the other implements. Each registration keeps its protection.',
            internalNote: 'Split the margin 60/40 in the reseller’s favour.',
          });
          await closeConflictCase(
            story.as('alex', later(story, at, 30)),
            caseId,
            'Closed won jointly; the implementation started on time.',
          );
        } else if (keeper) {
          // Nobody appealed: the daily job closed it the morning after the window, and the
          // registration of the partner told to step back was rejected then (decision 0227).
          await runConflictCaseSchedule(story.system('conflict-cases.daily', later(story, at, 14)));
        }
      }
    }

    // 3. Today: the two partners who both registered Globex. The case opened with the second,
    // flagged registration; the first tier's SLA ran out and it went to the channel chief.
    const globex = await withTx(story.system('demo', story.now), (c) =>
      c.tx
        .select()
        .from(dealRegistrations)
        .where(
          and(
            eq(dealRegistrations.customerNameKey, 'globex'),
            eq(dealRegistrations.conflictFlagged, true),
            eq(dealRegistrations.status, 'submitted'),
          ),
        )
        .orderBy(asc(dealRegistrations.submittedAt)),
    );
    const flagged = globex.at(-1);
    if (flagged) {
      const at = flagged.submittedAt;
      const caseId = await openCaseForRegistration(story.system('conflict case of a flagged registration', at), flagged.id);
      const second = byId.get(flagged.partnerId);
      const first = byId.get(flagged.conflictReasons[0]?.partnerId ?? '');
      if (caseId && second && first) {
        const s2 = adminOf(story, second, later(story, at, 1));
        if (s2) await addConflictStatement(s2, caseId, 'Globex’s CIO asked us to bid after our analytics workshop in October.');
        const s1 = adminOf(story, first, later(story, at, 2));
        if (s1)
          await addConflictStatement(s1, caseId, 'Our registration was approved a month ago and we are in the proof of concept.');
        await runConflictCaseSchedule(story.system('conflict-cases.daily', later(story, at, 4)));
        await escalateConflictCase(
          story.as(second.ownerKey, later(story, at, 4)),
          caseId,
          'Both partners are active at Globex and neither steps back; the SLA has run out.',
        );
        await runConflictCaseSchedule(story.system('conflict-cases.daily', story.now));
      }
    }
  },
};
