import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIZZLE_CASING } from '../../src/db/database.js';
import { createPartner, listPartners } from '../../src/modules/partners/index.js';
import { type Ctx, systemCtx } from '../../src/shared/context.js';
import { capturingPool, type Statement } from '../support/capture.js';
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

/** Runs `fn` with a system context whose statements are captured as the pool sends them. */
async function capture<T>(fn: (ctx: Ctx) => Promise<T>): Promise<{ result: T; sent: Statement[] }> {
  const sent: Statement[] = [];
  const db = drizzle({ client: capturingPool(t.database.pool, sent), casing: DRIZZLE_CASING }) as Ctx['db'];
  return { result: await fn(systemCtx(db, 'test')), sent };
}

/** The plan of `main` as the application runs it: in a transaction with the caller's role and scope. */
async function planAsApp(sent: readonly Statement[], main: Statement | undefined): Promise<PlanNode[]> {
  const scope = sent.find((s) => /set_config\('role'/.test(s.text));
  if (!scope || !main) throw new Error(`the statement was not captured: ${JSON.stringify(sent)}`);
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
  return nodesOf(plan);
}

const indexesOf = (nodes: PlanNode[]) => nodes.map((n) => n['Index Name']).filter(Boolean);
const partnerSeqScans = (nodes: PlanNode[]) =>
  nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'partners');

describe('partner search', () => {
  it('finds a substring of name or legal name through the trigram indexes, not a sequential scan', async () => {
    const { result, sent } = await capture((ctx) => listPartners(ctx, { limit: 50, sort: 'name', q: 'quokkawork' }));
    expect(result.data.map((p) => p.name)).toEqual(['Harbour Systems', 'Quokkaworks Cloud']);
    const nodes = await planAsApp(
      sent,
      sent.find((s) => /from "partners"/i.test(s.text) && /ilike/i.test(s.text)),
    );
    expect(indexesOf(nodes)).toEqual(expect.arrayContaining(['partners_name_trgm_idx', 'partners_legal_name_trgm_idx']));
    expect(partnerSeqScans(nodes)).toEqual([]);
  });

  it('looks for near-duplicate names through the trigram index too', async () => {
    const { result, sent } = await capture((ctx) =>
      createPartner(ctx, { name: 'QuokkaWorks Cloud Pty. Ltd.', motion: 'channel' }),
    );
    expect(result.warnings).toEqual([{ path: 'name', message: 'Similar to existing partner "Quokkaworks Cloud"' }]);
    const nodes = await planAsApp(
      sent,
      sent.find((s) => /%>/.test(s.text)),
    );
    expect(indexesOf(nodes)).toContain('partners_name_trgm_idx');
    expect(partnerSeqScans(nodes)).toEqual([]);
  });
});
