import type pg from 'pg';
import { floorStatements, type Statement } from './floor-bench.js';

/**
 * What PostgreSQL plans for a hot query (EXPLAIN without ANALYZE of the service's own main
 * statement), twice: as the application runs it, in a transaction with the app role and the
 * caller's scope set, so row-level security is part of the plan; and as the owner, as the floor
 * runs it. A difference between the two is what row-level security does to the plan.
 */
export type PlanShape = {
  /** The plan's top node, e.g. "Limit". */
  topNode: string;
  /** The top node and the chain of first children below it, e.g. "Limit → Index Scan (partners_name_idx)". */
  path: string;
  indexes: string[];
  seqScans: string[];
  usesIndex: boolean;
};

export type PlanSummary = { name: string; asApp: PlanShape; asOwner: PlanShape };

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };

function describe(node: PlanNode): string {
  if (node['Index Name']) return `${node['Node Type']} (${node['Index Name']})`;
  if (node['Relation Name']) return `${node['Node Type']} (${node['Relation Name']})`;
  return node['Node Type'];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** The chain of first children from the top: where the rows come from. */
function mainPath(node: PlanNode): string {
  const steps: string[] = [];
  for (let current: PlanNode | undefined = node; current; current = current.Plans?.[0]) steps.push(describe(current));
  return steps.join(' → ');
}

export function summarize(plan: PlanNode): PlanShape {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  walk(plan, (node) => {
    if (node['Index Name']) indexes.add(node['Index Name']);
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name']) seqScans.add(node['Relation Name']);
  });
  return {
    topNode: describe(plan),
    path: mainPath(plan),
    indexes: [...indexes],
    seqScans: [...seqScans],
    usesIndex: indexes.size > 0,
  };
}

async function explain(owner: pg.Client, statement: Statement): Promise<PlanShape> {
  const { rows } = await owner.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
    `EXPLAIN (FORMAT JSON) ${statement.text}`,
    statement.params,
  );
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error('EXPLAIN returned no plan');
  return summarize(plan);
}

export async function explainMain(owner: pg.Client, name: string, sent: readonly Statement[]): Promise<PlanSummary> {
  const scope = sent.find((s) => /set_config\('role'/.test(s.text));
  const main = floorStatements(sent)[0];
  if (!scope || !main) throw new Error(`${name}: no scoped statement was captured to explain`);
  const asOwner = await explain(owner, main);
  await owner.query('BEGIN');
  try {
    await owner.query(scope.text, scope.params);
    return { name, asApp: await explain(owner, main), asOwner };
  } finally {
    await owner.query('ROLLBACK');
  }
}
