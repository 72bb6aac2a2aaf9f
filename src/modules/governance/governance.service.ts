import { and, asc, desc, eq, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, type FieldError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { absoluteUrl } from '../../shared/links.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole, PARTNER_ROLES, type Role } from '../../shared/roles.js';
import { type AuditedKind, deleteAudited, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { activePartnerUsers, personSummaries, type VisiblePartner, visiblePartners } from '../directory/index.js';
import { composeEmail, queueMail } from '../mail/index.js';
import { notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import { meetingInvitation } from './governance.calendar.js';
import { governanceFigures } from './governance.metrics.js';
import {
  type ActionPermissions,
  actionPermissions,
  type BodyPermissions,
  bodyPermissions,
  type DecisionPermissions,
  decisionPermissions,
  type MeetingPermissions,
  managesGovernance,
  meetingPermissions,
} from './governance.policy.js';
import {
  type ActionStatus,
  type BodyKind,
  type DecisionRule,
  type DecisionStatus,
  decideOutcome,
  decisionRuleProblems,
  defaultDecisionRules,
  invitationChanged,
  invitationPlan,
  isActionOverdue,
  isVotingRole,
  type MeetingKind,
  type MeetingStatus,
  type MemberRole,
  mayMoveMeeting,
  memberProblems,
  reminderDue,
  type Side,
  type Tally,
  type Vote,
} from './governance.rules.js';
import {
  type AgendaItem,
  type GovernanceActionRow,
  type GovernanceAttendeeRow,
  type GovernanceBodyRow,
  type GovernanceDecisionRow,
  type GovernanceMeetingRow,
  type GovernanceMemberRow,
  governanceActions,
  governanceAttendees,
  governanceBodies,
  governanceDecisions,
  governanceMeetings,
  governanceMembers,
  governanceVotes,
} from './governance.schema.js';

const BODY: AuditedKind<GovernanceBodyRow> = {
  entityType: 'governance_body',
  partnerIdOf: (b) => b.partnerId,
  labelOf: (b) => b.name,
  conflicts: { governance_bodies_name_unique: { path: 'name', message: 'is the name of another body of this alliance' } },
};
const MEETING: AuditedKind<GovernanceMeetingRow> = {
  entityType: 'governance_meeting',
  partnerIdOf: (m) => m.partnerId,
  labelOf: (m) => m.title,
};
const DECISION: AuditedKind<GovernanceDecisionRow> = {
  entityType: 'governance_decision',
  partnerIdOf: (d) => d.partnerId,
  labelOf: (d) => d.title,
};
const ACTION: AuditedKind<GovernanceActionRow> = {
  entityType: 'governance_action',
  partnerIdOf: (a) => a.partnerId,
  labelOf: (a) => a.title,
};

function validation(problems: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
}

/** The organisation's today (its time zone): what due dates and "overdue" are counted against. */
async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

async function partnerRef(c: TxCtx, id: string, path?: string): Promise<VisiblePartner> {
  const ref = (await visiblePartners(c, [id])).get(id);
  if (!ref) throw path ? invalidField(path, 'no such partner') : notFound('Partner');
  return ref;
}

// ——— People ———

export type Participant = { userId: string; name: string; email: string; side: Side };

/**
 * The people behind `ids` who may take part in this alliance's governance: vendor staff and the
 * partner's own active users. Anyone else (another partner's people, unknown ids) is a 422
 * naming the entry (`members.2.userId`).
 */
async function participants(
  c: TxCtx,
  partnerId: string,
  ids: readonly string[],
  pathOf: (i: number) => string,
): Promise<Map<string, Participant>> {
  if (ids.length === 0) return new Map();
  const [people, partnerPeople] = [await personSummaries(c, ids), await activePartnerUsers(c, partnerId, PARTNER_ROLES)];
  const out = new Map<string, Participant>();
  const problems: FieldError[] = [];
  ids.forEach((id, i) => {
    const person = people.get(id);
    const ok = person && (isPartnerRole(person.role) ? partnerPeople.includes(id) : true);
    if (!person || !ok) {
      problems.push({ path: pathOf(i), message: 'must be a vendor user or an active user of this partner' });
      return;
    }
    out.set(id, { userId: id, name: person.name, email: person.email, side: isPartnerRole(person.role) ? 'partner' : 'vendor' });
  });
  if (problems.length > 0) throw validation(problems);
  return out;
}

// ——— Bodies ———

export type MemberInput = { userId: string; role: MemberRole; executiveSponsor?: boolean };

export type BodyInput = {
  partnerId: string;
  name: string;
  kind: BodyKind;
  purpose?: string;
  cadence?: string;
  quorumPercent?: number;
  decisionRules?: DecisionRule[];
  partnerMayWriteMinutes?: boolean;
  active?: boolean;
  members?: MemberInput[];
};

export type MemberDto = {
  userId: string;
  name: string;
  email: string;
  side: Side;
  role: MemberRole;
  executiveSponsor: boolean;
  votes: boolean;
};

export type BodyDto = GovernanceBodyRow & {
  partnerName: string;
  members: MemberDto[];
  record: { decisions: number; heldMeetings: number };
  can: BodyPermissions;
};

async function toBodyDtos(c: TxCtx, rows: readonly GovernanceBodyRow[]): Promise<BodyDto[]> {
  if (rows.length === 0) return [];
  const members = await c.tx
    .select()
    .from(governanceMembers)
    .where(
      and(
        inArray(
          governanceMembers.bodyId,
          rows.map((r) => r.id),
        ),
        partnerFilter(c, governanceMembers.partnerId),
      ),
    )
    .orderBy(asc(governanceMembers.createdAt), asc(governanceMembers.id));
  const people = await personSummaries(
    c,
    members.map((m) => m.userId),
  );
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const records = await bodyRecords(
    c,
    rows.map((r) => r.id),
  );
  const actor = policyActor(c);
  const order: Record<MemberRole, number> = { chair: 0, voting: 1, observer: 2 };
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      members: members
        .filter((m) => m.bodyId === row.id)
        .map((m) => ({
          userId: m.userId,
          name: people.get(m.userId)?.name ?? '',
          email: people.get(m.userId)?.email ?? '',
          side: m.side,
          role: m.role,
          executiveSponsor: m.executiveSponsor,
          votes: isVotingRole(m.role),
        }))
        .sort((a, b) => order[a.role] - order[b.role] || a.side.localeCompare(b.side) || a.name.localeCompare(b.name)),
      record: records.get(row.id) ?? { decisions: 0, heldMeetings: 0 },
      can: bodyPermissions(actor, partner, records.has(row.id)),
    };
  });
}

type BodyRecord = { decisions: number; heldMeetings: number };

