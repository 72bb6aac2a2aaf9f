import type { Db } from '../../db/database.js';
import { withTx } from '../../db/scope.js';
import { type DemoLogin, type DemoSeeder, loadModules } from '../../server/module.js';
import { systemCtx } from '../../shared/context.js';
import { withdrawQueuedMail } from '../mail/index.js';
import { listPartners } from '../partners/index.js';
import { hasUsers } from '../users/index.js';
import { createStory, seededRandom } from './demo.story.js';

/**
 * The demo ecosystem of a fictional vendor, "Lumen Cloud": its partner team and some forty
 * partners of every kind, with two years of history. Each module tells its own part of the story
 * (`<module>.demo.ts`, registered as `demo` in its descriptor); this runner hands them one shared
 * story and calls them in ascending `order`. Everything goes through the same services the API
 * uses, acting as the demo person who did it at the moment it happened, so every record, stage
 * change and audit entry carries its own time and actor. Deterministic: the same data on every
 * load, relative to the day it is loaded (docs/demo.md). The load is one transaction: all of it
 * or, when something fails, nothing (and `consort demo` can simply run again).
 */
export const DEMO_PASSWORD = 'consort-demo-2026';

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  if (await hasUsers(db)) return false;
  const page = await listPartners(systemCtx(db, 'demo check'), { limit: 1, sort: 'name' });
  return page.data.length === 0;
}

type NamedSeeder = DemoSeeder & { module: string };

/** Every module's seeders, in story order (ties: by module name). */
export async function demoSeeders(): Promise<NamedSeeder[]> {
  const seeders = (await loadModules()).flatMap((m) => {
    const own = m.demo === undefined ? [] : 'seed' in m.demo ? [m.demo] : [...(m.demo as readonly DemoSeeder[])];
    return own.map((s) => ({ ...s, module: m.name }));
  });
  return seeders.sort((a, b) => a.order - b.order || a.module.localeCompare(b.module));
}

/**
 * Loads the demo ecosystem into an empty database and returns the logins it made. `onProgress`
 * hears how far the load is (done of total); `now` is the story's "today" (tests pin it).
 */
export async function loadDemoData(
  db: Db,
  onProgress?: (done: number, total: number) => void,
  options: { now?: Date } = {},
): Promise<DemoLogin[]> {
  const now = options.now ?? new Date();
  const seeders = await demoSeeders();
  const STEPS = 100;
  let reported = -1;
  const report = (done: number) => {
    if (done === reported) return;
    reported = done;
    onProgress?.(done, STEPS);
  };
  // The seeders' contexts join this transaction: scoped by their actors in the services, under
  // the staff role in the database even when a partner's admin acts (the demo is our own code).
  const logins = await withTx(systemCtx(db, 'demo', now), async (ctx) => {
    const story = createStory(ctx, { now, password: DEMO_PASSWORD });
    for (const [index, seeder] of seeders.entries()) {
      story.random = seededRandom(`${seeder.module}:${seeder.order}`);
      story.progress = (done, total) => report(Math.floor(((index + Math.min(done / total, 1)) / seeders.length) * STEPS));
      const started = performance.now();
      await seeder.seed(ctx, story);
      if (process.env.CONSORT_DEMO_TIMINGS)
        process.stderr.write(`demo ${seeder.module}:${seeder.order} ${Math.round(performance.now() - started)} ms\n`);
      report(Math.floor(((index + 1) / seeders.length) * STEPS));
    }
    return story.logins;
  });
  // The story's e-mail, including what its events' subscribers queued after the commit, stays in
  // its past: people read those notifications in the app (docs/decisions/0317-demo-sends-no-mail.md).
  await withdrawQueuedMail(systemCtx(db, 'demo', now));
  return logins;
}
