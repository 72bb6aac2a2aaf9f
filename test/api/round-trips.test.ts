import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededApp, type SeededApp } from '../support/harness.js';

/**
 * What one request costs the database, counted in round trips (docs/decisions/0013): on PGlite
 * every round trip queues behind all others in one worker, so this, more than the SQL, sets the
 * throughput. A by-id read is one transaction of three: BEGIN with the caller's scope, the read,
 * COMMIT — the same as the bench's ceiling; authentication and the names and tiers on the row
 * come from this process's short caches once warm.
 */
let t: SeededApp;
let sent: string[] = [];
beforeAll(async () => {
  t = await createSeededApp();
  const pool = t.database.pool;
  const connect = pool.connect.bind(pool);
  const query = pool.query.bind(pool);
  // Count what the app sends: statements on pooled connections (transactions) and on the pool.
  pool.query = ((...args: Parameters<typeof pool.query>) => {
    sent.push(String(typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text));
    return query(...args);
  }) as typeof pool.query;
  // pg-pool's own query() connects with a callback; that path is counted by the query wrapper.
  pool.connect = ((callback?: unknown) =>
    callback ? Reflect.apply(connect, pool, [callback]) : counted()) as typeof pool.connect;
  const counted = async () => {
    const client = await connect();
    const clientQuery = client.query;
    client.query = ((...args: unknown[]) => {
      const config = args[0] as string | { text: string };
      sent.push(typeof config === 'string' ? config : config.text);
      return Reflect.apply(clientQuery, client, args);
    }) as typeof client.query;
    const release = client.release;
    client.release = (error?: Error | boolean) => {
      client.query = clientQuery;
      client.release = release;
      return release.call(client, error);
    };
    return client;
  };
});
afterAll(async () => t?.close());

async function roundTrips(fn: () => Promise<unknown>): Promise<string[]> {
  await fn(); // warm: the caches fill
  sent = [];
  await fn();
  return sent;
}

describe('round trips per request', () => {
  it('a signed-in read of a partner by id: BEGIN with the scope, one read, COMMIT', async () => {
    const admin = await t.asUser('admin');
    const partnerAdmin = await t.asUser('partner_admin');
    for (const [who, client] of [
      ['admin', admin],
      ['partner admin', partnerAdmin],
    ] as const) {
      const statements = await roundTrips(async () => {
        const res = await client.GET('/api/v1/partners/{id}', { params: { path: { id: t.world.partnerA.id } } });
        expect(res.response.status).toBe(200);
        expect(res.data?.tier).not.toBeNull();
        expect(res.data?.owner).not.toBeNull();
      });
      expect(statements.length, `${who}: ${statements.join(' | ')}`).toBe(3);
      expect(statements[0]).toMatch(/^BEGIN; SELECT set_config\('role'/);
      expect(statements[2]).toBe('COMMIT');
    }
  });

  it('a page of partners: the same three, whatever the page holds', async () => {
    const admin = await t.asUser('admin');
    const statements = await roundTrips(async () => {
      const res = await admin.GET('/api/v1/partners', { params: { query: { limit: 50 } } });
      expect(res.data?.data.length).toBeGreaterThan(1);
    });
    expect(statements.length, statements.join(' | ')).toBe(3);
  });
});
