import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseOptions } from '../../bench/options.js';
import { progress } from '../../bench/progress.js';
import type { BenchReport } from '../../bench/report.js';

/**
 * `npm run bench` end to end in a tiny configuration: both databases, every benchmark, real HTTP
 * load. Timings are reported, never asserted; what must hold is that every benchmark produced
 * numbers and that no request under load failed.
 */
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function runBench(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run bench', () => {
  it('benchmarks PGlite and PostgreSQL and writes results with numbers for every benchmark and no errors', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-bench-test-'));
    dirs.push(out);
    const { code, output } = await runBench(
      ['--partners', '300', '--duration', '1', '--repetitions', '3', '--import-rows', '2000', '--out', out],
      {
        // Reuse the suite's PostgreSQL server instead of starting another one.
        CONSORT_BENCH_DATABASE_URL: inject('pgAdminUrl'),
      },
    );
    expect(code, output).toBe(0);

    const report = JSON.parse(fs.readFileSync(path.join(out, 'latest.json'), 'utf8')) as BenchReport;
    expect(report.settings.partners).toBe(300);
    expect(report.cpus).toBeGreaterThan(0);
    expect(report.databases.map((d) => d.kind)).toEqual(['pglite', 'postgres']);
    for (const db of report.databases) {
      expect(db.scaleData.partners).toBe(300);
      expect(db.scaleData.contacts).toBeGreaterThan(300);
      expect(db.scaleData.stageTransitions).toBeGreaterThan(300);
      // The health check, the bare and ceiling reference routes, then six reads of the API (bench-database.ts).
      expect(db.imports.map((i) => i.rows)).toEqual([200, 2000]);
      for (const i of db.imports) expect(i.rowsPerSecond).toBeGreaterThan(0);
      expect(db.http).toHaveLength(10);
      for (const h of db.http) {
        expect(h.requestsPerSecond, `${db.kind} ${h.name}`).toBeGreaterThan(0);
        expect(h.requests, `${db.kind} ${h.name}`).toBeGreaterThan(0);
        expect(h.errors + h.timeouts + h.non2xx, `${db.kind} ${h.name}`).toBe(0);
        // autocannon reports whole milliseconds, so a fast endpoint's p50 may be 0.
        expect(h.latencyP99Ms).toBeGreaterThanOrEqual(h.latencyP50Ms);
      }
      expect(db.computations.length).toBeGreaterThanOrEqual(2);
      for (const c of db.computations) {
        expect(c.serviceMedianMs, `${db.kind} ${c.name}`).toBeGreaterThan(0);
        expect(c.floorMedianMs, `${db.kind} ${c.name}`).toBeGreaterThan(0);
        expect(c.ratio, `${db.kind} ${c.name}`).toBeGreaterThan(0);
        expect(c.statements).toBeGreaterThan(0);
      }
      // Webhook latency: commit → received by a local receiver, every sample arrived.
      expect(db.webhooks.samples, db.kind).toBeGreaterThan(0);
      expect(db.webhooks.p50Ms, db.kind).toBeGreaterThan(0);
      expect(db.webhooks.p99Ms, db.kind).toBeGreaterThanOrEqual(db.webhooks.p50Ms);
      for (const p of db.plans) {
        expect(p.asApp.topNode, `${db.kind} ${p.name}`).not.toBe('');
        expect(p.asOwner.topNode, `${db.kind} ${p.name}`).not.toBe('');
      }
    }
    const markdown = fs.readFileSync(path.join(out, 'latest.md'), 'utf8');
    expect(markdown).toContain('| health check (baseline)');
    expect(markdown).toContain('## Webhook latency');
    expect(output).toContain('| partners: first page');
    // Counts read as English: "1 transaction", "3 statements".
    expect(output).toMatch(/\b[2-9] statements, 1 transaction\)/);
    expect(output).not.toMatch(/\b1 (statements|transactions|runs|connections|partners|errors|timeouts)\b/);
  }, 300_000); // Every case on both databases: about 100 s on a quiet machine; no timing is asserted.

  it('writes to an ignored folder unless asked to record, so a run never changes the committed results', async () => {
    const outOf = (argv: string[]) => {
      const options = parseOptions(argv);
      return options === 'help' ? null : options.out;
    };
    expect(outOf([])).toBe(path.resolve('bench/results/local'));
    expect(outOf(['--record'])).toBe(path.resolve('bench/results'));
    expect(outOf(['--out', '/tmp/x'])).toBe('/tmp/x');
    expect(() => parseOptions(['--record', '--out', '/tmp/x'])).toThrow(/--record and --out/);
    // git says the default folder is ignored (and the recorded results are not).
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', file]).status === 0;
    expect(ignored('bench/results/local/latest.json')).toBe(true);
    expect(ignored('bench/results/latest.json')).toBe(false);
  });

  it('reports progress at each quarter with the real share done, even when a step jumps several quarters', () => {
    const lines = (total: number, steps: number[]) => {
      const stream = new PassThrough();
      let text = '';
      stream.on('data', (chunk) => (text += chunk));
      const bar = progress('partners', total, stream);
      for (const done of steps) bar.tick(done);
      bar.done();
      return text.split('\n').filter(Boolean);
    };
    expect(lines(2000, [1000, 2000])).toEqual([
      '  partners: 1000/2000 (50%)',
      expect.stringMatching(/^ {2}partners: 2000\/2000 in \d/),
    ]);
    expect(lines(20_000, [1000, 6000, 11_000, 20_000]).slice(0, 2)).toEqual([
      '  partners: 6000/20000 (30%)',
      '  partners: 11000/20000 (55%)',
    ]);
    expect(lines(300, [300])).toHaveLength(1);
  });

  it('refuses a bad option with a message and the usage', async () => {
    const { code, output } = await runBench(['--partners', 'many']);
    expect(code).toBe(2);
    expect(output).toContain('--partners must be a whole number');
    expect(output).toContain('Usage: npm run bench');
  });
});
