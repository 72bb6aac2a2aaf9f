import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIZZLE_CASING } from '../../src/db/database.js';
import { listPartners } from '../../src/modules/partners/index.js';
import { systemCtx } from '../../src/shared/context.js';
import { createTestApp, type TestApp } from '../support/harness.js';
import { asOwner } from '../support/owner-sql.js';

/** Enough partners that a sequential scan is clearly the planner's worse choice for a rare term. */
const PARTNERS = 10_000;

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await asOwner(t.database, async (owner) => {
    // Names that read alike but share no rare trigram with the search term below.
    await owner.query(
      `INSERT INTO partners (id, name, legal_name, motion)
       SELECT gen_random_uuid(), 'Company ' || md5(i::text), 'Company ' || md5(i::text) || ' Ltd', 'channel'
       FROM generate_series(1, $1::int) AS i`,
      [PARTNERS],
    );
    await owner.query(
      `INSERT INTO partners (id, name, legal_name, motion) VALUES
         (gen_random_uuid(), 'Quokkaworks Cloud', '', 'channel'),
         (gen_random_uuid(), 'Harbour Systems', 'QuokkaWorks Holdings Pty Ltd', 'alliance')`,
    );
    // As autovacuum would have done on a running installation (GIN keeps its statistics in VACUUM).
    await owner.query('VACUUM ANALYZE partners');
  });
});
afterAll(async () => t?.close());

describe('partner search', () => {
  it('finds a substring of name or legal name through the trigram indexes, not a sequential scan', async () => {
    // The very statement the service sends, captured through Drizzle's query logger.
    const sent: { text: string; params: unknown[] }[] = [];
    const db = drizzle({
      client: t.database.pool,
      casing: DRIZZLE_CASING,
      logger: { logQuery: (text, params) => sent.push({ text, params }) },
    });
    const page = await listPartners(systemCtx(db, 'test'), { limit: 50, sort: 'name', q: 'quokkawork' });
    expect(page.data.map((p) => p.name)).toEqual(['Harbour Systems', 'Quokkaworks Cloud']);
    const scope = sent.find((s) => /set_config\('role'/.test(s.text));
    const main = sent.find((s) => /from "partners"/i.test(s.text) && /ilike/i.test(s.text));
    if (!scope || !main) throw new Error(`the search statement was not captured: ${JSON.stringify(sent)}`);

    // Planned as the application runs it: in a transaction with the caller's role and scope.
    const plan = await asOwner(t.database, async (owner) => {
      await owner.query('BEGIN');
      try {
        await owner.query(scope.text, scope.params);
        const { rows } = await owner.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
          `EXPLAIN (FORMAT JSON) ${main.text}`,
          main.params,
        );
        return rows[0]?.['QUERY PLAN'][0]?.Plan;
      } finally {
        await owner.query('ROLLBACK');
      }
    });
    if (!plan) throw new Error('EXPLAIN returned no plan');
    const nodes = nodesOf(plan);
    const indexes = nodes.map((n) => n['Index Name']).filter(Boolean);
    expect(indexes).toEqual(expect.arrayContaining(['partners_name_trgm_idx', 'partners_legal_name_trgm_idx']));
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'partners')).toEqual([]);
  });
});
