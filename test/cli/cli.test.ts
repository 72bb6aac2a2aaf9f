import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

/**
 * The `consort` command as a user runs it: a real process, real HTTP on a real port, signals.
 */
const ROOT = path.resolve('.');
const BIN = path.join(ROOT, 'bin/consort.js');
const children: ChildProcess[] = [];
const serverPids: number[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  // A server that outlived its npm (the failure the npm tests look for) must not outlive the test.
  for (const pid of serverPids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-cli-'));
  dirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

type Run = {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  waitFor(text: string | RegExp, ms?: number): Promise<void>;
};

function run(args: string[], env: Record<string, string>): Run {
  return watch(
    spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: 'pipe',
    }),
  );
}

/**
 * `npm run <script>` in the repository, as a user or a process manager runs it. In its own
 * process group, so a test can send what a terminal's Ctrl-C sends: SIGINT to the whole group.
 */
function runNpm(args: string[], env: Record<string, string>): Run {
  return watch(
    spawn('npm', ['run', '--silent', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', npm_config_update_notifier: 'false', ...env },
      stdio: 'pipe',
      detached: true,
    }),
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid recorded in the data-folder lock: the process that serves the embedded database. */
function lockHolder(dataDir: string): number {
  return (JSON.parse(fs.readFileSync(path.join(dataDir, 'consort.lock'), 'utf8')) as { pid: number }).pid;
}

function watch(child: ChildProcess): Run {
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor(text, ms = 45_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          if (typeof text === 'string' ? output.includes(text) : text.test(output)) return resolve();
          if (child.exitCode !== null) return reject(new Error(`exited ${child.exitCode} before "${text}":\n${output}`));
          if (Date.now() - started > ms) return reject(new Error(`timed out waiting for "${text}":\n${output}`));
          setTimeout(check, 100);
        };
        check();
      });
    },
  };
}

async function login(base: string, email: string, password: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', body: await res.json() };
}

