import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { partnerIsolation, tstz, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';

/**
 * The last evaluated "strategic in name only" state of each partner, kept by the daily job so it
 * notifies the owner only when a partner becomes flagged (not every day it stays flagged).
 */
export const allianceAlertStates = pgTable(
  'alliance_alert_states',
  {
    partnerId: uuid()
      .primaryKey()
      .references(() => partners.id, { onDelete: 'cascade' }),
    flagged: boolean().notNull(),
    /** The reason codes of the last evaluation (empty when not flagged). */
    reasons: text().array().notNull().default([]),
    flaggedSince: tstz(),
    evaluatedAt: tstz().notNull(),
  },
  (t) => [...partnerIsolation(t.partnerId)],
).enableRLS();

/**
 * The organisation's limits for "strategic in name only" (one row, id = 1; none: the product's
 * defaults). The vendor's own judgement of its alliances: partner-side connections never read it.
 */
export const allianceAlertSettings = pgTable(
  'alliance_alert_settings',
  {
    id: integer().primaryKey().default(1),
    /** A strategic partner needs a governance meeting at least this often (days). */
    reviewWithinDays: integer().notNull().default(120),
    /** Points of commitment fulfilment between the sides above which the alliance is asymmetric. */
    maxAsymmetry: integer().notNull().default(25),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [
    check('alliance_alert_settings_singleton', sql`${t.id} = 1`),
    check('alliance_alert_settings_review_days', sql`${t.reviewWithinDays} BETWEEN 7 AND 730`),
    check('alliance_alert_settings_asymmetry', sql`${t.maxAsymmetry} BETWEEN 0 AND 100`),
    ...vendorOnly(),
  ],
).enableRLS();

export type AllianceAlertSettingsRow = typeof allianceAlertSettings.$inferSelect;
