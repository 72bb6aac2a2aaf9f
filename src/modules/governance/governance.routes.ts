import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zDate,
  zDateTime,
  zOptionalText,
  zPage,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import {
  ACTION_STATUSES,
  BODY_KINDS,
  DECISION_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
  MEMBER_ROLES,
  RULE_BASES,
  RULE_COMPARISONS,
  SIDES,
  VOTES,
} from './governance.rules.js';
import {
  cancelMeeting,
  castVote,
  closeDecision,
  createAction,
  createBody,
  createMeeting,
  deleteAction,
  deleteBody,
  deleteMeeting,
  getAction,
  getBody,
  getDecision,
  getMeeting,
  governanceSummary,
  holdMeeting,
  listActions,
  listBodies,
  listDecisions,
  listMeetings,
  meetingCalendar,
  openDecision,
  recordAttendance,
  updateAction,
  updateBody,
  updateMeeting,
  writeMinutes,
} from './governance.service.js';

const MANAGERS = ['admin', 'partner_manager'] as const;
const TAGS = ['governance'];

const ZRule = z
  .strictObject({
    decisionClass: zText(40).regex(/^[a-z][a-z0-9_]*$/, 'must be a short key in lower case: letters, digits and _'),
    label: zText(80),
    basis: z.enum(RULE_BASES, { error: 'must be votes_cast or voting_members' }),
    thresholdPercent: z.number({ error: 'must be a whole percent' }).int('must be a whole percent').min(1).max(100),
    comparison: z.enum(RULE_COMPARISONS, { error: 'must be more_than or at_least' }),
  })
  .meta({ id: 'GovernanceDecisionRule' });

const ZMemberInput = z.strictObject({
  userId: ZId,
  role: z.enum(MEMBER_ROLES, { error: 'must be chair, voting or observer' }),
  executiveSponsor: z.boolean().optional(),
});

const ZMember = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    side: z.enum(SIDES),
    role: z.enum(MEMBER_ROLES),
    executiveSponsor: z.boolean(),
    votes: z.boolean().describe('Chairs and voting members vote; observers do not'),
  })
  .meta({ id: 'GovernanceMember' });

const ZBody = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    name: z.string(),
    kind: z.enum(BODY_KINDS),
    purpose: z.string(),
    cadence: z.string(),
    quorumPercent: z.number().int(),
    decisionRules: z.array(ZRule),
    partnerMayWriteMinutes: z.boolean(),
    active: z.boolean(),
    members: z.array(ZMember),
    record: z
      .object({ decisions: z.number().int(), heldMeetings: z.number().int() })
      .describe('What it has on record: a body with any is archived (`active: false`), not deleted'),
    can: z.object({ edit: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'GovernanceBody' });

const bodyFields = {
  name: zText(120),
  kind: z.enum(BODY_KINDS, { error: `must be one of ${BODY_KINDS.join(', ')}` }),
  purpose: zOptionalText(2000).optional(),
  cadence: zOptionalText(80).optional(),
  quorumPercent: z.number({ error: 'must be a whole percent' }).int('must be a whole percent').min(0).max(100).optional(),
  decisionRules: z.array(ZRule).max(20).optional(),
  partnerMayWriteMinutes: z.boolean().optional(),
  active: z.boolean().optional(),
  members: z.array(ZMemberInput).max(60).optional(),
};

const ZAgendaItem = z
  .strictObject({
    title: zText(200),
    presenter: zOptionalText(120).default(''),
    durationMinutes: z.number().int().min(1).max(600).nullable().default(null),
    notes: zOptionalText(4000).default(''),
  })
  .meta({ id: 'GovernanceAgendaItem' });

const ZAttendee = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    side: z.enum(SIDES),
    executiveSponsor: z.boolean(),
    attended: z.boolean().nullable().describe('Null until attendance is recorded'),
  })
  .meta({ id: 'GovernanceAttendee' });

const ZMeetingCan = z.object({
  edit: z.boolean(),
  cancel: z.boolean(),
  hold: z.boolean(),
  recordAttendance: z.boolean(),
  writeMinutes: z.boolean(),
  delete: z.boolean(),
});

