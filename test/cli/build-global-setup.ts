import { ensureBuilt } from '../../scripts/ensure-built.mjs';

/**
 * The CLI suite runs the built `consort` command and `npm start` itself: build the server and the
 * web app first when they are out of date, as `npm start` would, so no test waits for a build.
 */
export default function setup() {
  ensureBuilt();
}
