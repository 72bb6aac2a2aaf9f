import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { withTx } from '../../src/db/scope.js';
import { makeTestPartner } from '../../src/modules/partners/index.js';
import { loadRecordKinds, loadRoutes } from '../../src/server/module.js';
import { type AnyRouteDef, defineRoute, type ExampleRefs, exampleQueryOf } from '../../src/server/route.js';
import { type Ctx, systemCtx } from '../../src/shared/context.js';
import { isPartnerRole, type Role } from '../../src/shared/roles.js';
import { createSeededApp, createTestApp, type Response, type TestApp } from '../support/harness.js';
import { makeUser, PASSWORD, unique, type World } from '../support/world.js';

/**
 * Hostile text in every string field of every route's example body and in every query parameter
 * of every list: a NUL byte, a 100,000-character string and look-alike (homoglyph) text. Bad input
 * is a 4xx problem naming the field, never a 500 (PostgreSQL refuses NUL in text and jsonb).
 */

const routes = await loadRoutes();
const kinds = await loadRecordKinds();

const HOMOGLYPHS: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', T: 'Т' };
const PAYLOADS = {
  nul: (value: string) => `${value.slice(0, 1)}\u0000${value.slice(1)}`,
  long: () => 'x'.repeat(100_000),
  homoglyph: (value: string) => [...(value || 'paypal')].map((ch) => HOMOGLYPHS[ch] ?? ch).join(''),
} as const;
type Payload = keyof typeof PAYLOADS;

/** Every string in an example body, by the path problems name it with ("domains.0"). */
function stringLeaves(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringLeaves(item, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, path ? `${path}.${key}` : key));
  }
  return [];
}

function replaced(body: unknown, path: string, next: string): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = next;
  return copy;
}

/** The role that calls the route in these cases: an admin where admitted, else the first admitted. */
function callerOf(route: AnyRouteDef): Role | 'anonymous' {
  if (route.access.kind === 'public') return 'anonymous';
  return route.access.roles.includes('admin') ? 'admin' : (route.access.roles[0] as Role);
}

let t: TestApp & { world: World };
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

/** A fresh caller for each case: some cases change the caller (a new password, a signed-out session). */
async function freshCaller(role: Role) {
  const user = await makeUser(t.system(), role, isPartnerRole(role) ? t.world.partnerA.id : null);
  const client = await t.login(user.email, PASSWORD);
  const ctx: Ctx = {
    ...t.system(),
    actor: {
      kind: 'user',
      userId: user.id,
      role,
      partnerId: user.partnerId,
      email: user.email,
      name: user.name,
      sessionId: null,
      tokenId: null,
    },
  };
  return { user, client, ctx };
}

async function urlFor(route: AnyRouteDef, owner: Awaited<ReturnType<typeof freshCaller>> | null): Promise<string> {
  if (!route.target) return route.url;
  const kind = kinds.get(route.target);
  // A public route (no caller) is aimed at a record the system made.
  if (!kind || (!owner && route.access.kind !== 'public'))
    throw new Error(`${route.method} ${route.url}: no record kind ${route.target} or no caller`);
  // A partner-side caller (of partner A) is aimed at its own company's record.
  const partnerSide = owner !== null && owner.user.partnerId !== null;
  const partnerId =
    kind.belongsTo === 'partner'
      ? partnerSide
        ? t.world.partnerA.id
        : (await makeTestPartner(t.system(), t.world.users.pm.id)).id
      : kind.belongsTo === 'vendor'
        ? null
        : t.world.partnerA.id;
  const user = owner?.user ?? t.world.users.admin;
  const params = await kind.make(t.system(), {
    partnerId,
    existingPartner: t.world.partnerA.id,
    user: { id: user.id, email: user.email, password: PASSWORD, ctx: owner?.ctx ?? t.system() },
  });
  return route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => params[name] as string);
}

type Caller = Awaited<ReturnType<typeof freshCaller>>;
const shared = new Map<string, Promise<{ caller: Caller | null; url: string }>>();

/**
 * The caller and the URL of a case. A NUL byte and a 100,000-character string are refused before
 * anything happens, so those cases of a route share one caller and one target record (making
 * them is most of a case's time); look-alike text is valid and may change the caller or the
 * record, so each of those cases gets its own.
 */
