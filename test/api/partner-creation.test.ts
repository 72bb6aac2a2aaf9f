import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { partners } from '../../src/modules/partners/partners.schema.js';
import { type Client, createSeededApp, type TestApp } from '../support/harness.js';
import { PASSWORD, unique, type World } from '../support/world.js';

/** A partner begins as a prospect; only an admin imports one at a later stage (docs/decisions/0034). */

let t: TestApp & { world: World };
let admin: Client;
let pm: Client;
beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.login(t.world.users.admin.email, PASSWORD);
  pm = await t.login(t.world.users.pm.email, PASSWORD);
});
afterAll(async () => t?.close());

const named = (name: string) =>
  withTx(
    t.system(),
    async ({ tx }) => (await tx.select({ n: count() }).from(partners).where(eq(partners.name, name)))[0]?.n ?? 0,
  );

describe('the lifecycle stage a new partner starts at', () => {
  it.each(['qualified', 'active', 'strategic', 'offboarding', 'terminated'])(
    'a partner manager cannot create one at %s: 403 naming lifecycleStage, nothing created',
    async (stage) => {
      const name = `Skipper ${unique()}`;
      const res = await pm.post('/api/v1/partners', { name, motion: 'channel', lifecycleStage: stage });
      expect(res.status).toBe(403);
      expect(res.body.errors).toEqual([{ path: 'lifecycleStage', message: expect.stringMatching(/prospect/) }]);
      expect(await named(name)).toBe(0);
    },
  );

  it('a partner manager creates prospects, naming the stage or not', async () => {
    for (const body of [{}, { lifecycleStage: 'prospect' }]) {
      const res = await pm.post('/api/v1/partners', { name: `Prospect ${unique()}`, motion: 'channel', ...body });
      expect(res.status).toBe(201);
      expect(res.body.lifecycleStage).toBe('prospect');
    }
  });

  it('an admin imports a partner at a later stage, recorded as an import in its history and the audit log', async () => {
    const name = `Imported Strategic ${unique()}`;
    const res = await admin.post('/api/v1/partners', { name, motion: 'alliance', lifecycleStage: 'strategic' });
    expect(res.status).toBe(201);
    expect(res.body.lifecycleStage).toBe('strategic');
    const history = await admin.get(`/api/v1/partners/${res.body.id}/stage-transitions`);
    expect(history.body.data).toEqual([
      expect.objectContaining({
        fromStage: null,
        toStage: 'strategic',
        reason: 'Imported at stage strategic',
        actor: expect.objectContaining({ id: t.world.users.admin.id }),
      }),
    ]);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'partner', entityId: res.body.id } });
    expect(audit.body.data[0].summary).toBe(`Imported partner ${name} at stage strategic`);
  });
});
