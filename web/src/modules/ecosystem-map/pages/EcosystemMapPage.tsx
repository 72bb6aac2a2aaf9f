import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Drawer,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { EcosystemEdge, EcosystemEdgeKind, EcosystemMap, EcosystemNode } from '../../../api/types';
import { FilterInput } from '../../../ui/FilterInput';
import { COLORS, LABELS, looseLabel, optionsOf } from '../../../ui/labels';
import { formatAmount } from '../../../ui/money';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { Empty, QueryState } from '../../../ui/States';
import { enumParam, textParam, useUrlFilters } from '../../../ui/urlFilters';
import { certificationStatus } from '../../integrations/labels';
import { usePrograms } from '../../programs/api';
import { type MapQuery, useEcosystemMap, useEdgeDetail } from '../api';
import { layoutNetwork, radiusOf, strokeOf } from '../layout';

const EDGE_KINDS: EcosystemEdgeKind[] = ['joint_opportunity', 'multi_partner_deal', 'integration'];
const SIZES = { won: 'Won revenue (T4Q)', pipeline: 'Joint pipeline', degree: 'Connections' } as const;
type SizeBy = keyof typeof SIZES;

/** Edge styles by kind: colour and dash, so kinds read apart without colour too. */
const EDGE_STYLE: Record<EcosystemEdgeKind, { color: string; dash?: string }> = {
  joint_opportunity: { color: 'var(--mantine-color-blue-5)', dash: '6 4' },
  multi_partner_deal: { color: 'var(--mantine-color-teal-6)' },
  integration: { color: 'var(--mantine-color-grape-4)', dash: '2 3' },
};
/** Node fill by motion; strategic designations get a gold ring. */
const NODE_FILL = {
  channel: 'var(--mantine-color-blue-6)',
  alliance: 'var(--mantine-color-violet-6)',
  vendor: 'var(--mantine-color-dark-6)',
};
const RING = 'var(--mantine-color-yellow-5)';
/** Names shown on the map without hovering: the largest nodes, so a few hundred stay readable. */
const LABEL_CAP = 25;
const WIDTH = 960;
const HEIGHT = 620;

const parse = (params: URLSearchParams) => ({
  region: enumParam(params, 'region', LABELS.region),
  motion: enumParam(params, 'motion', LABELS.motion),
  designation: enumParam(params, 'designation', LABELS.designation),
  segment: textParam(params, 'segment'),
  industry: textParam(params, 'industry'),
  program: textParam(params, 'program'),
  since: textParam(params, 'since'),
  hide: textParam(params, 'hide'),
  size: textParam(params, 'size'),
  all: textParam(params, 'all'),
});

type EdgeRef = { a: string; b: string };

const sizeValue = (n: EcosystemNode, by: SizeBy) =>
  by === 'won' ? (n.wonRevenueT4q?.amount ?? 0) : by === 'pipeline' ? (n.jointPipeline?.amount ?? 0) : n.degree;

