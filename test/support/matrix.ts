import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestPartner } from '../../src/modules/partners/index.js';
import { loadModules, type RecordKind } from '../../src/server/module.js';
import { type AnyRouteDef, type ExampleRefs, exampleQueryOf } from '../../src/server/route.js';
import type { AccessTable, Grant } from '../../src/shared/access-table.js';
import type { Ctx } from '../../src/shared/context.js';
import { isPartnerRole, ROLES, type Role } from '../../src/shared/roles.js';
import { type Client, createSeededApp, type Response, serviceWallOnly, type TestApp } from './harness.js';
import { actingAs, PASSWORD, unique, type World } from './world.js';

/**
 * The authorization matrix: every registered route × every role (and no sign-in at all) ×
 * {a record of the caller's own partner, another partner's, the vendor's, one that does not
 * exist}. What must happen comes from the modules' hand-written access tables
 * (`src/modules/<m>/<m>.access-table.ts`), which the server never reads: the route declarations
 * and the behaviour are both held to them, so a wrong grant is caught wherever it was made. A new
 * route is covered the moment its module registers it.
 */

type Caller = Role | 'anonymous';
type Which = 'own' | 'other' | 'vendor' | 'missing';
type Expected = 'success' | 401 | 403 | 404 | 'client-error' | 'same-as-missing';

const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];
const CALLER_USER: Record<Role, keyof World['users']> = {
  admin: 'admin',
  partner_manager: 'pm',
  executive: 'executive',
  finance: 'finance',
  partner_admin: 'partnerAdminA',
  partner_user: 'partnerUserA',
};

const modules = await loadModules();
const routes: readonly AnyRouteDef[] = modules.flatMap((m) => m.routes ?? []);
const kinds = new Map<string, RecordKind>(modules.flatMap((m) => (m.recordKinds ?? []).map((k) => [k.name, k] as const)));
const accessTable = await loadAccessTables();

/** Every module's `<m>.access-table.ts`, merged by record kind and action. */
async function loadAccessTables(): Promise<AccessTable> {
  const dir = path.resolve(import.meta.dirname, '../../src/modules');
  const merged: Record<string, Record<string, Record<Role, Grant>>> = {};
  for (const folder of fs.readdirSync(dir)) {
    const file = path.join(dir, folder, `${folder}.access-table.ts`);
    if (!fs.existsSync(file)) continue;
    const { accessTable: table } = (await import(file)) as { accessTable: AccessTable };
    for (const [kind, actions] of Object.entries(table)) {
      for (const [action, grants] of Object.entries(actions)) {
        merged[kind] ??= {};
        if (merged[kind][action]) throw new Error(`${kind}.${action} is in two access tables`);
        merged[kind][action] = grants;
      }
    }
  }
  return merged;
}

/** The table's answer for a route and a role; a route without a row in the tables fails. */
export function grantOf(route: AnyRouteDef, role: Role): Grant {
  const [kind = '', action = ''] = (route.permission ?? '').split('.');
  const grant = accessTable[kind]?.[action]?.[role];
  if (!grant)
    throw new Error(`${route.method} ${route.url}: no access-table row for ${route.permission} (add it to the module's table)`);
  return grant;
}

function expectedOutcome(route: AnyRouteDef, caller: Caller, which: Which | null): Expected {
  if (route.access.kind === 'public') return 'success';
  if (caller === 'anonymous') return 401;
  const grant = grantOf(route, caller);
  if (grant === 'never') return 403;
  if (route.bodyTarget) {
    if (which === 'missing') return 'client-error';
    if (which === 'other' && grant === 'own') return 'same-as-missing';
    return 'success';
  }
  switch (which) {
    case null:
    case 'own':
      return 'success';
    case 'missing':
      return 404;
    case 'other':
    case 'vendor':
      return grant === 'any' ? 'success' : grant === 'owned' ? 403 : 404;
  }
}

function kindOf(route: AnyRouteDef): RecordKind | undefined {
  if (!route.target) return undefined;
  const kind = kinds.get(route.target);
  if (!kind) throw new Error(`${route.method} ${route.url}: no module declares record kind ${route.target}`);
  return kind;
}

