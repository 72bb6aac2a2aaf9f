import readline from 'node:readline/promises';
import { openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { countUsers, createUser } from '../modules/users/index.js';
import type { Config } from '../server/config.js';
import { systemCtx } from '../shared/context.js';
import { AppError } from '../shared/errors.js';

async function readPassword(): Promise<string> {
  const fromEnv = process.env.CONSORT_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    process.stderr.write('Password (at least 12 characters): ');
    return (await rl.question('')).trim();
  } finally {
    rl.close();
  }
}

export async function runCreateAdmin(config: Config, options: { email?: string; name?: string }): Promise<number> {
  const email = options.email ?? process.env.CONSORT_ADMIN_EMAIL;
  if (!email) {
    console.error('create-admin needs --email <address> (or CONSORT_ADMIN_EMAIL).');
    return 2;
  }
  const password = await readPassword();
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database);
    // The CLI is run by whoever operates the server; it acts as the system (audited as such).
    const system = systemCtx(database.db, 'create-admin');
    const created = await createUser(system, { email, name: options.name ?? 'Administrator', role: 'admin', password });
    const total = await countUsers(database.db);
    console.log(`Created admin ${created.email} (${total} user(s) in total).`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      const fields = error.errors.map((e) => `${e.path} ${e.message}`).join('; ');
      console.error(`Could not create the admin: ${fields || error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}
