import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Ctx } from '../shared/context.js';
import { ROLES, type Role, VENDOR_ROLES } from '../shared/roles.js';
import type { Config } from './config.js';
import type { ExportOptions } from './export-routes.js';

/**
 * Every route declares who may call it. `buildApp` refuses to start with a route that has no
 * declaration; the authorization matrix (test/support/matrix.ts) checks every declaration and
 * every behaviour against the modules' hand-written access tables (`<m>.access-table.ts`); and
 * test/api/route-access.snap.txt lists them: a change to that snapshot is a permission change
 * and is reviewed as one. Which records of a kind a role may act on (its own partner's, the
 * partners it owns) is the module's policy (`<m>.policy.ts`), applied by its service.
 */
export type Access =
  | { kind: 'public' }
  | {
      kind: 'roles';
      roles: readonly Role[];
      /**
       * - 'partner': the record belongs to a partner company; partner-side callers reach only
       *   their own company's records and get 404 for any other.
       * - 'self': the record belongs to the caller (their API tokens, sessions); 404 otherwise.
       * - 'none': not tied to a partner (settings, tiers, the caller's own profile).
       */
      scope: 'partner' | 'self' | 'none';
    };

export const access = {
  public: (): Access => ({ kind: 'public' }),
  signedIn: (): Access => ({ kind: 'roles', roles: ROLES, scope: 'none' }),
  self: (): Access => ({ kind: 'roles', roles: ROLES, scope: 'self' }),
  roles: (roles: readonly Role[], options: { scope: 'partner' | 'none' }): Access => ({ kind: 'roles', roles, ...options }),
} as const;

export const ALL_ROLES = ROLES;
export const VENDOR_STAFF = VENDOR_ROLES;

/**
 * The record kind a path's IDs name (a `RecordKind` of some module's descriptor), so the
 * authorization matrix can aim at the caller's own record, another partner's, or a missing one.
 */
export type Target = string;

/** IDs of records the authorization matrix (and the OpenAPI examples) put into example bodies. */
export type ExampleRefs = {
  partnerId: string;
  /** An e-mail domain of the partner `partnerId` names (a partner's admin adds people only there). */
  partnerDomain: string;
  userId: string;
  tierId: string;
  vendorUserId: string;
  /** A string and a number no other example used, for fields that must be unique. */
  unique: string;
  seq: number;
  /** The caller's own password, for routes that ask for it again. */
  password: string;
};

/**
 * A file a route received as `multipart/form-data` (server/upload.ts), before its transaction
 * opened: on disk in a temporary file the handler moves into place (the files module's
 * `attachFile`); whatever is left there is removed once the response is sent.
 */
export type ReceivedUpload = {
  /** The temporary file. */
  path: string;
  /** The name the client gave it: for display only, never as a path. */
  filename: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** The form's text fields the route asked for (`UploadSpec.fields`), sent before the file part. */
  fields?: Record<string, string>;
};

/** A route that takes one file (`multipart/form-data`, one part named `file`) instead of JSON. */
export type UploadSpec = {
  /** The largest file accepted (413 naming `file` beyond it). */
  maxBytes: number;
  /** A valid file, for the authorization matrix. */
  example: () => { filename: string; contentType: string; bytes: Buffer };
  /** The file may also come as the whole body with `Content-Type: text/csv` (imports). */
  textCsv?: boolean;
  /** The route takes a JSON body too: without a file `upload` is null instead of a 415. */
  optional?: boolean;
  /** Text fields of the form handed on in `upload.fields` (each at most `maxBytes`); they must come before the file part. */
  fields?: { names: readonly string[]; maxBytes: number };
};

export type HandlerInput<P, Q, B> = {
  ctx: Ctx;
  /** The received file of an `upload` route (null on every other route). */
  upload: ReceivedUpload | null;
  params: P;
  query: Q;
  body: B;
  req: FastifyRequest;
  reply: FastifyReply;
  config: Config;
};

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteDef<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema | undefined = Schema | undefined,
> = {
  method: HttpMethod;
  url: string;
  summary: string;
  description?: string;
  tags: string[];
  access: Access;
  /**
   * What the route does, as `<record kind>.<action>` (`partner.edit`): the row of the module's
   * access table the authorization matrix holds it to. Required unless the route is public.
   */
  permission?: `${string}.${string}`;
  /** What `:id`-style path parameters point at (required when the URL has parameters). */
  target?: Target;
  /** The body carries a partner reference (`partnerId`) that the matrix aims at own/other/missing. */
  bodyTarget?: boolean;
  /**
   * Also accepts an HTML form body (urlencoded or multipart), passed on as unparsed text: for the
   * few public routes that mail clients call (RFC 8058 one-click unsubscribe). Others take JSON only.
   */
  acceptsForms?: boolean;
  status?: 200 | 201 | 202 | 204;
  /**
   * The route takes one uploaded file (multipart/form-data with a part named `file`), read to a
   * temporary file before the transaction opens. Only such routes accept multipart bodies.
   */
  upload?: UploadSpec;
  params?: P;
  query?: Q;
  body?: B;
  /** Schema of the success body; omit for 204 and for routes that send their own (images, HTML). */
  response?: R;
  /**
   * A valid request body, used by the authorization matrix and the OpenAPI document. Checked
   * against `body` by test/routes.test.ts rather than by the compiler (literal types widen here).
   */
  example?: (refs: ExampleRefs) => Record<string, unknown>;
  /**
   * A valid query string for a route whose query has required parameters (the matrix sends it);
   * a function of the refs when it names a record (a partner's id).
   */
  exampleQuery?: Record<string, string> | ((refs: ExampleRefs) => Record<string, string>);
  /**
   * A list route (a GET answering `{ data: [...] }`) gets `GET <url>/export?format=csv|xlsx`
   * beside it (src/server/export-routes.ts); `false` leaves it out, `{ omit, numeric }` adjusts
   * the columns its response schema gives.
   */
  export?: false | ExportOptions;
  /**
   * The handler opens its own transactions (`withTx` per step) instead of running in the
   * request's one: a streamed export, one transaction per page, so a long download holds none
   * open (on PGlite an open transaction makes every other connection wait).
   */
  ownTransactions?: boolean;
  handler: (input: HandlerInput<Infer<P>, Infer<Q>, Infer<B>>) => Promise<NoInfer<R extends Schema ? z.input<R> : unknown>>;
};

export type AnyRouteDef = RouteDef<Schema | undefined, Schema | undefined, Schema | undefined, Schema | undefined>;

/** Identity function that lets TypeScript infer the handler's input types from the schemas. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema | undefined = undefined,
>(def: RouteDef<P, Q, B, R>): AnyRouteDef {
  return def as unknown as AnyRouteDef;
}

export function describeAccess(a: Access): string {
  if (a.kind === 'public') return 'public';
  const roles = a.roles.length === ROLES.length ? 'any signed-in role' : a.roles.join(', ');
  return `${roles}; scope=${a.scope}`;
}

/** A route's example query string, with the refs its function form names. */
export function exampleQueryOf(route: Pick<AnyRouteDef, 'exampleQuery'>, refs: ExampleRefs): Record<string, string> | undefined {
  return typeof route.exampleQuery === 'function' ? route.exampleQuery(refs) : route.exampleQuery;
}