function targetsOf(route: AnyRouteDef): (Which | null)[] {
  if (route.bodyTarget) return ['own', 'other', 'missing'];
  const kind = kindOf(route);
  if (!kind) return [null];
  switch (kind.belongsTo) {
    case 'vendor':
      return ['own', 'missing'];
    case 'person':
      return ['own', 'other', 'vendor', 'missing'];
    case 'partner':
    case 'user':
      return ['own', 'other', 'missing'];
  }
}

let t: TestApp & { world: World };
let cases = 0;
let seq = 0;

function userCtx(user: World['users'][keyof World['users']]): Ctx {
  return actingAs(t.system(), user);
}

function owningUser(key: keyof World['users']) {
  const user = t.world.users[key];
  return { id: user.id, email: user.email, password: PASSWORD, ctx: userCtx(user) };
}

/**
 * The partner a record aimed at `which` belongs to. Changing routes get a fresh partner each
 * time, so one case cannot spoil the next (a deleted partner, a changed stage); a partner
 * manager's own is one they own, another partner one a colleague owns.
 */
async function partnerFor(which: 'own' | 'other', caller: Role, mutating: boolean): Promise<string> {
  const w = t.world;
  if (isPartnerRole(caller))
    return which === 'own' ? w.partnerA.id : mutating ? (await freshPartner(w.users.pm2.id)).id : w.partnerB.id;
  if (!mutating) return which === 'own' ? w.partnerA.id : w.partnerB.id;
  // The matrix's partner manager is `pm`: its own partners are pm's, another's are pm2's.
  return (await freshPartner(which === 'other' ? w.users.pm2.id : w.users.pm.id)).id;
}

function freshPartner(ownerId: string) {
  return makeTestPartner(t.system(), ownerId);
}

/** Path parameters aimed at `which` record of the route's kind. */
async function paramsFor(route: AnyRouteDef, kind: RecordKind, which: Which, caller: Role): Promise<Record<string, string>> {
  const w = t.world;
  const sys = t.system();
  const existingPartner = w.partnerA.id;
  if (which === 'missing') return kind.missing({ existingPartner, missingId: randomUUID() });
  const mutating = route.method !== 'GET';
  switch (kind.belongsTo) {
    case 'partner': {
      const partnerId = await partnerFor(which as 'own' | 'other', caller, mutating);
      return kind.make(sys, { partnerId, existingPartner, user: owningUser(CALLER_USER[caller]) });
    }
    case 'person': {
      const partnerId = which === 'vendor' ? null : which === 'own' ? w.partnerA.id : w.partnerB.id;
      return kind.make(sys, { partnerId, existingPartner, user: owningUser(CALLER_USER[caller]) });
    }
    case 'user': {
      const owner = owningUser(which === 'own' ? CALLER_USER[caller] : 'partnerUserB');
      return kind.make(sys, { partnerId: null, existingPartner, user: owner });
    }
    case 'vendor':
      return kind.make(sys, { partnerId: null, existingPartner, user: owningUser(CALLER_USER[caller]) });
  }
}

function refsFor(route: AnyRouteDef, which: Which | null): ExampleRefs {
  const w = t.world;
  const partnerId = !route.bodyTarget || which === 'own' ? w.partnerA.id : which === 'other' ? w.partnerB.id : randomUUID();
  const partnerDomain =
    partnerId === w.partnerA.id ? w.partnerA.domains[0] : partnerId === w.partnerB.id ? w.partnerB.domains[0] : undefined;
  seq += 1;
  return {
    partnerId,
    partnerDomain: partnerDomain ?? 'missing-partner.example',
    userId: w.users.partnerUserA.id,
    tierId: w.tierId,
    vendorUserId: w.users.pm.id,
    unique: unique(),
    seq,
    password: PASSWORD,
  };
}

/**
 * One signed-in client per caller, reused across cases. A response that sets or clears the
 * session cookie (sign-out, a password change) retires it, and the next case signs in again.
 */
const clients = new Map<Role, Client>();
async function clientFor(caller: Role): Promise<Client> {
  let client = clients.get(caller);
  if (!client) {
    client = await t.login(t.world.users[CALLER_USER[caller]].email, PASSWORD);
    clients.set(caller, client);
  }
  return client;
}

function urlOf(route: AnyRouteDef, params: Record<string, string>): string {
  return route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`${route.method} ${route.url}: no value for :${name} (declare target)`);
    return value;
  });
}