const meetingShape = {
  id: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  bodyId: z.uuid().nullable(),
  body: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  startsAt: z.date(),
  durationMinutes: z.number().int(),
  location: z.string(),
  agenda: z.array(ZAgendaItem),
  status: z.enum(MEETING_STATUSES),
  minutes: z.string(),
  minutesUpdatedAt: z.date().nullable(),
  minutesById: z.uuid().nullable(),
  partnerMayWriteMinutes: z.boolean(),
  sequence: z.number().int().describe('The calendar SEQUENCE of the last invitation sent'),
  heldAt: z.date().nullable(),
  cancelledAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
  createdById: z.uuid().nullable(),
  attendees: z.array(ZAttendee),
  can: ZMeetingCan,
  createdAt: z.date(),
  updatedAt: z.date(),
};

const ZMeeting = z.object(meetingShape).meta({ id: 'GovernanceMeeting' });

const ZVote = z
  .object({ userId: z.uuid(), name: z.string(), side: z.enum(SIDES), vote: z.enum(VOTES), castAt: z.date() })
  .meta({ id: 'GovernanceVote' });

const ZTally = z.object({ for: z.number().int(), against: z.number().int(), abstain: z.number().int() });

const ZDecision = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    bodyId: z.uuid(),
    bodyName: z.string(),
    meetingId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    decisionClass: z.string(),
    rule: ZRule.extend({ quorumPercent: z.number().int() }).describe('The rule and quorum as they were when the vote opened'),
    voterIds: z.array(z.uuid()),
    status: z.enum(DECISION_STATUSES),
    result: z
      .object({
        tally: ZTally,
        votingMembers: z.number().int(),
        quorumMet: z.boolean(),
        forPercent: z.number(),
        reason: z.string(),
      })
      .nullable()
      .describe('What the rule decided, and why'),
    votes: z.array(ZVote),
    tally: ZTally,
    waitingFor: z.array(z.object({ userId: z.uuid(), name: z.string(), side: z.enum(SIDES) })),
    openedAt: z.date(),
    closedAt: z.date().nullable(),
    createdById: z.uuid().nullable(),
    can: z.object({ vote: z.boolean(), close: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'GovernanceDecision' });

const ZAction = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    meetingId: z.uuid().nullable(),
    decisionId: z.uuid().nullable(),
    title: z.string(),
    notes: z.string(),
    ownerId: z.uuid().nullable(),
    owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    side: z.enum(SIDES),
    dueOn: z.string().describe('YYYY-MM-DD'),
    status: z.enum(ACTION_STATUSES),
    overdue: z.boolean().describe('Open and its due day has passed (the organisation’s time zone)'),
    closedAt: z.date().nullable(),
    remindedOn: z.string().nullable(),
    createdById: z.uuid().nullable(),
    can: z.object({ update: z.boolean(), manage: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'GovernanceAction' });

const ZMeetingDetail = z
  .object({ ...meetingShape, decisions: z.array(ZDecision), actions: z.array(ZAction) })
  .meta({ id: 'GovernanceMeetingDetail' });

const ZMeetingRef = z.object({ id: z.uuid(), title: z.string(), kind: z.enum(MEETING_KINDS), startsAt: z.date() });

const ZSummary = z
  .object({
    partnerId: z.uuid(),
    bodies: z.number().int(),
    lastReview: ZMeetingRef.nullable(),
    nextMeeting: ZMeetingRef.nullable(),
    daysSinceReview: z.number().int().nullable(),
    daysToNextMeeting: z.number().int().nullable(),
    sponsorAttendance: z.object({ vendor: z.number().nullable(), partner: z.number().nullable() }),
    openActions: z.number().int(),
    overdueActions: z.number().int(),
    openDecisions: z.number().int(),
  })
  .meta({ id: 'GovernanceSummary' });

const ZAttendance = z.array(z.strictObject({ userId: ZId, attended: z.boolean({ error: 'must be true or false' }) })).max(200);

const meetingFields = {
  kind: z.enum(MEETING_KINDS, { error: `must be one of ${MEETING_KINDS.join(', ')}` }),
  title: zText(200),
  startsAt: zDateTime().transform((v) => new Date(v)),
  durationMinutes: z
    .number({ error: 'must be whole minutes' })
    .int('must be whole minutes')
    .min(5)
    .max(24 * 60)
    .optional(),
  location: zOptionalText(300).optional(),
  agenda: z.array(ZAgendaItem).max(50).optional(),
  attendeeIds: z.array(ZId).max(200).optional(),
  sponsorIds: z.array(ZId).max(50).optional(),
  partnerMayWriteMinutes: z.boolean().optional(),
};

