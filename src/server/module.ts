import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Database } from '../db/database.js';
import type { Ctx, PolicyActor, TxCtx } from '../shared/context.js';
import type { DomainEvent } from '../shared/events.js';
import type { Role } from '../shared/roles.js';
import type { Config } from './config.js';
import { withExportRoutes } from './export-routes.js';
import type { AnyImporterDef } from './importer.js';
import type { AnyRouteDef } from './route.js';

/**
 * What a module contributes to the application. `src/modules/<m>/index.ts` exports one as
 * `module`, and `loadModules()` finds it by looking at the folder: adding a module edits no
 * central list. The server registers the routes, the authorization matrix aims at the record
 * kinds, the demo loader calls the seeders in `order`, and events reach the subscribers after
 * their change commits.
 */
export type ModuleDescriptor = {
  /** The folder name, e.g. "partners". */
  name: string;
  routes?: readonly AnyRouteDef[];
  /** Record kinds that route paths name (`target` of a route), for the authorization matrix. */
  recordKinds?: readonly RecordKind[];
  /**
   * Its part of the demo ecosystem (docs/demo.md): one seeder, or several when the module acts at
   * different points of the story (users: the vendor team first, partner people after partners).
   * Every module's seeders run in ascending `order`, sharing one story.
   */
  demo?: DemoSeeder | readonly DemoSeeder[];
  /**
   * What this module lets the caller do app-wide (`createPartner`, `viewAudit`), merged into
   * `GET /api/v1/me` as `can` so the web app shows pages and buttons from the server's answer.
   */
  appPermissions?: (actor: PolicyActor) => Record<string, boolean>;
  /**
   * Called after the change that emitted the event committed: keys are an event name
   * (`partner.created`), every event of one record type (`partner.*`) or every event (`*`).
   */
  subscribers?: Readonly<Record<string, (ctx: Ctx, event: DomainEvent) => Promise<void>>>;
  /**
   * Background work every server process runs (docs/development.md, "Background work"): started
   * once the server listens, stopped before the database closes. `CONSORT_WORKERS=false` runs a
   * process that answers requests only.
   */
  workers?: readonly WorkerDef[];
  /**
   * CSV importers of this module's records (src/server/importer.ts; docs/development.md, "Adding
   * an importer"): the imports module turns each into `POST /api/v1/imports/<kind>`.
   */
  importers?: readonly AnyImporterDef[];
  /**
   * Routes this module makes from every module's declarations (the imports module: one route per
   * importer). Called once, when the modules are loaded.
   */
  routesFrom?: (modules: readonly ModuleDescriptor[]) => readonly AnyRouteDef[];
  /**
   * Kinds of background job this module runs (docs/development.md, "Scheduling a job"): queued
   * with `enqueueJob` from the jobs module, or on a cron `schedule`. The jobs worker collects them.
   */
  jobs?: readonly JobDef[];
  /**
   * Kinds of notification this module sends through the notifications module's `notify` (docs/
   * development.md, "Notifying users"): each person chooses per kind how to hear of it.
   */
  notificationKinds?: readonly NotificationKindDef[];
  /**
   * Kinds of files this module's records carry (a partner's logo, an agreement's signed copy):
   * the files module stores, lists and serves them, authorised by the owning record
   * (docs/development.md, "Attaching files").
   */
  fileKinds?: readonly FileKindDef[];
  /**
   * Called once per database before the process serves or seeds anything, with the
   * configuration: for a module that holds per-installation state (the files module's storage).
   */
  init?(runtime: { database: Database; config: Config }): void | Promise<void>;
  /**
   * Per-partner measures this module owns (`onboarding.completion`, `partners.age_days`): tier
   * requirements and lifecycle milestone rules name them by key (docs/development.md, "Providing
   * a metric"). Computed set-based in SQL for many partners at once.
   */
  metrics?: readonly MetricDef[];
  /**
   * What this module does when a partner moves into a lifecycle stage, inside the move's
   * transaction and the caller's scope (docs/development.md, "Hooking into a lifecycle move"):
   * `check` may refuse the move (the off-boarding runbook must be finished before a partner is
   * terminated: a 422 naming `toStage` with the reason); `after` acts on it (the runbook is made
   * when a partner enters off-boarding), so both happen exactly when the move commits.
   */
  stageHooks?: readonly StageHookDef[];
};

