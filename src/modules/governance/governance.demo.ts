import type { DemoPartner, DemoSeeder, DemoStory } from '../../server/module.js';
import { localDateOf } from '../../shared/dates.js';
import type { MeetingKind } from './governance.rules.js';
import {
  cancelMeeting,
  castVote,
  closeDecision,
  createAction,
  createBody,
  createMeeting,
  holdMeeting,
  type MemberInput,
  openDecision,
  updateAction,
  updateBody,
} from './governance.service.js';

const DAY = 86_400_000;
const HEALTHY = 'contoso-consulting';
const WEAK = 'fabrikam-ms';

/** Ten in the morning, organisation time aside, `days` after `from` (past only: null otherwise). */
function meetingTime(story: DemoStory, from: Date, days: number): Date | null {
  const at = story.after(from, days);
  if (!at) return null;
  const start = new Date(at);
  start.setUTCHours(14, 0, 0, 0);
  return start.getTime() + 4 * 3_600_000 < story.now.getTime() ? start : null;
}

type Held = {
  kind: MeetingKind;
  title: string;
  at: Date;
  agenda: string[];
  partnerSponsorThere: boolean;
  vendorSponsorThere: boolean;
};

/**
 * A joint steering committee's members: the partner's manager chairs, Erin and the partner's
 * sponsor (when it has one) vote as executive sponsors, colleagues observe.
 */
function steeringMembers(
  story: DemoStory,
  owner: string,
  partnerSponsor?: { id: string },
  observers: readonly { id: string }[] = [],
): MemberInput[] {
  const members: MemberInput[] = [
    { userId: story.people.get(owner)?.id ?? '', role: 'chair' },
    { userId: story.people.get('erin')?.id ?? '', role: 'voting', executiveSponsor: true },
    ...(partnerSponsor ? [{ userId: partnerSponsor.id, role: 'voting', executiveSponsor: true } as MemberInput] : []),
    ...observers.map((o): MemberInput => ({ userId: o.id, role: 'observer' })),
  ];
  return members.filter((m) => m.userId);
}

/**
 * A meeting that took place: recorded by the partner manager a few hours after it started (so no
 * invitations go out for history), marked held with who attended and short minutes.
 */
async function recordHeld(
  story: DemoStory,
  partner: DemoPartner,
  bodyId: string | null,
  attendees: { vendorSponsor: string; partnerSponsor: string | null; others: string[] },
  meeting: Held,
  minutes: string,
) {
  const owner = partner.ownerKey;
  const recorded = new Date(meeting.at.getTime() + 3 * 3_600_000);
  const id = (key: string) => story.people.get(key)?.id;
  const invited = [
    story.people.get(owner)?.id,
    id(attendees.vendorSponsor),
    attendees.partnerSponsor && id(attendees.partnerSponsor),
    ...attendees.others.map(id),
  ].filter((x): x is string => Boolean(x));
  const sponsors = [id(attendees.vendorSponsor), attendees.partnerSponsor ? id(attendees.partnerSponsor) : undefined].filter(
    (x): x is string => Boolean(x),
  );
  const created = await createMeeting(story.as(owner, recorded), {
    partnerId: partner.id,
    bodyId,
    kind: meeting.kind,
    title: meeting.title,
    startsAt: meeting.at,
    durationMinutes: meeting.kind === 'jsc' ? 120 : 90,
    location: meeting.kind === 'jsc' ? 'Lumen HQ, board room' : 'Video call',
    agenda: meeting.agenda.map((title) => ({ title, presenter: '', durationMinutes: null, notes: '' })),
    attendeeIds: [...new Set(invited)],
    sponsorIds: sponsors,
  });
  const absent = new Set<string>();
  if (!meeting.partnerSponsorThere && attendees.partnerSponsor) absent.add(id(attendees.partnerSponsor) ?? '');
  if (!meeting.vendorSponsorThere) absent.add(id(attendees.vendorSponsor) ?? '');
  await holdMeeting(story.as(owner, new Date(recorded.getTime() + 60_000)), created.id, {
    attendance: created.attendees.map((a) => ({ userId: a.userId, attended: !absent.has(a.userId) })),
    minutes,
  });
  return created.id;
}

