import { openDatabase } from '../db/database.js';
import { runMigrations } from '../db/migrate.js';
import type { Config } from '../server/config.js';

export async function runMigrate(config: Config): Promise<void> {
  const database = await openDatabase(config.database);
  try {
    await runMigrations(database);
    console.log('Migrations are up to date.');
  } finally {
    await database.close();
  }
}
