import type { Database } from '../db/database.js';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';

/**
 * The OpenAPI document without a database: routes and schemas are static, so the app is built
 * with a database handle that is never used. Used to generate the web app's typed client.
 */
export async function generateOpenApiDocument(): Promise<Record<string, unknown>> {
  const refuse = () => {
    throw new Error('generateOpenApiDocument must not touch the database');
  };
  // Modules may remember the handle at start-up (the files module keys its storage by it).
  const db = new Proxy({}, { get: refuse });
  const unused = new Proxy({} as Database, { get: (_target, key) => (key === 'db' ? db : refuse()) });
  const app = await buildApp({ config: loadConfig({}), database: unused, logger: false });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}
