import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import { valuePropositions } from '../value/value.schema.js';
import type { ResourceStatus } from './resources.rules.js';

/** The vendor-maintained list of library categories (Sales playbooks, Battlecards, …). Vendor-wide. */
export const resourceCategories = pgTable(
  'resource_categories',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('resource_categories_name_unique').on(sql`lower(${t.name})`)],
);

/** A stored audience line: a program, and the lowest tier in it that sees the resource (null: any). */
export type StoredAudience = { programId: string; minTierId: string | null };

/** The resource's file as shown in the library. */
export type StoredFile = { id: string; name: string; size: number; contentType: string };

/**
 * The resource library: files (the `resource.file` file kind), links and co-brand templates the
 * vendor publishes to partners, gated by program and tier (`audience`; empty: every partner).
 * Vendor records: partners read them through the service, which applies the gate.
 */
export const resources = pgTable(
  'resources',
  {
    id: idColumn(),
    title: text().notNull(),
    description: text().notNull().default(''),
    categoryId: uuid().references(() => resourceCategories.id, { onDelete: 'restrict' }),
    tags: text().array().notNull().default([]),
    language: text().notNull().default('en'),
    status: text().$type<ResourceStatus>().notNull().default('draft'),
    featured: boolean().notNull().default(false),
    url: text(),
    /** The uploaded file (kind `resource.file`), as the files module stored it; replaced by the next upload. */
    file: jsonb().$type<StoredFile>(),
    /** A co-brand template: HTML with merge fields (`{{partner.name}}`), merged per partner. */
    template: text(),
    audience: jsonb().$type<StoredAudience[]>().notNull().default([]),
    publishedAt: tstz(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The joint value proposition (a published version) this record uses, decision 0344; null: none. */
    valuePropositionId: uuid().references((): AnyPgColumn => valuePropositions.id, { onDelete: 'set null' }),
    /** When it was named: deployment counts from then (`value.jvp_uses_90d`). */
    valuePropositionLinkedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('resources_value_proposition_idx').on(t.valuePropositionId).where(sql`${t.valuePropositionId} is not null`),
    index('resources_status_idx').on(t.status, t.publishedAt),
    index('resources_category_idx').on(t.categoryId),
  ],
);

/**
 * Every time a partner's person opened or downloaded a resource through Consort (a co-branded
 * one-pager counts, marked `cobranded`). Vendor staff's own opens are not counted.
 */
export const resourceDownloads = pgTable(
  'resource_downloads',
  {
    id: idColumn(),
    resourceId: uuid()
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    cobranded: boolean().notNull().default(false),
    at: tstz().notNull().defaultNow(),
  },
  (t) => [
    index('resource_downloads_resource_idx').on(t.resourceId, t.at),
    index('resource_downloads_partner_idx').on(t.partnerId, t.at),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type ResourceCategoryRow = typeof resourceCategories.$inferSelect;
export type ResourceRow = typeof resources.$inferSelect;
export type ResourceDownloadRow = typeof resourceDownloads.$inferSelect;