/** Bodies with a record to keep: their decisions and held meetings, counted in one query (absent: none). */
async function bodyRecords(c: TxCtx, ids: readonly string[]): Promise<Map<string, BodyRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await c.tx
    .select({
      bodyId: governanceBodies.id,
      // Qualified by hand: drizzle leaves a lone table's columns unqualified, which the subqueries would capture.
      decisions: sql<number>`(select count(*)::int from governance_decisions d where d.body_id = governance_bodies.id)`,
      heldMeetings: sql<number>`(select count(*)::int from governance_meetings m
        where m.body_id = governance_bodies.id and m.status = 'held')`,
    })
    .from(governanceBodies)
    .where(inArray(governanceBodies.id, [...ids]));
  return new Map(rows.filter((r) => r.decisions > 0 || r.heldMeetings > 0).map((r) => [r.bodyId, r]));
}

function loadBody(c: TxCtx, id: string, lock = false): Promise<GovernanceBodyRow> {
  return loadScoped(c, governanceBodies, id, 'Governance body', { lock });
}

async function bodyDto(c: TxCtx, row: GovernanceBodyRow): Promise<BodyDto> {
  const [dto] = await toBodyDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

export async function listBodies(ctx: Ctx, query: { partnerId?: string[] }): Promise<BodyDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(governanceBodies)
      .where(
        and(
          partnerFilter(c, governanceBodies.partnerId),
          query.partnerId?.length ? inArray(governanceBodies.partnerId, query.partnerId) : undefined,
        ),
      )
      .orderBy(asc(governanceBodies.partnerId), asc(governanceBodies.name), asc(governanceBodies.id));
    return toBodyDtos(c, rows);
  });
}

export async function getBody(ctx: Ctx, id: string): Promise<BodyDto> {
  return withTx(ctx, async (c) => bodyDto(c, await loadBody(c, id)));
}

async function writeMembers(c: TxCtx, body: GovernanceBodyRow, members: readonly MemberInput[]): Promise<void> {
  const problems = memberProblems(members);
  if (problems.length > 0) throw validation(problems);
  const people = await participants(
    c,
    body.partnerId,
    members.map((m) => m.userId),
    (i) => `members.${i}.userId`,
  );
  await c.tx.delete(governanceMembers).where(eq(governanceMembers.bodyId, body.id));
  if (members.length === 0) return;
  await c.tx.insert(governanceMembers).values(
    members.map((m) => ({
      bodyId: body.id,
      partnerId: body.partnerId,
      userId: m.userId,
      side: people.get(m.userId)?.side ?? 'vendor',
      role: m.role,
      executiveSponsor: m.executiveSponsor ?? false,
      createdAt: c.now,
    })),
  );
}

function assertRules(rules: readonly DecisionRule[], quorumPercent: number): void {
  const problems = decisionRuleProblems(rules, quorumPercent);
  if (problems.length > 0) throw validation(problems);
}

/** Sets up a governance body of an alliance with its members and decision rules (the defaults unless given). */
export async function createBody(ctx: Ctx, input: BodyInput): Promise<BodyDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, input.partnerId);
    if (!managesGovernance(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager sets up its governance");
    const rules = input.decisionRules ?? defaultDecisionRules();
    const quorumPercent = input.quorumPercent ?? 50;
    assertRules(rules, quorumPercent);
    const row = await insertAudited(
      c,
      governanceBodies,
      {
        partnerId: input.partnerId,
        name: input.name,
        kind: input.kind,
        purpose: input.purpose ?? '',
        cadence: input.cadence ?? '',
        quorumPercent,
        decisionRules: rules,
        partnerMayWriteMinutes: input.partnerMayWriteMinutes ?? false,
        active: input.active ?? true,
        createdAt: c.now,
        updatedAt: c.now,
      },
      BODY,
      { eventData: { members: (input.members ?? []).map((m) => ({ userId: m.userId, role: m.role })) } },
    );
    await writeMembers(c, row, input.members ?? []);
    return bodyDto(c, row);
  });
}

/** Changes a body; `members`, when given, replaces the member list (the editor saves what it shows). */
export async function updateBody(ctx: Ctx, id: string, patch: Partial<Omit<BodyInput, 'partnerId'>>): Promise<BodyDto> {
  return withTx(ctx, async (c) => {
    const before = await loadBody(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!bodyPermissions(policyActor(c), partner).edit)
      throw forbidden("Only an admin or the partner's manager changes its governance");
    const { members, ...fields } = patch;
    assertRules(fields.decisionRules ?? before.decisionRules, fields.quorumPercent ?? before.quorumPercent);
    const after = await updateAudited(c, governanceBodies, before, { ...fields, updatedAt: c.now }, BODY, {
      eventData: members ? { members: members.map((m) => ({ userId: m.userId, role: m.role })) } : undefined,
    });
    if (members) await writeMembers(c, after, members);
    return bodyDto(c, after);
  });
}

/** Deletes a body without a record (no decisions, no held meetings) with its members; its other meetings stay, without a body. */
export async function deleteBody(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadBody(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!bodyPermissions(policyActor(c), partner).delete)
      throw forbidden("Only an admin or the partner's manager changes its governance");
    const record = (await bodyRecords(c, [id])).get(id);
    if (record) {
      throw new AppError(
        'CONFLICT',
        `${before.name} has a record (${record.decisions} decisions, ${record.heldMeetings} held meetings): archive it instead`,
        { errors: [{ path: 'id', message: 'has decisions or held meetings: archive it (active: false) to keep them' }] },
      );
    }
    await deleteAudited(c, governanceBodies, before, BODY);
  });
}

// ——— Meetings ———

export type AttendeeDto = Participant & { executiveSponsor: boolean; attended: boolean | null };

export type MeetingDto = GovernanceMeetingRow & {
  partnerName: string;
  body: { id: string; name: string } | null;
  attendees: AttendeeDto[];
  can: MeetingPermissions;
};

export type MeetingDetailDto = MeetingDto & { decisions: DecisionDto[]; actions: ActionDto[] };

async function toMeetingDtos(c: TxCtx, rows: readonly GovernanceMeetingRow[]): Promise<MeetingDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const attendees = await c.tx
    .select()
    .from(governanceAttendees)
    .where(and(inArray(governanceAttendees.meetingId, ids), partnerFilter(c, governanceAttendees.partnerId)))
    .orderBy(asc(governanceAttendees.createdAt), asc(governanceAttendees.id));
  const bodyIds = [...new Set(rows.map((r) => r.bodyId).filter((id): id is string => id !== null))];
  const bodies =
    bodyIds.length === 0
      ? []
      : await c.tx
          .select({ id: governanceBodies.id, name: governanceBodies.name })
          .from(governanceBodies)
          .where(and(inArray(governanceBodies.id, bodyIds), partnerFilter(c, governanceBodies.partnerId)));
  const people = await personSummaries(
    c,
    attendees.map((a) => a.userId),
  );
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      body: bodies.find((b) => b.id === row.bodyId) ?? null,
      attendees: attendees
        .filter((a) => a.meetingId === row.id)
        .map((a) => ({
          userId: a.userId,
          name: people.get(a.userId)?.name ?? '',
          email: people.get(a.userId)?.email ?? '',
          side: a.side,
          executiveSponsor: a.executiveSponsor,
          attended: a.attended,
        })),
      can: meetingPermissions(actor, row, partner),
    };
  });
}

