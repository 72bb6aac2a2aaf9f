import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededApp, type TestApp } from '../support/harness.js';
import { PASSWORD, type World } from '../support/world.js';

let t: TestApp & { world: World };
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

describe('smoke', () => {
  it('serves health and a signed-in partner list', async () => {
    expect((await t.request('GET', '/healthz')).status).toBe(200);
    const ready = await t.request('GET', '/readyz');
    expect(ready.body).toEqual({ status: 'ready', database: t.kind });
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const list = await admin.get('/api/v1/partners');
    expect(list.status).toBe(200);
    expect(list.body.data.map((p: { id: string }) => p.id).sort()).toEqual([t.world.partnerA.id, t.world.partnerB.id].sort());
  });
});
