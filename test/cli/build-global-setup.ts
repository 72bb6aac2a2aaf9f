import { execSync } from 'node:child_process';

/** The CLI suite runs the built `consort` command, exactly what `npm start` runs. */
export default function setup() {
  execSync('npm run --silent build:server', { stdio: 'inherit' });
}
