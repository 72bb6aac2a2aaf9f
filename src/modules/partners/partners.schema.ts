import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { tiers } from '../tiers/tiers.schema.js';
import { users } from '../users/users.schema.js';
import type {
  CompanySize,
  ContactInfluence,
  ContactSide,
  Designation,
  LifecycleStage,
  Motion,
  PartnerStatus,
  PartnerType,
  Region,
} from './partners.rules.js';

export const partners = pgTable(
  'partners',
  {
    id: idColumn(),
    name: text().notNull(),
    legalName: text().notNull().default(''),
    website: text().notNull().default(''),
    description: text().notNull().default(''),
    domains: text().array().notNull().default([]),
    types: text().array().$type<PartnerType[]>().notNull().default([]),
    motion: text().$type<Motion>().notNull(),
    designation: text().$type<Designation>().notNull().default('standard'),
    country: text(),
    regions: text().array().$type<Region[]>().notNull().default([]),
    industries: text().array().notNull().default([]),
    companySize: text().$type<CompanySize>(),
    status: text().$type<PartnerStatus>().notNull().default('active'),
    tags: text().array().notNull().default([]),
    segment: text().notNull().default(''),
    lifecycleStage: text().$type<LifecycleStage>().notNull().default('prospect'),
    lifecycleStageChangedAt: tstz().notNull().defaultNow(),
    tierId: uuid().references(() => tiers.id, { onDelete: 'set null' }),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    executiveSponsorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('partners_name_idx').on(t.name, t.id),
    index('partners_created_idx').on(t.createdAt, t.id),
    index('partners_stage_idx').on(t.lifecycleStage),
    index('partners_owner_idx').on(t.ownerId),
    index('partners_tier_idx').on(t.tierId),
    index('partners_types_idx').using('gin', t.types),
    index('partners_domains_idx').using('gin', t.domains),
    // Search (`q`) is a substring match on name or legal name, `ILIKE '%…%'`, which only a trigram
    // index serves (pg_trgm, migration 0005); the btree on name still orders the list.
    index('partners_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('partners_legal_name_trgm_idx').using('gin', t.legalName.op('gin_trgm_ops')),
    // Imports look partners up by exact name, case aside (a batch of names at a time).
    index('partners_name_lower_idx').on(sql`lower(${t.name})`),
    // The partner's own id is its partition key.
    ...partnerIsolation(t.id),
  ],
).enableRLS();

/**
 * Which partner claims each company domain: one row per domain, so the primary key makes a
 * domain belong to at most one partner however many transactions try at once. Domains identify
 * companies for deal conflict detection and account mapping, where two claimants would make the
 * answer ambiguous. `partners.domains` keeps the partner's list as entered (order, display,
 * search); the service writes both in one transaction (docs/decisions/0040).
 */
export const partnerDomainClaims = pgTable(
  'partner_domains',
  {
    domain: text().primaryKey(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('partner_domains_partner_idx').on(t.partnerId), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** People on either side of the relationship: the partner's staff and the vendor's stakeholders. */
export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    email: text().notNull().default(''),
    phone: text().notNull().default(''),
    title: text().notNull().default(''),
    side: text().$type<ContactSide>().notNull().default('partner'),
    role: text().notNull().default(''),
    influence: text().$type<ContactInfluence>().notNull().default('medium'),
    isPrimary: boolean().notNull().default(false),
    isExecutiveSponsor: boolean().notNull().default(false),
    notes: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('partner_contacts_partner_idx').on(t.partnerId, t.name), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** Every lifecycle stage change, in order; the first row (from = null) is the stage at creation. */
export const partnerStageTransitions = pgTable(
  'partner_stage_transitions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fromStage: text().$type<LifecycleStage>(),
    toStage: text().$type<LifecycleStage>().notNull(),
    reason: text().notNull().default(''),
    actorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    occurredAt: tstz().notNull().defaultNow(),
  },
  (t) => [index('partner_stage_transitions_partner_idx').on(t.partnerId, t.occurredAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerContactRow = typeof partnerContacts.$inferSelect;
export type PartnerStageTransitionRow = typeof partnerStageTransitions.$inferSelect;
