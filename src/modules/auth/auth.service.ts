import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { withTx } from '../../db/scope.js';
import { type Actor, type Ctx, systemCtx, type TxCtx, userActor } from '../../shared/context.js';
import { AppError, invalidField, notFound } from '../../shared/errors.js';
import { dummyPasswordHash, verifyPassword } from '../../shared/password.js';
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
  IP_POLICY,
  isCredentialValid,
  lockedForSeconds,
  type ThrottlePolicy,
  type ThrottleState,
} from './auth.rules.js';
import { type ApiTokenRow, apiTokens, loginThrottle, sessions } from './auth.schema.js';

export const TOKEN_PREFIX = 'consort_pat_';

function secret(): string {
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

async function readThrottle(ctx: TxCtx, key: string): Promise<ThrottleState | null> {
  const [row] = await ctx.tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
  return row ?? null;
}

async function countFailure(ctx: TxCtx, key: string, policy: ThrottlePolicy): Promise<ThrottleState> {
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
  const fresh = newSessionValues({ userId: user.id, partnerId: user.partnerId }, input, ctx.now, ctx.now);
  const signedIn: Ctx = { ...ctx, actor: toActor(user, {}) };
  const sessionId = await withTx(ctx, async (c) => {
    await c.tx.delete(loginThrottle).where(eq(loginThrottle.key, emailKey));
    const [session] = await c.tx.insert(sessions).values(fresh.row).returning({ id: sessions.id });
    await recordChange(
      { ...c, actor: toActor(user, { sessionId: session?.id }) },
      {
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        partnerId: user.partnerId,
        summary: `Signed in from ${input.ip}`,
      },
    );
    await recordLogin(c, user.id);
    if (!session) throw new Error('insert returned no row');
    return session.id;
  });
  const { sessionToken, csrfToken, expiresAt } = fresh;
  return { user: await getUser(signedIn, user.id), sessionId, sessionToken, csrfToken, expiresAt };
}

/** Refresh "last seen" at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export type Authenticated = { actor: Extract<Actor, { kind: 'user' }>; csrfToken: string | null };

export async function authenticateSession(db: Db, sessionToken: string): Promise<Authenticated | null> {
  const ctx = systemCtx(db, 'authenticate');
  return withTx(ctx, async (c) => {
    const [session] = await c.tx
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(sessionToken)));
    if (!session) return null;
    const user = await findUserById(c, session.userId);
    if (!user || !isCredentialValid(session, user, c.now, { endsOnPasswordChange: true })) return null;
    if (c.now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await c.tx.update(sessions).set({ lastSeenAt: c.now }).where(eq(sessions.id, session.id));
    }
    return { actor: toActor(user, { sessionId: session.id }), csrfToken: session.csrfToken };
  });
}

export async function authenticateToken(db: Db, token: string): Promise<Authenticated | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const ctx = systemCtx(db, 'authenticate');
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, sha256(token)));
    if (!row) return null;
    const user = await findUserById(c, row.userId);
    if (!user || !isCredentialValid(row, user, c.now, { endsOnPasswordChange: false })) return null;
    if (!row.lastUsedAt || c.now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await c.tx.update(apiTokens).set({ lastUsedAt: c.now }).where(eq(apiTokens.id, row.id));
    }
    return { actor: toActor(user, { tokenId: row.id }), csrfToken: null };
  });
}

export async function logout(ctx: Ctx): Promise<void> {
  const actor = userActor(ctx);
  const sessionId = actor.sessionId;
  if (!sessionId) return;
  await withTx(ctx, async (c) => {
    await c.tx.update(sessions).set({ revokedAt: c.now }).where(eq(sessions.id, sessionId));
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

/**
 * Changes the caller's password after checking the current one, then replaces their session
 * with a fresh one: sessions issued before the change stop working (auth.rules.ts).
 */
export async function changeOwnPassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; ip: string; userAgent: string; sessionHours: number },
): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date }> {
  const actor = userActor(ctx);
  const user = await findUserById(ctx, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', 'is not your current password');
  }
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
 * Ends every session of a user the caller may manage (the users module's policy decides, through
 * getUser's visibility and the user's `can`). With `tokens`, their API tokens end too.
 */
export async function revokeUserCredentials(ctx: Ctx, userId: string, options: { tokens: boolean }): Promise<number> {
  return withTx(ctx, async (c) => {
    const user = await getUser(c, userId);
    if (!user.can.revokeSessions) throw new AppError('FORBIDDEN', 'You cannot sign this user out');
    return endCredentials(c, user, options);
  });
}

async function endCredentials(
  ctx: TxCtx,
  user: { id: string; partnerId: string | null; email: string },
  options: { tokens: boolean },
): Promise<number> {
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
  await recordChange(ctx, {
    action: 'revoke',
    entityType: 'user',
    entityId: user.id,
    partnerId: user.partnerId,
    summary: `Signed ${user.email} out of ${revoked.length} session(s)${options.tokens ? ` and revoked ${tokens.length} API token(s)` : ''}`,
    event: 'user.credentials_revoked',
  });
  return revoked.length;
}

/**
 * Subscriber: a deactivated user or one whose password an admin reset loses every session and
 * API token at once (the users module emits the events; the change has committed).
 */
export async function endCredentialsOf(ctx: Ctx, userId: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const user = await findUserById(c, userId);
    if (user) await endCredentials(c, user, { tokens: true });
  });
}

export type ApiTokenDto = Omit<ApiTokenRow, 'tokenHash' | 'userId' | 'partnerId'>;

function toTokenDto(row: ApiTokenRow): ApiTokenDto {
  const { tokenHash: _h, userId: _u, partnerId: _p, ...rest } = row;
  return rest;
}

const API_TOKEN: AuditedKind<ApiTokenRow> = {
  entityType: 'api_token',
  partnerIdOf: (t) => t.partnerId,
  labelOf: (t) => `"${t.name}"`,
};

export async function createApiToken(
  ctx: Ctx,
  input: { name: string; expiresAt?: Date | null },
): Promise<ApiTokenDto & { token: string }> {
  const actor = userActor(ctx);
  const token = `${TOKEN_PREFIX}${secret()}`;
  return withTx(ctx, async (c) => {
    const row = await insertAudited(
      c,
      apiTokens,
      {
        userId: actor.userId,
        partnerId: actor.partnerId,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        expiresAt: input.expiresAt ?? null,
        createdAt: c.now,
      },
      API_TOKEN,
    );
    return { ...toTokenDto(row), token };
  });
}

export async function listOwnApiTokens(ctx: Ctx): Promise<ApiTokenDto[]> {
  const actor = userActor(ctx);
  const rows = await withTx(ctx, (c) =>
    c.tx
      .select()
      .from(apiTokens)
      .where(
        and(
          eq(apiTokens.userId, actor.userId),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, c.now)),
        ),
      )
      .orderBy(desc(apiTokens.createdAt)),
  );
  return rows.map(toTokenDto);
}

export async function revokeOwnApiToken(ctx: Ctx, id: string): Promise<void> {
  const actor = userActor(ctx);
  await withTx(ctx, async (c) => {
    const [before] = await c.tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)));
    if (!before) throw notFound('API token');
    await updateAudited(c, apiTokens, before, { revokedAt: c.now }, API_TOKEN, {
      summary: `Revoked API token "${before.name}"`,
      event: 'api_token.revoked',
    });
  });
}