async function send(
  route: AnyRouteDef,
  caller: Caller,
  which: Which | null,
  csrf: 'valid' | 'none' | 'foreign' = 'valid',
): Promise<Response> {
  const kind = kindOf(route);
  const aimAs: Role = caller === 'anonymous' ? 'admin' : caller;
  const params = kind && which ? await paramsFor(route, kind, which, aimAs) : {};
  const exampleQuery = exampleQueryOf(route, refsFor(route, which));
  const query = exampleQuery ? `?${new URLSearchParams(exampleQuery)}` : '';
  const url = `${urlOf(route, params)}${query}`;
  // A route that takes JSON too (imports) is sent its JSON example, which can name the world's records.
  const upload = route.upload && !route.upload.optional ? multipartBody(route.upload.example()) : null;
  const body = upload ? upload.payload : route.body ? (route.example?.(refsFor(route, which)) ?? {}) : undefined;
  const bodyHeaders: Record<string, string> = upload ? { 'content-type': upload.contentType } : {};
  if (caller === 'anonymous') return t.request(route.method, url, { body, headers: bodyHeaders });
  const client = await clientFor(caller);
  const headers: Record<string, string> = {};
  if (csrf === 'none') headers['x-csrf-token'] = '';
  if (csrf === 'foreign') headers['x-csrf-token'] = (await clientFor(caller === 'admin' ? 'finance' : 'admin')).csrfToken;
  const res = await t.request(route.method, url, {
    body,
    cookie: client.cookie,
    headers: route.method === 'GET' ? {} : { 'x-csrf-token': client.csrfToken, ...bodyHeaders, ...headers },
  });
  if (res.headers['set-cookie']) clients.delete(caller);
  return res;
}

/** A multipart/form-data body with one part named `file`, as an upload route takes it. */
export function multipartBody(file: { filename: string; contentType: string; bytes: Buffer }) {
  const boundary = `----consort${randomUUID()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

function describeCase(route: AnyRouteDef, caller: Caller, which: Which | null, res: Response): string {
  return `${route.method} ${route.url} as ${caller}${which ? ` on ${which} record` : ''} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
}

/** A successful answer must hold only the caller's company's records (partner-side callers). */
function checkScopeOfBody(route: AnyRouteDef, caller: Caller, res: Response, what: string) {
  if (caller === 'anonymous' || !isPartnerRole(caller) || route.method !== 'GET') return;
  const [kindName] = (route.permission ?? '').split('.');
  const kind = kinds.get(kindName ?? '');
  if (!kind || (kind.belongsTo !== 'partner' && kind.belongsTo !== 'person')) return;
  // A download's bytes carry no partner: its status is what the matrix holds it to.
  if (typeof res.body !== 'object' || res.body === null) return;
  const own = t.world.partnerA.id;
  // An export (`<list>/export`) answers CSV: its rows carry the same columns as the list's.
  const csv = String(res.headers['content-type'] ?? '').startsWith('text/csv');
  const rows: Record<string, unknown>[] = csv
    ? parse(String(res.body), { columns: true, skip_empty_lines: true })
    : Array.isArray(res.body?.data)
      ? res.body.data
      : [res.body];
  // A list that came back empty would prove nothing: the world gives every partner records.
  expect(rows.length, `${what}: an empty answer proves nothing`).toBeGreaterThan(0);
  // Rows of a sub-list (a partner's stage history) carry their partner; records name it by kind.
  for (const row of rows)
    expect('partnerId' in row ? row.partnerId : kind.partnerOf(row), `${what}: a row of another company`).toBe(own);
}

/**
 * Defines the matrix. In the 'api-service-wall' project (CONSORT_TEST_WALLS=service) the harness
 * switches the row-level security policies off, so the application's own scoping must hold the
 * line alone; elsewhere PostgreSQL enforces them too (test/api/row-level-security.test.ts checks
 * that wall alone, bypassing the services).
 */