describe('consort serve on the embedded database', () => {
  it('creates the first admin from the environment, serves, writes JSON logs with request ids, and stops cleanly on SIGTERM', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const port = await freePort();
    const env = {
      CONSORT_DATA_DIR: dataDir,
      PORT: String(port),
      CONSORT_ADMIN_EMAIL: 'owner@example.com',
      CONSORT_ADMIN_PASSWORD: 'owner password 2026',
      CONSORT_WEB_DIR: tempDir(),
    };
    const server = run(['serve'], env);
    await server.waitFor(`Consort is running at http://127.0.0.1:${port}`);
    expect(server.output()).toContain('Created the first admin: owner@example.com');
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const session = await login(base, 'owner@example.com', 'owner password 2026');
    expect(session.status).toBe(200);
    const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: session.cookie, 'x-request-id': 'chosen-by-client' } });
    expect(me.status).toBe(200);
    const requestId = me.headers.get('x-request-id');
    expect(requestId).not.toBe('chosen-by-client'); // not behind a trusted proxy
    await new Promise((r) => setTimeout(r, 200));
    const logLine = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { reqId?: string; level: number; msg: string })
      .find((l) => l.reqId === requestId);
    expect(logLine?.msg).toBeDefined();

    // A second process on the same folder is refused, and says why.
    const second = run(['serve'], { ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already in use by process \d+/);
    expect(second.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const lock = path.join(dataDir, 'consort.lock');
    expect(fs.existsSync(lock)).toBe(true);
    // A second signal while it stops (npm forwards Ctrl-C to a process that the terminal signals
    // too) does not cut the stop short.
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(lock)).toBe(false);

    // The data is still there after a restart, and the admin is not created twice.
    const again = run(['serve'], { ...env, PORT: String(port) });
    await again.waitFor('Consort is running');
    expect(again.output()).not.toContain('Created the first admin');
    expect((await login(base, 'owner@example.com', 'owner password 2026')).status).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });

  it('refuses bad configuration with a clear message naming the variable', async () => {
    const bad = run(['serve'], { PORT: 'eighty', CONSORT_DATA_DIR: tempDir() });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain('Invalid configuration');
    expect(bad.output()).toContain('PORT must be a number (got "eighty")');
    const unknown = run(['launch'], { CONSORT_DATA_DIR: tempDir() });
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toContain('Unknown command: launch');
    // A first-admin password the password rules refuse names the variable too.
    const repetitive = run(['serve'], {
      CONSORT_DATA_DIR: path.join(tempDir(), 'data'),
      PORT: String(await freePort()),
      CONSORT_ADMIN_EMAIL: 'a@example.com',
      CONSORT_ADMIN_PASSWORD: 'abababababababab',
    });
    expect(await repetitive.exited).toBe(1);
    expect(repetitive.output()).toContain('CONSORT_ADMIN_PASSWORD is too repetitive');
    expect(repetitive.output()).not.toMatch(/\n\s+at /);
  });

  it('says in one line that the port is taken, or the host is not this machine, and exits non-zero', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const dataDir = path.join(tempDir(), 'data');
      const busy = run(['serve'], { CONSORT_DATA_DIR: dataDir, PORT: String(port), CONSORT_WEB_DIR: tempDir() });
      expect(await busy.exited).toBe(1);
      expect(busy.output()).toContain(`Port ${port} on 127.0.0.1 is already in use; set PORT to another port`);
      expect(busy.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(fs.existsSync(path.join(dataDir, 'consort.lock'))).toBe(false);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    // 192.0.2.1 (TEST-NET-1) is an address no machine here has.
    const elsewhere = run(['serve'], { CONSORT_DATA_DIR: path.join(tempDir(), 'data'), HOST: '192.0.2.1' });
    expect(await elsewhere.exited).toBe(1);
    expect(elsewhere.output()).toContain('HOST 192.0.2.1 is not an address of this machine');
    expect(elsewhere.output()).not.toMatch(/\n\s+at /);
  });

  it('says how to make the first admin when nobody can sign in, then creates one from the command line', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const empty = run(['serve'], { CONSORT_DATA_DIR: dataDir, PORT: String(await freePort()), CONSORT_WEB_DIR: tempDir() });
    await empty.waitFor('Nobody can sign in yet');
    expect(empty.output()).toContain('npm run create-admin');
    empty.child.kill('SIGTERM');
    expect(await empty.exited).toBe(0);
    const weak = run(['create-admin', '--email', 'ops@example.com'], {
      CONSORT_DATA_DIR: dataDir,
      CONSORT_ADMIN_PASSWORD: 'short',
    });
    expect(await weak.exited).toBe(1);
    expect(weak.output()).toMatch(/password must be at least 12 characters/);
    const ok = run(['create-admin', '--email', 'ops@example.com', '--name', 'Ops Person'], {
      CONSORT_DATA_DIR: dataDir,
      CONSORT_ADMIN_PASSWORD: 'a strong ops password',
    });
    expect(await ok.exited).toBe(0);
    expect(ok.output()).toContain('Created admin ops@example.com');
  });

  it('imports partners from a CSV file with a progress bar: a bad row changes nothing and is named, then the fixed file imports', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'accounts.csv');
    const rows = ['Account Name,Website,Billing Country,Billing City'];
    for (let i = 1; i <= 1200; i += 1)
      rows.push(`CLI Partner ${i},https://cli-${i}.example,${i === 700 ? 'Narnia' : 'Germany'},Berlin`);
    fs.writeFileSync(file, `${rows.join('\n')}\n`);
    const bad = run(['import', 'partners', file], { CONSORT_DATA_DIR: dataDir });
    expect(await bad.exited, bad.output()).toBe(1);
    expect(bad.output()).toContain('1 problem(s) in 1200 row(s); nothing was imported.');
    expect(bad.output()).toContain('701\tcountry\tis not a country');
    expect(bad.output()).toContain('Ignored columns: Billing City');
    const dry = run(['import', 'partners', file, '--dry-run', '--map', 'Billing Country='], { CONSORT_DATA_DIR: dataDir });
    expect(await dry.exited, dry.output()).toBe(0);
    expect(dry.output()).toContain('Dry run: 1200 partners would be imported; nothing was written.');
    fs.writeFileSync(file, `${rows.join('\n').replace('Narnia', 'France')}\n`);
    const good = run(['import', 'partners', file], { CONSORT_DATA_DIR: dataDir });
    expect(await good.exited, good.output()).toBe(0);
    expect(good.output()).toMatch(/\[#{30}\] 100% {2}1200 rows/);
    expect(good.output()).toMatch(/Imported 1200 partners \(import [0-9a-f-]{36}\)\./);
    // Everything was written: the same file again names every partner as existing.
    const again = run(['import', 'partners', file, '--dry-run'], { CONSORT_DATA_DIR: dataDir });
    expect(await again.exited).toBe(1);
    expect(again.output()).toContain('2\tname\ta partner named "CLI Partner 1" exists already');
    const unknown = run(['import', 'planets', file], { CONSORT_DATA_DIR: dataDir });
    expect(await unknown.exited).toBe(2);
    expect(unknown.output()).toContain('Usage: consort import <');
  });

  it('loads the demo ecosystem into an empty database, adds the configured admin too, and prints logins that work', async () => {
    const port = await freePort();
    const demo = run(['demo'], {
      CONSORT_DATA_DIR: path.join(tempDir(), 'data'),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      CONSORT_WEB_DIR: tempDir(),
      // The admin from the environment must not make the database "not empty" and skip the demo.
      CONSORT_ADMIN_EMAIL: 'me@example.com',
      CONSORT_ADMIN_PASSWORD: 'my own demo admin pass',
    });
    // The whole two-year story loads on PGlite first (about a minute on a 2-core machine).
    await demo.waitFor('Consort is running', 170_000);
    const output = demo.output();
    expect(output).not.toContain('already has data');
    expect(output).toContain('me@example.com');
    const password = /password for all: (\S+)\)/.exec(output)?.[1];
    const adminEmail = /admin\s+(\S+@\S+)/.exec(output)?.[1];
    const partnerAdminEmail = /partner_admin\s+(\S+@\S+)/.exec(output)?.[1];
    expect(password && adminEmail && partnerAdminEmail).toBeTruthy();
    const base = `http://127.0.0.1:${port}`;
    const admin = await login(base, adminEmail!, password!);
    expect(admin.status).toBe(200);
    const list = await fetch(`${base}/api/v1/partners?limit=500`, { headers: { cookie: admin.cookie } });
    const partners = (await list.json()) as { data: { motion: string; designation: string; types: string[] }[] };
    expect(partners.data.length).toBeGreaterThanOrEqual(40);
    expect(new Set(partners.data.map((p) => p.motion))).toEqual(new Set(['channel', 'alliance']));
    expect(new Set(partners.data.map((p) => p.designation)).size).toBe(3);
    expect(new Set(partners.data.flatMap((p) => p.types)).size).toBeGreaterThanOrEqual(15);
    const mine = await login(base, 'me@example.com', 'my own demo admin pass');
    expect(mine.status).toBe(200);
    expect((mine.body as { user: { role: string } }).user.role).toBe('admin');
    const partnerAdmin = await login(base, partnerAdminEmail!, password!);
    const own = await fetch(`${base}/api/v1/partners`, { headers: { cookie: partnerAdmin.cookie } });
    expect(((await own.json()) as { data: unknown[] }).data).toHaveLength(1);
    demo.child.kill('SIGTERM');
    expect(await demo.exited).toBe(0);
  }, 180_000);
});

