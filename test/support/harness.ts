import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type Database, openDatabase } from '../../src/db/database.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { buildApp } from '../../src/server/app.js';
import { type Config, loadConfig } from '../../src/server/config.js';
import type { AnyRouteDef } from '../../src/server/route.js';
import { startWorkers } from '../../src/server/workers.js';
import { type Ctx, systemCtx } from '../../src/shared/context.js';
import type { Role } from '../../src/shared/roles.js';
import { type ApiClient, injectedClient } from './api-client.js';
import { setRowLevelSecurity } from './owner-sql.js';
import { createTestDatabaseTarget, testDbKind } from './test-database.js';
import { PASSWORD, seedWorld, type World } from './world.js';

// pg warns (once per process) when a connection is handed a query while it runs another; pg 9 will
// refuse it. Transactions queue their queries (src/db/scope.ts); anything else doing it fails the run.
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning' && warning.message.includes('already executing a query')) throw warning;
});

export type Response = {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of every route's shape; the tests assert them at run time.
  body: any;
  headers: LightMyRequestResponse['headers'];
  raw: LightMyRequestResponse;
};

export type RequestOptions = { headers?: Record<string, string>; query?: Record<string, string | number | boolean | undefined> };

export type Client = {
  email: string;
  csrfToken: string;
  cookie: string;
  get(url: string, options?: RequestOptions): Promise<Response>;
  post(url: string, body?: unknown, options?: RequestOptions): Promise<Response>;
  put(url: string, body?: unknown, options?: RequestOptions): Promise<Response>;
  patch(url: string, body?: unknown, options?: RequestOptions): Promise<Response>;
  delete(url: string, options?: RequestOptions): Promise<Response>;
};

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  kind: 'pglite' | 'postgres';
  /** A context acting as the system, for seeding data through the services. */
  system(): Ctx;
  request(method: string, url: string, options?: RequestOptions & { body?: unknown; cookie?: string }): Promise<Response>;
  login(email: string, password: string): Promise<Client>;
  /** A typed client signed in as `email` (the password is the test world's). */
  api(email: string, password?: string): Promise<ApiClient>;
  close(): Promise<void>;
};

/** Whether this run switches row-level security off (CONSORT_TEST_WALLS=service). */
export function serviceWallOnly(): boolean {
  return process.env.CONSORT_TEST_WALLS === 'service';
}

function withQuery(url: string, query?: RequestOptions['query']): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url;
}

function toResponse(raw: LightMyRequestResponse): Response {
  let body: unknown = raw.body;
  const type = String(raw.headers['content-type'] ?? '');
  if (type.includes('json') && raw.body.length > 0) body = JSON.parse(raw.body);
  return { status: raw.statusCode, body, headers: raw.headers, raw };
}

/**
 * Starts the whole application in-process on a fresh database of the kind this suite runs on
 * (CONSORT_TEST_DB=pglite | postgres), with migrations applied. Requests go through
 * `app.inject`, the real HTTP pipeline without a socket.
 */