/**
 * Two alliances, two stories (seed 004). Contoso Consulting is the healthy one: a joint steering
 * committee with sponsors on both sides since its program lead got portal access, a QBR every
 * quarter, a JSC twice a year that votes (an operational decision passed, a major co-investment
 * passed by every voting member, one that fell short of its 75%), action items mostly done, and
 * the next QBR on the calendar. Fabrikam is strategic in name only: a committee without a partner
 * sponsor, a kickoff and one QBR long ago, the next QBR cancelled, nothing for months since, and
 * its action items left overdue.
 */
export const governanceDemo: DemoSeeder = {
  order: 68,
  async seed(_ctx, story) {
    await healthy(story);
    await integrationWorkingGroup(story);
    await weak(story);
    // More designated partners with a review rhythm (decision 0174): days ago of each held review, and the next.
    await rhythm(story, 'tailspin-data', { held: [125, 35], nextInDays: 55, partnerSponsor: true });
    await rhythm(story, 'relecloud', { held: [190, 100], nextInDays: null, partnerSponsor: false });
    await rhythm(story, 'vanarsdel', { held: [140, 50], nextInDays: 40, partnerSponsor: true });
    await woodgrove(story);
  },
};

/**
 * The healthy alliance's integration working group: formed for the connector, met in working
 * sessions while it was built, archived once it shipped — its meetings stay in the history.
 */
async function integrationWorkingGroup(story: DemoStory) {
  const partner = story.partners.get(HEALTHY);
  const lead = story.people.get(`${HEALTHY}.admin`);
  if (!partner || !lead) return;
  const owner = partner.ownerKey;
  const formed = story.after(lead.since, 40);
  if (!formed || formed > story.daysAgo(200)) return;
  const body = await createBody(story.as(owner, formed), {
    partnerId: partner.id,
    name: 'Connector working group',
    kind: 'working_group',
    purpose: 'Builds and certifies the joint connector; reports to the joint steering committee.',
    cadence: 'Every two weeks until the connector ships',
    members: (
      [
        { userId: story.people.get(owner)?.id ?? '', role: 'chair' },
        { userId: lead.id, role: 'voting' },
      ] as MemberInput[]
    ).filter((m) => m.userId),
  });
  const people = { vendorSponsor: 'erin', partnerSponsor: null, others: [] };
  let last = formed;
  for (const [n, days] of [7, 35, 63].entries()) {
    const at = meetingTime(story, formed, days);
    if (!at) break;
    last = at;
    await recordHeld(
      story,
      partner,
      body.id,
      people,
      {
        kind: 'working_session',
        title: `Connector working session ${n + 1}`,
        at,
        agenda: ['Integration milestones', 'Certification test results'],
        partnerSponsorThere: false,
        vendorSponsorThere: false,
      },
      n === 2 ? 'Connector certified; the group hands over to support and closes.' : 'Milestones on track.',
    );
  }
  await updateBody(story.as(owner, new Date(last.getTime() + 2 * DAY)), body.id, { active: false });
}

/** Two in the afternoon, `days` working days ago. */
function daysAgoAt(story: DemoStory, days: number): Date {
  const at = new Date(story.daysAgo(days));
  at.setUTCHours(14, 0, 0, 0);
  return at;
}

/**
 * A steering committee with the vendor's sponsor (and the partner's program lead as its sponsor
 * when `partnerSponsor`), QBRs held `held` days ago with both sponsors there, and the next one on
 * the calendar `nextInDays` ahead (or none).
 */