export function EcosystemMapPage() {
  const { filters, setFilter, field, clear } = useUrlFilters(parse);
  const [params] = useSearchParams();
  const pinned = params.get('focus');
  const programs = usePrograms();
  const hidden = new Set((filters.hide ?? '').split(',').filter(Boolean));
  const kinds = EDGE_KINDS.filter((k) => !hidden.has(k));
  const query: MapQuery = {
    region: filters.region,
    motion: filters.motion,
    designation: filters.designation,
    segment: filters.segment,
    industry: filters.industry,
    program: filters.program,
    since: filters.since && /^\d{4}-\d{2}-\d{2}$/.test(filters.since) ? filters.since : undefined,
    kinds: kinds.length < EDGE_KINDS.length && kinds.length > 0 ? kinds : undefined,
  };
  const map = useEcosystemMap(query);
  const [edge, setEdge] = useState<EdgeRef | null>(null);
  const sizeBy: SizeBy = filters.size && filters.size in SIZES ? (filters.size as SizeBy) : 'won';
  const filtered = Object.entries(filters).some(([k, v]) => v && k !== 'size');
  const toggleKind = (kind: EcosystemEdgeKind, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(kind);
    else next.add(kind);
    setFilter('hide', [...next].join(','));
  };

  return (
    <>
      <PageHeader
        title="Ecosystem map"
        description="Your partners as a network: who co-sells with whom (joint opportunities and multi-partner deals) and who integrates with your products. Click a partner to open its 360, a line to see the deals behind it."
      />
      <Stack gap="md">
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            <Select label="Region" placeholder="Any" data={optionsOf(LABELS.region)} clearable {...field('region')} />
            <Select label="Motion" placeholder="Any" data={optionsOf(LABELS.motion)} clearable {...field('motion')} />
            <Select
              label="Designation"
              placeholder="Any"
              data={optionsOf(LABELS.designation)}
              clearable
              {...field('designation')}
            />
            <Select
              label="Program"
              placeholder="Any"
              data={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              clearable
              {...field('program')}
            />
            <FilterInput label="Segment" placeholder="e.g. Enterprise" {...field('segment')} />
            <FilterInput label="Industry" placeholder="e.g. Retail" {...field('industry')} />
            <TextInput
              label="Deals closing since"
              type="date"
              value={filters.since ?? ''}
              onChange={(e) => setFilter('since', e.currentTarget.value || null)}
            />
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Connections
              </Text>
              {EDGE_KINDS.map((kind) => (
                <Checkbox
                  key={kind}
                  size="xs"
                  label={LABELS.ecosystemEdgeKind[kind]}
                  checked={!hidden.has(kind)}
                  onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
                />
              ))}
            </Stack>
          </SimpleGrid>
          <Group mt="sm" justify="space-between">
            <Group gap="sm">
              <Text size="sm">Size by</Text>
              <SegmentedControl
                size="xs"
                value={sizeBy}
                onChange={(v) => setFilter('size', v === 'won' ? null : v)}
                data={Object.entries(SIZES).map(([value, label]) => ({ value, label }))}
              />
              <Switch
                label="Show partners without connections"
                checked={filters.all === 'true'}
                onChange={(e) => setFilter('all', e.currentTarget.checked ? 'true' : null)}
              />
            </Group>
            {filtered && (
              <Button variant="subtle" color="gray" size="xs" leftSection={<IconX size={14} />} onClick={clear}>
                Clear filters
              </Button>
            )}
          </Group>
        </Card>
        <QueryState query={map} loading="Drawing the ecosystem…">
          {(data) => <MapView data={data} sizeBy={sizeBy} showAll={filters.all === 'true'} onEdge={setEdge} pinned={pinned} />}
        </QueryState>
      </Stack>
      <EdgeDrawer edge={edge} since={query.since} nodes={map.data?.nodes ?? []} onClose={() => setEdge(null)} />
    </>
  );
}

function MapView({
  data,
  sizeBy,
  showAll,
  onEdge,
  pinned,
}: {
  data: EcosystemMap;
  sizeBy: SizeBy;
  showAll: boolean;
  onEdge: (edge: EdgeRef) => void;
  pinned: string | null;
}) {
  const nodes = useMemo(() => (showAll ? data.nodes : data.nodes.filter((n) => n.degree > 0)), [data.nodes, showAll]);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data.nodes]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  if (data.edges.length === 0 && !showAll)
    return (
      <SectionCard title="Network">
        <Empty
          title="No connections here"
          description="No two partners meeting these filters share an open or won opportunity, and none integrates with your products. Show partners without connections to see them all."
        />
      </SectionCard>
    );
  return (
    <Tabs defaultValue="map" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="map">Map</Tabs.Tab>
        <Tabs.Tab value="table">Table ({data.edges.length} connections)</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="map" pt="sm">
        {pinned && byId.has(pinned) && (
          <Text size="sm" mb={4} data-testid="map-focus">
            {nameOf(pinned)} is in the middle, its neighbours highlighted.{' '}
            <Anchor component={Link} to={`/partners/${pinned}`} size="sm">
              Back to the partner
            </Anchor>
          </Text>
        )}
        <NetworkSvg nodes={nodes} edges={data.edges} sizeBy={sizeBy} onEdge={onEdge} pinned={pinned} />
        <Text size="xs" c="dimmed" mt={4}>
          {nodes.length} nodes, {data.edges.length} connections. Amounts in {data.reportingCurrency}, converted at today’s rates (
          {data.asOf}).
        </Text>
      </Tabs.Panel>
      <Tabs.Panel value="table" pt="sm">
        <Card padding={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Ecosystem connections" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>From</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Connection</Table.Th>
                  <Table.Th ta="right">Records</Table.Th>
                  <Table.Th ta="right">Value</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.edges.map((e) => (
                  <Table.Tr key={`${e.kind}-${e.source}-${e.target}`}>
                    <Table.Td>
                      <NodeLink node={byId.get(e.source)} fallback={nameOf(e.source)} />
                    </Table.Td>
                    <Table.Td>
                      <NodeLink node={byId.get(e.target)} fallback={nameOf(e.target)} />
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={COLORS.ecosystemEdgeKind[e.kind]}>
                        {LABELS.ecosystemEdgeKind[e.kind]}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{e.count}</Table.Td>
                    <Table.Td ta="right">{e.value ? formatAmount(e.value) : '—'}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => onEdge({ a: e.source, b: e.target })}
                        aria-label={`Records between ${nameOf(e.source)} and ${nameOf(e.target)}`}
                      >
                        Records
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </Tabs.Panel>
    </Tabs>
  );
}

function NodeLink({ node, fallback }: { node: EcosystemNode | undefined; fallback: string }) {
  if (!node?.partnerId) return <Text size="sm">{node?.name ?? fallback}</Text>;
  return (
    <Anchor component={Link} to={`/partners/${node.partnerId}`} size="sm">
      {node.name}
    </Anchor>
  );
}

function NetworkSvg({
  nodes,
  edges,
  sizeBy,
  onEdge,
  pinned,
}: {
  nodes: EcosystemNode[];
  edges: EcosystemEdge[];
  sizeBy: SizeBy;
  onEdge: (edge: EdgeRef) => void;
  pinned: string | null;
}) {
  const navigate = useNavigate();
  const [hovered, setFocus] = useState<string | null>(null);
  // The partner the page was opened for (`?focus=`, from the partner 360 card) stays lit unless another is hovered.
  const pinnedHere = pinned && nodes.some((n) => n.id === pinned) ? pinned : null;
  const focus = hovered ?? pinnedHere;
  const largest = Math.max(0, ...nodes.filter((n) => n.kind === 'partner').map((n) => sizeValue(n, sizeBy)));
  const radius = useMemo(
    () => new Map(nodes.map((n) => [n.id, n.kind === 'vendor' ? 30 : radiusOf(sizeValue(n, sizeBy), largest)])),
    [nodes, sizeBy, largest],
  );
  const heaviest = useMemo(() => {
    const out = new Map<EcosystemEdgeKind, number>();
    for (const e of edges) out.set(e.kind, Math.max(out.get(e.kind) ?? 0, e.weight));
    return out;
  }, [edges]);
  const positions = useMemo(
    () =>
      layoutNetwork(
        nodes.map((n) => ({ id: n.id, r: radius.get(n.id) ?? 6 })),
        edges.map((e) => ({
          source: e.source,
          target: e.target,
          strength: (heaviest.get(e.kind) ?? 0) > 0 ? e.weight / (heaviest.get(e.kind) ?? 1) : 0,
        })),
        { width: WIDTH, height: HEIGHT, centre: pinnedHere },
      ),
    [nodes, edges, radius, heaviest, pinnedHere],
  );
  const labelled = useMemo(
    () =>
      new Set(
        [...nodes]
          .sort(
            (a, b) =>
              (b.kind === 'vendor' ? 1 : 0) - (a.kind === 'vendor' ? 1 : 0) ||
              sizeValue(b, sizeBy) - sizeValue(a, sizeBy) ||
              b.degree - a.degree,
          )
          .slice(0, LABEL_CAP)
          .map((n) => n.id),
      ),
    [nodes, sizeBy],
  );
  const neighbours = useMemo(() => {
    if (!focus) return null;
    const out = new Set([focus]);
    for (const e of edges) {
      if (e.source === focus) out.add(e.target);
      if (e.target === focus) out.add(e.source);
    }
    return out;
  }, [focus, edges]);
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;

  return (
    <Card padding="xs">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Ecosystem network map"
        style={{ width: '100%', height: 'auto', display: 'block' }}
      >
        <g>
          {edges.map((e) => {
            const a = positions.get(e.source);
            const b = positions.get(e.target);
            if (!a || !b) return null;
            const style = EDGE_STYLE[e.kind];
            const dim = neighbours && !(neighbours.has(e.source) && neighbours.has(e.target));
            const label = `${LABELS.ecosystemEdgeKind[e.kind]}: ${nameOf(e.source)} and ${nameOf(e.target)}, ${e.count} ${e.count === 1 ? 'record' : 'records'}${e.value ? `, ${formatAmount(e.value)}` : ''}`;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG line cannot be a <button>; it acts as one
              <g
                key={`${e.kind}-${e.source}-${e.target}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                data-edge={`${e.kind}:${e.source}:${e.target}`}
                style={{ cursor: 'pointer', outline: 'none' }}
                onClick={() => onEdge({ a: e.source, b: e.target })}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter' || ev.key === ' ') {
                    ev.preventDefault();
                    onEdge({ a: e.source, b: e.target });
                  }
                }}
              >
                <title>{label}</title>
                {/* A wide invisible line makes a thin edge easy to hit. */}
                <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke="transparent" strokeWidth={12} />
                <line
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  stroke={style.color}
                  strokeDasharray={style.dash}
                  strokeWidth={strokeOf(e.weight, heaviest.get(e.kind) ?? 0)}
                  strokeOpacity={dim ? 0.12 : 0.75}
                  strokeLinecap="round"
                />
              </g>
            );
          })}
        </g>
        <g>
          {nodes.map((n) => {
            const p = positions.get(n.id);
            if (!p) return null;
            const r = radius.get(n.id) ?? 6;
            const dim = neighbours && !neighbours.has(n.id);
            const showLabel = labelled.has(n.id) || focus === n.id || (neighbours?.has(n.id) ?? false);
            const fill = n.kind === 'vendor' ? NODE_FILL.vendor : NODE_FILL[n.motion ?? 'channel'];
            const strategic = n.designation === 'strategic' || n.designation === 'strategic_alliance';
            const facts = [
              n.motion && LABELS.motion[n.motion],
              n.designation && n.designation !== 'standard' && LABELS.designation[n.designation],
              n.tier,
              n.wonRevenueT4q && `won ${formatAmount(n.wonRevenueT4q)} (T4Q)`,
              `${n.degree} ${n.degree === 1 ? 'connection' : 'connections'}`,
            ].filter(Boolean);
            const label = `${n.name}${facts.length ? ` — ${facts.join(', ')}` : ''}`;
            const open = () => navigate(`/partners/${n.partnerId}`);
            const hover = {
              onMouseEnter: () => setFocus(n.id),
              onMouseLeave: () => setFocus(null),
              onFocus: () => setFocus(n.id),
              onBlur: () => setFocus(null),
            };
            const shape = (
              <>
                <title>{label}</title>
                <circle
                  cx={p.x}
                  cy={p.y}
                  r={r}
                  fill={fill}
                  fillOpacity={0.85}
                  stroke={focus === n.id ? 'var(--mantine-color-orange-6)' : strategic ? RING : 'white'}
                  strokeWidth={focus === n.id ? 4 : strategic ? 3 : 1.5}
                />
                {showLabel && (
                  <text
                    x={p.x}
                    y={p.y + r + 12}
                    textAnchor="middle"
                    fontSize={focus === n.id ? 13 : 11}
                    fontWeight={focus === n.id || n.kind === 'vendor' ? 700 : 500}
                    fill="var(--mantine-color-text)"
                    stroke="var(--mantine-color-body)"
                    strokeWidth={3}
                    paintOrder="stroke"
                    style={{ pointerEvents: 'none' }}
                  >
                    {n.name.length > 28 ? `${n.name.slice(0, 27)}…` : n.name}
                  </text>
                )}
              </>
            );
            // The vendor's node is a landmark, not a link: your products have no 360 page.
            if (!n.partnerId)
              return (
                <g key={n.id} data-node={n.id} opacity={dim ? 0.25 : 1}>
                  {shape}
                </g>
              );
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG shape cannot be an <a>; it acts as a link
              <g
                key={n.id}
                role="link"
                tabIndex={0}
                aria-label={label}
                data-node={n.id}
                style={{ cursor: 'pointer', outline: 'none' }}
                opacity={dim ? 0.25 : 1}
                {...hover}
                onClick={open}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter') open();
                }}
              >
                {shape}
              </g>
            );
          })}
        </g>
      </svg>
      <Legend />
    </Card>
  );
}

function Legend() {
  return (
    <Group gap="lg" px="sm" pb="xs" wrap="wrap" aria-label="Legend">
      {(['channel', 'alliance'] as const).map((m) => (
        <Group key={m} gap={6}>
          <svg width={14} height={14} aria-hidden="true">
            <circle cx={7} cy={7} r={6} fill={NODE_FILL[m]} />
          </svg>
          <Text size="xs">{LABELS.motion[m]} partner</Text>
        </Group>
      ))}
      <Group gap={6}>
        <svg width={14} height={14} aria-hidden="true">
          <circle cx={7} cy={7} r={5} fill="var(--mantine-color-gray-5)" stroke={RING} strokeWidth={2.5} />
        </svg>
        <Text size="xs">Strategic</Text>
      </Group>
      <Group gap={6}>
        <svg width={14} height={14} aria-hidden="true">
          <circle cx={7} cy={7} r={6} fill={NODE_FILL.vendor} />
        </svg>
        <Text size="xs">Your products</Text>
      </Group>
      {EDGE_KINDS.map((kind) => (
        <Group key={kind} gap={6}>
          <svg width={28} height={10} aria-hidden="true">
            <line
              x1={2}
              y1={5}
              x2={26}
              y2={5}
              stroke={EDGE_STYLE[kind].color}
              strokeDasharray={EDGE_STYLE[kind].dash}
              strokeWidth={3}
            />
          </svg>
          <Text size="xs">{LABELS.ecosystemEdgeKind[kind]}</Text>
        </Group>
      ))}
      <Text size="xs" c="dimmed">
        Node size: the chosen measure; line width: value (deals) or number (integrations).
      </Text>
    </Group>
  );
}

function EdgeDrawer({
  edge,
  since,
  nodes,
  onClose,
}: {
  edge: EdgeRef | null;
  since?: string;
  nodes: EcosystemNode[];
  onClose: () => void;
}) {
  const detail = useEdgeDetail(edge, since);
  const nameOf = (id: string | undefined) => nodes.find((n) => n.id === id)?.name ?? '';
  return (
    <Drawer
      opened={edge !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={edge ? `${nameOf(edge.a)} ↔ ${nameOf(edge.b)}` : ''}
    >
      {edge && (
        <QueryState query={detail} loading="Loading the records…">
          {(d) => (
            <Stack gap="md">
              {d.opportunities.length > 0 && (
                <Table aria-label="Shared opportunities" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Opportunity</Table.Th>
                      <Table.Th>Connection</Table.Th>
                      <Table.Th>Roles</Table.Th>
                      <Table.Th ta="right">Amount</Table.Th>
                      <Table.Th>Close</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.opportunities.map((o) => (
                      <Table.Tr key={o.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/opportunities/${o.id}`} size="sm">
                            {o.number} · {o.title}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {o.account}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge size="sm" variant="light" color={COLORS.ecosystemEdgeKind[o.kind]}>
                            {LABELS.ecosystemEdgeKind[o.kind]}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">
                            {d.a.name}: {o.rolesA.map((r) => looseLabel(LABELS.involvementRole, r)).join(', ')}
                          </Text>
                          <Text size="xs">
                            {d.b.name}: {o.rolesB.map((r) => looseLabel(LABELS.involvementRole, r)).join(', ')}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{formatAmount(o.amount)}</Table.Td>
                        <Table.Td>{o.closeDate}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {d.integrations.length > 0 && (
                <Table aria-label="Integrations" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Integration</Table.Th>
                      <Table.Th>Products</Table.Th>
                      <Table.Th>Certification</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.integrations.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/partners/${i.partnerId}`} size="sm">
                            {i.name}
                          </Anchor>
                          {i.category && (
                            <Text size="xs" c="dimmed">
                              {i.category}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{i.products.join(', ') || '—'}</Table.Td>
                        <Table.Td>{looseLabel(certificationStatus, i.certification)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              {d.opportunities.length === 0 && d.integrations.length === 0 && (
                <Empty title="Nothing behind this connection" description="No shared records match the filters." />
              )}
            </Stack>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
