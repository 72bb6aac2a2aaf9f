import type { ModuleDescriptor } from '../../server/module.js';
import { startMailWorker } from './mail.service.js';

export type { MailStatus } from './mail.schema.js';
export { mailMessages } from './mail.schema.js';
export type { MailRecipient, MailTransport, QueueMailInput } from './mail.service.js';
export {
  composeEmail,
  createMailTransport,
  deliverDueMail,
  mailOrganization,
  queueMail,
  withdrawQueuedMail,
} from './mail.service.js';
export type { EmailContent, EmailLink, RenderedEmail } from './mail.templates.js';
export { escapeHtml, renderEmail } from './mail.templates.js';

/**
 * Outgoing e-mail: the organisation's layout (HTML and text), a durable queue written in the
 * caller's transaction, and the `mail` worker that delivers it over SMTP (SMTP_URL, MAIL_FROM)
 * with retries — or writes it to the log when no SMTP server is configured.
 */
export const module: ModuleDescriptor = {
  name: 'mail',
  workers: [{ name: 'mail', start: async (runtime) => startMailWorker(runtime) }],
};
