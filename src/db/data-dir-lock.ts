import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite takes no lock on its folder, and two processes writing one PGlite folder corrupt it.
 * So the folder is guarded by a lock file created with O_EXCL. It records the owner's pid and
 * host: a lock left behind by a process that died (kill -9, power loss) on this host is taken
 * over at once; a live owner, or an owner on another host that we cannot check, is refused.
 * See docs/decisions/0003-data-folder-lock.md.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    const where = owner.hostname === os.hostname() ? `process ${owner.pid}` : `process ${owner.pid} on host ${owner.hostname}`;
    super(
      `The data folder ${dataDir} is already in use by ${where} (since ${owner.startedAt}). ` +
        'Only one Consort process may open an embedded database. Stop the other process, point ' +
        'CONSORT_DATA_DIR at another folder, or use DATABASE_URL to share a PostgreSQL server between processes.' +
        (owner.hostname === os.hostname() ? '' : ` If you are sure that process is gone, delete ${lockPath(dataDir)}.`),
    );
    this.name = 'DataDirLockedError';
  }
}

type LockOwner = { pid: number; hostname: string; startedAt: string };

export type DataDirLock = { release(): void };

export function lockPath(dataDir: string): string {
  return path.join(dataDir, 'consort.lock');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.hostname === 'string') {
      return { pid: owner.pid, hostname: owner.hostname, startedAt: String(owner.startedAt ?? 'unknown') };
    }
  } catch {
    // Unreadable or half-written: treated as stale below.
  }
  return null;
}

export function acquireDataDirLock(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockPath(dataDir);
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(me));
      fs.closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          const owner = readOwner(file);
          if (owner && owner.pid === me.pid && owner.hostname === me.hostname) fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      const stale = owner === null || (owner.hostname === me.hostname && !isAlive(owner.pid));
      if (!stale) throw new DataDirLockedError(dataDir, owner);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}: it keeps being re-created by another process`);
}
