import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import { valuePropositions } from '../value/value.schema.js';
import type { CampaignStatus, CampaignType, OwnerSide } from './campaigns.rules.js';

/**
 * A joint marketing campaign with one partner (webinar, event, e-mail, digital, content): its
 * dates on the shared calendar, who runs it, and its budget split between vendor and partner in
 * integer minor units of one currency (vendorShare + partnerShare = budget, decision 0246).
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    type: text().$type<CampaignType>().notNull(),
    ownerSide: text().$type<OwnerSide>().notNull(),
    status: text().$type<CampaignStatus>().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    description: text().notNull().default(''),
    currency: text().notNull(),
    budget: bigint({ mode: 'number' }).notNull(),
    vendorShare: bigint({ mode: 'number' }).notNull(),
    partnerShare: bigint({ mode: 'number' }).notNull(),
    goalLeads: integer(),
    goalPipeline: bigint({ mode: 'number' }),
    decisionNote: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    approvedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    approvedAt: tstz(),
    /** The joint value proposition (a published version) this record uses, decision 0344; null: none. */
    valuePropositionId: uuid().references((): AnyPgColumn => valuePropositions.id, { onDelete: 'set null' }),
    /** When it was named: deployment counts from then (`value.jvp_uses_90d`). */
    valuePropositionLinkedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('campaigns_value_proposition_idx').on(t.valuePropositionId).where(sql`${t.valuePropositionId} is not null`),
    index('campaigns_partner_idx').on(t.partnerId, t.startsOn),
    index('campaigns_dates_idx').on(t.startsOn, t.id),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A lead a campaign generated (created from it) or was credited with (linked). */
export const campaignLeads = pgTable(
  'campaign_leads',
  {
    id: idColumn(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    leadId: uuid().notNull(),
    /** 'created': made from the campaign; 'linked': an existing lead credited to it. */
    origin: text().$type<'created' | 'linked'>().notNull(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('campaign_leads_unique').on(t.campaignId, t.leadId), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** An opportunity credited to a campaign directly (those of its leads count without a row). */
export const campaignOpportunities = pgTable(
  'campaign_opportunities',
  {
    id: idColumn(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    opportunityId: uuid().notNull(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('campaign_opportunities_unique').on(t.campaignId, t.opportunityId), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignLeadRow = typeof campaignLeads.$inferSelect;
export type CampaignOpportunityRow = typeof campaignOpportunities.$inferSelect;
