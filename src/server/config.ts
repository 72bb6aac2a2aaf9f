import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration comes only from the environment. Every variable is validated at start-up and a
 * bad value stops the process with a message that names the variable, what it must be and what
 * it got — never a stack trace.
 */
const ZEnv = z
  .object({
    PORT: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 65535')
      .max(65535, 'must be between 1 and 65535')
      .default(3000),
    HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
    CONSORT_DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    CONSORT_ADMIN_EMAIL: z.email('must be an e-mail address').optional(),
    CONSORT_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    CONSORT_ADMIN_NAME: z.string().min(1).default('Administrator'),
    CONSORT_SECURE_COOKIES: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).default('auto'),
    CONSORT_SESSION_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 7),
    CONSORT_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
    CONSORT_TRUST_PROXY: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
    CONSORT_WEB_DIR: z.string().optional(),
    CONSORT_FILES_DIR: z.string().min(1, 'must not be empty').optional(),
    CONSORT_S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)')
      .optional(),
    CONSORT_S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    CONSORT_S3_REGION: z.string().min(1).default('us-east-1'),
    CONSORT_S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
    CONSORT_S3_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9!_.*'()/-]*$/, "must be a key prefix of letters, digits and !_.*'()/-")
      .default(''),
    CONSORT_WORKERS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
    CONSORT_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
    CONSORT_WEBHOOK_TIMEOUT_SECONDS: z.coerce
      .number({ error: 'must be a number' })
      .int('must be a whole number')
      .min(1, 'must be between 1 and 60')
      .max(60, 'must be between 1 and 60')
      .default(10),
    CONSORT_WEBHOOK_RETRY_SCHEDULE: z
      .string()
      .regex(/^\s*\d{1,6}(\s*,\s*\d{1,6}){0,19}\s*$/, 'must be 1 to 20 comma-separated whole numbers of seconds')
      .optional(),
    CONSORT_WEBHOOK_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    CONSORT_PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, such as https://partners.example.com' })
      .optional(),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL, such as smtp://user:pass@mail.example.com:587' })
      .optional(),
    MAIL_FROM: z
      .string()
      .regex(
        /^([^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/,
        'must be an address, or a name and <address>, such as "Consort <partners@example.com>"',
      )
      .optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.CONSORT_ADMIN_EMAIL) !== Boolean(env.CONSORT_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.CONSORT_ADMIN_EMAIL ? 'CONSORT_ADMIN_PASSWORD' : 'CONSORT_ADMIN_EMAIL'],
        message: 'must be set together with the other CONSORT_ADMIN_* variable',
      });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'must be set when SMTP_URL is (the sender of every e-mail)' });
    }
  });

export type Config = {
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; poolSize: number };
  bootstrapAdmin: { email: string; password: string; name: string } | null;
  secureCookies: 'auto' | boolean;
  sessionHours: number;
  /**
   * How long one process may reuse a checked session or token, and reference data (tiers, people's
   * names), without asking the database. A change in this process shows at once; one made by
   * another process within this time.
   */
  cacheSeconds: number;
  trustProxy: boolean;
  webDir: string | null;
  /**
   * Where uploaded files' bytes live (the files module): a folder (default `<CONSORT_DATA_DIR>/files`,
   * also with DATABASE_URL) or an S3-compatible bucket when CONSORT_S3_BUCKET is set. `incomingDir`
   * is where uploads are received before they move into place.
   */
  files: FilesConfig;
  /** Whether this process runs the modules' background workers (jobs, webhook delivery). */
  workers: boolean;
  webhooks: WebhookConfig;
  /** Where people reach the app, for links in e-mail (no trailing slash). */
  publicUrl: string;
  /**
   * Outgoing e-mail: without `smtpUrl` every message is written to the log instead of sent (and
   * the in-app inbox works as usual).
   */
  mail: { smtpUrl: string | null; from: string };
  logLevel: string;
};