export type StageHookDef = {
  toStage: string;
  check?(ctx: TxCtx, partner: { id: string; fromStage: string }): Promise<{ allowed: true } | { allowed: false; reason: string }>;
  after?(ctx: TxCtx, partner: { id: string; fromStage: string; reason: string }): Promise<void>;
};

/** What a metric's value measures; decides how it is shown and compared. */
export type MetricUnit = 'money' | 'count' | 'percent' | 'days' | 'boolean';

/**
 * A metric's value for one partner: a number (money in minor units of `currency`, a count, a
 * percentage 0–100, days), a boolean as 1/0, or null when there is nothing to measure yet
 * ("no data yet", never a faked zero).
 */
export type MetricValue = number | null;

/**
 * One per-partner measure a module provides through the metrics port (the programs module reads
 * them for tier requirements and lifecycle milestone rules).
 */
export type MetricDef = {
  /** `<module>.<metric>`, e.g. "onboarding.completion", "partners.age_days". Stable: rules store it. */
  key: string;
  /** What people call it: "Onboarding completion". */
  label: string;
  unit: MetricUnit;
  /** One sentence on what is counted, shown beside a requirement or rule. */
  description?: string;
  /**
   * The value for each partner in `partnerIds` ('all': every partner the caller can see) as of
   * `asOf`, in the caller's transaction (`ctx.tx`), as one set-based query. A partner missing
   * from the map has no value (null). Money metrics answer minor units of the reporting currency.
   */
  compute(ctx: TxCtx, partnerIds: readonly string[] | 'all', asOf: Date): Promise<Map<string, MetricValue>>;
};

/**
 * One kind of job. `run` gets a context acting as the system with no transaction open (it opens
 * its own with `withTx`, as few or as many as it needs), the payload it was queued with, and the
 * job: its id, which attempt this is, `progress(done, total)` for a progress bar, and a `signal`
 * that aborts when the job times out or the process stops. What it returns (JSON) is kept as the
 * job's result; what it throws fails the attempt, which is retried with backoff.
 */
export type JobDef = {
  /** `<module>.<what>`, e.g. "partners.import", "auth.purge-sessions". */
  name: string;
  run(ctx: Ctx, payload: Record<string, unknown>, job: JobHandle): Promise<unknown>;
  /**
   * Cron expression (5 fields, or 6 with seconds) in the organisation's time zone
   * (settings.timeZone): each tick is queued once, whatever the number of processes.
   */
  schedule?: string;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** First retry delay (default 30); each further one doubles, with jitter. */
  retryDelaySeconds?: number;
  /** An attempt running longer fails (default 600). */
  timeoutSeconds?: number;
};

/** The running job as its handler sees it. */
export type JobHandle = {
  id: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** Reports how far the job is; kept in memory and written by the runner about once a second. */
  progress(done: number, total: number | null): void;
  /** Aborted when the attempt times out or the process stops: long loops should check it. */
  signal: AbortSignal;
};

/** How a person may hear of a notification: in the app only, also by e-mail, in a daily digest, or not at all. */
export type NotificationChannel = 'in_app' | 'email' | 'digest' | 'off';

/** One kind of notification: `partners.owner_assigned`. */
export type NotificationKindDef = {
  /** `<module>.<what>`, snake case. */
  kind: string;
  /** Shown in the preferences and the e-mail footer: "A partner is assigned to you". */
  label: string;
  description: string;
  /** Until the person chooses. */
  defaultChannel: NotificationChannel;
  /** Who can receive it (the preferences page lists only the kinds of the person's side); default both. */
  audience?: 'vendor' | 'partner' | 'both';
};

/** The record a file belongs to, as its module loaded it in the caller's scope. */
export type FileOwner = { partnerId: string | null };

/**
 * One kind of file a module's records carry. The files module calls `loadRecord` in the caller's
 * transaction (null: missing or not visible → 404) and the checks with the caller; the row it
 * stores carries the record's partner, so row-level security keeps partners apart as well.
 */
