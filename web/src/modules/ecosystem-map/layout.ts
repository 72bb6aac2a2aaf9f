import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export type LayoutNode = { id: string; r: number };
export type LayoutLink = { source: string; target: string; strength: number };
export type Point = { x: number; y: number };

type SimNode = SimulationNodeDatum & LayoutNode;

/** A fixed pseudo-random sequence (LCG), so the same network always lands in the same places. */
function seeded(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Places the nodes with a force layout (d3-force), run to rest synchronously and deterministically
 * (nodes in id order, a seeded random source), then fitted into `width` × `height` with `pad`
 * around. Linked partners pull together, every node pushes the others away, nobody overlaps.
 * With `centre` (a node's id), that node is held in the middle while the others settle around it
 * and the fit keeps it at the centre of the picture: the map opened for one partner.
 */
export function layoutNetwork(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  { width, height, pad = 40, centre }: { width: number; height: number; pad?: number; centre?: string | null },
): Map<string, Point> {
  const sim: SimNode[] = [...nodes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((n) => (n.id === centre ? { ...n, fx: 0, fy: 0 } : { ...n }));
  const known = new Set(sim.map((n) => n.id));
  const simLinks: (SimulationLinkDatum<SimNode> & { strength: number })[] = links
    .filter((l) => known.has(l.source) && known.has(l.target))
    .map((l) => ({ source: l.source, target: l.target, strength: l.strength }));
  const simulation = forceSimulation(sim)
    .randomSource(seeded())
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { strength: number }>(simLinks)
        .id((n) => n.id)
        .distance(60)
        .strength((l) => 0.2 + 0.6 * l.strength),
    )
    .force('charge', forceManyBody<SimNode>().strength(-120).distanceMax(400))
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.r + 4),
    )
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.08))
    .stop();
  const ticks = sim.length > 300 ? 150 : 300;
  for (let i = 0; i < ticks; i += 1) simulation.tick();
  const held = sim.find((n) => n.id === centre);
  if (held) {
    // The held node at the middle: scale by the farthest node from it on each axis.
    const cx = held.x ?? 0;
    const cy = held.y ?? 0;
    const reachX = Math.max(1, ...sim.map((n) => Math.abs((n.x ?? 0) - cx)));
    const reachY = Math.max(1, ...sim.map((n) => Math.abs((n.y ?? 0) - cy)));
    const k = Math.min((width / 2 - pad) / reachX, (height / 2 - pad) / reachY, 2);
    return new Map(sim.map((n) => [n.id, { x: width / 2 + ((n.x ?? 0) - cx) * k, y: height / 2 + ((n.y ?? 0) - cy) * k }]));
  }
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * pad) / Math.max(maxX - minX, 1), (height - 2 * pad) / Math.max(maxY - minY, 1), 2);
  const offX = (width - (maxX - minX) * scale) / 2;
  const offY = (height - (maxY - minY) * scale) / 2;
  return new Map(sim.map((n) => [n.id, { x: offX + ((n.x ?? 0) - minX) * scale, y: offY + ((n.y ?? 0) - minY) * scale }]));
}

/** A node's radius from its size metric: area in proportion to the value, between `min` and `max`. */
export function radiusOf(value: number, largest: number, min = 6, max = 28): number {
  if (largest <= 0 || value <= 0) return min;
  return min + (max - min) * Math.sqrt(Math.min(value, largest) / largest);
}

/** An edge's stroke width from its weight, relative to the heaviest edge of its kind. */
export function strokeOf(weight: number, heaviest: number): number {
  if (heaviest <= 0) return 1.5;
  return 1.5 + 5 * Math.sqrt(Math.max(weight, 0) / heaviest);
}
