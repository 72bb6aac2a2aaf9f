import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { commitImport, dryRunImport, type ImportOutcome, ImportRejected, parseMapPairs } from '../modules/imports/index.js';
import type { Config } from '../server/config.js';
import { loadModules } from '../server/module.js';
import { systemCtx } from '../shared/context.js';

function bar(done: number, fraction: number): string {
  const width = 30;
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%  ${done} rows`;
}

function printProblems(outcome: ImportOutcome): void {
  console.error(`${outcome.errorCount} problem(s) in ${outcome.rows} row(s); nothing was imported.`);
  console.error('row\tcolumn\tmessage');
  for (const e of outcome.errors) console.error(`${e.row}\t${e.column}\t${e.message}`);
  if (outcome.errorCount > outcome.errors.length) console.error(`… and ${outcome.errorCount - outcome.errors.length} more`);
}

/**
 * `consort import <kind> <file.csv> [--dry-run] [--map "Header=key"]…`: the same import as
 * `POST /api/v1/imports/<kind>`, run against the database directly, as the system (audited so),
 * with a progress bar on standard error. Exits 1 when any row has a problem (nothing written).
 */
export async function runImport(
  config: Config,
  kind: string | undefined,
  file: string | undefined,
  options: { dryRun: boolean; map: string[] },
): Promise<number> {
  const importers = (await loadModules()).flatMap((m) => m.importers ?? []);
  const importer = importers.find((i) => i.kind === kind);
  if (!importer || !file) {
    console.error(
      `Usage: consort import <${importers.map((i) => i.kind).join('|')}> <file.csv> [--dry-run] [--map "Header=key"]`,
    );
    return 2;
  }
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const source = { path: path.resolve(file), fileName: path.basename(file), bytes: fs.statSync(file).size };
  const mapping = parseMapPairs(options.map);
  const database = await openDatabase(config.database);
  const interactive = process.stderr.isTTY;
  let last = -1;
  const onProgress = (done: number, fraction: number) => {
    const percent = Math.floor(fraction * 100);
    if (interactive) process.stderr.write(`\r${bar(done, fraction)}`);
    else if (percent >= last + 10 || fraction === 1) {
      last = percent - (percent % 10);
      process.stderr.write(`${bar(done, fraction)}\n`);
    }
  };
  try {
    await prepareDatabase(database);
    const ctx = systemCtx(database.db, `import ${importer.kind} ${source.fileName}`);
    let outcome: ImportOutcome;
    try {
      outcome = options.dryRun
        ? await dryRunImport(ctx, importer, source, mapping, onProgress)
        : await commitImport(ctx, { importer, source, mapping, onProgress });
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      outcome = error.outcome;
    }
    if (interactive) process.stderr.write('\n');
    const ignored = outcome.mapping.filter((m) => !m.column).map((m) => m.header);
    if (ignored.length > 0) console.error(`Ignored columns: ${ignored.join(', ')}`);
    if (outcome.errorCount > 0) {
      printProblems(outcome);
      return 1;
    }
    console.log(
      options.dryRun
        ? `Dry run: ${outcome.rows} ${importer.label.toLowerCase()} would be imported; nothing was written.`
        : `Imported ${outcome.rows} ${importer.label.toLowerCase()} (import ${outcome.importId}).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
