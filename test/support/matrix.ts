import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { auditEvents } from '../../src/modules/audit/audit.schema.js';
import { sessions } from '../../src/modules/auth/auth.schema.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import { createContact } from '../../src/modules/partners/partner-contacts.service.js';
import { createTier } from '../../src/modules/tiers/tiers.service.js';
import type { Access, AnyRouteDef, ExampleRefs, Target } from '../../src/server/route.js';
import { allRoutes } from '../../src/server/routes.js';
import type { Ctx } from '../../src/shared/context.js';
import { isPartnerRole, ROLES, type Role } from '../../src/shared/roles.js';
import { type Client, createSeededApp, type Response, type TestApp } from './harness.js';
import { setRowLevelSecurity } from './owner-sql.js';
import { makePartner, makeUser, PASSWORD, unique, type World } from './world.js';

/**
 * The authorization matrix: every registered route × every role (and no sign-in at all) ×
 * {a record of the caller's own partner, another partner's record, a record that does not
 * exist}. The expected outcome is derived only from the route's access declaration, so a new
 * route is covered the moment it is registered, and a route whose behaviour disagrees with its
 * declaration fails here.
 */

type Caller = Role | 'anonymous';
type Which = 'own' | 'other' | 'missing';
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

/** Derives what must happen from the declaration alone. */
function expectedOutcome(access: Access, route: AnyRouteDef, caller: Caller, which: Which | null): Expected {
  if (access.kind === 'public') return 'success';
  if (caller === 'anonymous') return 401;
  if (!access.roles.includes(caller)) return 403;
  if (route.bodyTarget) {
    if (which === 'missing') return 'client-error';
    if (which === 'other' && access.scope === 'partner' && isPartnerRole(caller)) return 'same-as-missing';
    return 'success';
  }
  if (which === 'missing') return 404;
  if (which === 'other') {
    if (access.scope === 'self') return 404;
    if (access.scope === 'partner' && isPartnerRole(caller)) return 404;
    if (access.managerMustOwn && caller === 'partner_manager') return 403;
  }
  return 'success';
}

function targetsOf(route: AnyRouteDef): (Which | null)[] {
  if (route.bodyTarget) return ['own', 'other', 'missing'];
  if (!route.target) return [null];
  // Records that belong to no partner have no "other partner's" version.
  if (route.target === 'tier') return ['own', 'missing'];
  return ['own', 'other', 'missing'];
}

let t: TestApp & { world: World };
let cases = 0;
let seq = 0;

function callerCtx(user: World['users'][keyof World['users']]): Ctx {
  return {
    ...t.system(),
    actor: {
      kind: 'user',
      userId: user.id,
      role: user.role,
      partnerId: user.partnerId,
      email: user.email,
      name: user.name,
      sessionId: null,
      tokenId: null,
    },
  };
}

async function latestAudit(partnerId: string): Promise<string> {
  const [row] = await withTx(t.system(), (tx) =>
    tx
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.partnerId, partnerId))
      .orderBy(desc(auditEvents.occurredAt))
      .limit(1),
  );
  if (!row) throw new Error('no audit event to aim at');
  return row.id;
}

async function newSessionId(userKey: keyof World['users']): Promise<string> {
  const user = t.world.users[userKey];
  await t.login(user.email, PASSWORD);
  const [row] = await withTx(t.system(), (tx) =>
    tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, user.id)))
      .orderBy(desc(sessions.createdAt))
      .limit(1),
  );
  if (!row) throw new Error('no session');
  return row.id;
}

/**
 * Path parameters aimed at `which` record. Changing routes get a fresh record each time, so one
 * case cannot spoil the next (a deleted partner, a contact already removed).
 */
