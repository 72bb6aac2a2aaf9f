import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockPath } from './data-dir-lock.js';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data folder lock', () => {
  it('refuses a second opener with a message that says who holds it and what to do', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`in use by process ${process.pid}.*DATABASE_URL`, 's'));
    lock.release();
    expect(fs.existsSync(lockPath(dir))).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = tempDir();
    // A pid that existed and is gone: a finished child process.
    const child = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    fs.writeFileSync(lockPath(dir), JSON.stringify({ pid: child.pid, hostname: os.hostname(), startedAt: 'earlier' }));
    const lock = acquireDataDirLock(dir);
    expect(JSON.parse(fs.readFileSync(lockPath(dir), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not take over a lock held from another host, which it cannot check', () => {
    const dir = tempDir();
    fs.writeFileSync(lockPath(dir), JSON.stringify({ pid: 1, hostname: 'some-other-host', startedAt: 'earlier' }));
    expect(() => acquireDataDirLock(dir)).toThrow(/on host some-other-host.*delete/s);
  });
});