/** Outbound webhooks (docs/operations.md, "Webhooks"). */
export type WebhookConfig = {
  /** Deliver to loopback and private networks too (CONSORT_WEBHOOK_ALLOW_PRIVATE; tests, closed networks). */
  allowPrivate: boolean;
  /** How long one delivery attempt may take, connection to the end of the response. */
  timeoutMs: number;
  /**
   * Seconds to wait before each retry after the first, immediate attempt; when they are used up
   * the delivery has failed. The default spans more than 24 hours (webhooks.rules.ts).
   */
  retrySchedule: number[] | null;
  /** Encrypts signing secrets at rest when set (CONSORT_WEBHOOK_SECRET_KEY); null: stored as is. */
  secretKey: string | null;
};

export type FilesConfig =
  | { kind: 'local'; dir: string; incomingDir: string }
  | {
      kind: 's3';
      bucket: string;
      /** null: AWS itself; otherwise the S3-compatible service (MinIO, Ceph, R2, …). */
      endpoint: string | null;
      region: string;
      /** Bucket in the path (`http://host/bucket/key`), as MinIO and most self-hosted services want. */
      forcePathStyle: boolean;
      /** Prepended to every key, so one bucket can hold several installations. */
      prefix: string;
      incomingDir: string;
    };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Uploads arrive beside the files, so moving one into place is a rename on the same disk. */
function localFiles(dir: string): FilesConfig {
  return { kind: 'local', dir, incomingDir: path.join(dir, '.incoming') };
}

/** Empty strings count as unset, as most shells and .env tools produce them for "no value". */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

/** A host a browser can open: a wildcard listen address means this machine. */
function browsableHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return 'localhost';
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = withoutEmpty(env);
  const parsed = ZEnv.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = raw[name];
        const masked =
          name.includes('PASSWORD') || name.endsWith('_KEY') ? '***' : got?.replace(/^([a-z]+:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
        const shown = got === undefined ? '' : ` (got ${JSON.stringify(masked)})`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE }
      : { kind: 'pglite', dataDir: path.resolve(e.CONSORT_DATA_DIR) },
    bootstrapAdmin:
      e.CONSORT_ADMIN_EMAIL && e.CONSORT_ADMIN_PASSWORD
        ? { email: e.CONSORT_ADMIN_EMAIL.toLowerCase(), password: e.CONSORT_ADMIN_PASSWORD, name: e.CONSORT_ADMIN_NAME }
        : null,
    secureCookies: e.CONSORT_SECURE_COOKIES === 'auto' ? 'auto' : e.CONSORT_SECURE_COOKIES === 'true',
    sessionHours: e.CONSORT_SESSION_HOURS,
    cacheSeconds: e.CONSORT_CACHE_SECONDS,
    trustProxy: e.CONSORT_TRUST_PROXY === 'true',
    webDir: e.CONSORT_WEB_DIR ? path.resolve(e.CONSORT_WEB_DIR) : null,
    files: e.CONSORT_S3_BUCKET
      ? {
          kind: 's3',
          bucket: e.CONSORT_S3_BUCKET,
          endpoint: e.CONSORT_S3_ENDPOINT ?? null,
          region: e.CONSORT_S3_REGION,
          forcePathStyle: e.CONSORT_S3_FORCE_PATH_STYLE === 'true',
          prefix: e.CONSORT_S3_PREFIX,
          incomingDir: path.join(os.tmpdir(), 'consort-incoming'),
        }
      : localFiles(path.resolve(e.CONSORT_FILES_DIR ?? path.join(e.CONSORT_DATA_DIR, 'files'))),
    workers: e.CONSORT_WORKERS === 'true',
    webhooks: {
      allowPrivate: e.CONSORT_WEBHOOK_ALLOW_PRIVATE === 'true',
      timeoutMs: e.CONSORT_WEBHOOK_TIMEOUT_SECONDS * 1000,
      retrySchedule: e.CONSORT_WEBHOOK_RETRY_SCHEDULE
        ? e.CONSORT_WEBHOOK_RETRY_SCHEDULE.split(',').map((s) => Number(s.trim()))
        : null,
      secretKey: e.CONSORT_WEBHOOK_SECRET_KEY ?? null,
    },
    publicUrl: (e.CONSORT_PUBLIC_URL ?? `http://${browsableHost(e.HOST)}:${e.PORT}`).replace(/\/+$/, ''),
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM ?? 'Consort <consort@localhost>' },
    logLevel: e.LOG_LEVEL,
  };
}
