// What `npm start`, `npm run demo`, `npm run migrate` and `npm run create-admin` run: builds what
// is out of date, then runs the `consort` command in this same process. The npm scripts start it
// with `exec`, so the shell npm runs scripts in is replaced by this process: a SIGTERM or SIGINT
// that npm forwards (or a process manager sends to npm) reaches Consort itself, which stops
// cleanly and releases the data folder, and npm exits with Consort's exit code.
// See docs/decisions/0021-one-process-under-npm.md.
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt();
await import('../bin/consort.js');
