import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { sponsorAttendance } from '../../src/modules/governance/governance.rules.js';
import { remindOverdueActions } from '../../src/modules/governance/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
let smtp: TestSmtpServer;
const clients = new Map<string, Client>();

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createSeededApp({
    env: {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Consort <governance@vendor.example>',
      CONSORT_PUBLIC_URL: 'https://consort.test.example',
    },
    workers: ['mail'],
  });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

async function as(email: string): Promise<Client> {
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}
const user = (key: keyof SeededApp['world']['users']) => as(t.world.users[key].email);
const w = () => t.world;
/** A whole minute `days` from now (calendar times carry seconds, not milliseconds). */
const inDays = (days: number) => new Date(Math.floor((Date.now() + days * 86_400_000) / 60_000) * 60_000).toISOString();
const today = () => localDateOf(new Date(), 'UTC');

/** The calendar part of a received e-mail, parsed. */
function calendarOf(mail: ReceivedMail) {
  const part = mail.attachments.find((a) => a.filename === 'invite.ics' || a.contentType.includes('calendar'));
  if (!part) throw new Error(`no calendar in "${mail.subject}"`);
  const component = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const vevent = component.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return {
    method: String(component.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate(),
    summary: event.summary,
    status: String(vevent.getFirstPropertyValue('status')),
    attendees: vevent.getAllProperties('attendee').map((p) =>
      String(p.getFirstValue())
        .replace(/^mailto:/i, '')
        .toLowerCase(),
    ),
  };
}

/** A steering committee of partner A: pm chairs, the executive and A's admin vote (sponsors), A's user observes. */
async function committee(extra: Record<string, unknown> = {}) {
  const pm = await user('pm');
  const res = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-bodies`, {
    name: `JSC ${Math.random().toString(36).slice(2, 8)}`,
    kind: 'joint_steering_committee',
    cadence: 'Quarterly',
    members: [
      { userId: w().users.pm.id, role: 'chair' },
      { userId: w().users.executive.id, role: 'voting', executiveSponsor: true },
      { userId: w().users.partnerAdminA.id, role: 'voting', executiveSponsor: true },
      { userId: w().users.partnerUserA.id, role: 'observer' },
    ],
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('governance bodies', () => {
  it('keeps members of both sides with their role, and the default decision rules', async () => {
    const body = await committee();
    expect(body.decisionRules.map((r: { decisionClass: string }) => r.decisionClass)).toEqual([
      'operational',
      'major_investment',
    ]);
    expect(body.members.map((m: { side: string; role: string; votes: boolean }) => [m.side, m.role, m.votes])).toEqual([
      ['vendor', 'chair', true],
      ['partner', 'voting', true],
      ['vendor', 'voting', true],
      ['partner', 'observer', false],
    ]);
    expect(body.can).toEqual({ edit: true, delete: true });
  });

  it('refuses another partner’s people, two chairs and an unreachable threshold, naming the field', async () => {
    const pm = await user('pm');
    const base = { name: 'Board', kind: 'program_board' };
    const url = `/api/v1/partners/${w().partnerA.id}/governance-bodies`;
    const other = await pm.post(url, {
      ...base,
      members: [
        { userId: w().users.pm.id, role: 'chair' },
        { userId: w().users.partnerAdminB.id, role: 'voting' },
      ],
    });
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([expect.objectContaining({ path: 'members.1.userId' })]);
    const chairs = await pm.post(url, {
      ...base,
      members: [
        { userId: w().users.pm.id, role: 'chair' },
        { userId: w().users.executive.id, role: 'chair' },
      ],
    });
    expect(chairs.status).toBe(422);
    expect(chairs.body.errors[0].path).toBe('members');
    const rule = await pm.post(url, {
      ...base,
      decisionRules: [
        { decisionClass: 'all', label: 'All', basis: 'voting_members', thresholdPercent: 100, comparison: 'more_than' },
      ],
    });
    expect(rule.status).toBe(422);
    expect(rule.body.errors[0].path).toBe('decisionRules.0.thresholdPercent');
    // Nothing half-saved.
    const list = await pm.get('/api/v1/governance-bodies', { query: { partnerId: w().partnerA.id } });
    expect(list.body.data.some((b: { name: string }) => b.name === 'Board')).toBe(false);
  });

  it('shows a partner its own alliance’s bodies only; another partner’s id answers 404', async () => {
    const body = await committee();
    const adminA = await user('partnerAdminA');
    const adminB = await user('partnerAdminB');
    expect((await adminA.get(`/api/v1/governance-bodies/${body.id}`)).status).toBe(200);
    expect((await adminB.get(`/api/v1/governance-bodies/${body.id}`)).status).toBe(404);
    const listB = await adminB.get('/api/v1/governance-bodies');
    expect(listB.body.data.every((b: { partnerId: string }) => b.partnerId === w().partnerB.id)).toBe(true);
    // The partner manager of another partner reads but does not change it.
    const pm2 = await user('pm2');
    expect((await pm2.patch(`/api/v1/governance-bodies/${body.id}`, { cadence: 'Monthly' })).status).toBe(403);
  });
});

describe('meetings and calendar invitations', () => {
  it('e-mails an .ics REQUEST to every invitee, an update with the next SEQUENCE, and a CANCEL with the same UID', async () => {
    const body = await committee();
    const pm = await user('pm');
    const title = `QBR ${Math.random().toString(36).slice(2, 8)}`;
    const startsAt = inDays(20);
    const created = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-meetings`, {
      bodyId: body.id,
      kind: 'qbr',
      title,
      startsAt,
      durationMinutes: 90,
      location: 'Berlin office',
      agenda: [{ title: 'Joint pipeline' }, { title: 'Executive asks', presenter: 'Eve' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const meeting = created.body;
    // Invitees default to the body's members, its sponsors as sponsors.
    expect(meeting.attendees).toHaveLength(4);
    expect(meeting.attendees.filter((a: { executiveSponsor: boolean }) => a.executiveSponsor)).toHaveLength(2);

    const partnerAdmin = w().users.partnerAdminA.email.toLowerCase();
    const invitation = await smtp.waitFor((m) => m.to.includes(partnerAdmin) && m.subject.startsWith(`Invitation: ${title}`));
    const ics = calendarOf(invitation);
    expect(ics.method).toBe('REQUEST');
    expect(ics.uid).toBe(`governance-meeting-${meeting.id}@consort`);
    expect(ics.sequence).toBe(0);
    expect(ics.start.toISOString()).toBe(new Date(startsAt).toISOString());
    expect(ics.summary).toBe(title);
    expect(ics.attendees).toContain(partnerAdmin);
    expect(invitation.text).toContain('Joint pipeline');
    for (const key of ['pm', 'executive', 'partnerUserA'] as const) {
      await smtp.waitFor(
        (m) => m.to.includes(w().users[key].email.toLowerCase()) && m.subject.startsWith(`Invitation: ${title}`),
      );
    }

    // Moved a day, and A's user taken off the list.
    const moved = inDays(21);
    const patched = await pm.patch(`/api/v1/governance-meetings/${meeting.id}`, {
      startsAt: moved,
      attendeeIds: [w().users.pm.id, w().users.executive.id, w().users.partnerAdminA.id],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.sequence).toBe(1);
    const update = calendarOf(
      await smtp.waitFor((m) => m.to.includes(partnerAdmin) && m.subject.startsWith(`Updated invitation: ${title}`)),
    );
    expect(update).toMatchObject({ method: 'REQUEST', uid: ics.uid, sequence: 1 });
    expect(update.start.toISOString()).toBe(new Date(moved).toISOString());
    const removed = calendarOf(
      await smtp.waitFor(
        (m) => m.to.includes(w().users.partnerUserA.email.toLowerCase()) && m.subject.startsWith(`Cancelled: ${title}`),
      ),
    );
    expect(removed).toMatchObject({ method: 'CANCEL', uid: ics.uid, sequence: 1 });

    const cancelled = await pm.post(`/api/v1/governance-meetings/${meeting.id}/cancel`, { reason: 'Sponsors unavailable' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const cancel = calendarOf(
      await smtp.waitFor((m) => m.to.includes(partnerAdmin) && m.subject.startsWith(`Cancelled: ${title}`)),
    );
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: ics.uid, sequence: 2, status: 'CANCELLED' });
    // Cancelled is final.
    const again = await pm.post(`/api/v1/governance-meetings/${meeting.id}/hold`, {});
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('status');

    // The partner downloads the same event; another partner gets a 404.
    const adminA = await user('partnerAdminA');
    const file = await adminA.get(`/api/v1/governance-meetings/${meeting.id}/calendar.ics`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/text\/calendar/);
    expect(file.raw.payload).toContain(`UID:${ics.uid}`);
    expect((await (await user('partnerAdminB')).get(`/api/v1/governance-meetings/${meeting.id}/calendar.ics`)).status).toBe(404);
    expect((await (await user('partnerUserB')).get(`/api/v1/governance-meetings/${meeting.id}`)).status).toBe(404);
  });

  it('refuses an invitee from another partner, naming the entry', async () => {
    const pm = await user('pm');
    const res = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-meetings`, {
      kind: 'working_session',
      title: 'Integration deep-dive',
      startsAt: inDays(3),
      attendeeIds: [w().users.pm.id, w().users.partnerUserB.id],
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe('attendeeIds.1');
  });

  it('lets the partner write minutes only where the vendor allowed it', async () => {
    const pm = await user('pm');
    const created = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-meetings`, {
      kind: 'alignment_workshop',
      title: 'Alignment workshop',
      startsAt: inDays(-2),
      attendeeIds: [w().users.pm.id, w().users.partnerUserA.id],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const partnerUser = await user('partnerUserA');
    const refused = await partnerUser.put(`/api/v1/governance-meetings/${id}/minutes`, { minutes: 'Our notes' });
    expect(refused.status).toBe(403);
    expect((await pm.patch(`/api/v1/governance-meetings/${id}`, { partnerMayWriteMinutes: true })).status).toBe(200);
    const written = await partnerUser.put(`/api/v1/governance-meetings/${id}/minutes`, { minutes: 'Our notes' });
    expect(written.status).toBe(200);
    expect(written.body.minutes).toBe('Our notes');
    expect((await (await user('partnerUserB')).put(`/api/v1/governance-meetings/${id}/minutes`, { minutes: 'x' })).status).toBe(
      404,
    );
  });
});

describe('decisions: the body’s rule decides, not a person', () => {
  it('"> 75% of voting members" fails at exactly 75% even when everyone present votes for it', async () => {
    const body = await committee();
    const pm = await user('pm');
    // Four voting members: pm (chair), the executive, A's admin and a second partner admin.
    const second = await makeUser(t.system(), 'partner_admin', w().partnerA.id);
    const members = [
      ...body.members.map((m: { userId: string; role: string; executiveSponsor: boolean }) => ({
        userId: m.userId,
        role: m.role,
        executiveSponsor: m.executiveSponsor,
      })),
      { userId: second.id, role: 'voting' },
    ];
    expect((await pm.patch(`/api/v1/governance-bodies/${body.id}`, { members })).status).toBe(200);
    const opened = await pm.post(`/api/v1/governance-bodies/${body.id}/decisions`, {
      title: 'Co-invest in the joint demo lab',
      decisionClass: 'major_investment',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const id = opened.body.id;
    expect(opened.body.rule).toMatchObject({
      basis: 'voting_members',
      thresholdPercent: 75,
      comparison: 'more_than',
      quorumPercent: 50,
    });
    expect(opened.body.voterIds).toHaveLength(4);

    // The observer may not vote; another partner's people do not see it.
    expect((await (await user('partnerUserA')).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'for' })).status).toBe(403);
    expect((await (await user('partnerAdminB')).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'for' })).status).toBe(
      404,
    );
    // Nobody sets the outcome: there is no such field.
    const setting = await (await user('partnerAdminA')).put(`/api/v1/governance-decisions/${id}/vote`, {
      vote: 'for',
      status: 'passed',
    });
    expect(setting.status).toBe(422);
    expect((await pm.get(`/api/v1/governance-decisions/${id}`)).body.votes).toEqual([]);

    for (const key of ['pm', 'executive', 'partnerAdminA'] as const) {
      const voted = await (await user(key)).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'for' });
      expect(voted.status).toBe(200);
      expect(voted.body.status).toBe('open');
    }
    const closed = await pm.post(`/api/v1/governance-decisions/${id}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('failed');
    expect(closed.body.result).toMatchObject({ tally: { for: 3, against: 0, abstain: 0 }, votingMembers: 4, quorumMet: true });
    expect(closed.body.result.reason).toMatch(/more than 75% of the voting members/);
    // Closed is closed.
    expect((await pm.put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'against' })).status).toBe(422);
  });

  it('a simple majority passes once every voting member has voted, abstentions aside', async () => {
    const body = await committee();
    const opened = await (await user('pm')).post(`/api/v1/governance-bodies/${body.id}/decisions`, {
      title: 'Adopt the joint QBR template',
      decisionClass: 'operational',
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id;
    await (await user('pm')).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'for' });
    await (await user('executive')).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'against' });
    // A vote can change while the decision is open.
    const last = await (await user('executive')).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'for' });
    expect(last.body.status).toBe('open');
    expect(last.body.waitingFor.map((p: { userId: string }) => p.userId)).toEqual([w().users.partnerAdminA.id]);
    const changed = await (await user('partnerAdminA')).put(`/api/v1/governance-decisions/${id}/vote`, { vote: 'abstain' });
    // Everyone has voted: the rule decided. 2 for, 0 against → passed.
    expect(changed.body.status).toBe('passed');
    expect(changed.body.result.tally).toEqual({ for: 2, against: 0, abstain: 1 });
    const seen = await (await user('partnerUserA')).get(`/api/v1/governance-decisions/${id}`);
    expect(seen.body.votes.map((v: { side: string; vote: string }) => [v.side, v.vote]).sort()).toEqual(
      [
        ['partner', 'abstain'],
        ['vendor', 'for'],
        ['vendor', 'for'],
      ].sort(),
    );
  });

  it('refuses a class the body has no rule for, naming decisionClass', async () => {
    const body = await committee();
    const res = await (await user('pm')).post(`/api/v1/governance-bodies/${body.id}/decisions`, {
      title: 'X',
      decisionClass: 'budget',
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe('decisionClass');
  });
});

describe('action items', () => {
  it('owners of either side update their own; only the manager reassigns; other partners see nothing', async () => {
    const pm = await user('pm');
    const created = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-actions`, {
      title: 'Name a partner-side executive sponsor',
      ownerId: w().users.partnerUserA.id,
      dueOn: addDays(today(), 10),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.side).toBe('partner');
    const id = created.body.id;
    const owner = await user('partnerUserA');
    expect((await owner.patch(`/api/v1/governance-actions/${id}`, { dueOn: addDays(today(), 30) })).status).toBe(403);
    const done = await owner.patch(`/api/v1/governance-actions/${id}`, { status: 'done', notes: 'Named our CRO' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', overdue: false });
    expect(done.body.closedAt).not.toBeNull();
    expect((await (await user('partnerUserB')).get(`/api/v1/governance-actions/${id}`)).status).toBe(404);
    const listB = await (await user('partnerAdminB')).get('/api/v1/governance-actions');
    expect(listB.body.data.some((a: { id: string }) => a.id === id)).toBe(false);
    // An owner from another partner is refused.
    const wrong = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-actions`, {
      title: 'X',
      ownerId: w().users.partnerUserB.id,
      dueOn: today(),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe('ownerId');
  });

  it('reminds the owner of an overdue action item once, however often the sweep runs', async () => {
    const sys = t.system();
    const partner = await makePartner(sys, w().users.pm.id);
    const owner = await makeUser(sys, 'partner_user', partner.id);
    const pm = await user('pm');
    const created = await pm.post(`/api/v1/partners/${partner.id}/governance-actions`, {
      title: 'Send the signed JBP',
      ownerId: owner.id,
      dueOn: addDays(today(), -3),
    });
    expect(created.status).toBe(201);
    expect(created.body.overdue).toBe(true);
    const overdue = await pm.get('/api/v1/governance-actions', { query: { partnerId: partner.id, overdue: true } });
    expect(overdue.body.data.map((a: { id: string }) => a.id)).toEqual([created.body.id]);

    expect(await remindOverdueActions(t.system())).toBeGreaterThanOrEqual(1);
    expect(await remindOverdueActions(t.system())).toBe(0);
    const inbox = (await (await as(owner.email)).get('/api/v1/me/notifications')).body.data.filter(
      (n: { kind: string }) => n.kind === 'governance.action_overdue',
    );
    expect(inbox).toHaveLength(1);
    expect(inbox[0].title).toContain('Send the signed JBP');
  });
});

describe('metrics and the governance card', () => {
  it('answers days since review, next meeting, sponsor attendance per side (as the pure rule) and actions', async () => {
    const sys = t.system();
    const partner = await makePartner(sys, w().users.pm.id, { motion: 'alliance', designation: 'strategic' });
    const sponsor = await makeUser(sys, 'partner_admin', partner.id);
    const pm = await user('pm');
    const exec = w().users.executive.id;
    // Three QBR/JSCs held: the vendor sponsor at all three, the partner's at one.
    const held = [
      { days: -200, partnerThere: true },
      { days: -110, partnerThere: false },
      { days: -30, partnerThere: false },
    ];
    for (const [i, h] of held.entries()) {
      const m = await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
        kind: i === 1 ? 'jsc' : 'qbr',
        title: `Review ${i}`,
        startsAt: inDays(h.days),
        attendeeIds: [exec, sponsor.id],
        sponsorIds: [exec, sponsor.id],
      });
      expect(m.status).toBe(201);
      const done = await pm.post(`/api/v1/governance-meetings/${m.body.id}/hold`, {
        attendance: [
          { userId: exec, attended: true },
          { userId: sponsor.id, attended: h.partnerThere },
        ],
      });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
    }
    // A working session does not count as a review.
    const ws = await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
      kind: 'working_session',
      title: 'WS',
      startsAt: inDays(-5),
    });
    await pm.post(`/api/v1/governance-meetings/${ws.body.id}/hold`, {});
    await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
      kind: 'qbr',
      title: 'Next QBR',
      startsAt: inDays(12.5),
    });
    await pm.post(`/api/v1/partners/${partner.id}/governance-actions`, {
      title: 'Late',
      ownerId: sponsor.id,
      dueOn: addDays(today(), -1),
    });
    await pm.post(`/api/v1/partners/${partner.id}/governance-actions`, {
      title: 'Soon',
      ownerId: exec,
      dueOn: addDays(today(), 5),
    });

    const metrics = await loadMetrics();
    const values = await withTx(sys, async (c) => {
      const out: Record<string, number | null | undefined> = {};
      for (const key of [
        'governance.days_since_review',
        'governance.days_to_next_meeting',
        'governance.sponsor_attendance_vendor',
        'governance.sponsor_attendance_partner',
        'governance.open_actions',
        'governance.overdue_actions',
      ]) {
        const def = metrics.get(key);
        if (!def) throw new Error(`${key} missing`);
        out[key] = (await def.compute(c, [partner.id, w().partnerB.id], new Date())).get(partner.id);
      }
      return out;
    });
    const rule = sponsorAttendance(
      held.map((h) => ({
        attendees: [
          { side: 'vendor' as const, executiveSponsor: true, attended: true },
          { side: 'partner' as const, executiveSponsor: true, attended: h.partnerThere },
        ],
      })),
    );
    expect(values).toEqual({
      'governance.days_since_review': 30,
      'governance.days_to_next_meeting': 12,
      'governance.sponsor_attendance_vendor': rule.vendor,
      'governance.sponsor_attendance_partner': rule.partner,
      'governance.open_actions': 2,
      'governance.overdue_actions': 1,
    });
    // All three were within the 12 months: the partner's sponsor attended one of three.
    expect(rule).toEqual({ vendor: 100, partner: 33 });

    const card = await (await as(sponsor.email)).get(`/api/v1/partners/${partner.id}/governance`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({
      daysSinceReview: 30,
      daysToNextMeeting: 12,
      sponsorAttendance: { vendor: 100, partner: 33 },
      openActions: 2,
      overdueActions: 1,
    });
    expect(card.body.nextMeeting.title).toBe('Next QBR');
    expect((await (await user('partnerAdminB')).get(`/api/v1/partners/${partner.id}/governance`)).status).toBe(404);
  });

  it('leaves a partner without any governance unmeasured', async () => {
    const metrics = await loadMetrics();
    const def = metrics.get('governance.days_since_review');
    const partner = await makePartner(t.system(), w().users.pm.id);
    const value = await withTx(t.system(), async (c) => def?.compute(c, [partner.id], new Date()));
    expect(value?.has(partner.id)).toBe(false);
  });
});

describe('removing governance records: delete what has no record, keep (archive) what has one', () => {
  it('a body with a decision is archived, not deleted; archived, it takes no meetings or decisions; an empty body is deleted', async () => {
    const pm = await user('pm');
    const body = await committee();
    expect(body.record).toEqual({ decisions: 0, heldMeetings: 0 });
    const opened = await pm.post(`/api/v1/governance-bodies/${body.id}/decisions`, {
      title: 'Fund the joint lab',
      decisionClass: 'major_investment',
    });
    expect(opened.status).toBe(201);
    const withRecord = (await pm.get(`/api/v1/governance-bodies/${body.id}`)).body;
    expect(withRecord.record).toEqual({ decisions: 1, heldMeetings: 0 });
    expect(withRecord.can).toEqual({ edit: true, delete: false });
    const refused = await pm.delete(`/api/v1/governance-bodies/${body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].path).toBe('id');
    expect((await pm.get(`/api/v1/governance-decisions/${opened.body.id}`)).status).toBe(200);
    // Archived: kept with its decision, closed to new meetings and decisions, and back on request.
    expect((await pm.patch(`/api/v1/governance-bodies/${body.id}`, { active: false })).body.active).toBe(false);
    const meeting = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-meetings`, {
      bodyId: body.id,
      kind: 'jsc',
      title: 'Not while archived',
      startsAt: inDays(9),
    });
    expect(meeting.status).toBe(422);
    expect(meeting.body.errors[0].path).toBe('bodyId');
    const decision = await pm.post(`/api/v1/governance-bodies/${body.id}/decisions`, {
      title: 'Nor this',
      decisionClass: 'major_investment',
    });
    expect(decision.status).toBe(422);
    expect(decision.body.errors[0].path).toBe('bodyId');
    expect((await pm.patch(`/api/v1/governance-bodies/${body.id}`, { active: true })).body.active).toBe(true);

    // A body with nothing on record goes, audited; the partner's people may not delete one.
    const empty = await committee();
    expect((await (await user('partnerAdminA')).delete(`/api/v1/governance-bodies/${empty.id}`)).status).toBe(403);
    expect((await pm.delete(`/api/v1/governance-bodies/${empty.id}`)).status).toBe(204);
    expect((await pm.get(`/api/v1/governance-bodies/${empty.id}`)).status).toBe(404);
    const audit = await (await user('admin')).get('/api/v1/audit-events', {
      query: { entityType: 'governance_body', entityId: empty.id },
    });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toContain('delete');
  });

  it('a meeting not held is deleted (its invitees told); a held one stays; a done action item stays, an open one goes', async () => {
    const pm = await user('pm');
    const body = await committee();
    const title = `Working session ${Math.random().toString(36).slice(2, 8)}`;
    const scheduled = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-meetings`, {
      bodyId: body.id,
      kind: 'working_session',
      title,
      startsAt: inDays(12),
    });
    expect(scheduled.body.can.delete).toBe(true);
    const action = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-actions`, {
      meetingId: scheduled.body.id,
      title: 'Prepare the demo',
      ownerId: w().users.partnerAdminA.id,
      dueOn: addDays(today(), 5),
    });
    expect(action.status).toBe(201);
    expect(action.body.can).toEqual({ update: true, manage: true, delete: true });
    // The partner's admin updates its action item but deletes neither it nor the meeting.
    const adminA = await user('partnerAdminA');
    expect((await adminA.get(`/api/v1/governance-actions/${action.body.id}`)).body.can.delete).toBe(false);
    expect((await adminA.delete(`/api/v1/governance-actions/${action.body.id}`)).status).toBe(403);
    expect((await adminA.delete(`/api/v1/governance-meetings/${scheduled.body.id}`)).status).toBe(403);
    expect((await (await user('partnerAdminB')).delete(`/api/v1/governance-meetings/${scheduled.body.id}`)).status).toBe(403);

    expect((await pm.delete(`/api/v1/governance-meetings/${scheduled.body.id}`)).status).toBe(204);
    const cancel = calendarOf(
      await smtp.waitFor(
        (m) => m.to.includes(w().users.partnerAdminA.email.toLowerCase()) && m.subject.startsWith(`Cancelled: ${title}`),
      ),
    );
    expect(cancel).toMatchObject({ method: 'CANCEL', uid: `governance-meeting-${scheduled.body.id}@consort`, sequence: 1 });
    expect((await pm.get(`/api/v1/governance-meetings/${scheduled.body.id}`)).status).toBe(404);
    // Its action item stays, without the link.
    expect((await pm.get(`/api/v1/governance-actions/${action.body.id}`)).body.meetingId).toBeNull();

    const held = await pm.post(`/api/v1/partners/${w().partnerA.id}/governance-meetings`, {
      bodyId: body.id,
      kind: 'jsc',
      title: 'Held JSC',
      startsAt: inDays(-2),
    });
    expect((await pm.post(`/api/v1/governance-meetings/${held.body.id}/hold`, {})).status).toBe(200);
    const keep = await pm.delete(`/api/v1/governance-meetings/${held.body.id}`);
    expect(keep.status).toBe(409);
    expect(keep.body.errors[0].path).toBe('status');
    expect((await pm.get(`/api/v1/governance-bodies/${body.id}`)).body.record.heldMeetings).toBe(1);

    expect((await adminA.patch(`/api/v1/governance-actions/${action.body.id}`, { status: 'done' })).status).toBe(200);
    const done = await pm.delete(`/api/v1/governance-actions/${action.body.id}`);
    expect(done.status).toBe(409);
    expect(done.body.errors[0].path).toBe('status');
    expect((await pm.patch(`/api/v1/governance-actions/${action.body.id}`, { status: 'open' })).status).toBe(200);
    expect((await pm.delete(`/api/v1/governance-actions/${action.body.id}`)).status).toBe(204);
    expect((await pm.get(`/api/v1/governance-actions/${action.body.id}`)).status).toBe(404);
  });

  it('pages the decisions list by keyset, the latest opened first, each decision once', async () => {
    const pm = await user('pm');
    const body = await committee();
    const opened: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) {
      const res = await pm.post(`/api/v1/governance-bodies/${body.id}/decisions`, {
        title: `Decision ${n}`,
        decisionClass: 'operational',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      opened.push(res.body.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await pm.get('/api/v1/governance-decisions', { query: { bodyId: body.id, limit: 2, cursor } });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((d: { id: string }) => d.id));
      cursor = page.body.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...opened].reverse());
    // A partner's people page their own alliance's only.
    const theirs = await (await user('partnerUserB')).get('/api/v1/governance-decisions', { query: { bodyId: body.id } });
    expect(theirs.body).toEqual({ data: [], nextCursor: null });
  });
});
