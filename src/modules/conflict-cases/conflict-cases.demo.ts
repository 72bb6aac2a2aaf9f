import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import {
  addConflictNote,
  addConflictStatement,
  appealConflictCase,
  type ConflictCaseDetailDto,
  closeConflictCase,
  decideConflictCase,
  escalateConflictCase,
  getConflictCase,
  getConflictCaseSettings,
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
 * The cases of flagged registrations, as they happened (decision 0320): a registration that meets
 * another partner's claim opens its customer's case at its moment (or joins the one under way);
 * the parties state their side, the partner manager decides a few days later — mostly for the
 * partner that registered first, now and then a split or no conflict at all — and nobody appeals,
 * so the daily job closes it after the window, the registrations of the partners told to step
 * back are rejected, and the others go back to their approver. One case a few months ago was
 * appealed and split by the channel chief; cases opened in the last fortnight are still open,
 * escalated when the first tier's SLA ran out (today: the two partners on Globex).
 */
export const conflictCasesOfRegistrations: DemoSeeder = {
  order: 69,
  async seed(_ctx, story) {
    const r = story.random;
    const { appealDays } = await getConflictCaseSettings(story.system('demo', story.now));
    const byId = new Map([...story.partners.values()].map((p) => [p.id, p]));
    const scripted = new Set<string>();
    let appealed = false;
    const read = (caseId: string, at: Date) => getConflictCase(story.system('demo', at), caseId);
    /** The party that registered first (its registration's number is the lowest). */
    const firstParty = (view: ConflictCaseDetailDto) =>
      [...view.parties]
        .filter((p) => p.partnerId !== null && p.registration)
        .sort((a, b) => (a.registration?.number ?? '').localeCompare(b.registration?.number ?? ''))[0];

    story.conflictOf = async (registration, agenda) => {
      const at = registration.at;
      const caseId = await openCaseForRegistration(story.system('conflict case of a flagged registration', at), registration.id);
      // Joined a case under way: its decision (to come, or already made) answers the newcomer too.
      if (!caseId || scripted.has(caseId)) return;
      scripted.add(caseId);
      const opened = await read(caseId, at);
      const flagged = opened.parties.find((p) => p.registration?.id === registration.id);
      const flaggedPartner = flagged?.partnerId ? byId.get(flagged.partnerId) : undefined;
      const earlier = opened.parties.find((p) => p !== flagged && p.partnerId !== null);
      const earlierPartner = earlier?.partnerId ? byId.get(earlier.partnerId) : undefined;
      if (!flaggedPartner || !earlierPartner) return;
      const decider = flaggedPartner.ownerKey;

      /** Closed by the daily job once nobody appealed in time; the registrations let through go back to their approver. */
      const settleAfter = (decidedAt: Date | null) => {
        const closing = decidedAt && story.after(decidedAt, appealDays + 2);
        agenda.later(closing, async () => {
          if (!closing) return;
          await runConflictCaseSchedule(story.system('conflict-cases.daily', closing));
          handBack(await read(caseId, closing), closing);
        });
      };
      const handBack = (view: ConflictCaseDetailDto, closedAt: Date) => {
        if (view.status !== 'closed') return;
        for (const p of view.parties)
          if (p.registration && p.outcome !== 'steps_back')
            // Never left waiting in a closed case (a case closed this morning: approved today).
            agenda.settled(p.registration.id, story.after(closedAt, r.int(0, 1)) ?? story.after(closedAt, 0));
      };
      const statements = (s1: string, s2: string) => {
        const one = later(story, at, 1);
        agenda.later(one, async () => {
          const side = adminOf(story, flaggedPartner, one);
          if (side) await addConflictStatement(side, caseId, s1);
        });
        const two = story.after(at, 2);
        agenda.later(two, async () => {
          const side = two && adminOf(story, earlierPartner, two);
          if (side) await addConflictStatement(side, caseId, s2);
        });
      };

      // Opened in the last fortnight: still open today, escalated once the first tier's SLA ran out.
      if (at >= story.daysAgo(15)) {
        statements(
          'The CIO asked us to bid after our analytics workshop last month.',
          'Our registration was approved weeks ago and we are in the proof of concept.',
        );
        const overdue = story.after(at, 4);
        agenda.later(overdue, async () => {
          if (!overdue) return;
          await runConflictCaseSchedule(story.system('conflict-cases.daily', overdue));
          await escalateConflictCase(
            story.as(decider, overdue),
            caseId,
            'Both partners are active at the customer and neither steps back; the SLA has run out.',
          );
        });
        return;
      }

      // A few months ago, once: the decision was appealed and the channel chief split the customer.
      const withAdmins = story.people.get(`${flaggedPartner.key}.admin`) && story.people.get(`${earlierPartner.key}.admin`);
      if (!appealed && withAdmins && at >= story.daysAgo(220) && at <= story.daysAgo(80)) {
        appealed = true;
        statements(
          'Their procurement lead invited us to the tender; we bring the implementation team.',
          'We registered first and have run two workshops with their team.',
        );
        const decidedAt = later(story, at, 2);
        agenda.later(decidedAt, async () => {
          const keeper = firstParty(await read(caseId, decidedAt));
          if (keeper)
            await decideConflictCase(story.as(decider, decidedAt), caseId, {
              outcome: 'awarded',
              keepers: [keeper.id],
              reasons: 'The first registration came with documented work at the customer.',
            });
        });
        const appealAt = later(story, at, 5);
        agenda.later(appealAt, async () => {
          const appellant = adminOf(story, flaggedPartner, appealAt);
          if (appellant)
            await appealConflictCase(
              appellant,
              caseId,
              'The customer chose our implementation team in writing; we ask that the deal be shared.',
            );
        });
        const noteAt = later(story, at, 7);
        agenda.later(noteAt, async () => {
          if ((await read(caseId, noteAt)).status === 'open')
            await addConflictNote(story.as('alex', noteAt), caseId, 'Spoke to the customer: they want both partners involved.');
        });
        const splitAt = later(story, at, 8);
        agenda.later(splitAt, async () => {
          const view = await read(caseId, splitAt);
          if (view.status !== 'open') return;
          const sharers = view.parties
            .filter((p) => p.partnerId === flaggedPartner.id || p.partnerId === earlierPartner.id)
            .map((p) => p.id);
          await decideConflictCase(story.as('alex', splitAt), caseId, {
            outcome: 'split',
            keepers: sharers,
            reasons:
              'The customer wants both: one partner resells, the other implements. Each registration keeps its protection.',
            internalNote: 'Split the margin 60/40 in the reseller’s favour.',
          });
        });
        const closeAt = later(story, at, 30);
        agenda.later(closeAt, async () => {
          if ((await read(caseId, closeAt)).status !== 'decided') return;
          await closeConflictCase(story.as('alex', closeAt), caseId, 'Closed won jointly; the implementation started on time.');
          handBack(await read(caseId, closeAt), closeAt);
        });
        return;
      }

      // The usual case: statements (where the partner has portal access), a decision within days.
      if (r.chance(0.7))
        statements(
          'We have worked with their IT team since the spring and brought this project to them.',
          'We registered this customer first and have a meeting with their buyer booked.',
        );
      const decidedAt = story.after(at, r.int(2, 5));
      const roll = r.next();
      agenda.later(decidedAt, async () => {
        if (!decidedAt) return;
        const view = await read(caseId, decidedAt);
        if (view.status !== 'open') return;
        const keeper = firstParty(view);
        const partners = view.parties.filter((p) => p.partnerId !== null).map((p) => p.id);
        const input =
          roll < 0.12
            ? {
                outcome: 'no_conflict' as const,
                reasons: 'Different divisions of the customer buy separately: each registration stands on its own.',
              }
            : roll < 0.22 && partners.length >= 2
              ? {
                  outcome: 'split' as const,
                  keepers: partners,
                  reasons: 'The customer wants one partner to resell and the other to implement: the deal is shared.',
                }
              : {
                  outcome: 'awarded' as const,
                  keepers: keeper ? [keeper.id] : [],
                  reasons: 'The first registration came with documented work at the customer; it keeps the deal.',
                };
        await decideConflictCase(story.as(decider, decidedAt), caseId, input);
      });
      settleAfter(decidedAt);
    };
  },
};

/**
 * Conflict cases opened by hand: a year ago a reseller chased a named direct account (decided
 * for the direct team, closed when nobody appealed). Then the daily job of today (the Globex
 * case is past its second tier's SLA too).
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

    // A year ago: a reseller pursued Wayne Financial, a named direct account.
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
    await runConflictCaseSchedule(story.system('conflict-cases.daily', story.now));
  },
};
