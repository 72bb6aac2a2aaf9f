import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../../src/server/app.js';
import { loadRoutes } from '../../src/server/module.js';
import { type AnyRouteDef, defineRoute, describeAccess, type ExampleRefs, exampleQueryOf } from '../../src/server/route.js';
import { renderApiTypes } from '../support/api-types.js';
import { createTestApp, type TestApp } from '../support/harness.js';
import { unsafeInputStrings } from '../support/input-strings.js';

const allRoutes = await loadRoutes();
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const refs: ExampleRefs = {
  partnerId: '01a20000-0000-7000-8000-000000000001',
  partnerDomain: 'example.com',
  userId: '01a20000-0000-7000-8000-000000000002',
  tierId: '01a20000-0000-7000-8000-000000000003',
  vendorUserId: '01a20000-0000-7000-8000-000000000004',
  unique: 'abc123',
  seq: 1,
  password: 'an example password',
};

describe('route declarations', () => {
  it('match the reviewed access snapshot (a change here is a permission change)', async () => {
    const lines = allRoutes.map(
      (r) =>
        `${r.method.padEnd(6)} ${r.url}  —  ${describeAccess(r.access)}${r.permission ? `; permission=${r.permission}` : ''}${r.target ? `; target=${r.target}` : ''}`,
    );
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./route-access.snap.txt');
  });

  it('give every route with path parameters a target and every body an example that validates', () => {
    for (const route of allRoutes) {
      if (route.url.includes(':')) expect(route.target, `${route.method} ${route.url} target`).toBeDefined();
      if (route.query && !route.query.safeParse({}).success) {
        const parsed = route.query.safeParse(exampleQueryOf(route, refs));
        expect(parsed.success, `${route.method} ${route.url} needs an exampleQuery that validates`).toBe(true);
      }
      if (route.body && route.access.kind !== 'public') {
        expect(route.example, `${route.method} ${route.url} example`).toBeDefined();
        const parsed = route.body.safeParse(route.example?.(refs));
        expect(parsed.success, `${route.method} ${route.url}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      }
    }
  });

  it('let no input string through unchecked: every one refuses NUL and control characters and has a maximum length', () => {
    // Build input strings from zString/zText/zOptionalText/ZEmail/ZId/zDateTime (src/server/schemas.ts):
    // a bare z.string() lets a NUL byte reach PostgreSQL, which answers with an error (a 500).
    const unsafe = allRoutes.flatMap((route) =>
      (['params', 'query', 'body'] as const).flatMap((part) => {
        const schema = route[part];
        return schema ? unsafeInputStrings(schema).map((problem) => `${route.method} ${route.url} ${part} ${problem}`) : [];
      }),
    );
    expect(unsafe).toEqual([]);
  });

  it('registers every HTTP route from the declared table (plus documentation and static files)', () => {
    const declared = new Set(allRoutes.map((r) => `${r.method} ${r.url}`));
    const registered = t.app.printRoutes({ commonPrefix: false });
    for (const route of allRoutes) expect(t.app.hasRoute({ method: route.method, url: route.url }), route.url).toBe(true);
    expect(declared.size).toBe(allRoutes.length);
    expect(registered).toContain('/api/v1/partners');
  });

  it('refuses to start with a route that declares no access', async () => {
    const undeclared = { ...allRoutes[0], url: '/api/v1/undeclared', access: undefined } as unknown as AnyRouteDef;
    await expect(buildApp({ config: t.config, database: t.database, logger: false, routes: [undeclared] })).rejects.toThrow(
      /no access declaration/,
    );
    const app = await buildApp({ config: t.config, database: t.database, logger: false, routes: [] });
    expect(() => app.get('/api/v1/sneaky', async () => 'hello')).toThrow(/no access declaration/);
    await app.close();
  });

  it('answers 403 before reading the body for a role the route does not admit', async () => {
    const route = defineRoute({
      method: 'POST',
      url: '/api/v1/test-only',
      summary: 'test',
      tags: ['test'],
      access: { kind: 'roles', roles: ['admin'], scope: 'none' },
      permission: 'test.create',
      body: z.object({ required: z.string() }),
      handler: async () => ({ ok: true }),
    });
    const app = await createTestApp({ routes: [...allRoutes, route] });
    try {
      const { createUser } = await import('../../src/modules/users/index.js');
      await createUser(app.system(), {
        email: 'exec@test.example',
        name: 'E',
        role: 'executive',
        password: 'a long password 123',
      });
      const exec = await app.login('exec@test.example', 'a long password 123');
      expect((await exec.post('/api/v1/test-only', { nothing: true })).status).toBe(403);
    } finally {
      await app.close();
    }
  });
});

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and documents every route with its access', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const route of allRoutes) {
      const openapiPath = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = res.body.paths[openapiPath]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${openapiPath}`).toBeDefined();
      expect(operation.description).toContain('Access:');
    }
    expect(res.body.components.schemas.Partner.properties.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
    // Every reference resolves, and no component is listed that nothing uses.
    const schemas = res.body.components.schemas as Record<string, unknown>;
    const referenced = new Set([...JSON.stringify(res.body).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]));
    for (const name of referenced) expect(schemas, `$ref ${name}`).toHaveProperty(name as string);
    expect(Object.keys(schemas).filter((name) => !referenced.has(name))).toEqual([]);
  });

  it('renders the documentation page', async () => {
    const res = await t.request('GET', '/api/docs/');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/html');
    expect(res.body).toContain('swagger');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).toMatch(/script-src 'self'/);
  });

  it('matches the typed client committed in web/src/api/schema.d.ts (run npm run gen:api)', async () => {
    const committed = fs.readFileSync(path.resolve('web/src/api/schema.d.ts'), 'utf8');
    expect(committed).toBe(await renderApiTypes());
  });
});