export type FileKindDef<R extends FileOwner = FileOwner> = {
  /** `<record kind>.<what>`, e.g. "partner.logo"; stored on every file row. */
  kind: string;
  /** The record kind the files belong to ("partner"). */
  recordKind: string;
  /** What people call it ("Logo", "Document"). */
  label: string;
  /** The largest upload accepted, in bytes. */
  maxBytes: number;
  /** Media types accepted, as detected from the bytes (never from the name or the client's header). */
  types: readonly string[];
  /** One file per record: a new upload replaces the previous one (a logo). */
  single?: boolean;
  /** The owning record in the caller's scope, or null when it does not exist or is not theirs to see. */
  loadRecord(ctx: TxCtx, recordId: string): Promise<R | null>;
  /** May the caller see and download this record's files of this kind? No → 404, like a missing one. */
  canRead(actor: PolicyActor, record: R): boolean;
  /** May the caller add (or replace) one? No → 403 (404 if they cannot read either). */
  canAttach(actor: PolicyActor, record: R): boolean;
  /** May the caller delete one? Defaults to `canAttach`. */
  canDelete?(actor: PolicyActor, record: R): boolean;
};

/** Declares a file kind with its record type inferred from `loadRecord`. */
export function defineFileKind<R extends FileOwner>(def: FileKindDef<R>): FileKindDef {
  return def as unknown as FileKindDef;
}

/** A long-running loop of one module: a job runner, a webhook dispatcher. */
export type WorkerDef = {
  name: string;
  start(runtime: WorkerRuntime): Promise<RunningWorker>;
};

export type WorkerRuntime = {
  database: Database;
  config: Config;
  log: WorkerLog;
};

