import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession, mailsTo } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('notifications and sign-in links', () => {
  let session: Session;

  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('the bell shows the unread count; opening one marks it read, and "Mark all read" clears the bell', async () => {
    const { page } = session;
    const email = 'sofia.manager@lumen.example';
    const api = await apiSession(email);
    // A fresh assignment, so there is at least one unread item whatever the demo left.
    const admin = await apiSession('admin@lumen.example');
    const { data: partners } = await admin.get<{ data: { id: string; name: string; owner: { id: string } | null }[] }>(
      '/api/v1/partners?limit=50&sort=name',
    );
    const sofia = await api.get<{ user: { id: string } }>('/api/v1/me');
    const hers = partners.filter((p) => p.owner?.id === sofia.user.id).slice(0, 2);
    const partner = hers[0];
    if (!partner || hers.length < 2) throw new Error('the demo gives Sofia partners');
    for (const p of hers) {
      await admin.send('PATCH', `/api/v1/partners/${p.id}`, { ownerId: null });
      await admin.send('PATCH', `/api/v1/partners/${p.id}`, { ownerId: sofia.user.id });
    }
    const unread = (await api.get<{ unread: number }>('/api/v1/me/notifications/unread-count')).unread;
    expect(unread).toBeGreaterThan(1);

    await signIn(session, email);
    const bell = page.getByRole('link', { name: /^Notifications \(\d+ unread\)$/ });
    await eventually(() => bell.getAttribute('aria-label')).toBe(`Notifications (${unread} unread)`);
    await bell.click();
    await page.getByRole('heading', { name: 'Notifications', exact: true }).waitFor();
    const item = page
      .getByTestId('notification')
      .filter({ hasText: `${partner.name} is assigned to you` })
      .first();
    expect(await item.getAttribute('data-unread')).toBe('true');
    await item.click();
    await page.waitForURL((url: URL) => url.pathname === `/partners/${partner.id}`);
    await eventually(() =>
      page
        .getByRole('link', { name: /^Notifications/ })
        .first()
        .getAttribute('aria-label'),
    ).toBe(`Notifications (${unread - 1} unread)`);

    await session.goto('/notifications');
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await eventually(() => page.locator('[data-testid="notification"][data-unread="true"]').count()).toBe(0);
    await eventually(() =>
      page
        .getByRole('link', { name: /^Notifications/ })
        .first()
        .getAttribute('aria-label'),
    ).toBe('Notifications');
    expect((await api.get<{ unread: number }>('/api/v1/me/notifications/unread-count')).unread).toBe(0);

    // The settings page lists the kinds a vendor person receives.
    await session.goto('/account/notifications');
    await page.getByRole('heading', { name: 'Notification settings' }).waitFor();
    await page.getByText('A partner is assigned to you').waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a partner user signs in with a link from the e-mail, which works only once', async () => {
    const { page } = session;
    const email = 'chloe.rossi@northwind.example';
    const before = mailsTo(email).length;
    await session.goto('/sign-in');
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'E-mail me a sign-in link' }).click();
    await page.getByText('Check your e-mail').waitFor();

    await eventually(() => mailsTo(email).length).toBeGreaterThan(before);
    const mail = mailsTo(email).at(-1);
    expect(mail?.subject).toBe('Your sign-in link for Lumen Cloud');
    const link = /(http\S+\/sign-in\/link#token=[A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
    if (!link) throw new Error(`no link in ${mail?.text}`);
    const url = new URL(link);

    // Opening the link signs nobody in: the button on the page does.
    await session.goto(`${url.pathname}${url.hash}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Chloe' }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    const second = await openBrowser();
    try {
      await second.goto(`${url.pathname}${url.hash}`);
      await second.page.getByRole('button', { name: 'Sign in' }).click();
      await second.page.getByText('This link does not work any more').waitFor();
      expect(new URL(second.page.url()).pathname).toBe('/sign-in/link');
    } finally {
      await second.close();
    }
  });
});
