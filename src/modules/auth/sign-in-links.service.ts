import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { withTx } from '../../db/scope.js';
import { rateLimited } from '../../server/throttle.js';
import { systemCtx, type TxCtx } from '../../shared/context.js';
import { AppError } from '../../shared/errors.js';
import { absoluteUrl } from '../../shared/links.js';
import { mailOrganization, queueMail, renderEmail } from '../mail/index.js';
import { findUserByEmail, findUserById, normalizeEmail, resetForgottenPassword, type UserRow } from '../users/index.js';
import {
  isCredentialValid,
  LINK_MINUTES,
  LINK_REQUEST_EMAIL_POLICY,
  LINK_REQUEST_IP_POLICY,
  lockedForSeconds,
  mayUseMagicLink,
} from './auth.rules.js';
import { signInLinks } from './auth.schema.js';
import { countFailure, finishSignIn, type LoginResult, readThrottle, secret, sha256, startSession } from './auth.service.js';

/**
 * The shortest time a link request takes, whatever the address: the answer never tells whether
 * it belongs to someone, and neither does how long it took (a mail is queued for some only).
 */
export const LINK_REQUEST_MIN_MS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Counts a request for a link against the address and the client IP; refuses when either is locked. */
async function throttleLinkRequest(ctx: TxCtx, email: string, ip: string): Promise<void> {
  const keys = [
    { key: `link-email:${email.trim().toLowerCase()}`, policy: LINK_REQUEST_EMAIL_POLICY },
    { key: `link-ip:${ip}`, policy: LINK_REQUEST_IP_POLICY },
  ];
  let locked = 0;
  for (const { key } of keys) locked = Math.max(locked, lockedForSeconds(await readThrottle(ctx, key), ctx.now));
  if (locked > 0) {
    throw rateLimited(`Too many sign-in links asked for. Try again in ${Math.ceil(locked / 60)} minutes.`, locked);
  }
  for (const { key, policy } of keys) await countFailure(ctx, key, policy);
}

const LINK_TEXT = {
  magic_link: {
    subject: (org: string) => `Your sign-in link for ${org}`,
    heading: (org: string) => `Sign in to ${org}`,
    paragraphs: (email: string) => [
      `Use the button below to sign in as ${email}. The link works once, within ${LINK_MINUTES.magic_link} minutes.`,
      'If you did not ask for it, ignore this e-mail: nobody can sign in without the link.',
    ],
    action: 'Sign in',
    page: '/sign-in/link',
  },
  password_reset: {
    subject: (org: string) => `Set a new password for ${org}`,
    heading: () => 'Set a new password',
    paragraphs: (email: string) => [
      `Someone asked to set a new password for ${email}. The link works once, within ${LINK_MINUTES.password_reset} minutes; ` +
        'setting a new password signs you out everywhere and ends your API tokens.',
      'If you did not ask for it, ignore this e-mail: your password stays as it is.',
    ],
    action: 'Set a new password',
    page: '/sign-in/reset',
  },
} as const;

/**
 * Sends a single-use link to `email` if it belongs to someone who may use one — for a magic link
 * an active partner user, for a password reset any active user. Answers nothing either way: the
 * caller says the same to everyone. The link is stored hashed, bound to the user, and mailed
 * through the mail queue in the same transaction.
 */
