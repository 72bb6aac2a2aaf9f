import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
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
    const { code, output } = await runBench(['--partners', '300', '--duration', '1', '--repetitions', '3', '--out', out], {
      // Reuse the suite's PostgreSQL server instead of starting another one.
      CONSORT_BENCH_DATABASE_URL: inject('pgAdminUrl'),
    });
    expect(code, output).toBe(0);

    const report = JSON.parse(fs.readFileSync(path.join(out, 'latest.json'), 'utf8')) as BenchReport;
    expect(report.settings.partners).toBe(300);
    expect(report.cpus).toBeGreaterThan(0);
    expect(report.databases.map((d) => d.kind)).toEqual(['pglite', 'postgres']);
    for (const db of report.databases) {
      expect(db.scaleData.partners).toBe(300);
      expect(db.scaleData.contacts).toBeGreaterThan(300);
      expect(db.scaleData.stageTransitions).toBeGreaterThan(300);
      expect(db.http).toHaveLength(6);
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
      for (const p of db.plans) {
        expect(p.asApp.topNode, `${db.kind} ${p.name}`).not.toBe('');
        expect(p.asOwner.topNode, `${db.kind} ${p.name}`).not.toBe('');
      }
    }
    const markdown = fs.readFileSync(path.join(out, 'latest.md'), 'utf8');
    expect(markdown).toContain('| health check (baseline)');
    expect(output).toContain('| partners: first page');
  }, 120_000);

  it('refuses a bad option with a message and the usage', async () => {
    const { code, output } = await runBench(['--partners', 'many']);
    expect(code).toBe(2);
    expect(output).toContain('--partners must be a whole number');
    expect(output).toContain('Usage: npm run bench');
  });
});
