import type { Database } from '../db/database.js';
import type { Config } from './config.js';
import { loadModules, type RunningWorker, type WorkerLog } from './module.js';

export type RunningWorkers = { names: string[]; stop(): Promise<void> };

/**
 * Starts every module's workers (or only those named in `only`, as tests do). A worker that fails
 * to start stops the ones already running and fails the start-up with its name.
 */
export async function startWorkers(
  runtime: { database: Database; config: Config; log: WorkerLog },
  only?: readonly string[],
): Promise<RunningWorkers> {
  const defs = (await loadModules()).flatMap((m) => m.workers ?? []).filter((w) => !only || only.includes(w.name));
  const unknown = only?.filter((name) => !defs.some((w) => w.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`No worker named ${unknown.join(', ')}`);
  const running: { name: string; worker: RunningWorker }[] = [];
  const stop = async () => {
    // Newest first, each given the chance to finish what it is doing.
    for (const { name, worker } of running.reverse()) {
      await worker.stop().catch((error: unknown) => runtime.log.error({ err: error, worker: name }, 'a worker failed to stop'));
    }
    running.length = 0;
  };
  for (const def of defs) {
    try {
      running.push({ name: def.name, worker: await def.start(runtime) });
    } catch (error) {
      await stop();
      throw new Error(`Worker ${def.name} failed to start: ${(error as Error).message}`, { cause: error });
    }
  }
  return { names: running.map((r) => r.name), stop };
}