export async function requestSignInLink(
  db: Db,
  input: { email: string; ip: string; purpose: keyof typeof LINK_MINUTES },
): Promise<void> {
  const started = Date.now();
  const ctx = systemCtx(db, input.purpose === 'magic_link' ? 'sign-in link' : 'password reset link');
  await withTx(ctx, async (c) => {
    await throttleLinkRequest(c, input.email, input.ip);
    const user = await findUserByEmail(c, input.email);
    const eligible = user && (input.purpose === 'magic_link' ? mayUseMagicLink(user) : user.active);
    const token = secret();
    const text = LINK_TEXT[input.purpose];
    const organization = await mailOrganization(c);
    // Rendered for everyone, so an unknown address costs about as much as a known one.
    const message = renderEmail({
      organization,
      subject: text.subject(organization.name),
      heading: text.heading(organization.name),
      paragraphs: text.paragraphs(normalizeEmail(input.email)),
      action: { label: text.action, url: absoluteUrl(`${text.page}#token=${token}`) },
    });
    if (!user || !eligible) return;
    await c.tx.insert(signInLinks).values({
      userId: user.id,
      partnerId: user.partnerId,
      purpose: input.purpose,
      tokenHash: sha256(token),
      ip: input.ip,
      createdAt: c.now,
      expiresAt: new Date(c.now.getTime() + LINK_MINUTES[input.purpose] * 60_000),
    });
    await queueMail(c, {
      to: { address: user.email, userId: user.id, partnerId: user.partnerId },
      message,
      purpose: input.purpose === 'magic_link' ? 'sign_in_link' : 'password_reset',
      sensitive: true,
    });
  });
  await sleep(started + LINK_REQUEST_MIN_MS - Date.now());
}

const INVALID_LINK = () =>
  new AppError('NOT_FOUND', 'This link is not valid: it was used already, has expired, or was replaced. Ask for a new one.', {
    errors: [{ path: 'token', message: 'is not a valid link (used, expired or unknown)' }],
  });

/**
 * Consumes a link: one UPDATE marks it used if it is unused, unexpired and of this purpose, so
 * two concurrent uses cannot both succeed. The link's user must still be allowed to use it —
 * active, with no password change or ended credentials since it was issued. Answers the user;
 * the caller acts in the same transaction (a refusal after consumption rolls it back).
 */
async function consumeLink(ctx: TxCtx, token: string, purpose: keyof typeof LINK_MINUTES): Promise<UserRow> {
  const [link] = await ctx.tx
    .update(signInLinks)
    .set({ usedAt: ctx.now })
    .where(
      and(
        eq(signInLinks.tokenHash, sha256(token)),
        eq(signInLinks.purpose, purpose),
        isNull(signInLinks.usedAt),
        gt(signInLinks.expiresAt, ctx.now),
      ),
    )
    .returning();
  if (!link) throw INVALID_LINK();
  const user = await findUserById(ctx, link.userId);
  const credential = { createdAt: link.createdAt, expiresAt: link.expiresAt, revokedAt: null };
  if (!user || !isCredentialValid(credential, user, ctx.now, { endsOnPasswordChange: true })) throw INVALID_LINK();
  if (purpose === 'magic_link' && !mayUseMagicLink(user)) throw INVALID_LINK();
  // Any other link of the same purpose still out there ends too.
  await ctx.tx
    .update(signInLinks)
    .set({ usedAt: ctx.now })
    .where(and(eq(signInLinks.userId, user.id), eq(signInLinks.purpose, purpose), isNull(signInLinks.usedAt)));
  return user;
}

/** Signs in with a magic link from an e-mail: a session exactly like a password sign-in's. */
export async function signInWithLink(
  db: Db,
  input: { token: string; ip: string; userAgent: string; sessionHours: number },
): Promise<LoginResult> {
  const ctx = systemCtx(db, 'sign-in link');
  const { user, session } = await withTx(ctx, async (c) => {
    const user = await consumeLink(c, input.token, 'magic_link');
    return { user, session: await startSession(c, user, input, `Signed in with a link from an e-mail, from ${input.ip}`) };
  });
  return finishSignIn(ctx, user, session);
}

/**
 * Sets a new password with a reset link from an e-mail. Like an admin's reset, it ends every
 * session and API token of the user (the users module's `credentialsEndedAt`). Answers nothing:
 * the person signs in with the new password.
 */
export async function resetPasswordWithLink(db: Db, input: { token: string; newPassword: string }): Promise<void> {
  const ctx = systemCtx(db, 'password reset link');
  await withTx(ctx, async (c) => {
    const user = await consumeLink(c, input.token, 'password_reset');
    await resetForgottenPassword(c, user.id, input.newPassword);
  });
}