async function rhythm(
  story: DemoStory,
  key: string,
  options: { held: number[]; nextInDays: number | null; partnerSponsor: boolean },
): Promise<void> {
  const partner = story.partners.get(key);
  if (!partner) return;
  const owner = partner.ownerKey;
  const first = Math.max(...options.held);
  const formed = daysAgoAt(story, first + 14);
  const lead = story.people.get(`${key}.admin`);
  const sponsor = options.partnerSponsor && lead && lead.since <= formed ? lead : undefined;
  const body = await createBody(story.as(owner, formed), {
    partnerId: partner.id,
    name: 'Joint steering committee',
    kind: 'joint_steering_committee',
    cadence: 'Quarterly QBR',
    members: steeringMembers(story, owner, sponsor),
  });
  const people = { vendorSponsor: 'erin', partnerSponsor: sponsor?.key ?? null, others: [] };
  for (const [n, days] of [...options.held].sort((a, b) => b - a).entries()) {
    await recordHeld(
      story,
      partner,
      body.id,
      people,
      {
        kind: 'qbr',
        title: `QBR ${n + 1}`,
        at: daysAgoAt(story, days),
        agenda: ['Joint pipeline and wins', 'Commitments due this quarter', 'Asks of the sponsors'],
        partnerSponsorThere: Boolean(sponsor),
        vendorSponsorThere: true,
      },
      'Pipeline reviewed; commitments for the quarter confirmed by both sides.',
    );
  }
  if (options.nextInDays === null) return;
  const next = new Date(story.now.getTime() + options.nextInDays * DAY);
  next.setUTCHours(15, 0, 0, 0);
  await createMeeting(story.as(owner, story.daysAgo(5)), {
    partnerId: partner.id,
    bodyId: body.id,
    kind: 'qbr',
    title: `QBR ${options.held.length + 1}`,
    startsAt: next,
    durationMinutes: 90,
    location: 'Video call',
  });
}

