import os from 'node:os';
import type { DatabaseResult } from './bench-database.js';
import { CEILING } from './bench-database.js';
import type { BenchOptions } from './options.js';
import type { PlanShape } from './plans.js';
import { count } from './plural.js';

export type BenchReport = {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  settings: { partners: number; durationSeconds: number; connections: number; repetitions: number };
  runSeconds: number;
  databases: DatabaseResult[];
};

export function buildReport(options: BenchOptions, databases: DatabaseResult[], runSeconds: number): BenchReport {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    settings: {
      partners: options.partners,
      durationSeconds: options.duration,
      connections: options.connections,
      repetitions: options.repetitions,
    },
    runSeconds,
    databases,
  };
}

/** Errors, timeouts and non-2xx answers under load: each one fails the bench. */
export function failures(report: BenchReport): string[] {
  return report.databases.flatMap((db) =>
    db.http
      .filter((h) => h.errors + h.timeouts + h.non2xx > 0)
      .map(
        (h) =>
          `${db.label}: ${h.name}: ${count(h.errors, 'error')}, ${count(h.timeouts, 'timeout')}, ${count(h.non2xx, 'non-2xx answer')}`,
      ),
  );
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));
const short = (label: string) => label.replace(/ \(.*\)$/, '');

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function httpTable(dbs: readonly DatabaseResult[]): string[] {
  const first = dbs[0];
  if (!first) return [];
  const header = [
    'benchmark',
    'as',
    ...dbs.flatMap((d) => [`${short(d.label)} req/s`, 'of ceiling', 'p50 / p99 ms', 'errors / non-2xx']),
  ];
  const rows = first.http.map((h, i) => [
    `${h.name}<br>\`${h.path}\``,
    h.as,
    ...dbs.flatMap((d) => {
      const r = d.http[i];
      // Reads as a share of the ceiling measured in the same run (bench-database.ts).
      const ceiling = d.http.find((x) => x.name === CEILING)?.requestsPerSecond ?? 0;
      const share =
        r && ceiling > 0 && h.path.startsWith('/api/') ? `${Math.round((100 * r.requestsPerSecond) / ceiling)} %` : '';
      return r
        ? [int(r.requestsPerSecond), share, `${r.latencyP50Ms} / ${r.latencyP99Ms}`, `${r.errors + r.timeouts} / ${r.non2xx}`]
        : ['', '', '', ''];
    }),
  ]);
  return table(header, rows);
}

function floorTable(dbs: readonly DatabaseResult[]): string[] {
  const first = dbs[0];
  if (!first) return [];
  const header = [
    'computation',
    'statements (service transactions)',
    ...dbs.flatMap((d) => [`${short(d.label)} service ms`, 'floor ms', 'ratio']),
  ];
  const rows = first.computations.map((c, i) => [
    c.name,
    `${c.statements} (${c.serviceTransactions})`,
    ...dbs.flatMap((d) => {
      const r = d.computations[i];
      return r ? [ms(r.serviceMedianMs), ms(r.floorMedianMs), `${r.ratio.toFixed(2)}×`] : ['', '', ''];
    }),
  ]);
  return table(header, rows);
}

function planTable(dbs: readonly DatabaseResult[]): string[] {
  const first = dbs[0];
  if (!first) return [];
  const describe = (p: PlanShape) => `${p.path}${p.seqScans.length > 0 ? ' **(sequential scan)**' : ''}`;
  const rows = first.plans.map((p, i) => [
    p.name,
    ...dbs.flatMap((d) => {
      const plan = d.plans[i];
      return plan ? [describe(plan.asApp), describe(plan.asOwner)] : ['', ''];
    }),
  ]);
  return table(['query', ...dbs.flatMap((d) => [`${short(d.label)}: as the app (RLS)`, 'as the owner (floor)'])], rows);
}

function webhookTable(dbs: readonly DatabaseResult[]): string[] {
  const rows = dbs.map((d) => [d.label, d.webhooks.samples, ms(d.webhooks.p50Ms), ms(d.webhooks.p99Ms), ms(d.webhooks.maxMs)]);
  return table(['database', 'webhooks', 'p50 ms', 'p99 ms', 'max ms'], rows);
}

function dealTable(dbs: readonly DatabaseResult[]): string[] {
  const rows = dbs.map((d) =>
    d.deals
      ? [
          d.label,
          d.deals.registrations,
          d.deals.concurrency,
          d.deals.flagged,
          ms(d.deals.serviceP50Ms),
          ms(d.deals.serviceP99Ms),
          ms(d.deals.floorP50Ms),
          ms(d.deals.floorP99Ms),
          d.deals.registrationsPerSecond.toFixed(0),
        ]
      : [d.label, '', '', '', '', '', '', '', ''],
  );
  return table(
    ['database', 'registrations', 'at once', 'flagged', 'p50 ms', 'p99 ms', 'floor p50 ms', 'floor p99 ms', 'per s'],
    rows,
  );
}

