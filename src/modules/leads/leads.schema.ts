import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, jsonb, pgSequence, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { LeadQualification, LeadStatus, Motion, Strategy } from './leads.rules.js';

/** Lead numbers (LD-000123): a sequence, never reused, distinct under concurrency. */
export const leadNumbers = pgSequence('lead_number_seq', { startWith: 1, increment: 1 });

/**
 * The coverage model: per segment (countries, regions, industries, size bands; empty = any) the
 * motion that sells there — direct, partner-led or hybrid (decision 0200). Vendor only.
 */
export const coverageSegments = pgTable(
  'coverage_segments',
  {
    id: idColumn(),
    name: text().notNull(),
    countries: text().array().notNull().default([]),
    regions: text().array().notNull().default([]),
    industries: text().array().notNull().default([]),
    sizes: text().array().notNull().default([]),
    motion: text().$type<Motion>().notNull(),
    notes: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('coverage_segments_created_idx').on(t.createdAt, t.id), ...vendorOnly()],
).enableRLS();

/**
 * Lead routing rules, tried in `position` order: conditions (empty = any), the partners it routes
 * to (empty = every eligible one), a strategy, and its round-robin pointer (decision 0201).
 */
export const leadRoutingRules = pgTable(
  'lead_routing_rules',
  {
    id: idColumn(),
    name: text().notNull(),
    position: integer().notNull(),
    active: boolean().notNull().default(true),
    countries: text().array().notNull().default([]),
    regions: text().array().notNull().default([]),
    industries: text().array().notNull().default([]),
    sizes: text().array().notNull().default([]),
    products: text().array().notNull().default([]),
    partnerIds: uuid().array().notNull().default([]),
    strategy: text().$type<Strategy>().notNull(),
    metricKey: text(),
    maxOpenLeads: integer(),
    /** Round robin: who got the last lead (updated under the rule's row lock). */
    lastPartnerId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('lead_routing_rules_position_idx').on(t.position, t.id), ...vendorOnly()],
).enableRLS();

/** One row: the acceptance SLA and the motion where no coverage segment matches. */
export const leadSettings = pgTable(
  'lead_settings',
  {
    id: integer().primaryKey().default(1),
    acceptanceSlaHours: integer().notNull().default(48),
    defaultMotion: text().$type<Motion>().notNull().default('hybrid'),
    updatedAt: updatedAt(),
  },
  () => [...vendorOnly()],
).enableRLS();

export type LeadExplanation = { summary: string; details: string[] };

/**
 * An EQL/MQL lead. `partnerId` is the partner it is assigned to now (null: with the vendor), so
 * row-level security shows a partner's people only the leads offered to their company.
 */
export const leads = pgTable(
  'leads',
  {
    id: idColumn(),
    number: text().notNull(),
    partnerId: uuid().references(() => partners.id, { onDelete: 'set null' }),
    company: text().notNull(),
    domain: text(),
    domainKey: text(),
    contactName: text().notNull().default(''),
    contactEmail: text().notNull().default(''),
    contactPhone: text().notNull().default(''),
    country: text(),
    region: text(),
    industry: text(),
    size: text(),
    products: text().array().notNull().default([]),
    source: text().notNull().default(''),
    /**
     * Where the lead came from, as a record of another module: `referral` + the submission's id,
     * `campaign`, `marketing`, `mdf`… (decision 0221). Both null for a lead typed or imported.
     */
    sourceKind: text(),
    sourceId: text(),
    qualification: text().$type<LeadQualification>().notNull().default('mql'),
    notes: text().notNull().default(''),
    status: text().$type<LeadStatus>().notNull().default('new'),
    /** What the coverage model answered when it was last routed. */
    motion: text().$type<Motion>(),
    ruleId: uuid().references((): AnyPgColumn => leadRoutingRules.id, { onDelete: 'set null' }),
    ruleName: text(),
    explanation: jsonb().$type<LeadExplanation>(),
    assignedAt: tstz(),
    acceptDueAt: tstz(),
    acceptedAt: tstz(),
    declineReason: text().notNull().default(''),
    convertedAt: tstz(),
    /** The opportunity it became (set once the opportunities module is wired; see docs/decisions/0204). */
    opportunityId: uuid(),
    disqualifiedReason: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('leads_created_idx').on(t.createdAt, t.id),
    index('leads_partner_status_idx').on(t.partnerId, t.status),
    index('leads_due_idx').on(t.acceptDueAt).where(sql`status = 'assigned'`),
    index('leads_source_idx').on(t.sourceKind, t.sourceId).where(sql`source_kind IS NOT NULL`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export const ASSIGNMENT_OUTCOMES = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type AssignmentOutcome = (typeof ASSIGNMENT_OUTCOMES)[number];

/**
 * Every offer of a lead to a partner: which rule chose it and why (or who assigned it by hand),
 * and how it ended. Partners read their own rows only.
 */
export const leadAssignments = pgTable(
  'lead_assignments',
  {
    id: idColumn(),
    leadId: uuid()
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    ruleId: uuid().references((): AnyPgColumn => leadRoutingRules.id, { onDelete: 'set null' }),
    ruleName: text(),
    strategy: text().$type<Strategy | 'manual'>().notNull(),
    explanation: jsonb().$type<LeadExplanation>().notNull(),
    assignedAt: tstz().notNull(),
    assignedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    acceptDueAt: tstz().notNull(),
    outcome: text().$type<AssignmentOutcome>().notNull().default('pending'),
    outcomeAt: tstz(),
    outcomeReason: text().notNull().default(''),
  },
  (t) => [index('lead_assignments_lead_idx').on(t.leadId, t.assignedAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type CoverageSegmentRow = typeof coverageSegments.$inferSelect;
export type LeadRoutingRuleRow = typeof leadRoutingRules.$inferSelect;
export type LeadSettingsRow = typeof leadSettings.$inferSelect;
export type LeadRow = typeof leads.$inferSelect;
export type LeadAssignmentRow = typeof leadAssignments.$inferSelect;
