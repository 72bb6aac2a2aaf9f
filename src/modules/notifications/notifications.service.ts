import { and, count, desc, eq, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { canSeePartner, withTx } from '../../db/scope.js';
import { loadNotificationKinds, type NotificationChannel, type NotificationKindDef } from '../../server/module.js';
import { type Ctx, systemCtx, type TxCtx, userActor } from '../../shared/context.js';
import { AppError, invalidField, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { absoluteUrl } from '../../shared/links.js';
import { type Page, toPage } from '../../shared/paging.js';
import type { Role } from '../../shared/roles.js';
import { recordChange } from '../audit/index.js';
import { mailOrganization, queueMail, renderEmail } from '../mail/index.js';
import { users } from '../users/index.js';
import {
  afterUnsubscribe,
  channelFor,
  DIGEST_MAX_ITEMS,
  isAppPath,
  kindIsFor,
  recipientRefusal,
  signUnsubscribe,
  verifyUnsubscribe,
} from './notifications.rules.js';
import { type NotificationRow, notificationPreferences, notifications, signingKeys } from './notifications.schema.js';

/** What a module says when it tells people something (docs/development.md, "Notifying users"). */
export type NotifyInput = {
  /** User ids; unknown, deactivated and duplicate ones are skipped. */
  to: readonly string[];
  /** A kind some module declared in its descriptor's `notificationKinds`. */
  kind: string;
  /** One line: "Northwind is assigned to you". */
  title: string;
  body?: string;
  /** A path in the web app: "/partners/<id>". */
  link?: string | null;
  /** The record it is about. */
  entity?: { type: string; id: string } | null;
  /**
   * The partner whose record this is about; null for the vendor's own records or the recipient's
   * own account. A partner's people are notified only about their own company's records.
   */
  partnerId: string | null;
};

export type NotifyResult = { inApp: number; email: number; digest: number };

let kindsLoaded: ReadonlyMap<string, NotificationKindDef> | undefined;

export async function notificationKinds(): Promise<ReadonlyMap<string, NotificationKindDef>> {
  kindsLoaded ??= await loadNotificationKinds();
  return kindsLoaded;
}

async function unsubscribeSecret(ctx: TxCtx): Promise<string> {
  const [row] = await ctx.tx.select({ secret: signingKeys.secret }).from(signingKeys).where(eq(signingKeys.name, 'unsubscribe'));
  if (!row) throw new Error('signing key "unsubscribe" is missing (migration 0008 makes it)');
  return row.secret;
}

type Recipient = { id: string; email: string; name: string; role: Role; partnerId: string | null };

/**
 * Tells people something, in the caller's transaction: an inbox item for everyone who has not
 * turned the kind off, and an e-mail queued for those who chose e-mail (a daily digest collects
 * the rest). A rollback leaves neither. A partner's people are told only about their own
 * company's records: anything else is a bug in the caller and throws.
 */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<NotifyResult> {
  const kinds = await notificationKinds();
  const kind = kinds.get(input.kind);
  if (!kind) throw new Error(`notify: no module declares the notification kind ${input.kind}`);
  if (input.link && !isAppPath(input.link)) throw new Error(`notify: link ${input.link} is not a path in the app`);
  const ids = [...new Set(input.to)];
  const result: NotifyResult = { inApp: 0, email: 0, digest: 0 };
  if (ids.length === 0) return result;
  return withTx(ctx, async (c) => {
    if (input.partnerId && !canSeePartner(c, input.partnerId)) {
      throw new Error('notify: the caller cannot see the partner the notification is about');
    }
    const recipients: Recipient[] = await c.tx
      .select({ id: users.id, email: users.email, name: users.name, role: users.role, partnerId: users.partnerId })
      .from(users)
      .where(and(inArray(users.id, ids), eq(users.active, true)));
    for (const r of recipients) {
      const refusal = recipientRefusal(r, input.partnerId);
      if (refusal) throw new Error(`notify ${input.kind} to user ${r.id}: ${refusal}`);
      if (!kindIsFor(kind, r.role)) throw new Error(`notify: ${input.kind} is not for ${r.role} users`);
    }
    const chosen = await c.tx
      .select({ userId: notificationPreferences.userId, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(
        and(
          inArray(
            notificationPreferences.userId,
            recipients.map((r) => r.id),
          ),
          eq(notificationPreferences.kind, input.kind),
        ),
      );
    const choice = new Map(chosen.map((p) => [p.userId, p.channel]));
    const delivered = recipients
      .map((r) => ({ recipient: r, channel: channelFor(kind, choice.get(r.id)) }))
      .filter((d) => d.channel !== 'off');
    if (delivered.length === 0) return result;
    const rows = delivered.map(({ recipient, channel }) => ({
      id: newId(),
      userId: recipient.id,
      partnerId: recipient.partnerId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? '',
      link: input.link ?? null,
      entityType: input.entity?.type ?? null,
      entityId: input.entity?.id ?? null,
      aboutPartnerId: input.partnerId,
      createdAt: c.now,
      digestPending: channel === 'digest' ? ('pending' as const) : null,
    }));
    // No RETURNING: a partner-side transaction may write vendor staff's items but not read them.
    await c.tx.insert(notifications).values(rows);
    result.inApp = rows.length;
    result.digest = delivered.filter((d) => d.channel === 'digest').length;
    const emailed = delivered.filter((d) => d.channel === 'email');
    if (emailed.length > 0) {
      const organization = await mailOrganization(c);
      const secret = await unsubscribeSecret(c);
      for (const { recipient } of emailed) {
        const token = signUnsubscribe({ userId: recipient.id, kind: input.kind }, secret);
        const message = renderEmail({
          organization,
          subject: input.title,
          heading: input.title,
          paragraphs: input.body ? [input.body] : [],
          action: input.link ? { label: 'Open in Consort', url: absoluteUrl(input.link) } : undefined,
          footer: [
            `You receive this e-mail because of your notification settings for “${kind.label}”.`,
            { label: `Stop e-mails about “${kind.label}”`, url: absoluteUrl(`/unsubscribe#token=${token}`) },
            { label: 'All notification settings', url: absoluteUrl('/account/notifications') },
          ],
        });
        await queueMail(c, {
          to: { address: recipient.email, userId: recipient.id, partnerId: recipient.partnerId },
          message,
          purpose: 'notification',
          headers: unsubscribeHeaders(token),
        });
      }
      result.email = emailed.length;
    }
    return result;
  });
}

/** RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` to the URL. */
function unsubscribeHeaders(token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${absoluteUrl(`/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** The active users with one of `roles` (vendor staff roles: "all admins"), for `notify({ to })`. */
export async function activeUsersWithRole(ctx: Ctx, roles: readonly Role[]): Promise<string[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select({ id: users.id })
      .from(users)
      .where(and(inArray(users.role, [...roles]), eq(users.active, true), isNull(users.partnerId)));
    return rows.map((r) => r.id);
  });
}

export type NotificationDto = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  entity: { type: string; id: string } | null;
  createdAt: Date;
  readAt: Date | null;
};

function toDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    entity: row.entityType && row.entityId ? { type: row.entityType, id: row.entityId } : null,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

async function unreadCountOf(ctx: TxCtx, userId: string): Promise<number> {
  const [row] = await ctx.tx
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The caller's inbox, newest first, with how many are unread. */
export async function listInbox(
  ctx: Ctx,
  query: { limit: number; cursor?: string; unread?: boolean },
): Promise<Page<NotificationDto> & { unread: number }> {
  const actor = userActor(ctx);
  return withTx(ctx, async (c) => {
    const ks = keyset('notifications', '-createdAt', { createdAt: notifications.createdAt }, notifications.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      eq(notifications.userId, actor.userId),
      query.unread ? isNull(notifications.readAt) : undefined,
      ks.where,
    ];
    const rows = await c.tx
      .select()
      .from(notifications)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: page.data.map(toDto), nextCursor: page.nextCursor, unread: await unreadCountOf(c, actor.userId) };
  });
}

export async function unreadCount(ctx: Ctx): Promise<number> {
  const actor = userActor(ctx);
  return withTx(ctx, (c) => unreadCountOf(c, actor.userId));
}

/** Marks one of the caller's notifications read (another person's answers 404). */
export async function markRead(ctx: Ctx, id: string): Promise<NotificationDto> {
  const actor = userActor(ctx);
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select()
      .from(notifications)
      .where(and(eq(notifications.id, id), eq(notifications.userId, actor.userId)));
    if (!row) throw notFound('Notification');
    if (row.readAt) return toDto(row);
    const [after] = await c.tx.update(notifications).set({ readAt: c.now }).where(eq(notifications.id, id)).returning();
    return toDto(after ?? row);
  });
}

export async function markAllRead(ctx: Ctx): Promise<number> {
  const actor = userActor(ctx);
  return withTx(ctx, async (c) => {
    const updated = await c.tx
      .update(notifications)
      .set({ readAt: c.now })
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return updated.length;
  });
}

export type PreferenceDto = {
  kind: string;
  label: string;
  description: string;
  channel: NotificationChannel;
  defaultChannel: NotificationChannel;
};

async function preferencesOf(ctx: TxCtx, user: { id: string; role: Role }): Promise<PreferenceDto[]> {
  const kinds = [...(await notificationKinds()).values()].filter((k) => kindIsFor(k, user.role));
  const rows = await ctx.tx
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, user.id));
  const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
  return kinds
    .map((k) => ({
      kind: k.kind,
      label: k.label,
      description: k.description,
      channel: channelFor(k, chosen.get(k.kind)),
      defaultChannel: k.defaultChannel,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Every kind the caller can receive, with how they hear of it now. */
export async function getPreferences(ctx: Ctx): Promise<PreferenceDto[]> {
  const actor = userActor(ctx);
  return withTx(ctx, (c) => preferencesOf(c, { id: actor.userId, role: actor.role }));
}

async function savePreferences(
  ctx: TxCtx,
  user: { id: string; partnerId: string | null; email: string },
  changes: readonly { kind: string; channel: NotificationChannel }[],
  summary: string,
): Promise<void> {
  const before = await ctx.tx
    .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, user.id));
  for (const change of changes) {
    await ctx.tx
      .insert(notificationPreferences)
      .values({ userId: user.id, partnerId: user.partnerId, kind: change.kind, channel: change.channel, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { channel: change.channel, updatedAt: ctx.now },
      });
  }
  const after = new Map(before.map((p) => [p.kind, p.channel]));
  for (const change of changes) after.set(change.kind, change.channel);
  await recordChange(ctx, {
    action: 'update',
    entityType: 'notification_preferences',
    entityId: user.id,
    partnerId: user.partnerId,
    before: Object.fromEntries(before.map((p) => [p.kind, p.channel])),
    after: Object.fromEntries(after),
    summary,
  });
}

/** Sets how the caller hears of some kinds; a kind they cannot receive is a 422 naming it. */
export async function setPreferences(
  ctx: Ctx,
  changes: readonly { kind: string; channel: NotificationChannel }[],
): Promise<PreferenceDto[]> {
  const actor = userActor(ctx);
  const kinds = await notificationKinds();
  const problems = changes.flatMap((change, i) => {
    const kind = kinds.get(change.kind);
    return kind && kindIsFor(kind, actor.role)
      ? []
      : [{ path: `preferences.${i}.kind`, message: 'is not a notification kind you receive' }];
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]?.message, { errors: problems });
  return withTx(ctx, async (c) => {
    await savePreferences(
      c,
      { id: actor.userId, partnerId: actor.partnerId, email: actor.email },
      changes,
      'Changed notification settings',
    );
    return preferencesOf(c, { id: actor.userId, role: actor.role });
  });
}

async function claimOf(ctx: TxCtx, token: string) {
  const claim = verifyUnsubscribe(token, await unsubscribeSecret(ctx));
  if (!claim) throw invalidField('token', 'is not a valid unsubscribe link');
  const [user] = await ctx.tx
    .select({ id: users.id, partnerId: users.partnerId, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, claim.userId));
  if (!user) throw invalidField('token', 'is not a valid unsubscribe link');
  const kinds = await notificationKinds();
  const kind = claim.kind === '*' ? null : kinds.get(claim.kind);
  if (claim.kind !== '*' && !kind) throw invalidField('token', 'is not a valid unsubscribe link');
  return { claim, user, label: kind?.label ?? 'All e-mail notifications' };
}

/** What an unsubscribe link turns off, for the page that asks to confirm (no sign-in needed). */
export async function describeUnsubscribe(db: Db, token: string): Promise<{ kind: string; label: string }> {
  return withTx(systemCtx(db, 'unsubscribe link'), async (c) => {
    const { claim, label } = await claimOf(c, token);
    return { kind: claim.kind, label };
  });
}

/**
 * Follows an unsubscribe link: e-mail of that kind (or, for the digest's link, every e-mail)
 * turns into in-app only for the link's person. Audited; following it again changes nothing.
 */
export async function unsubscribe(db: Db, token: string): Promise<{ kind: string; label: string }> {
  return withTx(systemCtx(db, 'unsubscribe link'), async (c) => {
    const { claim, user, label } = await claimOf(c, token);
    const rows = await c.tx
      .select({ kind: notificationPreferences.kind, channel: notificationPreferences.channel })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id));
    const kinds = [...(await notificationKinds()).values()].filter((k) => kindIsFor(k, user.role));
    const changes = afterUnsubscribe(kinds, new Map(rows.map((r) => [r.kind, r.channel])), claim.kind);
    if (changes.length > 0) await savePreferences(c, user, changes, `Unsubscribed ${user.email} from e-mail: ${label}`);
    return { kind: claim.kind, label };
  });
}

/**
 * Sends each person whose notifications wait for a digest one e-mail listing them, and marks
 * them sent, in one transaction (a second run finds nothing; items claimed by a concurrent run
 * are skipped). Run once a day (the jobs module schedules it). Answers how many e-mails it queued.
 */
export async function sendDailyDigests(ctx: Ctx, now: Date): Promise<number> {
  return withTx(ctx, async (c) => {
    const pending = await c.tx
      .select({
        id: notifications.id,
        userId: notifications.userId,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(and(eq(notifications.digestPending, 'pending'), lte(notifications.createdAt, now)))
      .orderBy(notifications.userId, desc(notifications.createdAt))
      .for('update', { skipLocked: true });
    if (pending.length === 0) return 0;
    const byUser = new Map<string, typeof pending>();
    for (const item of pending) byUser.set(item.userId, [...(byUser.get(item.userId) ?? []), item]);
    const people = await c.tx
      .select({ id: users.id, email: users.email, partnerId: users.partnerId, active: users.active })
      .from(users)
      .where(inArray(users.id, [...byUser.keys()]));
    const organization = await mailOrganization(c);
    const secret = await unsubscribeSecret(c);
    let sent = 0;
    for (const person of people) {
      const items = byUser.get(person.id) ?? [];
      if (!person.active || items.length === 0) continue;
      const token = signUnsubscribe({ userId: person.id, kind: '*' }, secret);
      const shown = items.slice(0, DIGEST_MAX_ITEMS);
      const more = items.length - shown.length;
      const subject = `Your daily summary: ${items.length} notification${items.length === 1 ? '' : 's'}`;
      const message = renderEmail({
        organization,
        subject,
        heading: subject,
        items: shown.map((item) => ({
          title: item.title,
          body: item.body || undefined,
          url: item.link ? absoluteUrl(item.link) : undefined,
          when: `${item.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
        })),
        paragraphs: more > 0 ? [`… and ${more} more in the app.`] : [],
        action: { label: 'Open your notifications', url: absoluteUrl('/notifications') },
        footer: [
          'You receive this summary because you chose a daily digest for some notifications.',
          { label: 'Stop notification e-mails', url: absoluteUrl(`/unsubscribe#token=${token}`) },
          { label: 'All notification settings', url: absoluteUrl('/account/notifications') },
        ],
      });
      await queueMail(c, {
        to: { address: person.email, userId: person.id, partnerId: person.partnerId },
        message,
        purpose: 'digest',
        headers: unsubscribeHeaders(token),
      });
      sent += 1;
    }
    await c.tx
      .update(notifications)
      .set({ digestPending: 'sent' })
      .where(
        inArray(
          notifications.id,
          pending.map((p) => p.id),
        ),
      );
    return sent;
  });
}

/** For the demo: an inbox item as it was at `ctx.now`, without e-mail. */
export async function seedInboxItem(
  ctx: Ctx,
  item: Omit<NotifyInput, 'to'> & { to: string; readAt?: Date | null },
): Promise<void> {
  await withTx(ctx, async (c) => {
    const [user] = await c.tx.select({ partnerId: users.partnerId, role: users.role }).from(users).where(eq(users.id, item.to));
    if (!user) throw new Error(`no user ${item.to}`);
    const refusal = recipientRefusal(user, item.partnerId);
    if (refusal) throw new Error(refusal);
    await c.tx.insert(notifications).values({
      userId: item.to,
      partnerId: user.partnerId,
      kind: item.kind,
      title: item.title,
      body: item.body ?? '',
      link: item.link ?? null,
      entityType: item.entity?.type ?? null,
      entityId: item.entity?.id ?? null,
      aboutPartnerId: item.partnerId,
      createdAt: c.now,
      readAt: item.readAt ?? null,
    });
  });
}
