import type { Money } from '../../shared/money.js';

/** How two nodes of the map are related: see docs/decisions/0293. */
export const EDGE_KINDS = ['joint_opportunity', 'multi_partner_deal', 'integration'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** The vendor's own node: integrations connect a partner to the vendor's products. */
export const VENDOR_NODE = 'vendor';

/** Record ids kept on an edge as a sample (the drill-down lists them all). */
export const SAMPLE_SIZE = 5;

/**
 * The edge an opportunity shared by two partners makes: open ones are joint opportunities, won
 * ones multi-partner deals; a lost one is no relationship worth drawing (null).
 */
export function opportunityEdgeKind(stage: string): EdgeKind | null {
  if (stage === 'closed_won') return 'multi_partner_deal';
  if (stage === 'closed_lost') return null;
  return 'joint_opportunity';
}

/** One row of the edge query: a pair, a kind and one currency's sum. */
export type EdgePart = {
  source: string;
  target: string;
  kind: EdgeKind;
  count: number;
  sample: string[];
  /** The part's sum converted to the reporting currency; null where no rate converts it. */
  value: Money | null;
};

export type Edge = {
  source: string;
  target: string;
  kind: EdgeKind;
  /** Drawing weight: the value in reporting-currency minor units for opportunity edges (the count when unconvertible), the number of integrations otherwise. */
  weight: number;
  count: number;
  sample: string[];
  value: Money | null;
};

/**
 * Edges from their per-currency parts: counts add up, samples join (at most SAMPLE_SIZE), values
 * add up in the reporting currency — and an edge with any part no rate converts has no value
 * (never a partial sum), its weight falling back to its count.
 */
export function mergeEdgeParts(parts: readonly EdgePart[]): Edge[] {
  const byKey = new Map<string, Edge & { unconvertible: boolean }>();
  for (const part of parts) {
    const [source, target] = part.source < part.target ? [part.source, part.target] : [part.target, part.source];
    const key = `${part.kind}|${source}|${target}`;
    const edge = byKey.get(key) ?? {
      source,
      target,
      kind: part.kind,
      weight: 0,
      count: 0,
      sample: [],
      value: null,
      unconvertible: false,
    };
    edge.count += part.count;
    edge.sample = [...edge.sample, ...part.sample].slice(0, SAMPLE_SIZE);
    if (part.kind !== 'integration') {
      if (part.value === null) edge.unconvertible = true;
      else edge.value = { amount: (edge.value?.amount ?? 0) + part.value.amount, currency: part.value.currency };
    }
    byKey.set(key, edge);
  }
  return [...byKey.values()]
    .map(({ unconvertible, ...edge }) => {
      const value = edge.kind === 'integration' || unconvertible ? null : edge.value;
      const weight = value ? value.amount : edge.count;
      return { ...edge, value, weight };
    })
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        a.kind.localeCompare(b.kind) ||
        a.source.localeCompare(b.source) ||
        a.target.localeCompare(b.target),
    );
}

/** How many edges touch each node. */
export function degreesOf(edges: readonly Pick<Edge, 'source' | 'target'>[]): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const e of edges) {
    degrees.set(e.source, (degrees.get(e.source) ?? 0) + 1);
    degrees.set(e.target, (degrees.get(e.target) ?? 0) + 1);
  }
  return degrees;
}