function leadRoutingTable(dbs: readonly DatabaseResult[]): string[] {
  const rows = dbs.map((d) =>
    d.leadRouting
      ? [
          d.label,
          `${d.leadRouting.rules} × ${d.leadRouting.partners}`,
          d.leadRouting.engineLeadsPerSecond.toFixed(0),
          d.leadRouting.worldPartners,
          ms(d.leadRouting.worldLoadMs),
          ms(d.leadRouting.worldFloorMs),
          d.leadRouting.serviceLeadsPerSecond.toFixed(0),
        ]
      : [d.label, '', '', '', '', '', ''],
  );
  return table(
    ['database', 'rules × partners', 'engine leads/s', 'routable partners', 'world ms', 'floor ms', 'service decisions/s'],
    rows,
  );
}

function importTable(dbs: readonly DatabaseResult[]): string[] {
  const rows = dbs.flatMap((d) =>
    (d.imports ?? []).map((i) => [
      d.label,
      int(i.rows),
      `${(i.bytes / 1024 / 1024).toFixed(1)} MB`,
      i.seconds.toFixed(1),
      int(i.rowsPerSecond),
      String(i.peakRssMb),
      String(i.rssGrowthMb),
    ]),
  );
  return table(['', 'rows', 'file', 's', 'rows/s', 'peak RSS (MB)', 'RSS growth (MB)'], rows);
}

function dataTable(dbs: readonly DatabaseResult[]): string[] {
  const keys = ['partners', 'contacts', 'stageTransitions', 'users', 'tiers'] as const;
  const rows = [
    ...keys.map((k) => [k, ...dbs.map((d) => int(d.scaleData[k]))]),
    ['load time (s)', ...dbs.map((d) => d.scaleData.seconds.toFixed(1))],
    ['server version', ...dbs.map((d) => d.serverVersion)],
  ];
  return table(['', ...dbs.map((d) => d.label)], rows);
}

const READING = `**How to read this.** The machine is small (2 cores) and shared, so absolute numbers move
by a third or more between runs; compare *ratios* measured in the same run (PGlite against
PostgreSQL, a list endpoint against the health-check baseline, the service against its floor)
rather than numbers from different days. The load generator runs on the same 2 cores as the
server (and, for PGlite, the database worker), so req/s is a floor on what the app can do, not a
ceiling. The *floor* is the very SQL the service sent, replayed on a plain connection as the
owner: a ratio near 1 means the service adds little; a large ratio is per-call overhead
(transactions that carry the caller's scope, row-level security, ORM mapping, extra lookups), which
matters most for fast queries. Latencies are autocannon's, in whole milliseconds.`;

export function toMarkdown(report: BenchReport): string {
  const s = report.settings;
  const lines = [
    `# Consort benchmarks — ${report.date.slice(0, 10)}`,
    '',
    `Node ${report.node} on ${report.platform}, ${report.cpus} × ${report.cpuModel}, ${report.memoryGb} GB RAM. ` +
      `${count(s.partners, 'partner')}; HTTP load by autocannon, ${count(s.connections, 'connection')}, ${s.durationSeconds} s per ` +
      `benchmark; service-vs-floor timings are medians of ${count(s.repetitions, 'run')}. Whole run: ${Math.round(report.runSeconds)} s.`,
    '',
    '## HTTP API under load (signed-in cookie)',
    '',
    ...httpTable(report.databases),
    '',
    '## Service vs the raw-SQL floor (median of one call)',
    '',
    ...floorTable(report.databases),
    '',
    '## Webhook latency (commit → received by a receiver on 127.0.0.1, one at a time)',
    '',
    ...webhookTable(report.databases),
    '',
    "## Query plans of the hot queries (EXPLAIN of the service's main statement)",
    '',
    ...planTable(report.databases),
    '',
    '## Deal registration with the conflict check, under concurrency (service vs its SQL floor)',
    '',
    ...dealTable(report.databases),
    '',
    '## Lead routing (the pure engine; the service: routing world loaded set-based vs its SQL floor, then a decision per lead)',
    '',
    ...leadRoutingTable(report.databases),
    '',
    '## CSV import (partners, one transaction, checked in batches)',
    '',
    ...importTable(report.databases),
    '',
    '## Scale data',
    '',
    ...dataTable(report.databases),
    '',
    READING,
    '',
  ];
  return lines.join('\n');
}