async function healthy(story: DemoStory) {
  const partner = story.partners.get(HEALTHY);
  const lead = story.people.get(`${HEALTHY}.admin`);
  if (!partner || !lead) return;
  const owner = partner.ownerKey;
  const start = story.after(lead.since, 5);
  if (!start) return;
  // The program lead's colleague observes, if they had an account by then.
  const invitedColleague = story.people.get(`${HEALTHY}.user`);
  const colleague = invitedColleague && invitedColleague.since <= start ? invitedColleague : undefined;
  const body = await createBody(story.as(owner, start), {
    partnerId: partner.id,
    name: 'Joint steering committee',
    kind: 'joint_steering_committee',
    purpose:
      'Steers the alliance: joint plan, investments above $250k, escalations. Decision rights as in the alliance agreement.',
    cadence: 'Quarterly QBR; JSC twice a year',
    partnerMayWriteMinutes: true,
    members: steeringMembers(story, owner, lead, colleague ? [colleague] : []),
  });
  const people = { vendorSponsor: 'erin', partnerSponsor: lead.key, others: colleague ? [colleague.key] : [] };
  const kickoffAt = meetingTime(story, start, 7);
  if (!kickoffAt) return;
  await recordHeld(
    story,
    partner,
    body.id,
    people,
    {
      kind: 'kickoff',
      title: 'Alliance kickoff',
      at: kickoffAt,
      agenda: ['Why together: the joint value proposition', 'Sponsors and cadence', 'First 90 days'],
      partnerSponsorThere: true,
      vendorSponsorThere: true,
    },
    'Both sponsors confirmed the charter. QBRs each quarter, a JSC twice a year.',
  );
  let quarter = 0;
  for (let at = meetingTime(story, kickoffAt, 91); at; at = meetingTime(story, at, 91)) {
    quarter += 1;
    const jsc = quarter % 2 === 0;
    // The partner's sponsor missed one QBR (the third), the vendor's never did.
    const meetingId = await recordHeld(
      story,
      partner,
      body.id,
      people,
      {
        kind: jsc ? 'jsc' : 'qbr',
        title: jsc ? `Joint steering committee #${quarter / 2}` : `QBR ${quarter}`,
        at,
        agenda: jsc
          ? ['Plan fulfilment, both sides', 'Investment decisions', 'Risks and escalations']
          : ['Joint pipeline and wins', 'Commitments due this quarter', 'Asks of the sponsors'],
        partnerSponsorThere: quarter !== 3,
        vendorSponsorThere: true,
      },
      jsc ? 'Decisions recorded below. Actions assigned to both sides.' : 'Pipeline on track; two joint wins this quarter.',
    );
    const chair = story.as(owner, new Date(at.getTime() + 4 * 3_600_000));
    const members = [owner, 'erin', lead.key];
    const vote = async (decisionId: string, votes: ('for' | 'against' | 'abstain')[]) => {
      for (const [i, key] of members.entries()) {
        const choice = votes[i];
        if (choice) await castVote(story.as(key, new Date(at.getTime() + (5 + i) * 3_600_000)), decisionId, choice);
      }
    };
    if (jsc && quarter === 2) {
      const d = await openDecision(chair, {
        bodyId: body.id,
        meetingId,
        title: 'Adopt the joint QBR scorecard',
        decisionClass: 'operational',
      });
      await vote(d.id, ['for', 'for', 'for']);
      await createAction(chair, {
        partnerId: partner.id,
        meetingId,
        decisionId: d.id,
        title: 'Publish the scorecard template to both teams',
        ownerId: story.people.get(owner)?.id ?? '',
        dueOn: localDateOf(new Date(at.getTime() + 14 * DAY), 'UTC'),
      }).then((a) => updateAction(story.as(owner, new Date(at.getTime() + 10 * DAY)), a.id, { status: 'done' }));
    }
    if (jsc && quarter === 4) {
      const invest = await openDecision(chair, {
        bodyId: body.id,
        meetingId,
        title: 'Co-invest $400k in the joint banking demo lab',
        description: 'Each side funds half; the lab runs in the partner’s London innovation centre.',
        decisionClass: 'major_investment',
      });
      await vote(invest.id, ['for', 'for', 'for']);
      const expand = await openDecision(chair, {
        bodyId: body.id,
        meetingId,
        title: 'Extend the alliance to public sector in APAC',
        decisionClass: 'major_investment',
      });
      await vote(expand.id, ['for', 'abstain']);
      await closeDecision(chair, expand.id);
      const a = await createAction(chair, {
        partnerId: partner.id,
        meetingId,
        decisionId: invest.id,
        title: 'Name the lab’s joint solution architects',
        ownerId: lead.id,
        dueOn: localDateOf(new Date(at.getTime() + 21 * DAY), 'UTC'),
      });
      const done = story.after(at, 18);
      if (done) await updateAction(story.as(lead.key, done), a.id, { status: 'done', notes: 'Two architects named.' });
    }
    if (!story.after(at, 91)) {
      // The latest review: actions still open, one due soon on each side.
      await createAction(chair, {
        partnerId: partner.id,
        meetingId,
        title: 'Share the FY pipeline forecast by segment',
        ownerId: lead.id,
        dueOn: localDateOf(new Date(story.now.getTime() + 10 * DAY), 'UTC'),
      });
      await createAction(chair, {
        partnerId: partner.id,
        meetingId,
        title: 'Confirm the executive dinner for the next QBR',
        ownerId: story.people.get('erin')?.id ?? '',
        dueOn: localDateOf(new Date(story.now.getTime() + 20 * DAY), 'UTC'),
      });
    }
  }
  // The next QBR is on the calendar: invitations go to both sides.
  const next = new Date(story.now.getTime() + 24 * DAY);
  next.setUTCHours(15, 0, 0, 0);
  await createMeeting(story.as(owner, story.daysAgo(3)), {
    partnerId: partner.id,
    bodyId: body.id,
    kind: 'qbr',
    title: `QBR ${quarter + 1}`,
    startsAt: next,
    durationMinutes: 90,
    location: 'Video call',
    agenda: ['Joint pipeline and wins', 'Plan for next fiscal year', 'Asks of the sponsors'].map((title) => ({
      title,
      presenter: '',
      durationMinutes: null,
      notes: '',
    })),
  });
}

