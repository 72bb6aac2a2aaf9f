import { DEMO_PASSWORD, isDatabaseEmpty, loadDemoData } from '../modules/demo/index.js';
import { createUser, passwordProblem } from '../modules/users/index.js';
import { type Config, ConfigError } from '../server/config.js';
import { systemCtx } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { runServe } from './serve.js';

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round((done / total) * 100)}%`;
}

/** `consort demo`: serve, after loading the demo ecosystem into an empty database. */
export async function runDemo(config: Config): Promise<void> {
  await runServe(config, async (database) => {
    if (!(await isDatabaseEmpty(database.db))) {
      console.log('The database already has data; serving it as it is (demo data is loaded only into an empty database).');
      return;
    }
    // A password the admin could not get is refused before the demo is loaded, not after.
    const problem = config.bootstrapAdmin && passwordProblem(config.bootstrapAdmin.password, config.bootstrapAdmin.email);
    if (problem) throw new ConfigError([`CONSORT_ADMIN_PASSWORD ${problem}`]);
    console.log('Loading the demo ecosystem…');
    const interactive = process.stdout.isTTY;
    const logins = await loadDemoData(database.db, (done, total) => {
      if (interactive) process.stdout.write(`\r${progressBar(done, total)}`);
      else if (done === total) console.log(progressBar(done, total));
    });
    if (interactive) process.stdout.write('\n');
    console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
    const shown = logins.filter((l, i) => l.role !== 'partner_user' || i < 20).slice(0, 16);
    for (const login of shown) console.log(`  ${login.role.padEnd(16)} ${login.email.padEnd(42)} ${login.company}`);
    console.log(`  … and ${logins.length - shown.length} more partner users (see Users in the app).\n`);
    // CONSORT_ADMIN_EMAIL creates the first admin of an empty database; here the demo came first.
    const admin = config.bootstrapAdmin;
    if (admin) {
      try {
        const created = await createUser(systemCtx(database.db, 'bootstrap'), { ...admin, role: 'admin' });
        console.log(`Added your admin too: ${created.email} (password from CONSORT_ADMIN_PASSWORD).\n`);
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
        console.log(`${admin.email} is a demo user already; it keeps the demo password.\n`);
      }
    }
  });
}
