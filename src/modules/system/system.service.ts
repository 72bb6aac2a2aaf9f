import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { withTx } from '../../db/scope.js';
import { systemCtx } from '../../shared/context.js';

/** Whether the database answers a trivial query. */
export async function isDatabaseReady(db: Db): Promise<boolean> {
  try {
    await withTx(systemCtx(db, 'readyz'), (c) => c.tx.execute(sql`SELECT 1`));
    return true;
  } catch {
    return false;
  }
}
