import type pg from 'pg';

/** A statement as sent to the database: its text and its parameters. */
export type Statement = { text: string; params: unknown[] };

/**
 * The pool, seen through a window that writes down every statement its connections send until
 * they are released: a transaction (scope.ts) runs its own BEGIN and COMMIT on one connection.
 */
export function capturingPool(pool: pg.Pool, sent: Statement[]): pg.Pool {
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'connect') return Reflect.get(target, property, receiver);
      return async () => {
        const client = await target.connect();
        const query = client.query;
        const release = client.release;
        client.query = ((config: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
          const text = typeof config === 'string' ? config : config.text;
          // Drizzle sends `query({ text, rowMode, types }, params)`; pg also takes the values in the config.
          sent.push({ text, params: values ?? (typeof config === 'string' ? undefined : config.values) ?? [] });
          return Reflect.apply(query, client, values === undefined ? [config] : [config, values]);
        }) as typeof client.query;
        client.release = (error?: Error | boolean) => {
          client.query = query;
          client.release = release;
          return release.call(client, error);
        };
        return client;
      };
    },
  });
}