function loadMeeting(c: TxCtx, id: string, lock = false): Promise<GovernanceMeetingRow> {
  return loadScoped(c, governanceMeetings, id, 'Meeting', { lock });
}

async function meetingDto(c: TxCtx, row: GovernanceMeetingRow): Promise<MeetingDto> {
  const [dto] = await toMeetingDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

export type MeetingListQuery = {
  limit: number;
  cursor?: string;
  sort: 'startsAt' | '-startsAt';
  partnerId?: string[];
  bodyId?: string[];
  kind?: MeetingKind[];
  status?: MeetingStatus[];
  /** From this moment on (inclusive), before `to` (exclusive). */
  from?: Date;
  to?: Date;
};

/** The governance calendar: meetings across the portfolio (a partner's people: their own), by start. */
export async function listMeetings(ctx: Ctx, query: MeetingListQuery): Promise<Page<MeetingDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'governance-meetings',
      query.sort,
      { startsAt: governanceMeetings.startsAt },
      governanceMeetings.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(governanceMeetings)
      .where(
        and(
          ks.where,
          partnerFilter(c, governanceMeetings.partnerId),
          query.partnerId?.length ? inArray(governanceMeetings.partnerId, query.partnerId) : undefined,
          query.bodyId?.length ? inArray(governanceMeetings.bodyId, query.bodyId) : undefined,
          query.kind?.length ? inArray(governanceMeetings.kind, query.kind) : undefined,
          query.status?.length ? inArray(governanceMeetings.status, query.status) : undefined,
          query.from ? gte(governanceMeetings.startsAt, query.from) : undefined,
          query.to ? lt(governanceMeetings.startsAt, query.to) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toMeetingDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function getMeeting(ctx: Ctx, id: string): Promise<MeetingDetailDto> {
  return withTx(ctx, async (c) => {
    const dto = await meetingDto(c, await loadMeeting(c, id));
    const decisions = await c.tx
      .select()
      .from(governanceDecisions)
      .where(and(eq(governanceDecisions.meetingId, id), partnerFilter(c, governanceDecisions.partnerId)))
      .orderBy(asc(governanceDecisions.openedAt), asc(governanceDecisions.id));
    const actions = await c.tx
      .select()
      .from(governanceActions)
      .where(and(eq(governanceActions.meetingId, id), partnerFilter(c, governanceActions.partnerId)))
      .orderBy(asc(governanceActions.dueOn), asc(governanceActions.id));
    return { ...dto, decisions: await toDecisionDtos(c, decisions), actions: await toActionDtos(c, actions, await todayOf(c)) };
  });
}

export type MeetingInput = {
  partnerId: string;
  bodyId?: string | null;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  durationMinutes?: number;
  location?: string;
  agenda?: AgendaItem[];
  /** Invitees; default: the body's members. */
  attendeeIds?: string[];
  /** Executive sponsors among the invitees; default: the body's sponsors. */
  sponsorIds?: string[];
  partnerMayWriteMinutes?: boolean;
};

async function bodyOfPartner(c: TxCtx, bodyId: string, partnerId: string): Promise<GovernanceBodyRow> {
  const [body] = await c.tx
    .select()
    .from(governanceBodies)
    .where(and(eq(governanceBodies.id, bodyId), partnerFilter(c, governanceBodies.partnerId)));
  if (!body || body.partnerId !== partnerId) throw invalidField('bodyId', 'no such governance body of this partner');
  if (!body.active) throw invalidField('bodyId', 'is archived: bring it back before it meets again');
  return body;
}

async function membersOf(c: TxCtx, bodyId: string): Promise<GovernanceMemberRow[]> {
  return c.tx.select().from(governanceMembers).where(eq(governanceMembers.bodyId, bodyId));
}

/** Replaces a meeting's invitees, keeping recorded attendance of those who stay. */
async function writeAttendees(
  c: TxCtx,
  meeting: GovernanceMeetingRow,
  ids: readonly string[],
  sponsorIds: ReadonlySet<string>,
): Promise<void> {
  const unique = [...new Set(ids)];
  const people = await participants(c, meeting.partnerId, unique, (i) => `attendeeIds.${ids.indexOf(unique[i] ?? '')}`);
  const existing = await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, meeting.id));
  const gone = existing.filter((a) => !people.has(a.userId)).map((a) => a.id);
  if (gone.length > 0) await c.tx.delete(governanceAttendees).where(inArray(governanceAttendees.id, gone));
  for (const a of existing.filter((e) => people.has(e.userId))) {
    const sponsor = sponsorIds.has(a.userId);
    if (a.executiveSponsor !== sponsor) {
      await c.tx.update(governanceAttendees).set({ executiveSponsor: sponsor }).where(eq(governanceAttendees.id, a.id));
    }
  }
  const fresh = unique.filter((id) => !existing.some((e) => e.userId === id));
  if (fresh.length === 0) return;
  await c.tx.insert(governanceAttendees).values(
    fresh.map((userId) => ({
      meetingId: meeting.id,
      partnerId: meeting.partnerId,
      userId,
      side: people.get(userId)?.side ?? 'vendor',
      executiveSponsor: sponsorIds.has(userId),
      createdAt: c.now,
    })),
  );
}

/**
 * Schedules a meeting of the alliance. Invitees default to the body's members (its sponsors as
 * sponsors); a meeting still ahead sends each invitee a calendar invitation (METHOD:REQUEST). A
 * meeting in the past records one that took place (no invitation; mark it held).
 */
export async function createMeeting(ctx: Ctx, input: MeetingInput): Promise<MeetingDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, input.partnerId);
    if (!managesGovernance(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager schedules its meetings");
    const body = input.bodyId ? await bodyOfPartner(c, input.bodyId, input.partnerId) : null;
    const members = body ? await membersOf(c, body.id) : [];
    const attendeeIds = input.attendeeIds ?? members.map((m) => m.userId);
    const sponsorIds = new Set(input.sponsorIds ?? members.filter((m) => m.executiveSponsor).map((m) => m.userId));
    const row = await insertAudited(
      c,
      governanceMeetings,
      {
        partnerId: input.partnerId,
        bodyId: body?.id ?? null,
        kind: input.kind,
        title: input.title,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes ?? 60,
        location: input.location ?? '',
        agenda: input.agenda ?? [],
        partnerMayWriteMinutes: input.partnerMayWriteMinutes ?? body?.partnerMayWriteMinutes ?? false,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      MEETING,
      {
        event: 'governance_meeting.scheduled',
        summary: `Scheduled ${input.title} with ${partner.name}`,
        eventData: { kind: input.kind, startsAt: input.startsAt.toISOString(), bodyId: body?.id ?? null },
      },
    );
    await writeAttendees(c, row, attendeeIds, sponsorIds);
    if (row.startsAt > c.now) await sendInvitations(c, row, partner, attendeeIds, 'REQUEST');
    return meetingDto(c, row);
  });
}

export type MeetingPatch = Partial<
  Pick<MeetingInput, 'title' | 'startsAt' | 'durationMinutes' | 'location' | 'agenda' | 'attendeeIds' | 'sponsorIds'>
> & { partnerMayWriteMinutes?: boolean; kind?: MeetingKind };

