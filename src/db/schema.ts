// Every table, for Drizzle's relational queries and drizzle-kit's migration generator.
export * from '../modules/audit/audit.schema.js';
export * from '../modules/auth/auth.schema.js';
export * from '../modules/idempotency/idempotency.schema.js';
export * from '../modules/partners/partners.schema.js';
export * from '../modules/settings/settings.schema.js';
export * from '../modules/tiers/tiers.schema.js';
export * from '../modules/users/users.schema.js';
