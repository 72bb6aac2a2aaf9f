import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { afterTransaction, withTx } from '../../db/scope.js';
import { type Actor, type Ctx, systemCtx, type TxCtx, userActor } from '../../shared/context.js';
import { type Authenticated, credentialCacheOf, forgetCredentials } from '../../shared/credential-cache.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { dummyPasswordHash, verifyPassword } from '../../shared/password.js';
import type { Role } from '../../shared/roles.js';
import { toStorableText } from '../../shared/text.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import {
  findUserByEmail,
  findUserById,
  getUser,
  recordLogin,
  setOwnPassword,
  type UserDto,
  type UserRow,
} from '../users/index.js';
import {
  ACCOUNT_POLICY,
  afterFailure,
  decideTokenExpiry,
  IP_POLICY,
  isCredentialValid,
  lockedForSeconds,
  PASSWORD_CHECK_POLICY,
  passwordCheckKey,
  type ThrottlePolicy,
  type ThrottleState,
} from './auth.rules.js';
import { type ApiTokenRow, apiTokens, loginThrottle, sessions } from './auth.schema.js';

export const TOKEN_PREFIX = 'consort_pat_';

export function secret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function toActor(user: UserRow, via: { sessionId?: string; tokenId?: string }): Extract<Actor, { kind: 'user' }> {
  return {
    kind: 'user',
    userId: user.id,
    role: user.role,
    partnerId: user.partnerId,
    email: user.email,
    name: user.name,
    sessionId: via.sessionId ?? null,
    tokenId: via.tokenId ?? null,
  };
}

export async function readThrottle(ctx: TxCtx, key: string): Promise<ThrottleState | null> {
  const [row] = await ctx.tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
  return row ?? null;
}

export async function countFailure(ctx: TxCtx, key: string, policy: ThrottlePolicy): Promise<ThrottleState> {
  await ctx.tx.insert(loginThrottle).values({ key, failures: 0, windowStartedAt: ctx.now }).onConflictDoNothing();
  const next = afterFailure(await readThrottle(ctx, key), ctx.now, policy);
  await ctx.tx.update(loginThrottle).set(next).where(eq(loginThrottle.key, key));
  return next;
}

export type LoginResult = { user: UserDto; sessionId: string; sessionToken: string; csrfToken: string; expiresAt: Date };

const INVALID_LOGIN = () => new AppError('UNAUTHENTICATED', 'Invalid e-mail or password');

/**
 * Checks a sign-in. Runs with a system context (the caller is anonymous) and answers the same
 * "invalid e-mail or password" for an unknown address, a wrong password and a deactivated account.
 */
export async function login(
  db: Db,
  input: { email: string; password: string; ip: string; userAgent: string; sessionHours: number },
): Promise<LoginResult> {
  const ctx = systemCtx(db, 'login');
  const emailKey = `email:${input.email.trim().toLowerCase()}`;
  const ipKey = `ip:${input.ip}`;
  const locked = await withTx(ctx, async (c) =>
    Math.max(lockedForSeconds(await readThrottle(c, emailKey), c.now), lockedForSeconds(await readThrottle(c, ipKey), c.now)),
  );
  if (locked > 0) {
    throw new AppError('ACCOUNT_LOCKED', `Too many failed sign-in attempts. Try again in ${Math.ceil(locked / 60)} minutes.`, {
      headers: { 'retry-after': String(locked) },
    });
  }
  const user = await findUserByEmail(ctx, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    const state = await withTx(ctx, async (c) => {
      await countFailure(c, ipKey, IP_POLICY);
      const next = await countFailure(c, emailKey, ACCOUNT_POLICY);
      if (user && next.lockedUntil && next.lockedUntil > c.now) {
        await recordChange(c, {
          action: 'lockout',
          entityType: 'user',
          entityId: user.id,
          partnerId: user.partnerId,
          summary: `Sign-in locked for ${user.email} after ${ACCOUNT_POLICY.maxFailures} failed attempts from ${input.ip}`,
        });
      }
      return next;
    });
    const seconds = lockedForSeconds(state, ctx.now);
    if (seconds > 0) {
      throw new AppError('ACCOUNT_LOCKED', `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minutes.`, {
        headers: { 'retry-after': String(seconds) },
      });
    }
    throw INVALID_LOGIN();
  }
  const session = await withTx(ctx, async (c) => {
    await c.tx.delete(loginThrottle).where(eq(loginThrottle.key, emailKey));
    return startSession(c, user, input, `Signed in from ${input.ip}`);
  });
  return finishSignIn(ctx, user, session);
}