/**
 * Changes a scheduled meeting. When what the invitation says changes (time, length, place,
 * title, agenda), the SEQUENCE goes up and every invitee gets the update; newcomers get the
 * invitation, people taken off the list a cancellation.
 */
export async function updateMeeting(ctx: Ctx, id: string, patch: MeetingPatch): Promise<MeetingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadMeeting(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const can = meetingPermissions(policyActor(c), before, partner);
    if (!can.edit) {
      if (before.status !== 'scheduled') {
        throw new AppError('INVALID_TRANSITION', `This meeting is ${before.status}`, {
          errors: [{ path: 'status', message: `is ${before.status}: only a scheduled meeting changes` }],
        });
      }
      throw forbidden("Only an admin or the partner's manager changes its meetings");
    }
    const { attendeeIds, sponsorIds, ...fields } = patch;
    const next = { ...before, ...fields };
    const changed = invitationChanged(before, next);
    const attendeesBefore = (await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, id))).map(
      (a: GovernanceAttendeeRow) => a,
    );
    const beforeIds = attendeesBefore.map((a) => a.userId);
    const afterIds = attendeeIds ?? beforeIds;
    const plan = invitationPlan(beforeIds, afterIds, changed);
    const sends = before.startsAt > c.now || next.startsAt > c.now;
    const bump = sends && (plan.request.length > 0 || plan.cancel.length > 0);
    const after = await updateAudited(
      c,
      governanceMeetings,
      before,
      { ...fields, sequence: bump ? before.sequence + 1 : before.sequence, updatedAt: c.now },
      MEETING,
      {
        event: changed ? 'governance_meeting.rescheduled' : 'governance_meeting.updated',
        eventData: changed ? { startsAt: next.startsAt.toISOString(), sequence: before.sequence + (bump ? 1 : 0) } : undefined,
      },
    );
    if (attendeeIds || sponsorIds) {
      const sponsors = new Set(sponsorIds ?? attendeesBefore.filter((a) => a.executiveSponsor).map((a) => a.userId));
      await writeAttendees(c, after, afterIds, sponsors);
    }
    if (sends) {
      await sendInvitations(c, after, partner, plan.request, 'REQUEST');
      await sendInvitations(c, after, partner, plan.cancel, 'CANCEL', attendeesBefore);
    }
    return meetingDto(c, after);
  });
}

/** Cancels a scheduled meeting: every invitee's calendar gets METHOD:CANCEL for the same UID. */
export async function cancelMeeting(ctx: Ctx, id: string, reason: string): Promise<MeetingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadMeeting(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const move = mayMoveMeeting(before.status, 'cancelled');
    if (!move.allowed)
      throw new AppError('INVALID_TRANSITION', `status ${move.reason}`, { errors: [{ path: 'status', message: move.reason }] });
    if (!meetingPermissions(policyActor(c), before, partner).cancel) {
      throw forbidden("Only an admin or the partner's manager cancels its meetings");
    }
    const future = before.startsAt > c.now;
    const after = await updateAudited(
      c,
      governanceMeetings,
      before,
      {
        status: 'cancelled',
        cancelledAt: c.now,
        cancelReason: reason,
        sequence: before.sequence + (future ? 1 : 0),
        updatedAt: c.now,
      },
      MEETING,
      { event: 'governance_meeting.cancelled', summary: `Cancelled ${before.title}: ${reason}`, eventData: { reason } },
    );
    if (future) {
      const attendees = await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, id));
      await sendInvitations(
        c,
        after,
        partner,
        attendees.map((a) => a.userId),
        'CANCEL',
      );
    }
    return meetingDto(c, after);
  });
}

/**
 * Deletes a meeting that was not held: a scheduled one still ahead sends its invitees the
 * cancellation first. A held meeting (attendance, minutes, decisions) is the alliance's record
 * and stays (409); its action items and decisions keep, without the link, when one is deleted.
 */
export async function deleteMeeting(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadMeeting(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!managesGovernance(policyActor(c), partner)) {
      throw forbidden("Only an admin or the partner's manager deletes its meetings");
    }
    if (!meetingPermissions(policyActor(c), before, partner).delete) {
      throw new AppError('CONFLICT', `${before.title} was held: it stays as the alliance's record`, {
        errors: [{ path: 'status', message: 'a held meeting is kept; only scheduled or cancelled meetings are deleted' }],
      });
    }
    if (before.status === 'scheduled' && before.startsAt > c.now) {
      const attendees = await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, id));
      await sendInvitations(
        c,
        { ...before, sequence: before.sequence + 1, status: 'cancelled' },
        partner,
        attendees.map((a) => a.userId),
        'CANCEL',
      );
    }
    await deleteAudited(c, governanceMeetings, before, MEETING);
  });
}

export type AttendanceInput = { userId: string; attended: boolean }[];

async function writeAttendance(c: TxCtx, meeting: GovernanceMeetingRow, attendance: AttendanceInput): Promise<void> {
  const invited = await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, meeting.id));
  const problems: FieldError[] = [];
  attendance.forEach((a, i) => {
    if (!invited.some((x) => x.userId === a.userId)) {
      problems.push({ path: `attendance.${i}.userId`, message: 'is not an attendee of this meeting: invite them first' });
    }
  });
  if (problems.length > 0) throw validation(problems);
  for (const a of attendance) {
    await c.tx
      .update(governanceAttendees)
      .set({ attended: a.attended })
      .where(and(eq(governanceAttendees.meetingId, meeting.id), eq(governanceAttendees.userId, a.userId)));
  }
}

/** Marks a scheduled meeting held, with who attended (invitees not named stay unrecorded) and the minutes so far. */
export async function holdMeeting(
  ctx: Ctx,
  id: string,
  input: { attendance?: AttendanceInput; minutes?: string },
): Promise<MeetingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadMeeting(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const move = mayMoveMeeting(before.status, 'held');
    if (!move.allowed)
      throw new AppError('INVALID_TRANSITION', `status ${move.reason}`, { errors: [{ path: 'status', message: move.reason }] });
    if (!meetingPermissions(policyActor(c), before, partner).hold)
      throw forbidden("Only an admin or the partner's manager runs its meetings");
    if (input.attendance) await writeAttendance(c, before, input.attendance);
    const minutes =
      input.minutes !== undefined ? { minutes: input.minutes, minutesUpdatedAt: c.now, minutesById: actorUserId(c) } : {};
    const after = await updateAudited(
      c,
      governanceMeetings,
      before,
      { status: 'held', heldAt: c.now, ...minutes, updatedAt: c.now },
      MEETING,
      {
        event: 'governance_meeting.held',
        summary: `Held ${before.title}`,
        eventData: { kind: before.kind, attended: (input.attendance ?? []).filter((a) => a.attended).map((a) => a.userId) },
      },
    );
    return meetingDto(c, after);
  });
}

