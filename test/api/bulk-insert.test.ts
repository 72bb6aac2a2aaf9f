import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excluded, insertFromJson } from '../../src/db/bulk-insert.js';
import { withTx } from '../../src/db/scope.js';
import { createTestApp, type TestApp } from '../support/harness.js';

/**
 * Portfolio-wide writes (health snapshots, scorecards, tier proposals) put a row per partner in one
 * statement. At 20,000 partners drizzle's `values()` overflowed its query builder's call stack
 * (and a VALUES list would need more than PostgreSQL's 65,535 parameters); `insertFromJson` sends
 * one JSON parameter whatever the number of rows, as an insert or an upsert.
 */
const scratch = pgTable('bulk_insert_scratch', { id: uuid().primaryKey(), n: integer().notNull(), label: text() });
const ROWS = 25_000;
const ids = Array.from({ length: ROWS }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('insertFromJson', () => {
  it(`inserts then upserts ${ROWS.toLocaleString('en')} rows in one statement each`, async () => {
    const totals = await withTx(t.system(), async ({ tx }) => {
      await tx.execute(
        sql`create temp table bulk_insert_scratch (id uuid primary key, n integer not null, label text) on commit drop`,
      );
      const inserted = await insertFromJson(
        tx,
        scratch,
        ids.map((id, n) => ({ id, n, label: `row ${n}` })),
        { returning: true },
      );
      // Every row again, doubled, plus one new: the conflicting ones take the new n and keep their label.
      const again = [
        ...ids.map((id, n) => ({ id, n: n * 2, label: null })),
        { id: '10000000-0000-4000-8000-000000000000', n: 1, label: 'new' },
      ];
      await insertFromJson(tx, scratch, again, {
        returning: false,
        onConflictDoUpdate: { target: [scratch.id], set: { n: excluded('n') } },
      });
      const [row] = (
        await tx.execute<{ rows: string; total: string; labelled: string }>(
          sql`select count(*)::text as rows, sum(n)::text as total, count(label)::text as labelled from bulk_insert_scratch`,
        )
      ).rows;
      return { inserted: inserted.length, ...row };
    });
    expect(totals).toEqual({
      inserted: ROWS,
      rows: String(ROWS + 1),
      total: String(ROWS * (ROWS - 1) + 1), // 2 × (0 + … + ROWS − 1) + 1
      labelled: String(ROWS + 1),
    });
  }, 120_000);
});
