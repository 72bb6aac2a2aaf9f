import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APP_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import type { InvolvementRole } from '../opportunities/index.js';
import { users } from '../users/users.schema.js';
import type { BuiltInModel, RoleWeights } from './attribution.rules.js';

/**
 * The organisation's attribution settings (one row): the default model the metrics, the partner
 * 360 card and the partner's own view use, and time decay's half-life. Partners read it (their
 * view names the model); staff change it.
 */
export const attributionSettings = pgTable(
  'attribution_settings',
  {
    id: integer().primaryKey().default(1),
    defaultModel: text().$type<BuiltInModel | 'custom'>().notNull().default('sourced'),
    /** The policy when the default model is `custom`. */
    defaultPolicyId: uuid(),
    halfLifeDays: integer().notNull().default(90),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('attribution_settings_singleton', sql`${t.id} = 1`),
    ...vendorOnly(),
    pgPolicy('partner_read', { for: 'select', to: APP_ROLE, using: sql`true` }),
  ],
).enableRLS();

/** A custom attribution policy: weights per involvement role, normalised over the roles present on a deal. */
export const attributionPolicies = pgTable(
  'attribution_policies',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    roleWeights: jsonb().$type<RoleWeights>().notNull(),
    archived: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('attribution_policies_name_unique').on(sql`lower(${t.name})`), ...vendorOnly()],
).enableRLS();

/**
 * A period whose attribution is frozen (or was, until unlocked). Locking copies what attribution
 * reads — each won deal's amount converted at its close date and its partners' touches — into the
 * snapshot tables below, so later edits, late touches and new FX rates no longer move it.
 */
export const attributionPeriods = pgTable(
  'attribution_periods',
  {
    id: idColumn(),
    /** "2026-Q1" or "2026-03". */
    period: text().notNull(),
    kind: text().$type<'quarter' | 'month'>().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    status: text().$type<'locked' | 'unlocked'>().notNull(),
    reportingCurrency: text().notNull(),
    opportunities: integer().notNull().default(0),
    lockedAt: tstz().notNull(),
    lockedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    unlockedAt: tstz(),
    unlockedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** Why it was last unlocked. */
    reason: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('attribution_periods_period_unique').on(t.period),
    index('attribution_periods_dates_idx').on(t.startsOn, t.endsOn),
    ...vendorOnly(),
  ],
).enableRLS();

/** A won deal as it stood when its period was locked. */
export const attributionLockedDeals = pgTable(
  'attribution_locked_deals',
  {
    periodId: uuid()
      .notNull()
      .references(() => attributionPeriods.id, { onDelete: 'cascade' }),
    opportunityId: uuid().notNull(),
    number: text().notNull(),
    title: text().notNull(),
    closeDate: date({ mode: 'string' }).notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    /** At the close date's rate when locked; null when no rate converted it then. */
    reportingAmount: bigint({ mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.opportunityId] }),
    index('attribution_locked_deals_close_idx').on(t.closeDate),
    ...vendorOnly(),
  ],
).enableRLS();

/** A partner's touch on a locked deal (touchless involvements as one touch at the involvement's date). */
export const attributionLockedTouches = pgTable(
  'attribution_locked_touches',
  {
    id: idColumn(),
    periodId: uuid()
      .notNull()
      .references(() => attributionPeriods.id, { onDelete: 'cascade' }),
    opportunityId: uuid().notNull(),
    partnerId: uuid().notNull(),
    role: text().$type<InvolvementRole>().notNull(),
    /** All the partner's roles on the deal, and whether it sourced it. */
    roles: text().array().$type<InvolvementRole[]>().notNull(),
    sourced: boolean().notNull(),
    occurredAt: tstz().notNull(),
  },
  (t) => [
    index('attribution_locked_touches_idx').on(t.periodId, t.opportunityId),
    index('attribution_locked_touches_partner_idx').on(t.partnerId),
    ...vendorOnly(),
  ],
).enableRLS();

export type AttributionPolicyRow = typeof attributionPolicies.$inferSelect;
export type AttributionPeriodRow = typeof attributionPeriods.$inferSelect;
