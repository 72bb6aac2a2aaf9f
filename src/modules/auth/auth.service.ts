import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.js';
import { withTx } from '../../db/scope.js';
import { type Actor, type Ctx, systemCtx, userActor } from '../../shared/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import { dummyPasswordHash, verifyPassword } from '../../shared/password.js';
import { recordAudit } from '../audit/audit.service.js';
import type { UserRow } from '../users/users.schema.js';
import { findUserByEmail, findUserById, recordLogin, toUserDto, type UserDto } from '../users/users.service.js';
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

async function readThrottle(tx: Tx, key: string): Promise<ThrottleState | null> {
  const [row] = await tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).for('update');
  return row ?? null;
}

async function countFailure(tx: Tx, key: string, now: Date, policy: ThrottlePolicy): Promise<ThrottleState> {
  await tx.insert(loginThrottle).values({ key, failures: 0, windowStartedAt: now }).onConflictDoNothing();
  const next = afterFailure(await readThrottle(tx, key), now, policy);
  await tx.update(loginThrottle).set(next).where(eq(loginThrottle.key, key));
  return next;
}

export type LoginResult = { user: UserDto; sessionToken: string; csrfToken: string; expiresAt: Date };

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
  const locked = await withTx(ctx, async (tx) =>
    Math.max(
      lockedForSeconds(await readThrottle(tx, emailKey), ctx.now),
      lockedForSeconds(await readThrottle(tx, ipKey), ctx.now),
    ),
  );
  if (locked > 0) {
    throw new AppError('ACCOUNT_LOCKED', `Too many failed sign-in attempts. Try again in ${Math.ceil(locked / 60)} minutes.`, {
      headers: { 'retry-after': String(locked) },
    });
  }
  const user = await findUserByEmail(ctx, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    const state = await withTx(ctx, async (tx) => {
      await countFailure(tx, ipKey, ctx.now, IP_POLICY);
      const next = await countFailure(tx, emailKey, ctx.now, ACCOUNT_POLICY);
      if (user && next.lockedUntil && next.lockedUntil > ctx.now) {
        await recordAudit(tx, ctx, {
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
  const sessionToken = secret();
  const csrfToken = secret();
  const expiresAt = new Date(ctx.now.getTime() + input.sessionHours * 3_600_000);
  await withTx(ctx, async (tx) => {
    await tx.delete(loginThrottle).where(eq(loginThrottle.key, emailKey));
    const [session] = await tx
      .insert(sessions)
      .values({
        tokenHash: sha256(sessionToken),
        userId: user.id,
        partnerId: user.partnerId,
        csrfToken,
        ip: input.ip,
        userAgent: input.userAgent.slice(0, 400),
        createdAt: ctx.now,
        lastSeenAt: ctx.now,
        expiresAt,
      })
      .returning({ id: sessions.id });
    await recordAudit(
      tx,
      { ...ctx, actor: toActor(user, { sessionId: session?.id }) },
      {
        action: 'login',
        entityType: 'user',
        entityId: user.id,
        partnerId: user.partnerId,
        summary: `Signed in from ${input.ip}`,
      },
    );
  });
  await recordLogin(ctx, user.id);
  return { user: toUserDto({ ...user, lastLoginAt: ctx.now }), sessionToken, csrfToken, expiresAt };
}

/** Refresh "last seen" at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export type Authenticated = { actor: Extract<Actor, { kind: 'user' }>; csrfToken: string | null };

export async function authenticateSession(db: Db, sessionToken: string): Promise<Authenticated | null> {
  const ctx = systemCtx(db, 'authenticate');
  return withTx(ctx, async (tx) => {
    const [session] = await tx
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(sessionToken)));
    if (!session) return null;
    const user = await findUserById({ ...ctx, tx }, session.userId);
    if (!user || !isCredentialValid(session, user, ctx.now, { endsOnPasswordChange: true })) return null;
    if (ctx.now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await tx.update(sessions).set({ lastSeenAt: ctx.now }).where(eq(sessions.id, session.id));
    }
    return { actor: toActor(user, { sessionId: session.id }), csrfToken: session.csrfToken };
  });
}

export async function authenticateToken(db: Db, token: string): Promise<Authenticated | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const ctx = systemCtx(db, 'authenticate');
  return withTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, sha256(token)));
    if (!row) return null;
    const user = await findUserById({ ...ctx, tx }, row.userId);
    if (!user || !isCredentialValid(row, user, ctx.now, { endsOnPasswordChange: false })) return null;
    if (!row.lastUsedAt || ctx.now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await tx.update(apiTokens).set({ lastUsedAt: ctx.now }).where(eq(apiTokens.id, row.id));
    }
    return { actor: toActor(user, { tokenId: row.id }), csrfToken: null };
  });
}

export async function logout(ctx: Ctx): Promise<void> {
  const actor = userActor(ctx);
  if (!actor.sessionId) return;
  await withTx(ctx, async (tx) => {
    await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(eq(sessions.id, actor.sessionId as string));
    await recordAudit(tx, ctx, { action: 'logout', entityType: 'user', entityId: actor.userId, partnerId: actor.partnerId });
  });
}

/** A fresh session for the caller (after they changed their password), replacing the current one. */
export async function reissueSession(
  ctx: Ctx,
  input: { ip: string; userAgent: string; sessionHours: number },
): Promise<{ sessionToken: string; csrfToken: string; expiresAt: Date }> {
  const actor = userActor(ctx);
  const sessionToken = secret();
  const csrfToken = secret();
  const expiresAt = new Date(ctx.now.getTime() + input.sessionHours * 3_600_000);
  await withTx(ctx, async (tx) => {
    if (actor.sessionId) await tx.update(sessions).set({ revokedAt: ctx.now }).where(eq(sessions.id, actor.sessionId));
    await tx.insert(sessions).values({
      tokenHash: sha256(sessionToken),
      userId: actor.userId,
      partnerId: actor.partnerId,
      csrfToken,
      ip: input.ip,
      userAgent: input.userAgent.slice(0, 400),
      // One millisecond after the password change, so this session outlives it.
      createdAt: new Date(ctx.now.getTime() + 1),
      lastSeenAt: ctx.now,
      expiresAt,
    });
  });
  return { sessionToken, csrfToken, expiresAt };
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
  const rows = await withTx(ctx, (tx) =>
    tx
      .select()
      .from(sessions)
      .where(and(eq(sessions.userId, actor.userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, ctx.now)))
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
  await withTx(ctx, async (tx) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.userId), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (revoked.length === 0) throw notFound('Session');
    await recordAudit(tx, ctx, {
      action: 'revoke',
      entityType: 'session',
      entityId: sessionId,
      partnerId: actor.partnerId,
      summary: 'Signed out a session',
    });
  });
}

/** Ends every session of a user the caller may manage (an admin, or the user's partner admin). */
export async function revokeUserSessions(
  ctx: Ctx,
  user: { id: string; partnerId: string | null; email: string },
): Promise<number> {
  return withTx(ctx, async (tx) => {
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    await recordAudit(tx, ctx, {
      action: 'revoke',
      entityType: 'user',
      entityId: user.id,
      partnerId: user.partnerId,
      summary: `Signed ${user.email} out of ${revoked.length} session(s)`,
    });
    return revoked.length;
  });
}

export type ApiTokenDto = Omit<ApiTokenRow, 'tokenHash' | 'userId' | 'partnerId'>;

function toTokenDto(row: ApiTokenRow): ApiTokenDto {
  const { tokenHash: _h, userId: _u, partnerId: _p, ...rest } = row;
  return rest;
}

export async function createApiToken(
  ctx: Ctx,
  input: { name: string; expiresAt?: Date | null },
): Promise<ApiTokenDto & { token: string }> {
  const actor = userActor(ctx);
  const token = `${TOKEN_PREFIX}${secret()}`;
  return withTx(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: actor.userId,
        partnerId: actor.partnerId,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        expiresAt: input.expiresAt ?? null,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, ctx, {
      action: 'create',
      entityType: 'api_token',
      entityId: row.id,
      partnerId: actor.partnerId,
      after: row,
      summary: `Created API token "${row.name}"`,
    });
    return { ...toTokenDto(row), token };
  });
}

export async function listOwnApiTokens(ctx: Ctx): Promise<ApiTokenDto[]> {
  const actor = userActor(ctx);
  const rows = await withTx(ctx, (tx) =>
    tx
      .select()
      .from(apiTokens)
      .where(
        and(
          eq(apiTokens.userId, actor.userId),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, ctx.now)),
        ),
      )
      .orderBy(desc(apiTokens.createdAt)),
  );
  return rows.map(toTokenDto);
}

export async function revokeOwnApiToken(ctx: Ctx, id: string): Promise<void> {
  const actor = userActor(ctx);
  await withTx(ctx, async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw notFound('API token');
    await recordAudit(tx, ctx, {
      action: 'revoke',
      entityType: 'api_token',
      entityId: id,
      partnerId: actor.partnerId,
      summary: `Revoked API token "${row.name}"`,
    });
  });
}