describe('npm start and npm run demo, as a user or a process manager runs them', () => {
  it('stop Consort itself, release the data folder and keep the data when npm gets SIGTERM or SIGINT, or the terminal Ctrl-C', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      CONSORT_DATA_DIR: dataDir,
      PORT: String(port),
      CONSORT_ADMIN_EMAIL: 'npm@example.com',
      CONSORT_ADMIN_PASSWORD: 'npm start password',
      CONSORT_WEB_DIR: tempDir(),
      LOG_LEVEL: 'warn',
    };
    const stops: [string, (npm: Run) => void][] = [
      // A process manager (systemd, Docker, a CI runner) signals the process it started: npm.
      ['SIGTERM to npm', (npm) => npm.child.kill('SIGTERM')],
      ['SIGINT to npm', (npm) => npm.child.kill('SIGINT')],
      // Ctrl-C at a terminal: SIGINT to every process of the foreground group.
      ['Ctrl-C', (npm) => process.kill(-(npm.child.pid ?? 0), 'SIGINT')],
    ];
    for (const [index, [how, stop]] of stops.entries()) {
      const npm = runNpm(['start'], env);
      await npm.waitFor(`Consort is running at ${base}`, 120_000);
      expect(npm.output().includes('Created the first admin'), how).toBe(index === 0);
      const server = lockHolder(dataDir);
      serverPids.push(server);
      expect((await login(base, 'npm@example.com', 'npm start password')).status, how).toBe(200);

      stop(npm);
      expect(await npm.exited, `${how}:\n${npm.output()}`).toBe(0);
      expect(isAlive(server), `${how}: the server process ${server} is still running`).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'consort.lock')), `${how}: the data folder is still locked`).toBe(false);
      await expect(fetch(`${base}/healthz`), how).rejects.toThrow();
    }
  }, 240_000);
});

describe('consort on PostgreSQL', () => {
  it('migrates and serves with DATABASE_URL', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = `consort_cli_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client(adminUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // A server that is not there, or a database it does not have: one line naming DATABASE_URL.
    const nowhere = run(['migrate'], { DATABASE_URL: `postgres://127.0.0.1:${await freePort()}/consort` });
    expect(await nowhere.exited).toBe(1);
    expect(nowhere.output()).toContain('Could not use the PostgreSQL server in DATABASE_URL (127.0.0.1:');
    expect(nowhere.output()).not.toMatch(/\n\s+at /);
    const missing = new URL(adminUrl);
    missing.pathname = `/${name}_missing`;
    const noDatabase = run(['serve'], { DATABASE_URL: missing.toString(), PORT: String(await freePort()) });
    expect(await noDatabase.exited).toBe(1);
    expect(noDatabase.output()).toMatch(
      /Could not use the PostgreSQL server in DATABASE_URL \(.*_missing\): database .* does not exist/,
    );
    expect(noDatabase.output()).not.toMatch(/\n\s+at /);

    const migrate = run(['migrate'], { DATABASE_URL: url.toString() });
    expect(await migrate.exited).toBe(0);
    expect(migrate.output()).toContain('Migrations are up to date.');
    const port = await freePort();
    const server = run(['serve'], {
      DATABASE_URL: url.toString(),
      PORT: String(port),
      CONSORT_ADMIN_EMAIL: 'pg@example.com',
      CONSORT_ADMIN_PASSWORD: 'postgres admin pass',
      CONSORT_WEB_DIR: tempDir(),
    });
    await server.waitFor('Consort is running');
    expect(server.output()).toContain('PostgreSQL (DATABASE_URL)');
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'postgres' });
    expect((await login(`http://127.0.0.1:${port}`, 'pg@example.com', 'postgres admin pass')).status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });
});
