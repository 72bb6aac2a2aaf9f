import { type JobDef, loadModules } from '../../server/module.js';
import { cronProblem, JOB_NAME } from './jobs.rules.js';

/** Every module's job kinds by name, checked once: names unique and well formed, crons valid. */
let loaded: Promise<Map<string, JobDef>> | undefined;
const extra: JobDef[] = [];

export function jobDefs(): Promise<Map<string, JobDef>> {
  loaded ??= (async () => {
    const defs = new Map<string, JobDef>();
    for (const m of await loadModules()) for (const def of m.jobs ?? []) add(defs, def, m.name);
    for (const def of extra) add(defs, def, null);
    return defs;
  })();
  return loaded;
}

function add(defs: Map<string, JobDef>, def: JobDef, module: string | null): void {
  if (!JOB_NAME.test(def.name)) throw new Error(`Job name ${def.name} is not <module>.<what> in lower case`);
  if (module && !def.name.startsWith(`${module}.`))
    throw new Error(`Job ${def.name} of module ${module} must be named ${module}.<what>`);
  if (defs.has(def.name)) throw new Error(`Job ${def.name} is defined twice`);
  const problem = def.schedule ? cronProblem(def.schedule) : null;
  if (problem) throw new Error(`Job ${def.name}: schedule "${def.schedule}" is not a cron expression (${problem})`);
  defs.set(def.name, def);
}

/**
 * Adds job kinds that no module descriptor lists, before the first use: for tests, which need
 * jobs that fail on purpose or count their runs.
 */
export function registerJobDefs(defs: readonly JobDef[]): void {
  extra.push(...defs);
  loaded = undefined;
}

/** The runners of this process, woken when a job was queued here (after its commit). */
const wakers = new Set<() => void>();

export function addWaker(wake: () => void): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

export function wakeRunners(): void {
  for (const wake of wakers) wake();
}

/** The channel a queued job is announced on (PostgreSQL NOTIFY, delivered at commit). */
export const NOTIFY_CHANNEL = 'consort_jobs';
