/**
 * The account-mapping overlap benchmark alone (no HTTP load, no other comparison):
 * `npx tsx bench/account-mapping-only.ts [rows] [pglite,postgres] [repetitions]`, on a small
 * portfolio (200 partners) of each kind. Quicker than `npm run bench` for comparing changes to
 * the matrix's SQL; `npm run bench` runs the same case at 100,000 × 100,000 rows.
 */
import { benchAccountMapping } from './account-mapping-bench.js';
import { onEachDatabase } from './one-case.js';
import { openOwner } from './owner.js';
import { generateScaleData } from './scale-data.js';

const rows = Number(process.argv[2] ?? 20_000);
const kinds = (process.argv[3] ?? 'pglite,postgres').split(',');
const repetitions = Number(process.argv[4] ?? 5);

await onEachDatabase(kinds, async (database) => {
  const scale = await generateScaleData(database, 200);
  const owner = await openOwner(database);
  try {
    await benchAccountMapping(database, owner.client, scale, rows, repetitions);
  } finally {
    await owner.close();
  }
});
