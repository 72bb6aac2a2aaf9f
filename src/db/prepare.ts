import type { Database } from './database.js';
import { runMigrations } from './migrate.js';

/** Brings a freshly opened database up to date and switches its connections to the app role. */
export async function prepareDatabase(database: Database): Promise<void> {
  await runMigrations(database);
  await database.enterAppRole();
}
