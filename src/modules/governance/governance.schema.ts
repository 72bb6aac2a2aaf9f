import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type {
  ActionStatus,
  BodyKind,
  DecisionRule,
  DecisionStatus,
  MeetingKind,
  MeetingStatus,
  MemberRole,
  Side,
  Tally,
  Vote,
} from './governance.rules.js';

/**
 * Governance bodies of an alliance (a partner): the joint steering committee, a program board,
 * working groups. Members come from both sides; decision rules (one per class) are stored on the
 * body and copied onto each decision when it opens, so a later change does not rewrite history.
 */
export const governanceBodies = pgTable(
  'governance_bodies',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: text().$type<BodyKind>().notNull(),
    purpose: text().notNull().default(''),
    /** "Quarterly", "Monthly": how often it meets, as the charter says. */
    cadence: text().notNull().default(''),
    quorumPercent: integer().notNull().default(50),
    decisionRules: jsonb().$type<DecisionRule[]>().notNull(),
    /** The vendor lets the partner's people write the minutes of this body's meetings. */
    partnerMayWriteMinutes: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('governance_bodies_name_unique').on(t.partnerId, sql`lower(${t.name})`), ...partnerIsolation(t.partnerId)],
).enableRLS();

export const governanceMembers = pgTable(
  'governance_members',
  {
    id: idColumn(),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    role: text().$type<MemberRole>().notNull(),
    executiveSponsor: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('governance_members_unique').on(t.bodyId, t.userId),
    index('governance_members_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type AgendaItem = { title: string; presenter: string; durationMinutes: number | null; notes: string };

export const governanceMeetings = pgTable(
  'governance_meetings',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    bodyId: uuid().references(() => governanceBodies.id, { onDelete: 'set null' }),
    kind: text().$type<MeetingKind>().notNull(),
    title: text().notNull(),
    startsAt: tstz().notNull(),
    durationMinutes: integer().notNull().default(60),
    location: text().notNull().default(''),
    agenda: jsonb().$type<AgendaItem[]>().notNull().default([]),
    status: text().$type<MeetingStatus>().notNull().default('scheduled'),
    minutes: text().notNull().default(''),
    minutesUpdatedAt: tstz(),
    minutesById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The vendor lets the partner's people write these minutes (from the body's setting, changeable). */
    partnerMayWriteMinutes: boolean().notNull().default(false),
    /** The calendar SEQUENCE: raised with every invitation that changes what the last one said. */
    sequence: integer().notNull().default(0),
    heldAt: tstz(),
    cancelledAt: tstz(),
    cancelReason: text(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('governance_meetings_partner_idx').on(t.partnerId, t.startsAt),
    index('governance_meetings_starts_idx').on(t.startsAt, t.id),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export const governanceAttendees = pgTable(
  'governance_attendees',
  {
    id: idColumn(),
    meetingId: uuid()
      .notNull()
      .references(() => governanceMeetings.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    executiveSponsor: boolean().notNull().default(false),
    /** Null until attendance is recorded. */
    attended: boolean(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('governance_attendees_unique').on(t.meetingId, t.userId),
    index('governance_attendees_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type DecisionRuleSnapshot = DecisionRule & { quorumPercent: number };
export type DecisionResult = { tally: Tally; votingMembers: number; quorumMet: boolean; forPercent: number; reason: string };

export const governanceDecisions = pgTable(
  'governance_decisions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    bodyId: uuid()
      .notNull()
      .references(() => governanceBodies.id, { onDelete: 'cascade' }),
    meetingId: uuid().references(() => governanceMeetings.id, { onDelete: 'set null' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    decisionClass: text().notNull(),
    /** The body's rule for the class and its quorum, as they were when the vote opened. */
    rule: jsonb().$type<DecisionRuleSnapshot>().notNull(),
    /** The body's voting members when the vote opened: who may vote, and the quorum's base. */
    voterIds: uuid().array().notNull(),
    status: text().$type<DecisionStatus>().notNull().default('open'),
    result: jsonb().$type<DecisionResult>(),
    openedAt: tstz().notNull(),
    closedAt: tstz(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('governance_decisions_partner_idx').on(t.partnerId, t.openedAt),
    index('governance_decisions_meeting_idx').on(t.meetingId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export const governanceVotes = pgTable(
  'governance_votes',
  {
    id: idColumn(),
    decisionId: uuid()
      .notNull()
      .references(() => governanceDecisions.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    vote: text().$type<Vote>().notNull(),
    castAt: tstz().notNull(),
  },
  (t) => [
    uniqueIndex('governance_votes_unique').on(t.decisionId, t.userId),
    index('governance_votes_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export const governanceActions = pgTable(
  'governance_actions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    meetingId: uuid().references(() => governanceMeetings.id, { onDelete: 'set null' }),
    decisionId: uuid().references(() => governanceDecisions.id, { onDelete: 'set null' }),
    title: text().notNull(),
    notes: text().notNull().default(''),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The owner's side when assigned. */
    side: text().$type<Side>().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    status: text().$type<ActionStatus>().notNull().default('open'),
    /** When it was done or cancelled: "open as of" a past day is created before it and closed after. */
    closedAt: tstz(),
    /** The day its owner was last reminded that it is overdue (reminders are idempotent per day). */
    remindedOn: date({ mode: 'string' }),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('governance_actions_partner_idx').on(t.partnerId, t.dueOn),
    index('governance_actions_open_due_idx').on(t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    index('governance_actions_meeting_idx').on(t.meetingId),
    index('governance_actions_decision_idx').on(t.decisionId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type GovernanceBodyRow = typeof governanceBodies.$inferSelect;
export type GovernanceMemberRow = typeof governanceMembers.$inferSelect;
export type GovernanceMeetingRow = typeof governanceMeetings.$inferSelect;
export type GovernanceAttendeeRow = typeof governanceAttendees.$inferSelect;
export type GovernanceDecisionRow = typeof governanceDecisions.$inferSelect;
export type GovernanceVoteRow = typeof governanceVotes.$inferSelect;
export type GovernanceActionRow = typeof governanceActions.$inferSelect;
