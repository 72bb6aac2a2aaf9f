#!/usr/bin/env node
// The `consort` command. Runs the built server code in dist/; `npm start` and `npm run demo`
// build it first when the sources are newer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli/main.js');
if (!fs.existsSync(main)) {
  console.error('Consort is not built yet. Run `npm run build` (or `npm start`, which builds first).');
  process.exit(1);
}
await import(main);
