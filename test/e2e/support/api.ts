import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { DEMO_PASSWORD } from './browser.js';

/**
 * A tiny API client for arranging test data outside the browser (e.g. learning another partner's
 * id as an admin), signed in with a session cookie and its CSRF token like the web app.
 */
export async function apiSession(email: string, password = DEMO_PASSWORD) {
  const baseUrl = inject('baseUrl');
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login as ${email} failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async get<T>(pathname: string): Promise<T> {
      const response = await fetch(new URL(pathname, baseUrl), { headers: { cookie } });
      if (!response.ok) throw new Error(`GET ${pathname}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async send<T>(method: string, pathname: string, body?: unknown): Promise<T> {
      const response = await fetch(new URL(pathname, baseUrl), {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
  };
}

export type PartnerSummary = { id: string; name: string; ownerId: string | null };

export async function findPartner(email: string, name: string): Promise<PartnerSummary> {
  const api = await apiSession(email);
  const page = await api.get<{ data: PartnerSummary[] }>(`/api/v1/partners?q=${encodeURIComponent(name)}`);
  const partner = page.data.find((p) => p.name === name);
  if (!partner) throw new Error(`no partner named ${name}`);
  return partner;
}

export type SavedMail = { to: string[]; subject: string; text: string; html: string };

/** The e-mails the test SMTP server received for `address` so far (global-setup saves each). */
export function mailsTo(address: string): SavedMail[] {
  const dir = inject('mailDir');
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as SavedMail)
    .filter((mail) => mail.to.includes(address));
}