/** Records (or corrects) who attended: sponsor attendance is counted from it. */
export async function recordAttendance(ctx: Ctx, id: string, attendance: AttendanceInput): Promise<MeetingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadMeeting(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!meetingPermissions(policyActor(c), before, partner).recordAttendance) {
      if (before.status === 'cancelled') {
        throw new AppError('INVALID_TRANSITION', 'This meeting was cancelled', {
          errors: [{ path: 'status', message: 'is cancelled' }],
        });
      }
      throw forbidden("Only an admin or the partner's manager records attendance");
    }
    await writeAttendance(c, before, attendance);
    await recordChange(c, {
      action: 'update',
      entityType: 'governance_meeting',
      entityId: before.id,
      partnerId: before.partnerId,
      before: null,
      after: { attendance },
      event: 'governance_meeting.attendance_recorded',
      eventData: { attended: attendance.filter((a) => a.attended).map((a) => a.userId) },
    });
    return meetingDto(c, before);
  });
}

/** Writes the minutes: the vendor's managers, or the partner's people where the vendor allowed it (decision 0141). */
export async function writeMinutes(ctx: Ctx, id: string, minutes: string): Promise<MeetingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadMeeting(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!meetingPermissions(policyActor(c), before, partner).writeMinutes) {
      if (before.status === 'cancelled') {
        throw new AppError('INVALID_TRANSITION', 'This meeting was cancelled', {
          errors: [{ path: 'status', message: 'is cancelled' }],
        });
      }
      throw forbidden('The vendor writes the minutes of this meeting');
    }
    const after = await updateAudited(
      c,
      governanceMeetings,
      before,
      { minutes, minutesUpdatedAt: c.now, minutesById: actorUserId(c), updatedAt: c.now },
      MEETING,
      { event: 'governance_meeting.minutes_written' },
    );
    return meetingDto(c, after);
  });
}

/** The meeting's current calendar entry as an .ics file (a cancelled meeting's says so). */
export async function meetingCalendar(ctx: Ctx, id: string): Promise<string> {
  return withTx(ctx, async (c) => {
    const meeting = await loadMeeting(c, id);
    const attendees = await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, id));
    return (
      await invitationOf(
        c,
        meeting,
        attendees.map((a) => a.userId),
        meeting.status === 'cancelled' ? 'CANCEL' : 'REQUEST',
      )
    ).content;
  });
}

async function invitationOf(
  c: TxCtx,
  meeting: GovernanceMeetingRow,
  attendeeIds: readonly string[],
  method: 'REQUEST' | 'CANCEL',
) {
  const settings = await getSettings(c);
  const people = await personSummaries(c, [...attendeeIds, meeting.createdById]);
  const chairs = meeting.bodyId
    ? (await membersOf(c, meeting.bodyId)).filter((m) => m.role === 'chair').map((m) => m.userId)
    : [];
  const organizer = meeting.createdById ? people.get(meeting.createdById) : undefined;
  const content = meetingInvitation({
    meetingId: meeting.id,
    sequence: meeting.sequence,
    method,
    title: meeting.title,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    location: meeting.location,
    agenda: meeting.agenda,
    description: `${settings.vendorName} alliance governance`,
    url: absoluteUrl(`/governance/meetings/${meeting.id}`),
    organizer: { name: organizer?.name ?? settings.vendorName, email: organizer?.email ?? 'governance@consort.invalid' },
    attendees: attendeeIds.flatMap((id) => {
      const p = people.get(id);
      return p ? [{ name: p.name, email: p.email, chair: chairs.includes(id) }] : [];
    }),
    vendorName: settings.vendorName,
    stamp: c.now,
  });
  return { content, settings, people };
}

/**
 * Queues one e-mail per person with the calendar message (REQUEST or CANCEL) for the meeting's
 * stable UID and current SEQUENCE, in the change's transaction: a rollback sends nothing.
 */
async function sendInvitations(
  c: TxCtx,
  meeting: GovernanceMeetingRow,
  partner: VisiblePartner,
  recipientIds: readonly string[],
  method: 'REQUEST' | 'CANCEL',
  formerAttendees: readonly GovernanceAttendeeRow[] = [],
): Promise<void> {
  if (recipientIds.length === 0) return;
  const current = await c.tx.select().from(governanceAttendees).where(eq(governanceAttendees.meetingId, meeting.id));
  const listed =
    method === 'REQUEST' ? current.map((a) => a.userId) : [...new Set([...current, ...formerAttendees].map((a) => a.userId))];
  const { content, settings, people } = await invitationOf(c, meeting, method === 'REQUEST' ? listed : recipientIds, method);
  const when = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: settings.timeZone,
  }).format(meeting.startsAt);
  const sides = new Map([...current, ...formerAttendees].map((a) => [a.userId, a.side]));
  for (const userId of recipientIds) {
    const person = people.get(userId);
    if (!person) continue;
    const cancelled = method === 'CANCEL';
    const updated = !cancelled && meeting.sequence > 0;
    const subject = `${cancelled ? 'Cancelled' : updated ? 'Updated invitation' : 'Invitation'}: ${meeting.title} (${when})`;
    const message = await composeEmail(c, {
      subject,
      heading: meeting.title,
      paragraphs: [
        cancelled
          ? `The ${settings.vendorName} × ${partner.name} meeting on ${when} is cancelled${meeting.cancelReason ? `: ${meeting.cancelReason}` : ''}.`
          : `${updated ? 'The meeting changed. ' : ''}${settings.vendorName} × ${partner.name}, ${when} (${settings.timeZone}), ${meeting.durationMinutes} minutes${meeting.location ? `, ${meeting.location}` : ''}.`,
        ...(!cancelled && meeting.agenda.length > 0 ? [`Agenda: ${meeting.agenda.map((a) => a.title).join('; ')}.`] : []),
        'The calendar entry is attached.',
      ],
      action: { label: 'Open the meeting', url: absoluteUrl(`/governance/meetings/${meeting.id}`) },
    });
    await queueMail(c, {
      to: { address: person.email, userId, partnerId: sides.get(userId) === 'partner' ? meeting.partnerId : null },
      message,
      purpose: 'governance_invitation',
      calendar: { method, content },
    });
  }
}

// ——— Decisions ———

export type VoteDto = { userId: string; name: string; side: Side; vote: Vote; castAt: Date };

export type DecisionDto = GovernanceDecisionRow & {
  partnerName: string;
  bodyName: string;
  votes: VoteDto[];
  tally: Tally;
  /** Voting members who have not voted yet. */
  waitingFor: { userId: string; name: string; side: Side }[];
  can: DecisionPermissions;
};