async function paramsFor(target: Target, which: Which, caller: Caller, mutating: boolean): Promise<Record<string, string>> {
  const w = t.world;
  const sys = t.system();
  const partnerRole = caller !== 'anonymous' && isPartnerRole(caller);
  const ownPartner = async () => (partnerRole || !mutating ? w.partnerA.id : (await makePartner(sys, w.users.pm.id)).id);
  const otherPartner = async () => (mutating ? (await makePartner(sys, w.users.pm2.id)).id : w.partnerB.id);
  const missing = randomUUID();
  switch (target) {
    case 'partner':
      return { id: which === 'missing' ? missing : which === 'own' ? await ownPartner() : await otherPartner() };
    case 'contact': {
      if (which === 'missing') return { id: w.partnerA.id, contactId: missing };
      const partnerId = which === 'own' ? await ownPartner() : await otherPartner();
      const contact = await createContact(sys, partnerId, { name: `Contact ${unique()}` });
      return { id: partnerId, contactId: contact.id };
    }
    case 'user': {
      if (which === 'missing') return { id: missing };
      const partnerId = which === 'own' ? w.partnerA.id : w.partnerB.id;
      return { id: (await makeUser(sys, 'partner_user', partnerId)).id };
    }
    case 'tier':
      return { id: which === 'missing' ? missing : (await createTier(sys, { name: `Tier ${unique()}`, rank: 2000 + seq++ })).id };
    case 'apiToken': {
      if (which === 'missing') return { id: missing };
      const owner = which === 'own' && caller !== 'anonymous' ? w.users[CALLER_USER[caller]] : w.users.partnerUserB;
      return { id: (await createApiToken(callerCtx(owner), { name: `t ${unique()}` })).id };
    }
    case 'session': {
      if (which === 'missing') return { id: missing };
      return { id: await newSessionId(which === 'own' && caller !== 'anonymous' ? CALLER_USER[caller] : 'partnerUserB') };
    }
    case 'auditEvent':
      return { id: which === 'missing' ? missing : await latestAudit(which === 'own' ? w.partnerA.id : w.partnerB.id) };
  }
}

function refsFor(route: AnyRouteDef, which: Which | null): ExampleRefs {
  const w = t.world;
  const partnerId = !route.bodyTarget || which === 'own' ? w.partnerA.id : which === 'other' ? w.partnerB.id : randomUUID();
  seq += 1;
  return {
    partnerId,
    userId: w.users.partnerUserA.id,
    tierId: w.tierId,
    vendorUserId: w.users.pm.id,
    unique: unique(),
    seq,
    password: PASSWORD,
  };
}

async function send(route: AnyRouteDef, caller: Caller, which: Which | null): Promise<Response> {
  const mutating = route.method !== 'GET';
  const params = route.target && which ? await paramsFor(route.target, which, caller, mutating) : {};
  const url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`${route.method} ${route.url}: no value for :${name} (declare target)`);
    return value;
  });
  const body = route.body ? (route.example?.(refsFor(route, which)) ?? {}) : undefined;
  if (caller === 'anonymous') {
    return t.request(route.method, url, { body, headers: {} });
  }
  const client: Client = await t.login(t.world.users[CALLER_USER[caller]].email, PASSWORD);
  switch (route.method) {
    case 'GET':
      return client.get(url);
    case 'POST':
      return client.post(url, body);
    case 'PUT':
      return client.put(url, body);
    case 'PATCH':
      return client.patch(url, body);
    case 'DELETE':
      return client.delete(url);
  }
}

function describeCase(route: AnyRouteDef, caller: Caller, which: Which | null, res: Response): string {
  return `${route.method} ${route.url} as ${caller}${which ? ` on ${which} record` : ''} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
}

/**
 * Defines the matrix for one test file. With `walls: 'service'` the row-level security policies
 * are switched off first, so the application's own scoping must hold the line alone; with
 * 'both' PostgreSQL enforces them too (test/api/row-level-security.test.ts checks that wall
 * alone, bypassing the services).
 */
export function defineAuthorizationMatrix(walls: 'both' | 'service') {
  beforeAll(async () => {
    t = await createSeededApp();
    if (walls === 'service') await setRowLevelSecurity(t.database, false);
  });
  afterAll(async () => {
    console.log(
      `authorization matrix (${walls === 'both' ? 'service + row-level security' : 'service layer alone'}): ${cases} cases over ${allRoutes.length} routes × ${CALLERS.length} callers`,
    );
    await t?.close();
  });
  defineCases(walls);
}

function defineCases(walls: string) {
  describe(`authorization matrix (${walls})`, () => {
    for (const route of allRoutes) {
      for (const caller of CALLERS) {
        it(`${route.method} ${route.url} as ${caller}`, async () => {
          const outcomes = new Map<Which | null, Response>();
          // 'missing' first: 'same-as-missing' compares against it.
          const order = [...targetsOf(route)].sort((a, b) => (a === 'missing' ? -1 : b === 'missing' ? 1 : 0));
          for (const which of order) {
            const res = await send(route, caller, which);
            outcomes.set(which, res);
            cases += 1;
            const expected = expectedOutcome(route.access, route, caller, which);
            const what = describeCase(route, caller, which, res);
            switch (expected) {
              case 'success':
                if (route.access.kind === 'public') {
                  expect(res.status, what).toBeLessThan(500);
                  expect([401, 403], what).not.toContain(res.status);
                } else {
                  expect(res.status, what).toBe(route.status ?? 200);
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
}
