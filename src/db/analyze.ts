import { sql } from 'drizzle-orm';
import type { Ctx } from '../shared/context.js';
import { withTx } from './scope.js';

/**
 * Refreshes the query planner's statistics of every table (docs/decisions/0315). PostgreSQL's
 * autovacuum does this by itself; embedded PGlite has no autovacuum, so without this its planner
 * would plan from default estimates for ever and pick nested scans where a hash join belongs.
 *
 * ANALYZE needs the tables' owner: `SET LOCAL ROLE NONE` returns the transaction to the session's
 * own user (the owner that ran the migrations, on both databases) until it ends.
 */
export async function analyzeTables(ctx: Ctx): Promise<void> {
  await withTx(ctx, async (c) => {
    await c.tx.execute(sql`SET LOCAL ROLE NONE`);
    await c.tx.execute(sql`ANALYZE`);
  });
}
