import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startTestSmtpServer } from '../support/smtp.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public'];
const WEB_DIST = path.join(ROOT, 'dist/web');

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Builds the SPA when dist/web is missing or older than any web source, so tests never run a stale bundle. */
function ensureWebBuilt(): void {
  const index = path.join(WEB_DIST, 'index.html');
  const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...WEB_SOURCES.map((source) => newestMtime(path.join(ROOT, source))));
  if (builtAt >= sourcesAt) return;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * The real server, in a process of its own (support/server.ts): embedded PGlite in a fresh folder,
 * the demo ecosystem loaded before it listens, and the built web app served with its strict CSP.
 * Not awaited: Vitest runs every project's global setup before any test, so the demo loads while
 * the in-process suites run instead of before them; support/wait-for-server.ts holds each browser
 * test file until the server answers.
 */
export default async function setup(project: TestProject) {
  ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-e2e-'));
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-e2e-mail-'));
  const serverLog = path.join(mailDir, '..', `${path.basename(dataDir)}.log`);
  const smtp = await startTestSmtpServer({ saveTo: mailDir });
  const port = await freePort();
  const out = fs.openSync(serverLog, 'w');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/e2e/support/server.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Lumen Cloud Partners <partners@lumen.example>',
      PORT: String(port),
      HOST: '127.0.0.1',
      CONSORT_DATA_DIR: dataDir,
      CONSORT_WEB_DIR: WEB_DIST,
      LOG_LEVEL: 'warn',
      // The webhooks test sends to a receiver on 127.0.0.1.
      CONSORT_WEBHOOK_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      fs.appendFileSync(serverLog, `\ne2e server exited (${signal ?? code})\n`);
      resolve();
    }),
  );
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('mailDir', mailDir);
  project.provide('serverLog', serverLog);
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(killer);
    }
    await smtp.close();
    for (const dir of [mailDir, dataDir, serverLog]) fs.rmSync(dir, { recursive: true, force: true });
  };
}
