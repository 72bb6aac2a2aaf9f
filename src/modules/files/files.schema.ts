import { type AnyPgColumn, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation } from '../../db/columns.js';
import { users } from '../users/users.schema.js';

/**
 * One stored file, attached to one record of another module (`kind` says which, e.g.
 * "partner.logo", and `record_id` which record). `partner_id` is the owning record's partner
 * (null: the vendor's), so row-level security keeps partners apart here too; vendor files are
 * readable from a partner's scope (a resource library), and the file kind's own check decides
 * whether a partner may see one. The bytes are in the storage under `storage_key`, a generated
 * name; `name` is what the uploader called it, for display and the download name only.
 *
 * No foreign key names the record or its partner: files serve every module (a partner, an
 * agreement, a claim), and a deleted record's files go when its `<record>.deleted` event arrives.
 */
export const files = pgTable(
  'files',
  {
    id: idColumn(),
    partnerId: uuid(),
    kind: text().notNull(),
    recordId: uuid().notNull(),
    name: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    storageKey: text().notNull().unique(),
    uploadedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('files_record_idx').on(t.recordId, t.kind, t.createdAt),
    index('files_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId, { readVendorRows: true }),
  ],
).enableRLS();

export type FileRow = typeof files.$inferSelect;