async function weak(story: DemoStory) {
  const partner = story.partners.get(WEAK);
  if (!partner) return;
  const owner = partner.ownerKey;
  const lead = story.people.get(`${WEAK}.admin`);
  const startAt = story.daysAgo(330);
  const body = await createBody(story.as(owner, startAt), {
    partnerId: partner.id,
    name: 'Joint steering committee',
    kind: 'joint_steering_committee',
    cadence: 'Quarterly',
    // Designated strategic, but nobody on the partner's side sponsors it.
    members: [
      { userId: story.people.get(owner)?.id ?? '', role: 'chair' },
      { userId: story.people.get('erin')?.id ?? '', role: 'voting', executiveSponsor: true },
    ],
  });
  const people = { vendorSponsor: 'erin', partnerSponsor: null, others: lead && lead.since < startAt ? [lead.key] : [] };
  const kickoff = meetingTime(story, startAt, 10);
  if (!kickoff) return;
  await recordHeld(
    story,
    partner,
    body.id,
    people,
    {
      kind: 'kickoff',
      title: 'Strategic partnership kickoff',
      at: kickoff,
      agenda: ['Strategic designation', 'Joint plan'],
      partnerSponsorThere: false,
      vendorSponsorThere: true,
    },
    'The partner has yet to name an executive sponsor.',
  );
  const qbr = meetingTime(story, kickoff, 95);
  if (!qbr) return;
  const meetingId = await recordHeld(
    story,
    partner,
    body.id,
    people,
    {
      kind: 'qbr',
      title: 'QBR 1',
      at: qbr,
      agenda: ['Pipeline', 'Joint business plan'],
      partnerSponsorThere: false,
      vendorSponsorThere: false,
    },
    'Sponsors absent. Plan not agreed.',
  );
  const chair = story.as(owner, new Date(qbr.getTime() + 4 * 3_600_000));
  for (const [title, ownerKey, days] of [
    ['Name an executive sponsor on the partner side', lead?.key ?? owner, 21],
    ['Send the draft joint business plan', owner, 30],
  ] as const) {
    const ownerId = story.people.get(ownerKey)?.id;
    if (!ownerId || (story.people.get(ownerKey)?.since ?? story.now) > qbr) continue;
    await createAction(chair, {
      partnerId: partner.id,
      meetingId,
      title,
      ownerId,
      dueOn: localDateOf(new Date(qbr.getTime() + days * DAY), 'UTC'),
    });
  }
  // The next QBR was scheduled, then called off; nothing since (> 120 days).
  const second = story.daysAgo(140);
  if (second > qbr) {
    const planned = await createMeeting(story.as(owner, second), {
      partnerId: partner.id,
      bodyId: body.id,
      kind: 'qbr',
      title: 'QBR 2',
      startsAt: new Date(second.getTime() + 14 * DAY),
    });
    await cancelMeeting(
      story.as(owner, new Date(second.getTime() + 10 * DAY)),
      planned.id,
      'Partner team unavailable; to be rescheduled',
    );
  }
}

/**
 * Woodgrove Distribution (decision 0340): a steering committee from its first weeks as a strategic
 * partner with both sponsors, a kickoff and a first QBR both attended; the second QBR was called
 * off when its sponsor left, and no review since.
 */
async function woodgrove(story: DemoStory) {
  const partner = story.partners.get('woodgrove-dist');
  const lead = story.people.get('woodgrove-dist.admin');
  if (!partner || !lead) return;
  const owner = partner.ownerKey;
  const formed = daysAgoAt(story, 415);
  if (lead.since > formed) return;
  const body = await createBody(story.as(owner, formed), {
    partnerId: partner.id,
    name: 'Joint steering committee',
    kind: 'joint_steering_committee',
    cadence: 'Quarterly QBR',
    members: steeringMembers(story, owner, lead),
  });
  const people = { vendorSponsor: 'erin', partnerSponsor: lead.key, others: [] };
  const held: [number, MeetingKind, string][] = [
    [405, 'kickoff', 'Both sponsors confirmed the first-year plan and a quarterly QBR.'],
    [372, 'qbr', 'First registrations in; reseller recruitment ahead of plan.'],
  ];
  for (const [n, [days, kind, minutes]] of held.entries()) {
    await recordHeld(
      story,
      partner,
      body.id,
      people,
      {
        kind,
        title: n === 0 ? 'Strategic partnership kickoff' : `QBR ${n}`,
        at: daysAgoAt(story, days),
        agenda: ['Joint pipeline and wins', 'Commitments due this quarter', 'Asks of the sponsors'],
        partnerSponsorThere: true,
        vendorSponsorThere: true,
      },
      minutes,
    );
  }
  // The second QBR was scheduled, then called off as Woodgrove's sponsor left; none since.
  const planned = await createMeeting(story.as(owner, daysAgoAt(story, 265)), {
    partnerId: partner.id,
    bodyId: body.id,
    kind: 'qbr',
    title: 'QBR 2',
    startsAt: daysAgoAt(story, 245),
  });
  await cancelMeeting(
    story.as(owner, daysAgoAt(story, 250)),
    planned.id,
    'Woodgrove’s sponsor is leaving and nobody else from its leadership can attend; to be rescheduled',
  );
}
