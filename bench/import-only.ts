/**
 * The CSV import benchmark alone, on an empty database of each kind (no scale data, no HTTP
 * load): `npx tsx bench/import-only.ts [rows] [pglite,postgres]`. Quicker than `npm run bench`
 * for comparing changes to the import's write path; the numbers are not the full bench's (there
 * the import runs after 20,000 partners were loaded).
 */
import { benchImport } from './import-bench.js';
import { onEachDatabase } from './one-case.js';

const rows = Number(process.argv[2] ?? 20_000);
const kinds = (process.argv[3] ?? 'pglite,postgres').split(',');

await onEachDatabase(kinds, async (database) => {
  await benchImport(database, Math.max(1, Math.round(rows / 10)), 'small');
  await benchImport(database, rows, 'large');
});