export type StartedSession = { sessionId: string; sessionToken: string; csrfToken: string; expiresAt: Date };

/**
 * Opens a browser session for `user` inside the caller's transaction, as every way of signing in
 * does (password, sign-in link): the session row, the audit entry and the last-login time.
 */
export async function startSession(
  ctx: TxCtx,
  user: UserRow,
  input: { ip: string; userAgent: string; sessionHours: number },
  summary: string,
): Promise<StartedSession> {
  const fresh = newSessionValues({ userId: user.id, partnerId: user.partnerId }, input, ctx.now, ctx.now);
  const [session] = await ctx.tx.insert(sessions).values(fresh.row).returning({ id: sessions.id });
  if (!session) throw new Error('insert returned no row');
  await recordChange(
    { ...ctx, actor: toActor(user, { sessionId: session.id }) },
    { action: 'login', entityType: 'user', entityId: user.id, partnerId: user.partnerId, summary },
  );
  await recordLogin(ctx, user.id);
  return { sessionId: session.id, sessionToken: fresh.sessionToken, csrfToken: fresh.csrfToken, expiresAt: fresh.expiresAt };
}

/** The answer of a sign-in, once its transaction committed: the user as they see themselves. */
export async function finishSignIn(ctx: Ctx, user: UserRow, session: StartedSession): Promise<LoginResult> {
  const signedIn: Ctx = { ...ctx, actor: toActor(user, {}) };
  return { user: await getUser(signedIn, user.id), ...session };
}

type CredentialRow = {
  credential_id: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  csrf_token: string | null;
  user_id: string;
  role: Role;
  partner_id: string | null;
  email: string;
  name: string;
  active: boolean;
  password_changed_at: Date;
  credentials_ended_at: Date | null;
};

/**
 * Who holds this secret, if it is a valid session (`kind` 'session') or API token: one round
 * trip, outside any transaction — the `consort_credential` function (migration 0002) finds the
 * credential and its user by the secret's hash and records its use — or none at all when this
 * process checked the same secret moments ago (credential-cache.ts).
 */
export async function authenticate(db: Db, kind: 'session' | 'token', secretValue: string): Promise<Authenticated | null> {
  if (kind === 'token' && !secretValue.startsWith(TOKEN_PREFIX)) return null;
  const hash = sha256(secretValue);
  const now = new Date();
  const cache = credentialCacheOf(db);
  const cached = cache.get(hash, now.getTime());
  if (cached) return cached;
  // The simple protocol, with the three values inlined: a hash of 64 hex digits, a constant and an
  // ISO timestamp. On PGlite every connection shares one session, and a parameterised statement
  // outside a transaction (parse, bind, execute) could interleave with another connection's
  // (database.ts); one simple query is one message, handled whole.
  const { rows } = await db.$client.query<CredentialRow>(
    `SELECT * FROM consort_credential('${kind}', '${hash}', '${now.toISOString()}'::timestamptz)`,
  );
  const row = rows[0];
  if (!row) return null;
  const credential = { createdAt: row.created_at, expiresAt: row.expires_at, revokedAt: row.revoked_at };
  const user = { active: row.active, passwordChangedAt: row.password_changed_at, credentialsEndedAt: row.credentials_ended_at };
  if (!isCredentialValid(credential, user, now, { endsOnPasswordChange: kind === 'session' })) return null;
  const auth: Authenticated = {
    actor: {
      kind: 'user',
      userId: row.user_id,
      role: row.role,
      partnerId: row.partner_id,
      email: row.email,
      name: row.name,
      sessionId: kind === 'session' ? row.credential_id : null,
      tokenId: kind === 'token' ? row.credential_id : null,
    },
    csrfToken: row.csrf_token,
  };
  cache.remember(hash, auth, row.credential_id, row.expires_at, now.getTime());
  return auth;
}

export async function logout(ctx: Ctx): Promise<void> {
  const actor = userActor(ctx);
  const sessionId = actor.sessionId;
  if (!sessionId) return;
  await withTx(ctx, async (c) => {
    await c.tx.update(sessions).set({ revokedAt: c.now }).where(eq(sessions.id, sessionId));
    forgetCredentials(c, sessionId);
    await recordChange(c, { action: 'logout', entityType: 'user', entityId: actor.userId, partnerId: actor.partnerId });
  });
}

