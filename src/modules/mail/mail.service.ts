import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.js';
import { onCommit, withTx } from '../../db/scope.js';
import type { Config } from '../../server/config.js';
import type { WorkerLog } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import { newId } from '../../shared/ids.js';
import { getLogo, getSettings } from '../settings/index.js';
import { afterFailedAttempt, isPermanentFailure, MAIL_POLICY } from './mail.rules.js';
import { type MailMessageRow, mailMessages } from './mail.schema.js';
import { type EmailContent, LOGO_CID, type RenderedEmail, renderEmail } from './mail.templates.js';

export type MailRecipient = { address: string; userId?: string | null; partnerId?: string | null };

export type QueueMailInput = {
  to: MailRecipient;
  message: RenderedEmail;
  purpose: string;
  headers?: Record<string, string>;
  /** The sender's display name (the address stays MAIL_FROM's): a partner's campaign sent on its behalf. */
  fromName?: string;
  /** The message holds a secret (a sign-in link): its body is erased once delivered. */
  sensitive?: boolean;
  /** A calendar invitation to send with it (iCalendar text and its METHOD). */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string };
};

const wakers = new Set<() => void>();

/** Wakes this process's mail workers (after a commit that queued mail). */
function wakeMailWorkers(): void {
  for (const wake of wakers) wake();
}

/**
 * Queues one e-mail in the caller's transaction: it is sent after the commit (never after a
 * rollback) by the `mail` worker of some server process. Answers the message id.
 */
export async function queueMail(ctx: Ctx, input: QueueMailInput): Promise<string> {
  const id = newId();
  await withTx(ctx, async (c) => {
    // No RETURNING: a partner-side transaction may write a message to vendor staff but not read it.
    await c.tx.insert(mailMessages).values({
      id,
      partnerId: input.to.partnerId ?? null,
      userId: input.to.userId ?? null,
      toAddress: input.to.address,
      fromName: input.fromName ?? null,
      subject: input.message.subject,
      html: input.message.html,
      text: input.message.text,
      headers: input.headers ?? {},
      calendar: input.calendar ?? null,
      withLogo: input.message.withLogo,
      purpose: input.purpose,
      sensitive: input.sensitive ?? false,
      nextAttemptAt: c.now,
      createdAt: c.now,
    });
    onCommit(c, wakeMailWorkers);
  });
  return id;
}

/**
 * Marks every message still queued as `not_sent`, in the caller's transaction: the demo's two years
 * of story queue a thousand notifications to made-up addresses, and a server starting on that data
 * must not send them (or flood its log with them). Their notifications stay in the in-app inbox.
 */
export async function withdrawQueuedMail(ctx: Ctx): Promise<number> {
  return withTx(ctx, async (c) => {
    const withdrawn = await c.tx
      .update(mailMessages)
      .set({ status: 'not_sent', lastError: 'queued by the demo story; never sent' })
      .where(eq(mailMessages.status, 'queued'))
      .returning({ id: mailMessages.id });
    return withdrawn.length;
  });
}

/** The organisation as every e-mail shows it: its name, and whether it has a logo. */
export async function mailOrganization(ctx: Ctx): Promise<EmailContent['organization']> {
  const settings = await getSettings(ctx);
  return { name: settings.vendorName, hasLogo: settings.hasLogo };
}

/** Renders a message in the organisation's layout (its name and logo from the settings). */
export async function composeEmail(ctx: Ctx, content: Omit<EmailContent, 'organization'>): Promise<RenderedEmail> {
  return renderEmail({ ...content, organization: await mailOrganization(ctx) });
}

export type MailTransport = {
  /** 'sent' when an SMTP server took it, 'logged' when it was written to the log instead. */
  send(message: MailMessageRow, logo: { bytes: Buffer; contentType: string } | null): Promise<'sent' | 'logged'>;
  close(): void;
};

/** SMTP from SMTP_URL; without it, every message goes to the log (info), body and all. */
export function createMailTransport(config: Config, log: WorkerLog): MailTransport {
  const { smtpUrl, from } = config.mail;
  if (!smtpUrl) {
    return {
      async send(message) {
        log.info(
          { mail: { id: message.id, to: message.toAddress, subject: message.subject, text: message.text } },
          'e-mail written to the log (no SMTP_URL set)',
        );
        return 'logged';
      },
      close() {},
    };
  }
  const transporter = nodemailer.createTransport(smtpUrl);
  // A campaign sent for a partner keeps the organisation's address under the partner's name.
  const fromAddress = /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  return {
    async send(message, logo) {
      await transporter.sendMail({
        from: message.fromName ? { name: message.fromName, address: fromAddress } : from,
        to: message.toAddress,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers,
        ...(message.calendar
          ? { icalEvent: { method: message.calendar.method, filename: 'invite.ics', content: message.calendar.content } }
          : {}),
        attachments:
          message.withLogo && logo
            ? [{ filename: `logo.${logo.contentType.split('/')[1] ?? 'png'}`, content: logo.bytes, cid: LOGO_CID }]
            : [],
      });
      return 'sent';
    },
    close() {
      transporter.close();
    },
  };
}

