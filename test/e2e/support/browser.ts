import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import { type BrowserContext, type Page, chromium as playwright } from 'playwright-core';
import { expect, inject } from 'vitest';
import { reportCspViolations } from './in-page.js';

export const DEMO_PASSWORD = 'consort-demo-2026';
export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1366, height: 900 };

export type BrowserProblem = { kind: 'console' | 'pageerror' | 'csp'; text: string; url: string };

export type Session = {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  problems: BrowserProblem[];
  goto(pathname: string): Promise<void>;
  close(): Promise<void>;
};

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A fresh headless Chromium with its own profile (so no cookies leak between tests), watching for
 * console errors, page errors and Content-Security-Policy violations. CONSORT_CHROMIUM_PATH picks
 * another Chromium (e.g. Debian's /usr/bin/chromium) instead of the one inside @sparticuz/chromium.
 */
export async function openBrowser(viewport = LAPTOP): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-e2e-profile-'));
  const executablePath = process.env.CONSORT_CHROMIUM_PATH || (await chromium.executablePath());
  const context = await playwright.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport,
    args: process.env.CONSORT_CHROMIUM_PATH ? QUIET_FLAGS : [...chromium.args, ...QUIET_FLAGS],
  });
  const problems: BrowserProblem[] = [];
  await context.addInitScript(reportCspViolations);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    problems.push({
      kind: /Content Security Policy|CSP violation/i.test(text) ? 'csp' : 'console',
      text,
      url: message.location().url,
    });
  });
  page.on('pageerror', (error) => problems.push({ kind: 'pageerror', text: error.message, url: page.url() }));
  return {
    page,
    context,
    baseUrl,
    problems,
    async goto(pathname) {
      await page.goto(new URL(pathname, baseUrl).toString());
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type ExpectedFailure = { status: number; path: string | RegExp };

/**
 * Chromium logs every 4xx response as "Failed to load resource". Some are the app working as
 * designed (401 from /me before signing in, 404 for a missing logo or another company's partner);
 * the test names those. Everything else counts.
 */
export function unexpectedProblems(problems: BrowserProblem[], expected: ExpectedFailure[] = []): BrowserProblem[] {
  return problems.filter((problem) => {
    const failed = /Failed to load resource: the server responded with a status of (\d{3})/.exec(problem.text);
    if (!failed || problem.kind !== 'console') return true;
    const status = Number(failed[1]);
    const pathname = problem.url ? new URL(problem.url).pathname : '';
    return !expected.some(
      (e) => e.status === status && (typeof e.path === 'string' ? e.path === pathname : e.path.test(pathname)),
    );
  });
}

/** Before signing in the app asks /me (401) and the sign-in page asks for the vendor logo (404 when there is none). */
export const SIGN_IN_NOISE: ExpectedFailure[] = [{ status: 401, path: '/api/v1/me' }];

export async function signIn(session: Session, email: string, password = DEMO_PASSWORD): Promise<void> {
  const { page } = session;
  if (!page.url().includes('/sign-in')) await session.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url: URL) => url.pathname !== '/sign-in');
}

/** Navigation links of the app shell, by their visible names. */
export async function navLinks(page: Page): Promise<string[]> {
  return (await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts()).map((t) => t.trim());
}

/**
 * expect.poll with a timeout that suits a browser (vitest's default is one second): pages load
 * lazily and talk to a real server. Call it inside a test, not in hooks.
 */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}