function newSessionValues(
  actor: { userId: string; partnerId: string | null },
  input: { ip: string; userAgent: string; sessionHours: number },
  createdAt: Date,
  now: Date,
) {
  const sessionToken = secret();
  const csrfToken = secret();
  const expiresAt = new Date(now.getTime() + input.sessionHours * 3_600_000);
  return {
    sessionToken,
    csrfToken,
    expiresAt,
    row: {
      tokenHash: sha256(sessionToken),
      userId: actor.userId,
      partnerId: actor.partnerId,
      csrfToken,
      ip: input.ip,
      userAgent: toStorableText(input.userAgent, 400),
      createdAt,
      lastSeenAt: now,
      expiresAt,
    },
  };
}

function passwordChecksLocked(seconds: number): AppError {
  return new AppError(
    'ACCOUNT_LOCKED',
    `Too many wrong current passwords. Try changing your password again in ${Math.ceil(seconds / 60)} minutes.`,
    { headers: { 'retry-after': String(seconds) }, errors: [{ path: 'currentPassword', message: 'too many wrong attempts' }] },
  );
}

/**
 * Counts a wrong current password. Runs after the request's transaction, which the refusal rolls
 * back (scope.ts `afterTransaction`), and audits the lock when this failure sets it.
 */
async function countPasswordCheckFailure(ctx: Ctx, user: UserRow, ip: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const next = await countFailure(c, passwordCheckKey(user.id), PASSWORD_CHECK_POLICY);
    if (next.lockedUntil && next.lockedUntil > c.now && next.failures === 0) {
      await recordChange(c, {
        action: 'lockout',
        entityType: 'user',
        entityId: user.id,
        partnerId: user.partnerId,
        summary: `Password changes locked for ${user.email} after ${PASSWORD_CHECK_POLICY.maxFailures} wrong current passwords from ${ip}`,
      });
    }
  });
}

/**
 * Changes the caller's password after checking the current one, then replaces their session
 * with a fresh one: sessions issued before the change stop working (auth.rules.ts). Wrong current
 * passwords are throttled per user like sign-in (PASSWORD_CHECK_POLICY): the lock answers 429
 * with Retry-After, whatever password comes next.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; ip: string; userAgent: string; sessionHours: number },
): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date }> {
  const actor = userActor(ctx);
  const key = passwordCheckKey(actor.userId);
  // Read under a row lock held to the end of the request: concurrent checks of one user queue.
  const throttle = await withTx(ctx, (c) => readThrottle(c, key));
  const locked = lockedForSeconds(throttle, ctx.now);
  if (locked > 0) throw passwordChecksLocked(locked);
  const user = await findUserById(ctx, actor.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await afterTransaction(ctx, (after) => countPasswordCheckFailure(after, user, input.ip));
    const next = afterFailure(throttle, ctx.now, PASSWORD_CHECK_POLICY);
    if (lockedForSeconds(next, ctx.now) > 0) throw passwordChecksLocked(lockedForSeconds(next, ctx.now));
    throw invalidField('currentPassword', 'is not your current password');
  }
  await withTx(ctx, (c) => c.tx.delete(loginThrottle).where(eq(loginThrottle.key, key)));
  await setOwnPassword(ctx, input.newPassword);
  // One millisecond after the password change, so this session outlives it.
  const fresh = newSessionValues(actor, input, new Date(ctx.now.getTime() + 1), ctx.now);
  await withTx(ctx, async (c) => {
    if (actor.sessionId) await c.tx.update(sessions).set({ revokedAt: c.now }).where(eq(sessions.id, actor.sessionId));
    await c.tx.insert(sessions).values(fresh.row);
  });
  return { sessionToken: fresh.sessionToken, csrfToken: fresh.csrfToken, expiresAt: fresh.expiresAt };
}

export type SessionDto = {
  id: string;
  ip: string;
  userAgent: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  current: boolean;
};

export async function listOwnSessions(ctx: Ctx): Promise<SessionDto[]> {
  const actor = userActor(ctx);
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, actor.userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, c.now)))
      .orderBy(desc(sessions.lastSeenAt)),
  );
  return rows.map((s) => ({
    id: s.id,
    ip: s.ip,
    userAgent: s.userAgent,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: s.expiresAt,
    current: s.id === actor.sessionId,
  }));
}

export async function revokeOwnSession(ctx: Ctx, sessionId: string): Promise<void> {
  const actor = userActor(ctx);
  await withTx(ctx, async (c) => {
    const revoked = await c.tx
      .update(sessions)
      .set({ revokedAt: c.now })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (revoked.length === 0) throw notFound('Session');
    forgetCredentials(c, sessionId);
    await recordChange(c, {
      action: 'revoke',
      entityType: 'session',
      entityId: sessionId,
      partnerId: actor.partnerId,
      summary: 'Signed out a session',
    });
  });
}

/**
 * A user whose credentials the caller manages: 404 for one the caller cannot see (another
 * company's), 403 for one they see but do not manage (the users module's policy decides).
 */