export const governanceRoutes = [
  // ——— Bodies ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-bodies',
    summary: 'Governance bodies (joint steering committees, program boards, working groups) with their members and rules',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceBody.read',
    query: z.object({ partnerId: ZIdList.optional() }),
    response: z.object({ data: z.array(ZBody) }),
    export: false,
    handler: async ({ ctx, query }) => ({ data: await listBodies(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/governance-bodies',
    summary: 'Set up a governance body of an alliance',
    description:
      'Members from both sides (vendor staff, the partner’s own users) with a role (chair, voting, observer) and an ' +
      'executive-sponsor flag. Decision rules, one per class, default to a simple majority of the votes cast for ' +
      '`operational` and more than 75% of the voting members for `major_investment`; the quorum defaults to 50%.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceBody.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject(bodyFields),
    response: ZBody,
    example: (refs) => ({
      name: `Joint steering committee ${refs.unique}`,
      kind: 'joint_steering_committee',
      cadence: 'Quarterly',
      members: [{ userId: refs.vendorUserId, role: 'chair', executiveSponsor: true }],
    }),
    handler: async ({ ctx, params, body }) => createBody(ctx, { ...body, partnerId: params.id }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-bodies/:id',
    summary: 'A governance body',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceBody.read',
    target: 'governanceBody',
    params: ZIdParams,
    response: ZBody,
    handler: async ({ ctx, params }) => getBody(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/governance-bodies/:id',
    summary: 'Change a governance body; `members` replaces the member list',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceBody.edit',
    target: 'governanceBody',
    params: ZIdParams,
    body: z.strictObject(bodyFields).partial(),
    response: ZBody,
    example: () => ({ cadence: 'Monthly', partnerMayWriteMinutes: true }),
    handler: async ({ ctx, params, body }) => updateBody(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/governance-bodies/:id',
    summary: 'Delete a governance body without a record (no decisions, no held meetings); archive one with a record instead',
    description:
      'A body with decisions or held meetings answers 409: archive it with `PATCH {"active": false}` (it keeps its record, ' +
      'takes no new meetings or decisions, and comes back with `active: true`). Its other meetings stay, without a body.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceBody.delete',
    target: 'governanceBody',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteBody(ctx, params.id),
  }),

  // ——— Meetings ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-meetings',
    summary: 'The governance calendar: meetings by start (a partner’s people: their own alliance’s)',
    description: '`from`/`to` bound the start (from inclusive, to exclusive); `sort=-startsAt` lists the latest first.',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceMeeting.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(['startsAt', '-startsAt'], { error: 'must be startsAt or -startsAt' }).default('startsAt'),
      partnerId: ZIdList.optional(),
      bodyId: ZIdList.optional(),
      kind: zAnyOf(MEETING_KINDS).optional(),
      status: zAnyOf(MEETING_STATUSES).optional(),
      from: zDateTime()
        .transform((v) => new Date(v))
        .optional(),
      to: zDateTime()
        .transform((v) => new Date(v))
        .optional(),
    }),
    response: zPage(ZMeeting),
    export: { omit: ['agenda', 'attendees', 'minutes'] },
    handler: async ({ ctx, query }) => listMeetings(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/governance-meetings',
    summary: 'Schedule a governance meeting; invitees get a calendar invitation (.ics) by e-mail',
    description:
      'Invitees default to the body’s members (its executive sponsors as sponsors). A meeting still ahead sends each ' +
      'invitee an e-mail with an iCalendar METHOD:REQUEST (stable UID per meeting); one in the past is recorded without.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceMeeting.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      bodyId: ZId.nullable().optional(),
      ...meetingFields,
    }),
    response: ZMeeting,
    example: (refs) => ({
      kind: 'qbr',
      title: `QBR ${refs.unique}`,
      startsAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      agenda: [{ title: 'Pipeline review' }],
      attendeeIds: [refs.vendorUserId],
    }),
    handler: async ({ ctx, params, body }) => createMeeting(ctx, { ...body, partnerId: params.id }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-meetings/:id',
    summary: 'A meeting with its agenda, attendance, minutes, decisions (with votes) and action items',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceMeeting.read',
    target: 'governanceMeeting',
    params: ZIdParams,
    response: ZMeetingDetail,
    handler: async ({ ctx, params }) => getMeeting(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-meetings/:id/calendar.ics',
    summary: 'The meeting as an iCalendar file (its current SEQUENCE; CANCEL for a cancelled meeting)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceMeeting.read',
    target: 'governanceMeeting',
    params: ZIdParams,
    handler: async ({ ctx, params, reply }) => {
      const ics = await meetingCalendar(ctx, params.id);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="meeting.ics"')
        .header('cache-control', 'private, no-cache')
        .send(ics);
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/governance-meetings/:id',
    summary: 'Change a scheduled meeting; invitees get the updated invitation (SEQUENCE + 1)',
    description: '`attendeeIds` replaces the invitees: people taken off get a METHOD:CANCEL, newcomers the invitation.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceMeeting.edit',
    target: 'governanceMeeting',
    params: ZIdParams,
    body: z.strictObject(meetingFields).partial(),
    response: ZMeeting,
    example: () => ({ location: 'Video call' }),
    handler: async ({ ctx, params, body }) => updateMeeting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/governance-meetings/:id/cancel',
    summary: 'Cancel a scheduled meeting; invitees get a METHOD:CANCEL for the same UID',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceMeeting.cancel',
    target: 'governanceMeeting',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(1000) }),
    response: ZMeeting,
    example: () => ({ reason: 'Moved to next quarter' }),
    handler: async ({ ctx, params, body }) => cancelMeeting(ctx, params.id, body.reason),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/governance-meetings/:id',
    summary: 'Delete a meeting that was not held (invitees of a scheduled one get the cancellation); a held meeting stays',
    description:
      'A held meeting — attendance, minutes, decisions — is the alliance’s record: 409 naming `status`. Its action items ' +
      'and decisions stay, without the link, when a meeting is deleted.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceMeeting.delete',
    target: 'governanceMeeting',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteMeeting(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/governance-meetings/:id/hold',
    summary: 'Mark a scheduled meeting held, with who attended and the minutes',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceMeeting.hold',
    target: 'governanceMeeting',
    params: ZIdParams,
    body: z.strictObject({ attendance: ZAttendance.optional(), minutes: zOptionalText(50_000).optional() }),
    response: ZMeeting,
    example: () => ({ minutes: 'Agreed the joint pipeline target.' }),
    handler: async ({ ctx, params, body }) => holdMeeting(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/governance-meetings/:id/attendance',
    summary: 'Record who attended (sponsor attendance is counted from it)',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceMeeting.attendance',
    target: 'governanceMeeting',
    params: ZIdParams,
    body: z.strictObject({ attendance: ZAttendance }),
    response: ZMeeting,
    example: () => ({ attendance: [] }),
    handler: async ({ ctx, params, body }) => recordAttendance(ctx, params.id, body.attendance),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/governance-meetings/:id/minutes',
    summary: 'Write the minutes (the partner’s people too, where the vendor allowed it)',
    tags: TAGS,
    access: access.roles([...MANAGERS, 'partner_admin', 'partner_user'], { scope: 'partner' }),
    permission: 'governanceMeeting.minutes',
    target: 'governanceMeeting',
    params: ZIdParams,
    body: z.strictObject({ minutes: zOptionalText(50_000) }),
    response: ZMeeting,
    example: () => ({ minutes: 'Both sponsors confirmed the FY plan.' }),
    handler: async ({ ctx, params, body }) => writeMinutes(ctx, params.id, body.minutes),
  }),

  // ——— Decisions ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-decisions',
    summary: 'Decisions of governance bodies with their votes, the latest opened first',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceDecision.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      bodyId: ZIdList.optional(),
      meetingId: ZIdList.optional(),
      status: zAnyOf(DECISION_STATUSES).optional(),
    }),
    response: zPage(ZDecision),
    export: { omit: ['rule', 'voterIds', 'result', 'votes', 'tally', 'waitingFor', 'can'] },
    handler: async ({ ctx, query }) => listDecisions(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/governance-bodies/:id/decisions',
    summary: 'Put a decision to the vote of a body, under the rule of its class',
    description:
      'The body’s rule for `decisionClass` and its quorum are copied onto the decision with its voting members of the ' +
      'moment, who alone may vote. Nobody sets the outcome: the rule decides when everyone has voted or the vote is closed.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceDecision.create',
    target: 'governanceBody',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      meetingId: ZId.nullable().optional(),
      title: zText(200),
      description: zOptionalText(4000).optional(),
      decisionClass: zText(40),
    }),
    response: ZDecision,
    example: () => ({ title: 'Fund the joint demo lab', decisionClass: 'operational' }),
    handler: async ({ ctx, params, body }) => openDecision(ctx, { ...body, bodyId: params.id }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-decisions/:id',
    summary: 'A decision with its rule, votes and result',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceDecision.read',
    target: 'governanceDecision',
    params: ZIdParams,
    response: ZDecision,
    handler: async ({ ctx, params }) => getDecision(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/governance-decisions/:id/vote',
    summary: 'Cast or change your own vote (voting members of the body, while the vote is open)',
    description: 'When every voting member has voted, the vote closes and the body’s rule decides.',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceDecision.vote',
    target: 'governanceDecision',
    params: ZIdParams,
    body: z.strictObject({ vote: z.enum(VOTES, { error: 'must be for, against or abstain' }) }),
    response: ZDecision,
    example: () => ({ vote: 'for' }),
    handler: async ({ ctx, params, body }) => castVote(ctx, params.id, body.vote),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/governance-decisions/:id/close',
    summary: 'Close the vote: the body’s rule (quorum, threshold) decides passed or failed',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceDecision.close',
    target: 'governanceDecision',
    params: ZIdParams,
    response: ZDecision,
    handler: async ({ ctx, params }) => closeDecision(ctx, params.id),
  }),

  // ——— Action items ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-actions',
    summary: 'Governance action items by due date (a partner’s people: their own alliance’s)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceAction.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      status: zAnyOf(ACTION_STATUSES).optional(),
      overdue: ZQueryBoolean.optional(),
      ownerId: ZIdList.optional(),
      meetingId: ZIdList.optional(),
      decisionId: ZIdList.optional(),
    }),
    response: zPage(ZAction),
    handler: async ({ ctx, query }) => listActions(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/governance-actions',
    summary: 'Give someone of either side an action item, linked to a meeting or decision',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceAction.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      meetingId: ZId.nullable().optional(),
      decisionId: ZId.nullable().optional(),
      title: zText(200),
      notes: zOptionalText(4000).optional(),
      ownerId: ZId,
      dueOn: zDate(),
    }),
    response: ZAction,
    example: (refs) => ({
      title: 'Send the joint pipeline report',
      ownerId: refs.vendorUserId,
      dueOn: '2027-01-15',
    }),
    handler: async ({ ctx, params, body }) => createAction(ctx, { ...body, partnerId: params.id }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/governance-actions/:id',
    summary: 'An action item',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceAction.read',
    target: 'governanceAction',
    params: ZIdParams,
    response: ZAction,
    handler: async ({ ctx, params }) => getAction(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/governance-actions/:id',
    summary: 'Update an action item: its owner marks it done; the manager changes owner and due date',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceAction.edit',
    target: 'governanceAction',
    params: ZIdParams,
    body: z.strictObject({
      status: z.enum(ACTION_STATUSES, { error: 'must be open, done or cancelled' }).optional(),
      notes: zOptionalText(4000).optional(),
      title: zText(200).optional(),
      ownerId: ZId.optional(),
      dueOn: zDate().optional(),
    }),
    response: ZAction,
    example: () => ({ status: 'done', notes: 'Sent on Monday.' }),
    handler: async ({ ctx, params, body }) => updateAction(ctx, params.id, body),
  }),

  defineRoute({
    method: 'DELETE',
    url: '/api/v1/governance-actions/:id',
    summary: 'Delete an action item that is not done (a done one stays as the record that it was: 409)',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'governanceAction.delete',
    target: 'governanceAction',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteAction(ctx, params.id),
  }),

  // ——— Summary ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/governance',
    summary: 'The alliance’s governance at a glance: last review, next meeting, sponsor attendance, open and overdue actions',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'governanceMeeting.read',
    target: 'partner',
    params: ZIdParams,
    response: ZSummary,
    handler: async ({ ctx, params }) => governanceSummary(ctx, params.id),
  }),
];