async function toDecisionDtos(c: TxCtx, rows: readonly GovernanceDecisionRow[]): Promise<DecisionDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const votes = await c.tx
    .select()
    .from(governanceVotes)
    .where(and(inArray(governanceVotes.decisionId, ids), partnerFilter(c, governanceVotes.partnerId)))
    .orderBy(asc(governanceVotes.castAt), asc(governanceVotes.id));
  const bodyIds = [...new Set(rows.map((r) => r.bodyId))];
  const bodies = await c.tx
    .select({ id: governanceBodies.id, name: governanceBodies.name })
    .from(governanceBodies)
    .where(inArray(governanceBodies.id, bodyIds));
  const members = await c.tx
    .select({
      bodyId: governanceMembers.bodyId,
      userId: governanceMembers.userId,
      role: governanceMembers.role,
      side: governanceMembers.side,
    })
    .from(governanceMembers)
    .where(inArray(governanceMembers.bodyId, bodyIds));
  const people = await personSummaries(c, [...votes.map((v) => v.userId), ...rows.flatMap((r) => r.voterIds)]);
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  const sideOf = (userId: string): Side => {
    const p = people.get(userId);
    return p && isPartnerRole(p.role as Role) ? 'partner' : 'vendor';
  };
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    const own = votes.filter((v) => v.decisionId === row.id);
    const chair = members.find((m) => m.bodyId === row.bodyId && m.role === 'chair')?.userId ?? null;
    return {
      ...row,
      partnerName: partner.name,
      bodyName: bodies.find((b) => b.id === row.bodyId)?.name ?? '',
      votes: own.map((v) => ({
        userId: v.userId,
        name: people.get(v.userId)?.name ?? '',
        side: sideOf(v.userId),
        vote: v.vote,
        castAt: v.castAt,
      })),
      tally: tallyOf(own),
      waitingFor:
        row.status === 'open'
          ? row.voterIds
              .filter((id) => !own.some((v) => v.userId === id))
              .map((id) => ({ userId: id, name: people.get(id)?.name ?? '', side: sideOf(id) }))
          : [],
      can: decisionPermissions(actor, row, partner, chair),
    };
  });
}

function tallyOf(votes: readonly { vote: Vote }[]): Tally {
  return {
    for: votes.filter((v) => v.vote === 'for').length,
    against: votes.filter((v) => v.vote === 'against').length,
    abstain: votes.filter((v) => v.vote === 'abstain').length,
  };
}

function loadDecision(c: TxCtx, id: string, lock = false): Promise<GovernanceDecisionRow> {
  return loadScoped(c, governanceDecisions, id, 'Decision', { lock });
}

async function decisionDto(c: TxCtx, row: GovernanceDecisionRow): Promise<DecisionDto> {
  const [dto] = await toDecisionDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

export type DecisionListQuery = {
  limit: number;
  cursor?: string;
  partnerId?: string[];
  bodyId?: string[];
  meetingId?: string[];
  status?: DecisionStatus[];
};

/** Decisions, the latest opened first, a keyset page at a time. */
export async function listDecisions(ctx: Ctx, query: DecisionListQuery): Promise<Page<DecisionDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'governance-decisions',
      '-openedAt',
      { openedAt: governanceDecisions.openedAt },
      governanceDecisions.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(governanceDecisions)
      .where(
        and(
          ks.where,
          partnerFilter(c, governanceDecisions.partnerId),
          query.partnerId?.length ? inArray(governanceDecisions.partnerId, query.partnerId) : undefined,
          query.bodyId?.length ? inArray(governanceDecisions.bodyId, query.bodyId) : undefined,
          query.meetingId?.length ? inArray(governanceDecisions.meetingId, query.meetingId) : undefined,
          query.status?.length ? inArray(governanceDecisions.status, query.status) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDecisionDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function getDecision(ctx: Ctx, id: string): Promise<DecisionDto> {
  return withTx(ctx, async (c) => decisionDto(c, await loadDecision(c, id)));
}

export type DecisionInput = {
  bodyId: string;
  meetingId?: string | null;
  title: string;
  description?: string;
  decisionClass: string;
};

/**
 * Puts a decision to the vote of a body: the rule of its class and the body's quorum are copied
 * onto it with the voting members of the moment, who alone may vote.
 */
export async function openDecision(ctx: Ctx, input: DecisionInput): Promise<DecisionDto> {
  return withTx(ctx, async (c) => {
    const body = await loadBody(c, input.bodyId);
    const partner = await partnerRef(c, body.partnerId);
    if (!managesGovernance(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager puts decisions to a vote");
    if (!body.active) throw invalidField('bodyId', 'is archived: bring it back before it decides again');
    const rule = body.decisionRules.find((r) => r.decisionClass === input.decisionClass);
    if (!rule) {
      throw invalidField(
        'decisionClass',
        `must be one of this body's classes: ${body.decisionRules.map((r) => r.decisionClass).join(', ')}`,
      );
    }
    if (input.meetingId) {
      const [meeting] = await c.tx
        .select({ partnerId: governanceMeetings.partnerId })
        .from(governanceMeetings)
        .where(and(eq(governanceMeetings.id, input.meetingId), partnerFilter(c, governanceMeetings.partnerId)));
      if (!meeting || meeting.partnerId !== body.partnerId) throw invalidField('meetingId', 'no such meeting of this alliance');
    }
    const voters = (await membersOf(c, body.id)).filter((m) => isVotingRole(m.role)).map((m) => m.userId);
    if (voters.length === 0)
      throw invalidField('bodyId', 'has no voting members: add members before putting a decision to the vote');
    const row = await insertAudited(
      c,
      governanceDecisions,
      {
        partnerId: body.partnerId,
        bodyId: body.id,
        meetingId: input.meetingId ?? null,
        title: input.title,
        description: input.description ?? '',
        decisionClass: rule.decisionClass,
        rule: { ...rule, quorumPercent: body.quorumPercent },
        voterIds: voters,
        status: 'open',
        openedAt: c.now,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      DECISION,
      {
        event: 'governance_decision.opened',
        eventData: { bodyId: body.id, decisionClass: rule.decisionClass, voters: voters.length },
      },
    );
    return decisionDto(c, row);
  });
}

/**
 * Casts (or changes) the caller's own vote while the decision is open. When every voting member
 * has voted, the vote closes and the rule decides.
 */
export async function castVote(ctx: Ctx, id: string, vote: Vote): Promise<DecisionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadDecision(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const userId = actorUserId(c);
    if (before.status !== 'open') {
      throw new AppError('INVALID_TRANSITION', `This decision is ${before.status}`, {
        errors: [{ path: 'status', message: `is ${before.status}: the vote is closed` }],
      });
    }
    if (!userId || !decisionPermissions(policyActor(c), before, partner, null).vote) {
      throw forbidden('Only the voting members of the body vote on its decisions');
    }
    await c.tx
      .insert(governanceVotes)
      .values({ decisionId: id, partnerId: before.partnerId, userId, vote, castAt: c.now })
      .onConflictDoUpdate({ target: [governanceVotes.decisionId, governanceVotes.userId], set: { vote, castAt: c.now } });
    await recordChange(c, {
      action: 'update',
      entityType: 'governance_decision',
      entityId: id,
      partnerId: before.partnerId,
      before: null,
      after: { vote, userId },
      event: 'governance_decision.vote_cast',
      eventData: { vote, userId },
    });
    const votes = await c.tx
      .select({ userId: governanceVotes.userId })
      .from(governanceVotes)
      .where(eq(governanceVotes.decisionId, id));
    if (before.voterIds.every((v) => votes.some((x) => x.userId === v))) return decisionDto(c, await decide(c, before));
    return decisionDto(c, before);
  });
}

/** The rule decides: quorum and threshold over the votes cast, written with its reason. */
async function decide(c: TxCtx, before: GovernanceDecisionRow): Promise<GovernanceDecisionRow> {
  const votes = await c.tx
    .select({ vote: governanceVotes.vote })
    .from(governanceVotes)
    .where(eq(governanceVotes.decisionId, before.id));
  const tally = tallyOf(votes);
  const outcome = decideOutcome({
    votingMembers: before.voterIds.length,
    tally,
    quorumPercent: before.rule.quorumPercent,
    rule: before.rule,
  });
  return updateAudited(
    c,
    governanceDecisions,
    before,
    {
      status: outcome.outcome,
      closedAt: c.now,
      result: {
        tally,
        votingMembers: before.voterIds.length,
        quorumMet: outcome.quorumMet,
        forPercent: outcome.forPercent,
        reason: outcome.reason,
      },
      updatedAt: c.now,
    },
    DECISION,
    {
      event: `governance_decision.${outcome.outcome}`,
      summary: `${before.title}: ${outcome.outcome} (${outcome.reason})`,
      eventData: { ...tally, quorumMet: outcome.quorumMet, reason: outcome.reason },
    },
  );
}

/** Closes the vote: the body's chair or whoever runs the governance; the rule, not they, says passed or failed. */
export async function closeDecision(ctx: Ctx, id: string): Promise<DecisionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadDecision(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (before.status !== 'open') {
      throw new AppError('INVALID_TRANSITION', `This decision is ${before.status}`, {
        errors: [{ path: 'status', message: `is ${before.status}: the vote is closed` }],
      });
    }
    const chair = (await membersOf(c, before.bodyId)).find((m) => m.role === 'chair')?.userId ?? null;
    if (!decisionPermissions(policyActor(c), before, partner, chair).close) {
      throw forbidden("Only the body's chair or the partner's manager closes a vote");
    }
    return decisionDto(c, await decide(c, before));
  });
}

// ——— Action items ———

export type ActionDto = GovernanceActionRow & {
  partnerName: string;
  owner: { id: string; name: string; email: string } | null;
  overdue: boolean;
  can: ActionPermissions;
};

async function toActionDtos(c: TxCtx, rows: readonly GovernanceActionRow[], today: IsoDate): Promise<ActionDto[]> {
  if (rows.length === 0) return [];
  const people = await personSummaries(
    c,
    rows.map((r) => r.ownerId),
  );
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    const owner = row.ownerId ? people.get(row.ownerId) : undefined;
    return {
      ...row,
      partnerName: partner.name,
      owner: owner ? { id: owner.id, name: owner.name, email: owner.email } : null,
      overdue: isActionOverdue(row, today),
      can: actionPermissions(actor, row, partner),
    };
  });
}