async function loadManagedUser(ctx: TxCtx, userId: string): Promise<UserDto> {
  const user = await getUser(ctx, userId);
  if (!user.can.revokeSessions) throw forbidden("You cannot manage this user's sessions and API tokens");
  return user;
}

/**
 * Signs a user out everywhere: ends every session and every API token of a user the caller
 * manages (docs/decisions/0031). Answers how many of each ended.
 */
export async function revokeUserCredentials(ctx: Ctx, userId: string): Promise<{ sessions: number; tokens: number }> {
  return withTx(ctx, async (c) => endCredentials(c, await loadManagedUser(c, userId), { tokens: true }));
}

async function endCredentials(
  ctx: TxCtx,
  user: { id: string; partnerId: string | null; email: string },
  options: { tokens: boolean },
): Promise<{ sessions: number; tokens: number }> {
  const revoked = await ctx.tx
    .update(sessions)
    .set({ revokedAt: ctx.now })
    .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  const tokens = options.tokens
    ? await ctx.tx
        .update(apiTokens)
        .set({ revokedAt: ctx.now })
        .where(and(eq(apiTokens.userId, user.id), isNull(apiTokens.revokedAt)))
        .returning({ id: apiTokens.id })
    : [];
  forgetCredentials(ctx, user.id);
  await recordChange(ctx, {
    action: 'revoke',
    entityType: 'user',
    entityId: user.id,
    partnerId: user.partnerId,
    summary: `Signed ${user.email} out of ${revoked.length} session(s)${options.tokens ? ` and revoked ${tokens.length} API token(s)` : ''}`,
    event: 'user.credentials_revoked',
    eventData: { sessions: revoked.length, tokens: tokens.length },
  });
  return { sessions: revoked.length, tokens: tokens.length };
}

/**
 * Subscriber: a deactivated user or one whose password an admin reset loses every session and
 * API token (the users module emits the events once the change committed). Those stopped
 * working with the change itself (`credentialsEndedAt`); this marks them revoked and audits it.
 */
export async function endCredentialsOf(ctx: Ctx, userId: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const user = await findUserById(c, userId);
    if (user) await endCredentials(c, user, { tokens: true });
  });
}

export type ApiTokenDto = Omit<ApiTokenRow, 'tokenHash' | 'userId' | 'partnerId'>;
/** A token as the admin of its owner sees it: whose it is, too. */
export type UserApiTokenDto = ApiTokenDto & { userId: string; partnerId: string | null };

function toTokenDto(row: ApiTokenRow): ApiTokenDto {
  const { tokenHash: _h, userId: _u, partnerId: _p, ...rest } = row;
  return rest;
}

const API_TOKEN: AuditedKind<ApiTokenRow> = {
  entityType: 'api_token',
  partnerIdOf: (t) => t.partnerId,
  labelOf: (t) => `"${t.name}"`,
};

/**
 * Creates an API token for the caller. A request authenticated by a token creates a child of it:
 * it records the parent, never expires later than it, and is revoked with it.
 */
export async function createApiToken(
  ctx: Ctx,
  input: { name: string; expiresAt?: Date | null },
): Promise<ApiTokenDto & { token: string }> {
  const actor = userActor(ctx);
  const token = `${TOKEN_PREFIX}${secret()}`;
  return withTx(ctx, async (c) => {
    const [parent] = actor.tokenId
      ? await c.tx
          .select({ id: apiTokens.id, expiresAt: apiTokens.expiresAt })
          .from(apiTokens)
          .where(eq(apiTokens.id, actor.tokenId))
      : [];
    const expiry = decideTokenExpiry(input.expiresAt ?? null, c.now, parent ?? null);
    if (!expiry.ok) throw invalidField('expiresAt', expiry.reason);
    const row = await insertAudited(
      c,
      apiTokens,
      {
        userId: actor.userId,
        partnerId: actor.partnerId,
        parentTokenId: parent?.id ?? null,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        expiresAt: expiry.expiresAt,
        createdAt: c.now,
      },
      API_TOKEN,
      {
        ...(parent ? { summary: `Created API token "${input.name}" with API token ${parent.id}` } : {}),
        eventData: { name: input.name },
      },
    );
    return { ...toTokenDto(row), token };
  });
}

