// Builds the server and web app when dist/ is missing or older than the sources, so `npm start`
// and `npm run demo` work straight after `npm install` and stay quick on later starts.
// scripts/consort.mjs calls it before running the command; `node scripts/ensure-built.mjs` runs it alone.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');

/** @param {string} dir newest modification time of any file below it */
function newest(dir) {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds (server and web app) unless the last build is newer than every source. */
export function ensureBuilt() {
  const sources = Math.max(
    newest(path.join(root, 'src')),
    newest(path.join(root, 'web')),
    fs.statSync(path.join(root, 'package.json')).mtimeMs,
  );
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= sources) return;
  console.log('Building Consort (server and web app)…');
  execSync('npm run --silent build:server', { cwd: root, stdio: 'inherit' });
  // Warnings and errors only: the list of some 300 files built would push the logins off screen.
  execSync('npm run --silent build:web -- --logLevel warn', { cwd: root, stdio: 'inherit' });
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, new Date().toISOString());
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuilt();
