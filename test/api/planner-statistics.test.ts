import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { jobs } from '../../src/modules/jobs/jobs.schema.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner } from '../support/world.js';

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp({ workers: ['jobs'] });
});
afterAll(async () => t?.close());

async function plannerRows(table: string): Promise<number> {
  const rows = await withTx(t.system(), (c) =>
    c.tx.execute<{ reltuples: number }>(sql`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE relname = ${table}`),
  );
  return Number(rows.rows[0]?.reltuples);
}

async function partnerCount(): Promise<number> {
  const rows = await withTx(t.system(), (c) => c.tx.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM partners`));
  return Number(rows.rows[0]?.n);
}

describe('planner statistics', () => {
  it('the daily system.analyze job gives the planner the tables’ real sizes (PGlite has no autovacuum)', async () => {
    for (let i = 0; i < 25; i += 1) await makePartner(t.system(), null);
    const count = await partnerCount();
    // Inserting rows does not tell the planner: it still plans from the size it last knew.
    expect(await plannerRows('partners')).not.toBe(count);

    const admin = await t.asUser('admin');
    const queued = await admin.POST('/api/v1/jobs/schedules/{name}/run', { params: { path: { name: 'system.analyze' } } });
    expect(queued.response.status).toBe(201);
    const id = queued.data?.id as string;
    const until = Date.now() + 30_000;
    for (;;) {
      const [row] = await withTx(t.system(), (c) => c.tx.select().from(jobs).where(eq(jobs.id, id)));
      if (row?.status === 'succeeded') break;
      if (row?.status === 'failed') throw new Error(`the job failed: ${row.lastError}`);
      if (Date.now() > until) throw new Error(`job ${id} is still ${row?.status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await plannerRows('partners')).toBe(count);
    // The owner's role ended with the job's transaction: the next one runs as the app's roles again.
    const roles = await withTx(t.system(), (c) =>
      c.tx.execute<{ current: string; owner: string }>(sql`SELECT current_user AS current, session_user AS owner`),
    );
    expect(roles.rows[0]?.current).toBe('consort_staff');
    expect(roles.rows[0]?.owner).not.toBe('consort_staff');
  });
});
