import { boolean, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { partnerIsolation, tstz } from '../../db/columns.js';
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
