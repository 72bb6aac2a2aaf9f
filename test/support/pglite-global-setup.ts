import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.js';
import { MIGRATIONS_DIR, runMigrations } from '../../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PGlite cluster with every migration applied (PGlite's dumpDataDir), for each test file to start from. */
    pgliteTemplate: string;
  }
}

const CACHE_DIR = path.resolve('node_modules/.cache/consort-tests');

/** Everything the migrated cluster depends on: the migrations, how they run, and PGlite itself. */
function templateKey(): string {
  const hash = createHash('sha256');
  const files = fs.readdirSync(MIGRATIONS_DIR, { recursive: true, encoding: 'utf8' }).sort();
  for (const file of files) {
    const full = path.join(MIGRATIONS_DIR, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  for (const file of ['src/db/migrate.ts', 'src/db/app-role.ts', 'node_modules/@electric-sql/pglite/package.json']) {
    hash.update(file).update(fs.readFileSync(path.resolve(file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Every API test file starts from a fresh database. On PGlite that was initdb and all migrations,
 * several seconds per file; now they run once, the cluster is written to a file (kept in
 * node_modules/.cache until a migration changes), and each file's in-memory PGlite loads it.
 */
export default async function setup(project: TestProject) {
  const file = path.join(CACHE_DIR, `pglite-${templateKey()}.tar`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await runMigrations(database);
      // Written aside and renamed, so a run stopped half-way never leaves a broken template.
      const partial = `${file}.${process.pid}.partial`;
      await database.dump?.(partial);
      fs.renameSync(partial, file);
    } finally {
      await database.close();
    }
  }
  project.provide('pgliteTemplate', file);
}