function setupOf(route: AnyRouteDef, payload: Payload, withCaller: boolean): Promise<{ caller: Caller | null; url: string }> {
  const make = async () => {
    const role = callerOf(route);
    const caller = withCaller && role !== 'anonymous' ? await freshCaller(role) : null;
    return { caller, url: await urlFor(route, caller) };
  };
  if (payload === 'homoglyph') return make();
  const key = `${route.method} ${route.url} ${withCaller}`;
  let setup = shared.get(key);
  if (!setup) {
    setup = make();
    shared.set(key, setup);
  }
  return setup;
}

/** Example references; before the world exists (collecting the cases), placeholders of the same shape. */
function refs(): ExampleRefs {
  if (!t) {
    const id = '01a20000-0000-7000-8000-000000000001';
    return {
      partnerId: id,
      partnerDomain: 'example.com',
      userId: id,
      tierId: id,
      vendorUserId: id,
      unique: 'u',
      seq: 1,
      password: PASSWORD,
    };
  }
  return {
    partnerId: t.world.partnerA.id,
    partnerDomain: t.world.partnerA.domains[0] as string,
    userId: t.world.users.partnerUserA.id,
    tierId: t.world.tierId,
    vendorUserId: t.world.users.pm.id,
    unique: unique(),
    seq: Math.floor(Math.random() * 800),
    password: PASSWORD,
  };
}

function expectRefused(res: Response, payload: Payload, field: string, what: string) {
  expect(res.status, what).toBeLessThan(500);
  if (payload !== 'homoglyph') {
    expect(res.status, what).toBeGreaterThanOrEqual(400);
    expect([401, 403, 404], what).not.toContain(res.status);
  }
  if (res.status >= 400) {
    expect(String(res.headers['content-type']), what).toContain('application/problem+json');
    // Look-alike text is valid text: a route may still refuse the request for a reason of its own
    // that names no field (the public application form without a real form token).
    const refusedForAnotherReason = payload === 'homoglyph' && res.body.errors === undefined;
    if ((res.status === 400 || res.status === 422) && !refusedForAnotherReason) {
      expect(
        (res.body.errors ?? []).map((e: { path: string }) => e.path),
        what,
      ).toContain(field);
    }
  }
}

/** Bodies for the routes that carry no example (public ones, which the matrix sends empty). */
const EXTRA_EXAMPLES: Record<string, () => Record<string, unknown>> = {
  'POST /api/v1/auth/login': () => ({ email: 'someone@example.com', password: 'a password of some length' }),
};
const exampleOf = (route: AnyRouteDef) => (route.example ?? EXTRA_EXAMPLES[`${route.method} ${route.url}`])?.(refs());

const bodyCases = routes
  .filter((route) => route.body)
  .flatMap((route) =>
    stringLeaves(exampleOf(route)).flatMap((leaf) =>
      (Object.keys(PAYLOADS) as Payload[]).map((payload) => ({ route, field: leaf.path, payload })),
    ),
  );

const queryCases = routes
  .filter((route) => route.method === 'GET' && route.query)
  .flatMap((route) =>
    Object.keys((route.query as z.ZodObject).shape).flatMap((field) =>
      (Object.keys(PAYLOADS) as Payload[]).map((payload) => ({ route, field, payload })),
    ),
  );

