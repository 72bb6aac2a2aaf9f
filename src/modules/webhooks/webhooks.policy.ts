import type { PolicyActor } from '../../shared/context.js';

/** What the caller may do to one webhook subscription; sent to the web app as its `can`. */
export type WebhookPermissions = {
  edit: boolean;
  delete: boolean;
  rotateSecret: boolean;
  sendTest: boolean;
  redeliver: boolean;
};

/**
 * Webhooks send every kind of record out of the system, so they are the admins' alone: a
 * subscription to `*` reads everything any module writes (the role table, docs/api.md).
 */
export function webhookPermissions(actor: PolicyActor): WebhookPermissions {
  const admin = actor.role === 'admin';
  return { edit: admin, delete: admin, rotateSecret: admin, sendTest: admin, redeliver: admin };
}

export function managesWebhooks(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}
