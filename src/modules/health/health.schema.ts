import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import type { Colour, DimensionResult, ScorecardDimensionDef } from './health.rules.js';

export type Cadence = 'month' | 'quarter';
/** Which partners a template applies to (each null: any). */
export type Applicability = { motion: string | null; programId: string | null; tierId: string | null };

/**
 * A scorecard template: dimensions of weighted metrics (registry keys) with targets and
 * green/yellow thresholds, evaluated per partner per month or quarter. The vendor's own
 * definition (partners read their evaluated scorecards, which carry what they need).
 */
export const scorecardTemplates = pgTable(
  'scorecard_templates',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    cadence: text().$type<Cadence>().notNull().default('quarter'),
    appliesTo: jsonb().$type<Applicability>().notNull().default({ motion: null, programId: null, tierId: null }),
    dimensions: jsonb().$type<ScorecardDimensionDef[]>().notNull(),
    green: integer().notNull().default(90),
    yellow: integer().notNull().default(70),
    /** Shared with the partner: its people see their scorecards of this template in the portal. */
    shared: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('scorecard_templates_name_key').on(sql`lower(${t.name})`),
    check('scorecard_templates_thresholds', sql`${t.yellow} <= ${t.green}`),
    ...vendorOnly(),
  ],
).enableRLS();

export type ScorecardTemplateRow = typeof scorecardTemplates.$inferSelect;

/** One partner's evaluated scorecard of a template for a period (`2026-Q3`, `2026-11`). */
export const scorecards = pgTable(
  'scorecards',
  {
    id: idColumn(),
    templateId: uuid()
      .notNull()
      .references(() => scorecardTemplates.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    templateName: text().notNull(),
    period: text().notNull(),
    /** The metrics were read as of the period's end (or now, for the running period). */
    asOf: tstz().notNull(),
    score: real(),
    colour: text().$type<Colour>(),
    dimensions: jsonb().$type<DimensionResult[]>().notNull(),
    shared: boolean().notNull().default(true),
    evaluatedAt: tstz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('scorecards_template_partner_period_key').on(t.templateId, t.partnerId, t.period),
    index('scorecards_partner_idx').on(t.partnerId, t.period),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type ScorecardRow = typeof scorecards.$inferSelect;

/** A partner's health score and dimension scores for a month (`2026-11`), for trends and the red alert. */
export const healthSnapshots = pgTable(
  'health_snapshots',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    period: text().notNull(),
    asOf: tstz().notNull(),
    score: integer(),
    status: text().$type<Colour>(),
    strategic: integer(),
    operational: integer(),
    financial: integer(),
    relationship: integer(),
    /** When the owner was told it turned red in this period (once per transition). */
    alertedAt: tstz(),
    takenAt: tstz().notNull(),
  },
  (t) => [
    uniqueIndex('health_snapshots_partner_period_key').on(t.partnerId, t.period),
    index('health_snapshots_period_idx').on(t.period, t.status),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type HealthSnapshotRow = typeof healthSnapshots.$inferSelect;

/**
 * The organisation's health status bands (decision 0284): green from `green`, red below `red`,
 * yellow between. One row (id 1); admins change it; the live score, the portfolio, new snapshots
 * and the red alert use it.
 */
export const healthSettings = pgTable(
  'health_settings',
  {
    id: integer().primaryKey().default(1),
    green: integer().notNull().default(70),
    red: integer().notNull().default(40),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('health_settings_singleton', sql`${t.id} = 1`),
    check('health_settings_bands', sql`0 <= ${t.red} and ${t.red} < ${t.green} and ${t.green} <= 100`),
    ...vendorOnly(),
  ],
).enableRLS();

export type HealthSettingsRow = typeof healthSettings.$inferSelect;
