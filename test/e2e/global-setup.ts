import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { loadDemoData } from '../../src/modules/demo/index.js';
import { loadConfig } from '../../src/server/config.js';
import { startServer } from '../../src/server/start.js';
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
 * The real server, in this process: embedded PGlite in a fresh folder, the demo ecosystem loaded
 * before it listens, and the built web app served with its strict CSP.
 */
export default async function setup(project: TestProject) {
  ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-e2e-'));
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-e2e-mail-'));
  const smtp = await startTestSmtpServer({ saveTo: mailDir });
  const config = loadConfig({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Lumen Cloud Partners <partners@lumen.example>',
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    CONSORT_DATA_DIR: dataDir,
    CONSORT_WEB_DIR: WEB_DIST,
    LOG_LEVEL: 'warn',
    // The webhooks test sends to a receiver on 127.0.0.1.
    CONSORT_WEBHOOK_ALLOW_PRIVATE: 'true',
  });
  const server = await startServer(config, {
    beforeListen: async (database) => {
      await loadDemoData(database.db);
    },
  });
  project.provide('baseUrl', server.url);
  project.provide('mailDir', mailDir);
  return async () => {
    await server.stop();
    await smtp.close();
    fs.rmSync(mailDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
