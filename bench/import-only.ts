/**
 * The CSV import benchmark alone, on an empty database of each kind (no scale data, no HTTP
 * load): `npx tsx bench/import-only.ts [rows] [pglite,postgres]`. Quicker than `npm run bench`
 * for comparing changes to the import's write path; the numbers are not the full bench's (there
 * the import runs after 20,000 partners were loaded). A list of sizes (`10000,100000,1000000`)
 * imports each size in turn instead of a tenth of the rows and then the rows.
 */
import { benchImport } from './import-bench.js';
import { onEachDatabase } from './one-case.js';

const sizes = (process.argv[2] ?? '20000').split(',').map(Number);
const kinds = (process.argv[3] ?? 'pglite,postgres').split(',');

await onEachDatabase(kinds, async (database) => {
  if (sizes.length === 1) {
    const rows = sizes[0] ?? 20_000;
    await benchImport(database, Math.max(1, Math.round(rows / 10)), 'small');
    await benchImport(database, rows, 'large');
  } else {
    for (const rows of sizes) await benchImport(database, rows, `r${rows}`);
  }
});