export async function createTestApp(
  options: {
    env?: Record<string, string>;
    routes?: readonly AnyRouteDef[];
    /** Where the app's log goes (set LOG_LEVEL in `env` too); without one the app logs nothing. */
    logStream?: { write(line: string): void };
    /** Module workers to run beside the app (by name: 'jobs', 'webhooks'); none by default. */
    workers?: readonly string[];
  } = {},
): Promise<TestApp> {
  const { target, drop } = await createTestDatabaseTarget();
  // Uploaded files go to a folder of this app's own, removed with it.
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-test-files-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    CONSORT_WEB_DIR: '/nonexistent-web-dir',
    CONSORT_FILES_DIR: filesDir,
    ...(target.kind === 'postgres' ? { DATABASE_URL: target.url } : {}),
    ...options.env,
  });
  const database = await openDatabase(target);
  await prepareDatabase(database);
  // The service-wall project runs the isolation suites with row-level security off, so the
  // application's own scoping must hold the line alone (vitest.config.ts, 'api-service-wall').
  if (serviceWallOnly()) await setRowLevelSecurity(database, false);
  const app = await buildApp({
    config,
    database,
    logger: options.logStream ? { stream: options.logStream } : false,
    routes: options.routes,
  });
  await app.ready();
  const workers = options.workers?.length ? await startWorkers({ database, config, log: app.log }, options.workers) : null;

  const request: TestApp['request'] = async (method, url, opts = {}) => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.cookie) headers.cookie = opts.cookie;
    const raw = await app.inject({
      method: method as 'GET',
      url: withQuery(url, opts.query),
      headers,
      ...(opts.body === undefined ? {} : { payload: opts.body as object }),
    });
    return toResponse(raw);
  };

  const login = async (email: string, password: string): Promise<Client> => {
    const res = await request('POST', '/api/v1/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const setCookie = res.headers['set-cookie'];
    const cookieLine = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    const cookie = String(cookieLine).split(';')[0] as string;
    const client: Client = {
      email,
      csrfToken: res.body.csrfToken,
      cookie,
      get: (url, o) => request('GET', url, { ...o, cookie: client.cookie }),
      delete: (url, o) =>
        request('DELETE', url, { ...o, cookie: client.cookie, headers: { 'x-csrf-token': client.csrfToken, ...o?.headers } }),
      post: (url, body, o) =>
        request('POST', url, { ...o, body, cookie: client.cookie, headers: { 'x-csrf-token': client.csrfToken, ...o?.headers } }),
      put: (url, body, o) =>
        request('PUT', url, { ...o, body, cookie: client.cookie, headers: { 'x-csrf-token': client.csrfToken, ...o?.headers } }),
      patch: (url, body, o) =>
        request('PATCH', url, {
          ...o,
          body,
          cookie: client.cookie,
          headers: { 'x-csrf-token': client.csrfToken, ...o?.headers },
        }),
    };
    return client;
  };

  return {
    app,
    database,
    config,
    kind: testDbKind(),
    system: () => systemCtx(database.db, 'test'),
    request,
    login,
    async api(email, password = PASSWORD) {
      const client = await login(email, password);
      return injectedClient(app, { cookie: client.cookie, csrfToken: client.csrfToken });
    },
    async close() {
      await app.close();
      await workers?.stop();
      await database.close();
      await drop();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export type SeededApp = TestApp & {
  world: World;
  /**
   * A typed client signed in with `role`: the world's user of that role (partner roles: of
   * partner A, or of B with `partner: 'B'`), one session each, reused.
   */
  asUser(role: Role, partner?: 'A' | 'B'): Promise<ApiClient>;
};

const WORLD_USER: Record<Role, { A: keyof World['users']; B: keyof World['users'] }> = {
  admin: { A: 'admin', B: 'admin' },
  partner_manager: { A: 'pm', B: 'pm2' },
  executive: { A: 'executive', B: 'executive' },
  finance: { A: 'finance', B: 'finance' },
  partner_admin: { A: 'partnerAdminA', B: 'partnerAdminB' },
  partner_user: { A: 'partnerUserA', B: 'partnerUserB' },
};

/** A test app with the standard world of users and partners (see world.ts) already seeded. */
export async function createSeededApp(options: Parameters<typeof createTestApp>[0] = {}): Promise<SeededApp> {
  const t = await createTestApp(options);
  const world = await seedWorld(t.system());
  const clients = new Map<string, Promise<ApiClient>>();
  const asUser = (role: Role, partner: 'A' | 'B' = 'A') => {
    const user = world.users[WORLD_USER[role][partner]];
    let client = clients.get(user.email);
    if (!client) {
      client = t.api(user.email);
      clients.set(user.email, client);
    }
    return client;
  };
  return { ...t, world, asUser };
}