export type WorkerLog = {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

/** A started worker; `stop()` lets work in progress finish (or gives up on it) and resolves. */
export type RunningWorker = { stop(): Promise<void> };

/**
 * A kind of record that route paths name, as the authorization matrix sees it: whom a record
 * belongs to, how to make one for a test, and which partner a response row belongs to.
 */
export type RecordKind = {
  /** The name routes use in `target`, e.g. "partner", "contact". */
  name: string;
  /**
   * - 'partner': belongs to a partner company (own / another partner's / missing)
   * - 'user': belongs to one user (their tokens, sessions)
   * - 'vendor': belongs to no partner (tiers, settings)
   * - 'person': a user account, of a partner or of the vendor
   */
  belongsTo: 'partner' | 'user' | 'vendor' | 'person';
  /**
   * Makes a fresh record for the matrix and answers the path parameters naming it, with `ctx`
   * acting as the system. It must belong to `owner.partnerId` (null: the vendor) or, for kinds
   * that belong to a user, to `owner.user` (whose context and password come along).
   */
  make(ctx: Ctx, owner: RecordOwner): Promise<Record<string, string>>;
  /**
   * Records of a partner that the kind's list routes need besides one `make` gives (a list of
   * expiring items needs an expiring one): the matrix seeds them for each world partner first, so
   * no partner's list answers empty. Optional.
   */
  seedLists?(ctx: Ctx, partnerId: string): Promise<void>;
  /** Path parameters naming a record that does not exist (next to an existing parent). */
  missing(owner: { existingPartner: string; missingId: string }): Record<string, string>;
  /** The partner a record of this kind in a response belongs to (null: the vendor). */
  partnerOf(row: Record<string, unknown>): string | null;
};

export type RecordOwner = {
  partnerId: string | null;
  /** A partner that exists, for kinds nested under one. */
  existingPartner: string;
  user: { id: string; email: string; password: string; ctx: Ctx };
};

/** One module's part of the demo story (docs/demo.md). `ctx` acts as the system at the story's today. */
export type DemoSeeder = { order: number; seed(ctx: Ctx, story: DemoStory): Promise<void> };

/** A deterministic random source: the same numbers, in the same order, on every load. */
export type DemoRandom = {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
};

/** Someone the story made, with a key other seeders name them by ("alex", "maria", "northwind.admin"). */
export type DemoPerson = {
  key: string;
  id: string;
  name: string;
  email: string;
  role: Role;
  partnerId: string | null;
  /** When their account was made; they act only after it. */
  since: Date;
};

/** A person at a partner company the story named but has not made a user or contact of yet. */
export type DemoName = { first: string; last: string; email: string };

/** A partner as the story tells it: who owns it, and when it reached each stage. */
export type DemoPartner = {
  /** Its domain without ".example": "northwind", "contoso-consulting". */
  key: string;
  id: string;
  name: string;
  domain: string;
  /** The key of its owning partner manager in `people`. */
  ownerKey: string;
  companySize: string | null;
  /** Every stage it was in, oldest first, from its creation; the last one is where it is today. */
  timeline: { stage: string; at: Date }[];
  /** People at the company not yet in Consort (portal users, deal submitters, …), in order. */
  staff: DemoName[];
};

export type DemoLogin = { email: string; role: Role; company: string };

/**
 * Shared state of one demo load: the story's clock, who and what exist so far, and the helpers
 * every seeder acts through. History spreads over the two years before `now`; nothing is later.
 */
export type DemoStory = {
  /** The story's "today": when the load started (a test may pin it). */
  now: Date;
  /** The password of every demo login. */
  password: string;
  /** This seeder's own random stream (seeded by its module and order, so adding a seeder changes no other's data). */
  random: DemoRandom;
  /** A moment in office hours on the working day `days` before today (Saturday → Friday, Sunday → Monday); never after now. */
  daysAgo(days: number): Date;
  /**
   * A moment in office hours `days` after `moment` (on a working day), always after
   * `moment`; null when that is still to come: what has not happened yet is left out.
   */
  after(moment: Date, days: number): Date | null;
  /** A context acting as the demo person `personKey` at `at`: services stamp records and audit entries with both. */
  as(personKey: string, at: Date): Ctx;
  /** A context acting as the system at `at` (what the command line or a job did). */
  system(reason: string, at: Date): Ctx;
  /** People by key: vendor staff by first name, portal users as "<partner key>.admin" and ".user". */
  people: Map<string, DemoPerson>;
  /** Partners by key, in the order they were made. */
  partners: Map<string, DemoPartner>;
  /** Values one seeder leaves for the next (tier ids by name as "tier:Gold", …). */
  refs: Map<string, string>;
  /**
   * What a later module does in the story just before a partner enters a stage (the off-boarding
   * runbook worked through before termination): the partners seeder calls it with a context maker
   * acting as the partner's owner, the move's moment and its reason. Registered by a seeder that runs before the
   * partners'. Answering true says the hook made the move itself (a milestone rule's proposal, confirmed).
   */
  beforeStage: Map<string, (as: (at: Date) => Ctx, partnerId: string, at: Date, reason: string) => Promise<unknown>>;
  /**
   * What becomes of a deal registration flagged as a conflict when it is submitted: its conflict
   * case opens (or it joins the customer's case), is argued and decided, and the decision reaches
   * the registrations. Set by a conflict-cases seeder that runs before the deal registrations',
   * called by theirs at the registration's moment. The case's later steps go on the caller's
   * agenda (`later`: in time order among its own; a moment still to come, null, is left out), and
   * `settled` hands a registration the case let through (kept, shared, no conflict) back to its
   * approver at `at` (decision 0320).
   */
  conflictOf?: (
    registration: { id: string; at: Date },
    agenda: {
      later(at: Date | null, step: () => Promise<void>): void;
      settled(registrationId: string, at: Date | null): void;
    },
  ) => Promise<void>;
  /** Logins the demo made, printed at the end (the first ones are shown). */
  logins: DemoLogin[];
  /** How far this seeder is, for the progress bar. */
  progress(done: number, total: number): void;
};

const MODULES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../modules');

let loaded: Promise<readonly ModuleDescriptor[]> | undefined;

/**
 * Every module under `src/modules` (or `dist/modules` when built) with an `index.ts`/`index.js`
 * exporting `module`, sorted by name so the route table and the matrix are stable.
 */
export function loadModules(): Promise<readonly ModuleDescriptor[]> {
  loaded ??= (async () => {
    const folders = fs
      .readdirSync(MODULES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const modules: ModuleDescriptor[] = [];
    for (const folder of folders) {
      const file = ['index.js', 'index.ts'].map((f) => path.join(MODULES_DIR, folder, f)).find((f) => fs.existsSync(f));
      if (!file) throw new Error(`src/modules/${folder} has no index.ts; every module has one (its public face)`);
      const exported = (await import(pathToFileURL(file).href)) as { module?: ModuleDescriptor };
      if (!exported.module) throw new Error(`src/modules/${folder}/index.ts exports no \`module\` descriptor`);
      if (exported.module.name !== folder) throw new Error(`src/modules/${folder}: descriptor is named ${exported.module.name}`);
      modules.push(exported.module);
    }
    // Routes made from other modules' declarations, then an export route beside every list.
    return modules.map((m) => ({ ...m, routes: withExportRoutes([...(m.routes ?? []), ...(m.routesFrom?.(modules) ?? [])]) }));
  })();
  return loaded;
}

export async function loadRoutes(): Promise<readonly AnyRouteDef[]> {
  return (await loadModules()).flatMap((m) => m.routes ?? []);
}

export async function loadRecordKinds(): Promise<ReadonlyMap<string, RecordKind>> {
  const kinds = new Map<string, RecordKind>();
  for (const m of await loadModules()) {
    for (const kind of m.recordKinds ?? []) {
      if (kinds.has(kind.name)) throw new Error(`Record kind ${kind.name} is declared twice (${m.name})`);
      kinds.set(kind.name, kind);
    }
  }
  return kinds;
}

/** Every module's notification kinds, by kind; a kind declared twice is a start-up error. */
export async function loadNotificationKinds(): Promise<ReadonlyMap<string, NotificationKindDef>> {
  const kinds = new Map<string, NotificationKindDef>();
  for (const m of await loadModules()) {
    for (const kind of m.notificationKinds ?? []) {
      if (kinds.has(kind.kind)) throw new Error(`Notification kind ${kind.kind} is declared twice (${m.name})`);
      kinds.set(kind.kind, kind);
    }
  }
  return kinds;
}

export async function loadFileKinds(): Promise<ReadonlyMap<string, FileKindDef>> {
  const kinds = new Map<string, FileKindDef>();
  for (const m of await loadModules()) {
    for (const kind of m.fileKinds ?? []) {
      if (kinds.has(kind.kind)) throw new Error(`File kind ${kind.kind} is declared twice (${m.name})`);
      kinds.set(kind.kind, kind);
    }
  }
  return kinds;
}

const initialised = new WeakSet<Database>();

/** Runs every module's `init` once for this database (the server and the demo loader both call it). */
export async function initModules(runtime: { database: Database; config: Config }): Promise<void> {
  if (initialised.has(runtime.database)) return;
  initialised.add(runtime.database);
  for (const m of await loadModules()) await m.init?.(runtime);
}

/** Every module's metrics, by key; a key declared twice is a start-up error. */
export async function loadMetrics(): Promise<ReadonlyMap<string, MetricDef>> {
  const metrics = new Map<string, MetricDef>();
  for (const m of await loadModules()) {
    for (const metric of m.metrics ?? []) {
      if (metrics.has(metric.key)) throw new Error(`Metric ${metric.key} is declared twice (${m.name})`);
      metrics.set(metric.key, metric);
    }
  }
  return metrics;
}

/** Every module's hooks on moving a partner into `toStage`. */
export async function loadStageHooks(toStage: string): Promise<readonly StageHookDef[]> {
  return (await loadModules()).flatMap((m) => m.stageHooks ?? []).filter((g) => g.toStage === toStage);
}

/** Every module's app-wide permissions for one caller, merged. */
export async function appPermissionsOf(actor: PolicyActor): Promise<Record<string, boolean>> {
  const merged: Record<string, boolean> = {};
  for (const m of await loadModules()) Object.assign(merged, m.appPermissions?.(actor));
  return merged;
}