export function defineAuthorizationMatrix() {
  const walls = serviceWallOnly() ? 'service' : 'both';
  // Row-level security binds only partner-side sessions (staff roles pass every policy, and an
  // anonymous call never reaches a query), so with the policies off only partner callers can
  // answer differently: the service-wall run holds them alone. The declarations and CSRF checks
  // do not touch the database walls and run where both walls are up.
  const callers = walls === 'service' ? CALLERS.filter((c) => c !== 'anonymous' && isPartnerRole(c)) : CALLERS;
  beforeAll(async () => {
    t = await createSeededApp();
    clients.clear();
    // Every partner-owned kind gets a record of each world partner first, so a partner's list is
    // never empty whichever callers ran before it (the service-wall run has no vendor callers).
    const w = t.world;
    for (const kind of kinds.values()) {
      if (kind.belongsTo !== 'partner' && kind.belongsTo !== 'person') continue;
      for (const [partnerId, user] of [
        [w.partnerA.id, 'partnerAdminA'],
        [w.partnerB.id, 'partnerAdminB'],
      ] as const) {
        await kind.make(t.system(), { partnerId, existingPartner: w.partnerA.id, user: owningUser(user) });
        await kind.seedLists?.(t.system(), partnerId);
      }
    }
  }, 180_000);
  afterAll(async () => {
    console.log(
      `authorization matrix (${walls === 'both' ? 'service + row-level security' : 'service layer alone'}): ${cases} cases over ${routes.length} routes × ${callers.length} callers`,
    );
    await t?.close();
  });

  describe.skipIf(walls === 'service')(`access declarations agree with the access tables (${walls})`, () => {
    for (const route of routes) {
      if (route.access.kind === 'public') continue;
      it(`${route.method} ${route.url}`, () => {
        const access = route.access as Extract<AnyRouteDef['access'], { kind: 'roles' }>;
        for (const role of ROLES) {
          const grant = grantOf(route, role);
          expect(access.roles.includes(role), `${role} is ${grant} in the table`).toBe(grant !== 'never');
          if (grant === 'own' && isPartnerRole(role) && kindOf(route)?.belongsTo === 'partner') {
            expect(access.scope, `${role} reaches only its own company's records`).toBe('partner');
          }
        }
      });
    }
  });

  describe(`authorization matrix (${walls})`, () => {
    for (const route of routes) {
      for (const caller of callers) {
        it(`${route.method} ${route.url} as ${caller}`, async () => {
          const outcomes = new Map<Which | null, Response>();
          // 'missing' first: 'same-as-missing' compares against it.
          const order = [...targetsOf(route)].sort((a, b) => (a === 'missing' ? -1 : b === 'missing' ? 1 : 0));
          for (const which of order) {
            const res = await send(route, caller, which);
            outcomes.set(which, res);
            cases += 1;
            const expected = expectedOutcome(route, caller, which);
            const what = describeCase(route, caller, which, res);
            switch (expected) {
              case 'success':
                if (route.access.kind === 'public') {
                  expect(res.status, what).toBeLessThan(500);
                  expect([401, 403], what).not.toContain(res.status);
                } else {
                  expect(res.status, what).toBe(route.status ?? 200);
                  checkScopeOfBody(route, caller, res, what);
                }
                break;
              case 'client-error':
                expect(res.status, what).toBeGreaterThanOrEqual(400);
                expect(res.status, what).toBeLessThan(500);
                expect([401, 403], what).not.toContain(res.status);
                break;
              case 'same-as-missing': {
                const missing = outcomes.get('missing');
                expect(res.status, what).toBe(missing?.status);
                expect(res.body?.code, what).toBe(missing?.body?.code);
                expect(res.body?.errors, what).toEqual(missing?.body?.errors);
                break;
              }
              default:
                expect(res.status, what).toBe(expected);
            }
            if (res.status >= 400) {
              expect(String(res.headers['content-type']), what).toContain('application/problem+json');
            }
          }
        });
      }
    }
  });

  describe.skipIf(walls === 'service')(`CSRF on every state-changing route (${walls})`, () => {
    for (const route of routes) {
      if (route.method === 'GET' || route.access.kind === 'public') continue;
      const caller = ROLES.find((role) => grantOf(route, role) !== 'never');
      if (!caller) continue;
      it(`${route.method} ${route.url} as ${caller} without the token and with another session's`, async () => {
        for (const csrf of ['none', 'foreign'] as const) {
          const res = await send(route, caller, targetsOf(route)[0] ?? null, csrf);
          cases += 1;
          expect(res.status, describeCase(route, caller, 'own', res)).toBe(403);
          expect(res.body?.code).toBe('CSRF_INVALID');
        }
      });
    }
  });

  describe(`documentation routes are public (${walls})`, () => {
    it.each(['/api/openapi.json', '/api/docs'])('%s answers without sign-in', async (url) => {
      const res = await t.request('GET', url);
      cases += 1;
      expect(res.status).toBeLessThan(400);
    });
  });
}
