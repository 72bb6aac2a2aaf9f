import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

import { SMTPServer } from 'smtp-server';

/** One message as the test SMTP server received it, parsed. */
export type ReceivedMail = {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  /** A header as sent (unfolded), lower-case name; mailparser reshapes some (List-*). */
  header(name: string): string | undefined;
  attachments: ParsedMail['attachments'];
  raw: string;
};

export type TestSmtpServer = {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL, with the user and password when the server asks for them. */
  url: string;
  /** The user names that signed in (AUTH), one per session that did. */
  signedIn: string[];
  received: ReceivedMail[];
  /** The first message (arriving now or later) that `match` accepts; fails after `timeoutMs`. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Messages sent to `address`, oldest first. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
};

/**
 * A real SMTP server on a free local port (the `smtp-server` package), keeping every message it
 * accepts, parsed with `mailparser` (HTML and text parts, headers, attachments). No TLS; any
 * credentials, or with `auth` only those (and none is no mail), as a relay that wants a sign-in:
 * it stands in for the organisation's mail relay.
 */
export async function startTestSmtpServer(
  options: { saveTo?: string; auth?: { user: string; pass: string } } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const signedIn: string[] = [];
  const waiters = new Set<() => void>();
  const { auth } = options;
  const server = new SMTPServer({
    authOptional: !auth,
    // AUTH over a plain connection: the relay is on this machine, and a test has no certificate.
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(attempt, _session, callback) {
      if (auth && (attempt.username !== auth.user || attempt.password !== auth.pass)) {
        return callback(new Error('Invalid username or password'));
      }
      signedIn.push(attempt.username ?? '');
      callback(null, { user: attempt.username ?? 'test' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = await simpleParser(raw, { keepCidLinks: true });
        const mail: ReceivedMail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: parsed.subject ?? '',
          html: typeof parsed.html === 'string' ? parsed.html : '',
          text: parsed.text ?? '',
          header: (name) =>
            parsed.headerLines
              .find((h) => h.key === name.toLowerCase())
              ?.line.replace(/\r?\n\s+/g, ' ')
              .replace(/^[^:]*:\s*/, ''),
          attachments: parsed.attachments,
          raw,
        };
        received.push(mail);
        // For tests in other processes (e2e): one JSON file per message.
        if (options.saveTo) {
          const { header: _header, attachments: _attachments, ...saved } = mail;
          fs.writeFileSync(path.join(options.saveTo, `${Date.now()}-${received.length}.json`), JSON.stringify(saved));
        }
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const credentials = auth ? `${encodeURIComponent(auth.user)}:${encodeURIComponent(auth.pass)}@` : '';
  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    signedIn,
    received,
    to: (address) => received.filter((m) => m.to.includes(address.toLowerCase()) || m.to.includes(address)),
    waitFor(match, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `no matching e-mail within ${timeoutMs} ms (received ${received.length}: ${received.map((m) => m.subject).join(' | ')})`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