/** The tokens of a user that still work, newest first (none once the user was deactivated). */
async function workingTokensOf(ctx: TxCtx, userId: string): Promise<ApiTokenRow[]> {
  const user = await findUserById(ctx, userId);
  if (!user) return [];
  const rows = await ctx.tx
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.userId, userId),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, ctx.now)),
      ),
    )
    .orderBy(desc(apiTokens.createdAt));
  return rows.filter((row) => isCredentialValid(row, user, ctx.now, { endsOnPasswordChange: false }));
}

export async function listOwnApiTokens(ctx: Ctx): Promise<ApiTokenDto[]> {
  const actor = userActor(ctx);
  return withTx(ctx, async (c) => (await workingTokensOf(c, actor.userId)).map(toTokenDto));
}

/** The working API tokens of a user the caller manages (an admin; a partner's admin for its own people). */
export async function listApiTokensOf(ctx: Ctx, userId: string): Promise<UserApiTokenDto[]> {
  return withTx(ctx, async (c) => {
    await loadManagedUser(c, userId);
    return (await workingTokensOf(c, userId)).map((row) => ({
      ...toTokenDto(row),
      userId: row.userId,
      partnerId: row.partnerId,
    }));
  });
}

/**
 * Revokes a token and every token created with it, and with those, and so on: a child never
 * outlives its parent. Each revocation is audited and emits `api_token.revoked`.
 */
async function revokeTokenTree(ctx: TxCtx, root: ApiTokenRow): Promise<void> {
  const tree: ApiTokenRow[] = [root];
  for (let frontier = [root.id]; frontier.length > 0; ) {
    const children = await ctx.tx.select().from(apiTokens).where(inArray(apiTokens.parentTokenId, frontier));
    tree.push(...children);
    frontier = children.map((child) => child.id);
  }
  for (const token of tree) {
    if (token.revokedAt) continue;
    forgetCredentials(ctx, token.id);
    await updateAudited(ctx, apiTokens, token, { revokedAt: ctx.now }, API_TOKEN, {
      summary:
        token === root ? `Revoked API token "${token.name}"` : `Revoked API token "${token.name}" with the token that created it`,
      event: 'api_token.revoked',
    });
  }
}

async function loadLiveToken(ctx: TxCtx, userId: string, id: string): Promise<ApiTokenRow> {
  const [token] = await ctx.tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  if (!token) throw notFound('API token');
  return token;
}

export async function revokeOwnApiToken(ctx: Ctx, id: string): Promise<void> {
  const actor = userActor(ctx);
  await withTx(ctx, async (c) => revokeTokenTree(c, await loadLiveToken(c, actor.userId, id)));
}

/** Revokes one API token of a user the caller manages, and the tokens created with it. */
export async function revokeApiTokenOf(ctx: Ctx, userId: string, tokenId: string): Promise<void> {
  await withTx(ctx, async (c) => {
    await loadManagedUser(c, userId);
    await revokeTokenTree(c, await loadLiveToken(c, userId, tokenId));
  });
}

/** How long an ended session is kept before the hourly `auth.purge-sessions` job deletes it. */
export const ENDED_SESSION_RETENTION_MS = 24 * 3_600_000;

/**
 * Deletes sessions that expired or were signed out more than a day ago: they authenticate
 * nobody and no page lists them. Not audited one by one (the job's run records how many).
 */
export async function purgeEndedSessions(ctx: Ctx): Promise<number> {
  const before = new Date(ctx.now.getTime() - ENDED_SESSION_RETENTION_MS);
  return withTx(ctx, async ({ tx }) => {
    const deleted = await tx
      .delete(sessions)
      .where(or(lt(sessions.expiresAt, before), lt(sessions.revokedAt, before)))
      .returning({ id: sessions.id });
    return deleted.length;
  });
}