/**
 * Claims the messages that are due — queued and due, or claimed by a worker whose lease ran out
 * — for this worker (FOR UPDATE SKIP LOCKED: several processes never take the same message), in a
 * short transaction of its own: nothing is held open while talking to the mail server.
 */
async function claimDue(db: Db, now: Date): Promise<MailMessageRow[]> {
  return withTx(systemCtx(db, 'mail delivery', now), async (c) => {
    const due = c.tx
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(
        or(
          and(eq(mailMessages.status, 'queued'), lte(mailMessages.nextAttemptAt, now)),
          and(eq(mailMessages.status, 'sending'), lte(mailMessages.leaseUntil, now)),
        ),
      )
      .orderBy(mailMessages.nextAttemptAt)
      .limit(MAIL_POLICY.batchSize)
      .for('update', { skipLocked: true });
    return c.tx
      .update(mailMessages)
      .set({
        status: 'sending',
        attempts: sql`${mailMessages.attempts} + 1`,
        leaseUntil: new Date(now.getTime() + MAIL_POLICY.leaseMs),
      })
      .where(inArray(mailMessages.id, due))
      .returning();
  });
}

async function recordOutcome(db: Db, message: MailMessageRow, outcome: 'sent' | 'logged' | Error): Promise<void> {
  const now = new Date();
  await withTx(systemCtx(db, 'mail delivery', now), async (c) => {
    if (!(outcome instanceof Error)) {
      const erased = message.sensitive ? { html: '', text: '(erased after delivery: it held a sign-in secret)' } : {};
      await c.tx
        .update(mailMessages)
        .set({ status: outcome, sentAt: now, leaseUntil: null, lastError: null, ...erased })
        .where(eq(mailMessages.id, message.id));
      return;
    }
    const next = isPermanentFailure(outcome as { responseCode?: number; code?: string })
      ? ({ status: 'failed' } as const)
      : afterFailedAttempt(message.attempts, now);
    await c.tx
      .update(mailMessages)
      .set({
        status: next.status,
        nextAttemptAt: next.status === 'queued' ? next.nextAttemptAt : message.nextAttemptAt,
        leaseUntil: null,
        lastError: outcome.message.slice(0, 1000),
      })
      .where(eq(mailMessages.id, message.id));
  });
}

/** One pass of the worker: delivers what is due, answers how many messages it handled. */
export async function deliverDueMail(db: Db, transport: MailTransport, log: WorkerLog, now = new Date()): Promise<number> {
  const batch = await claimDue(db, now);
  if (batch.length === 0) return 0;
  const logo = batch.some((m) => m.withLogo) ? await getLogo(systemCtx(db, 'mail logo')) : null;
  for (const message of batch) {
    let outcome: 'sent' | 'logged' | Error;
    try {
      outcome = await transport.send(message, logo);
    } catch (error) {
      outcome = error instanceof Error ? error : new Error(String(error));
      log.warn({ mailId: message.id, attempt: message.attempts, err: outcome }, 'an e-mail could not be delivered');
    }
    await recordOutcome(db, message, outcome);
  }
  return batch.length;
}

/** How often an idle worker looks for due mail that no wake-up announced (another process's, retries). */
export const MAIL_POLL_MS = 5_000;

/**
 * The `mail` worker: delivers due messages, then sleeps until woken by a commit that queued mail
 * in this process, or for MAIL_POLL_MS. Stopping lets the message in hand finish.
 */
export function startMailWorker(runtime: { database: { db: Db }; config: Config; log: WorkerLog }): { stop(): Promise<void> } {
  const transport = createMailTransport(runtime.config, runtime.log);
  let stopped = false;
  let wake: (() => void) | null = null;
  let pending = false;
  const waker = () => {
    pending = true;
    wake?.();
  };
  wakers.add(waker);
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (pending || stopped) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  const loop = (async () => {
    while (!stopped) {
      pending = false;
      try {
        const handled = await deliverDueMail(runtime.database.db, transport, runtime.log);
        if (handled > 0) continue;
      } catch (error) {
        if (stopped) break;
        runtime.log.error({ err: error }, 'the mail worker failed; trying again shortly');
      }
      await sleep(MAIL_POLL_MS);
    }
  })();
  return {
    async stop() {
      stopped = true;
      wakers.delete(waker);
      wake?.();
      await loop;
      transport.close();
    },
  };
}
