import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { SESSION_COOKIE } from '../src/server/authenticate.js';
import { count } from './plural.js';
import { log, status } from './progress.js';
import type { Person } from './scale-data.js';

/** Who makes the requests: nobody, the vendor's admin, or a partner admin (own company only). */
export type Caller = 'anonymous' | 'admin' | 'partner';

export type HttpScenario = {
  name: string;
  as: Caller;
  path: string;
  /** The path as reported, when the real one is unreadable (a long cursor). */
  display?: string;
  /** Rows a response must hold, checked once before the load starts. */
  expectRows?: 'some' | 1;
};

export type HttpResult = {
  name: string;
  as: Caller;
  path: string;
  requestsPerSecond: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  latencyAvgMs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

/** The fields of autocannon's `--json` result that the bench reads. */
type AutocannonJson = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
};

const AUTOCANNON_BIN = createRequire(import.meta.url).resolve('autocannon/autocannon.js');

export async function signIn(baseUrl: string, person: Person, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: person.email, password }),
  });
  if (res.status !== 200) throw new Error(`Signing in ${person.email} answered ${res.status}: ${await res.text()}`);
  const cookie = (res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '').split(';')[0];
  if (!cookie) throw new Error(`Signing in ${person.email} set no session cookie`);
  return cookie;
}

/**
 * A cursor from the middle of the default (by name) partner list, taken the way a client gets
 * one: by paging there through the API.
 */
export async function middleCursor(baseUrl: string, cookie: string, partners: number): Promise<string> {
  const limit = Math.min(500, Math.floor(partners / 2));
  const pages = Math.max(1, Math.round(partners / 2 / limit));
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await fetch(`${baseUrl}/api/v1/partners?limit=${limit}${query}`, { headers: { cookie } });
    const body = (await res.json()) as { nextCursor?: string | null };
    if (res.status !== 200 || !body.nextCursor) throw new Error(`Paging the partner list stopped at page ${page}: ${res.status}`);
    cursor = body.nextCursor;
  }
  if (!cursor) throw new Error('no cursor');
  return cursor;
}

/** One plain request first: a benchmark of 401s or empty pages would measure nothing useful. */
async function checkScenario(baseUrl: string, scenario: HttpScenario, cookie: string | undefined): Promise<void> {
  const res = await fetch(`${baseUrl}${scenario.path}`, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${scenario.name}: GET ${scenario.path} answered ${res.status}: ${text.slice(0, 300)}`);
  if (!scenario.expectRows) return;
  const rows = (JSON.parse(text) as { data?: unknown[] }).data?.length ?? 0;
  const ok = scenario.expectRows === 'some' ? rows > 0 : rows === scenario.expectRows;
  if (!ok) throw new Error(`${scenario.name}: expected ${scenario.expectRows} rows, got ${rows}`);
}

/**
 * Runs autocannon in its own process, so the load generator does not share the server's event
 * loop (on two cores the server's main thread, PGlite's worker and the client each want one).
 */
function autocannon(url: string, options: { connections: number; duration: number; cookie?: string }): Promise<AutocannonJson> {
  const args = [AUTOCANNON_BIN, '--json', '-c', String(options.connections), '-d', String(options.duration)];
  if (options.cookie) args.push('-H', `cookie:${options.cookie}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}: ${stderr.slice(-500)}`));
      try {
        resolve(JSON.parse(stdout) as AutocannonJson);
      } catch {
        reject(new Error(`autocannon printed no JSON: ${stdout.slice(0, 300)} ${stderr.slice(-300)}`));
      }
    });
  });
}

export async function runScenario(
  baseUrl: string,
  scenario: HttpScenario,
  cookies: Record<Caller, string | undefined>,
  options: { connections: number; duration: number },
): Promise<HttpResult> {
  const cookie = cookies[scenario.as];
  await checkScenario(baseUrl, scenario, cookie);
  status(`  ${scenario.name}: ${count(options.connections, 'connection')} for ${options.duration} s…`);
  const result = await autocannon(`${baseUrl}${scenario.path}`, { ...options, cookie });
  const outcome: HttpResult = {
    name: scenario.name,
    as: scenario.as,
    path: scenario.display ?? scenario.path,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyAvgMs: result.latency.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
  log(
    `  ${scenario.name}: ${Math.round(outcome.requestsPerSecond)} req/s, p50 ${outcome.latencyP50Ms} ms, ` +
      `p99 ${outcome.latencyP99Ms} ms, errors ${outcome.errors}, non-2xx ${outcome.non2xx}` +
      (outcome.non2xx > 0
        ? ` (${Object.entries(result.statusCodeStats ?? {})
            .map(([code, s]) => `${code}: ${s.count}`)
            .join(', ')})`
        : ''),
  );
  return outcome;
}