function loadAction(c: TxCtx, id: string, lock = false): Promise<GovernanceActionRow> {
  return loadScoped(c, governanceActions, id, 'Action item', { lock });
}

async function actionDto(c: TxCtx, row: GovernanceActionRow): Promise<ActionDto> {
  const [dto] = await toActionDtos(c, [row], await todayOf(c));
  if (!dto) throw new Error('unreachable');
  return dto;
}

export type ActionListQuery = {
  limit: number;
  cursor?: string;
  partnerId?: string[];
  status?: ActionStatus[];
  overdue?: boolean;
  ownerId?: string[];
  meetingId?: string[];
  decisionId?: string[];
};

/** Action items by due date, the earliest first; `overdue=true` keeps open ones past their due day. */
export async function listActions(ctx: Ctx, query: ActionListQuery): Promise<Page<ActionDto>> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const ks = keyset('governance-actions', 'dueOn', { dueOn: governanceActions.dueOn }, governanceActions.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, governanceActions.partnerId),
      query.overdue ? and(eq(governanceActions.status, 'open'), lt(governanceActions.dueOn, today)) : undefined,
      query.status?.length ? inArray(governanceActions.status, query.status) : undefined,
      query.partnerId?.length ? inArray(governanceActions.partnerId, query.partnerId) : undefined,
      query.ownerId?.length ? inArray(governanceActions.ownerId, query.ownerId) : undefined,
      query.meetingId?.length ? inArray(governanceActions.meetingId, query.meetingId) : undefined,
      query.decisionId?.length ? inArray(governanceActions.decisionId, query.decisionId) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(governanceActions)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toActionDtos(c, page.data, today), nextCursor: page.nextCursor };
  });
}

export async function getAction(ctx: Ctx, id: string): Promise<ActionDto> {
  return withTx(ctx, async (c) => actionDto(c, await loadAction(c, id)));
}

export type ActionInput = {
  partnerId: string;
  meetingId?: string | null;
  decisionId?: string | null;
  title: string;
  notes?: string;
  ownerId: string;
  dueOn: IsoDate;
};

async function assertLinks(c: TxCtx, partnerId: string, meetingId?: string | null, decisionId?: string | null): Promise<void> {
  if (meetingId) {
    const [m] = await c.tx
      .select({ partnerId: governanceMeetings.partnerId })
      .from(governanceMeetings)
      .where(and(eq(governanceMeetings.id, meetingId), partnerFilter(c, governanceMeetings.partnerId)));
    if (!m || m.partnerId !== partnerId) throw invalidField('meetingId', 'no such meeting of this alliance');
  }
  if (decisionId) {
    const [d] = await c.tx
      .select({ partnerId: governanceDecisions.partnerId })
      .from(governanceDecisions)
      .where(and(eq(governanceDecisions.id, decisionId), partnerFilter(c, governanceDecisions.partnerId)));
    if (!d || d.partnerId !== partnerId) throw invalidField('decisionId', 'no such decision of this alliance');
  }
}

async function tellOwner(c: TxCtx, action: GovernanceActionRow, partner: VisiblePartner): Promise<void> {
  if (!action.ownerId || action.ownerId === actorUserId(c)) return;
  await notify(c, {
    to: [action.ownerId],
    kind: 'governance.action_assigned',
    title: `Action item for the ${partner.name} alliance: ${action.title}`,
    body: `Due ${action.dueOn}.`,
    link: action.meetingId ? `/governance/meetings/${action.meetingId}` : '/governance',
    entity: { type: 'governance_action', id: action.id },
    partnerId: action.partnerId,
  });
}

/** Gives someone of either side an action item, linked to a meeting or decision of the alliance. */
export async function createAction(ctx: Ctx, input: ActionInput): Promise<ActionDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, input.partnerId);
    if (!managesGovernance(policyActor(c), partner))
      throw forbidden("Only an admin or the partner's manager assigns action items");
    await assertLinks(c, input.partnerId, input.meetingId, input.decisionId);
    const owner = (await participants(c, input.partnerId, [input.ownerId], () => 'ownerId')).get(input.ownerId);
    const row = await insertAudited(
      c,
      governanceActions,
      {
        partnerId: input.partnerId,
        meetingId: input.meetingId ?? null,
        decisionId: input.decisionId ?? null,
        title: input.title,
        notes: input.notes ?? '',
        ownerId: input.ownerId,
        side: owner?.side ?? 'vendor',
        dueOn: input.dueOn,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      ACTION,
      { eventData: { ownerId: input.ownerId, side: owner?.side, dueOn: input.dueOn } },
    );
    await tellOwner(c, row, partner);
    return actionDto(c, row);
  });
}

