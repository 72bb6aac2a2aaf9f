import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import type { LifecycleStage } from '../partners/index.js';
import { partners } from '../partners/partners.schema.js';
import { tiers } from '../tiers/tiers.schema.js';
import { users } from '../users/users.schema.js';
import type { CommercialModel, MilestoneEvidence, MilestoneOperator, ProgramKind, TierEvidence } from './programs.rules.js';

/**
 * Partner programs (Reseller, Technology, Referral…), each with its commercial model and its own
 * ladder of tiers (tiers.program_id). Exactly one is the default program: the one migration 0015
 * put the old global ladder in, and the one a partner's `tierId` answers for.
 */
export const programs = pgTable(
  'programs',
  {
    id: idColumn(),
    name: text().notNull(),
    kind: text().$type<ProgramKind>().notNull(),
    description: text().notNull().default(''),
    commercialModel: jsonb().$type<CommercialModel>().notNull(),
    isDefault: boolean().notNull().default(false),
    /** Days a partner stays below its tier's requirements before a demotion is proposed. */
    demotionGraceDays: integer().notNull().default(90),
    status: text().$type<'active' | 'retired'>().notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('programs_name_unique').on(t.name),
    uniqueIndex('programs_single_default').on(t.isDefault).where(sql`${t.isDefault}`),
  ],
);

/** A partner in a program, from joining to leaving, with its tier in that program. */
export const programMemberships = pgTable(
  'program_memberships',
  {
    id: idColumn(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    tierId: uuid().references(() => tiers.id, { onDelete: 'set null' }),
    joinedAt: tstz().notNull(),
    leftAt: tstz(),
    /** When an evaluation first found the partner below its tier (cleared when it meets it again). */
    belowSince: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('program_memberships_active_unique').on(t.programId, t.partnerId).where(sql`${t.leftAt} IS NULL`),
    index('program_memberships_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Every change of a partner's tier in a program: approved proposals, manual placements. */
export const tierChanges = pgTable(
  'tier_changes',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    fromTierId: uuid().references(() => tiers.id, { onDelete: 'set null' }),
    toTierId: uuid().references(() => tiers.id, { onDelete: 'set null' }),
    reason: text().notNull().default(''),
    proposalId: uuid(),
    actorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    occurredAt: tstz().notNull(),
  },
  (t) => [index('tier_changes_partner_idx').on(t.partnerId, t.occurredAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** One evaluation of a fiscal quarter: what it looked at and what it proposed. */
export const tierEvaluationRuns = pgTable(
  'tier_evaluation_runs',
  {
    id: idColumn(),
    /** Null: every active program. */
    programId: uuid().references(() => programs.id, { onDelete: 'cascade' }),
    periodLabel: text().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    asOf: tstz().notNull(),
    trigger: text().$type<'schedule' | 'manual'>().notNull(),
    startedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    evaluated: integer().notNull().default(0),
    promotions: integer().notNull().default(0),
    demotions: integer().notNull().default(0),
    inGrace: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('tier_evaluation_runs_created_idx').on(t.createdAt, t.id), ...vendorOnly()],
).enableRLS();

/** A promotion or demotion an evaluation proposes; nothing changes until a person approves it. */
export const tierProposals = pgTable(
  'tier_proposals',
  {
    id: idColumn(),
    runId: uuid()
      .notNull()
      .references(() => tierEvaluationRuns.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => programMemberships.id, { onDelete: 'cascade' }),
    direction: text().$type<'promotion' | 'demotion'>().notNull(),
    fromTierId: uuid().references(() => tiers.id, { onDelete: 'set null' }),
    toTierId: uuid().references(() => tiers.id, { onDelete: 'set null' }),
    evidence: jsonb().$type<TierEvidence>().notNull(),
    status: text().$type<'open' | 'approved' | 'rejected' | 'superseded'>().notNull().default('open'),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz(),
    decisionNote: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('tier_proposals_run_idx').on(t.runId),
    index('tier_proposals_status_idx').on(t.status, t.createdAt),
    uniqueIndex('tier_proposals_one_open').on(t.membershipId).where(sql`${t.status} = 'open'`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Values people record per partner for `custom` requirements and milestone rules ("custom.<key>"). */
export const customMetricValues = pgTable(
  'custom_metric_values',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    value: numeric({ mode: 'number' }).notNull(),
    note: text().notNull().default(''),
    recordedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    recordedAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('custom_metric_values_unique').on(t.partnerId, t.key), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** "Onboarding complete → enabled": a metric crossing a threshold proposes a lifecycle move. */
export const milestoneRules = pgTable(
  'milestone_rules',
  {
    id: idColumn(),
    name: text().notNull(),
    fromStages: text().array().$type<LifecycleStage[]>().notNull(),
    toStage: text().$type<LifecycleStage>().notNull(),
    metric: text().notNull(),
    operator: text().$type<MilestoneOperator>().notNull(),
    threshold: numeric({ mode: 'number' }).notNull(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('milestone_rules_name_unique').on(t.name), ...vendorOnly()],
).enableRLS();

/** A lifecycle move a milestone rule proposes for a person to confirm. */
export const milestoneProposals = pgTable(
  'milestone_proposals',
  {
    id: idColumn(),
    ruleId: uuid()
      .notNull()
      .references(() => milestoneRules.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fromStage: text().$type<LifecycleStage>().notNull(),
    toStage: text().$type<LifecycleStage>().notNull(),
    evidence: jsonb().$type<MilestoneEvidence>().notNull(),
    status: text().$type<'open' | 'confirmed' | 'dismissed' | 'superseded'>().notNull().default('open'),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz(),
    decisionNote: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('milestone_proposals_status_idx').on(t.status, t.createdAt),
    uniqueIndex('milestone_proposals_one_open').on(t.ruleId, t.partnerId).where(sql`${t.status} = 'open'`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type ProgramRow = typeof programs.$inferSelect;
export type MembershipRow = typeof programMemberships.$inferSelect;
export type TierChangeRow = typeof tierChanges.$inferSelect;
export type EvaluationRunRow = typeof tierEvaluationRuns.$inferSelect;
export type TierProposalRow = typeof tierProposals.$inferSelect;
export type CustomMetricValueRow = typeof customMetricValues.$inferSelect;
export type MilestoneRuleRow = typeof milestoneRules.$inferSelect;
export type MilestoneProposalRow = typeof milestoneProposals.$inferSelect;