describe('hostile text in request bodies', () => {
  it('covers every route whose body has text, the sign-in included', () => {
    const withText = routes.filter((route) => route.body && stringLeaves(exampleOf(route) ?? { missing: 'example' }).length > 0);
    expect(new Set(bodyCases.map((c) => c.route))).toEqual(new Set(withText));
    expect(bodyCases.map((c) => c.route.url)).toContain('/api/v1/auth/login');
  });

  it.each(bodyCases.map((c) => [`${c.route.method} ${c.route.url} ${c.field} ← ${c.payload}`, c] as const))(
    '%s',
    async (_name, { route, field, payload }) => {
      const { caller, url } = await setupOf(route, payload, true);
      const example = exampleOf(route);
      const original = stringLeaves(example).find((leaf) => leaf.path === field)?.value ?? '';
      const body = replaced(example, field, PAYLOADS[payload](original));
      const res = caller
        ? await t.request(route.method, url, {
            body,
            cookie: caller.client.cookie,
            headers: { 'x-csrf-token': caller.client.csrfToken },
          })
        : await t.request(route.method, url, { body });
      expectRefused(
        res,
        payload,
        field,
        `${route.method} ${url} ${field} ← ${payload}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    },
  );
});

const worldClients = new Map<string, ReturnType<TestApp['login']>>();
/** A world user's session, signed in once (lists change nothing). */
function worldClient(key: 'admin' | 'partnerUserA') {
  let client = worldClients.get(key);
  if (!client) {
    client = t.login(t.world.users[key].email, PASSWORD);
    worldClients.set(key, client);
  }
  return client;
}

describe('hostile text in list query parameters', () => {
  it('covers every list', () => {
    expect(new Set(queryCases.map((c) => c.route)).size).toBe(routes.filter((r) => r.method === 'GET' && r.query).length);
  });

  it.each(queryCases.map((c) => [`${c.route.url}?${c.field} ← ${c.payload}`, c] as const))(
    '%s',
    async (_name, { route, field, payload }) => {
      const role = callerOf(route);
      // A list under a record (a partner's contacts, as an export) is aimed at a record of its kind.
      const { caller: owner, url } = await setupOf(route, payload, Boolean(route.target));
      const client = owner?.client ?? (await worldClient(role === 'admin' ? 'admin' : 'partnerUserA'));
      // The route's example query fills what it requires (a drill-down's month and measure), so the
      // hostile value is the one thing wrong with the request.
      const res = await client.get(url, { query: { ...exampleQueryOf(route, refs()), [field]: PAYLOADS[payload]('abc') } });
      expectRefused(
        res,
        payload,
        field,
        `${route.url}?${field} ← ${payload}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
      );
    },
  );

  it('refuses a crafted cursor carrying a NUL byte, naming the cursor', async () => {
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const cursor = Buffer.from(JSON.stringify({ k: 'users:name', v: ['a\u0000b', t.world.users.admin.id] })).toString(
      'base64url',
    );
    const res = await admin.get('/api/v1/users', { query: { cursor } });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['cursor']);
  });

  it('refuses a NUL byte in an Idempotency-Key, naming the header', async () => {
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const res = await admin.post(
      '/api/v1/tiers',
      { name: `Tier ${unique()}`, rank: 990 },
      { headers: { 'idempotency-key': 'k\u0000' } },
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['Idempotency-Key']);
  });
});

describe('what reaches the database anyway (defence in depth)', () => {
  const SECRET = 'secret-parameter-3141592653';
  const probes = [
    defineRoute({
      method: 'POST',
      url: '/api/v1/test-only/nul',
      summary: 'test',
      tags: ['test'],
      access: { kind: 'public' },
      handler: async ({ ctx }) => {
        await withTx(systemCtx(ctx.db, 'test'), (c) => c.tx.execute(sql`SELECT ${'a\u0000b'}::text AS value`));
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/test-only/fault',
      summary: 'test',
      tags: ['test'],
      access: { kind: 'public' },
      handler: async ({ ctx }) => {
        // An unmapped failure (division by zero) of a statement whose parameter is a secret.
        await withTx(systemCtx(ctx.db, 'test'), (c) =>
          c.tx.execute(sql`SELECT ${SECRET}::text AS value, 1 / (SELECT 0) AS boom`),
        );
        return { ok: true };
      },
    }),
  ];
  let logged = '';
  let probe: TestApp;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logged += String(chunk);
        done();
      },
    });
    probe = await createTestApp({ routes: [...routes, ...probes], env: { LOG_LEVEL: 'info' }, logStream: stream });
  });
  afterAll(async () => probe?.close());

  it("maps PostgreSQL's invalid-text errors to a 400 problem", async () => {
    const res = await probe.request('POST', '/api/v1/test-only/nul', { body: {} });
    expect(res.status).toBe(400);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    expect(res.body.detail).toMatch(/NUL/);
  });

  it('logs a failed statement with its SQL and error code but never its parameters', async () => {
    const res = await probe.request('POST', '/api/v1/test-only/fault', { body: {} });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    const lines = logged.split('\n').filter((line) => line.includes('unhandled error'));
    expect(lines.length).toBe(1);
    expect(lines[0]).toContain('division by zero');
    expect(lines[0]).toContain('22012');
    expect(lines[0]).toContain('Failed query: SELECT $1::text');
    expect(logged).not.toContain(SECRET);
  });

  it('logs a refused request line without the body', async () => {
    await probe.request('POST', '/api/v1/auth/login', { body: { email: `a@b.c`, password: `${SECRET}\u0000` } });
    expect(logged).not.toContain(SECRET);
  });
});