export type ActionPatch = { status?: ActionStatus; notes?: string; title?: string; ownerId?: string; dueOn?: IsoDate };

/**
 * Updates an action item: its owner (either side), the partner's admin for partner-side items, or
 * a manager changes status and notes; only a manager changes what it is, who owns it and when.
 */
export async function updateAction(ctx: Ctx, id: string, patch: ActionPatch): Promise<ActionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadAction(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const can = actionPermissions(policyActor(c), before, partner);
    if (!can.update) throw forbidden('Only its owner or the partner’s manager updates this action item');
    const managed = (['title', 'ownerId', 'dueOn'] as const).filter((k) => patch[k] !== undefined);
    if (managed.length > 0 && !can.manage) {
      throw forbidden(
        'Only an admin or the partner’s manager changes what an action item is, who owns it and when it is due',
        managed.map((k) => ({ path: k, message: 'is set by the partner’s manager' })),
      );
    }
    const owner = patch.ownerId
      ? (await participants(c, before.partnerId, [patch.ownerId], () => 'ownerId')).get(patch.ownerId)
      : null;
    const closing = patch.status && patch.status !== before.status;
    const after = await updateAudited(
      c,
      governanceActions,
      before,
      {
        ...patch,
        ...(owner ? { side: owner.side } : {}),
        ...(closing ? { closedAt: patch.status === 'open' ? null : c.now } : {}),
        updatedAt: c.now,
      },
      ACTION,
      closing
        ? {
            event: `governance_action.${patch.status === 'open' ? 'reopened' : patch.status}`,
            eventData: { from: before.status },
          }
        : {},
    );
    if (owner && patch.ownerId !== before.ownerId) await tellOwner(c, after, partner);
    return actionDto(c, after);
  });
}

/** Deletes an action item given by mistake or no longer wanted; a done one stays as the record that it was (409). */
export async function deleteAction(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadAction(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const can = actionPermissions(policyActor(c), before, partner);
    if (!can.manage) throw forbidden('Only an admin or the partner’s manager deletes action items');
    if (!can.delete) {
      throw new AppError('CONFLICT', `${before.title} is done: it stays as the record that it was`, {
        errors: [{ path: 'status', message: 'a done action item is kept; reopen it first to delete it' }],
      });
    }
    await deleteAudited(c, governanceActions, before, ACTION);
  });
}

/**
 * The daily sweep: tells the owner of each overdue open action item, on its first overdue day
 * and weekly after (governance.rules.ts `reminderDue`), and notes the day so that running it again
 * reminds nobody twice. Answers how many were reminded.
 */
export async function remindOverdueActions(ctx: Ctx): Promise<number> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const rows = await c.tx
      .select()
      .from(governanceActions)
      .where(and(eq(governanceActions.status, 'open'), lt(governanceActions.dueOn, today)))
      .orderBy(asc(governanceActions.dueOn))
      .for('update', { skipLocked: true });
    const due = rows.filter((r) => reminderDue(r, today));
    const partners = await visiblePartners(
      c,
      due.map((r) => r.partnerId),
    );
    for (const row of due) {
      const partner = partners.get(row.partnerId);
      if (!partner || !row.ownerId) continue;
      await c.tx.update(governanceActions).set({ remindedOn: today }).where(eq(governanceActions.id, row.id));
      await notify(c, {
        to: [row.ownerId],
        kind: 'governance.action_overdue',
        title: `Overdue action item (${partner.name} alliance): ${row.title}`,
        body: `It was due ${row.dueOn}. Mark it done, or tell the partner manager what stands in the way.`,
        link: row.meetingId ? `/governance/meetings/${row.meetingId}` : '/governance',
        entity: { type: 'governance_action', id: row.id },
        partnerId: row.partnerId,
      });
    }
    return due.length;
  });
}

// ——— The alliance's governance at a glance ———

export type GovernanceSummary = {
  partnerId: string;
  bodies: number;
  lastReview: { id: string; title: string; kind: MeetingKind; startsAt: Date } | null;
  nextMeeting: { id: string; title: string; kind: MeetingKind; startsAt: Date } | null;
  daysSinceReview: number | null;
  daysToNextMeeting: number | null;
  sponsorAttendance: { vendor: number | null; partner: number | null };
  openActions: number;
  overdueActions: number;
  openDecisions: number;
};

/** The card on the partner page and portal home: the same figures the metrics give, with the meetings behind them. */
export async function governanceSummary(ctx: Ctx, partnerId: string): Promise<GovernanceSummary> {
  return withTx(ctx, async (c) => {
    await partnerRef(c, partnerId);
    const figures = (await governanceFigures(c, [partnerId], c.now)).get(partnerId);
    const pick = {
      id: governanceMeetings.id,
      title: governanceMeetings.title,
      kind: governanceMeetings.kind,
      startsAt: governanceMeetings.startsAt,
    };
    const [lastReview] = await c.tx
      .select(pick)
      .from(governanceMeetings)
      .where(
        and(
          eq(governanceMeetings.partnerId, partnerId),
          partnerFilter(c, governanceMeetings.partnerId),
          eq(governanceMeetings.status, 'held'),
          inArray(governanceMeetings.kind, ['qbr', 'jsc', 'executive_review']),
          lte(governanceMeetings.startsAt, c.now),
        ),
      )
      .orderBy(desc(governanceMeetings.startsAt))
      .limit(1);
    const [nextMeeting] = await c.tx
      .select(pick)
      .from(governanceMeetings)
      .where(
        and(
          eq(governanceMeetings.partnerId, partnerId),
          partnerFilter(c, governanceMeetings.partnerId),
          eq(governanceMeetings.status, 'scheduled'),
          gte(governanceMeetings.startsAt, c.now),
        ),
      )
      .orderBy(asc(governanceMeetings.startsAt))
      .limit(1);
    const [counts] = await c.tx
      .select({
        bodies: sql<number>`(select count(*) from ${governanceBodies} where ${governanceBodies.partnerId} = ${partnerId})::int`,
        openDecisions: sql<number>`(select count(*) from ${governanceDecisions} where ${governanceDecisions.partnerId} = ${partnerId} and ${governanceDecisions.status} = 'open')::int`,
      })
      .from(sql`(select 1) as one`);
    return {
      partnerId,
      bodies: counts?.bodies ?? 0,
      lastReview: lastReview ?? null,
      nextMeeting: nextMeeting ?? null,
      daysSinceReview: figures?.daysSinceReview ?? null,
      daysToNextMeeting: figures?.daysToNextMeeting ?? null,
      sponsorAttendance: { vendor: figures?.sponsorVendor ?? null, partner: figures?.sponsorPartner ?? null },
      openActions: figures?.openActions ?? 0,
      overdueActions: figures?.overdueActions ?? 0,
      openDecisions: counts?.openDecisions ?? 0,
    };
  });
}
