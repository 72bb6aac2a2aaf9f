import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('referrals', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner copies its link; a visit sets the cookie and redirects; a reported sign-up shows in the portal', async () => {
    // The admin makes a tracking key (shown once) for the vendor's site.
    await signIn(session, 'admin@lumen.example');
    await session.goto('/referrals');
    await session.page.getByRole('button', { name: /tracking key/ }).click();
    const key = (await session.page.getByTestId('tracking-key').innerText()).trim();
    expect(key).toMatch(/^rk_/);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // A partner admin makes a link in the portal and copies it.
    session = await openBrowser();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.baseUrl });
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Referrals' }).click();
    await page.getByRole('button', { name: 'New link' }).click();
    const dialog = page.getByRole('dialog', { name: 'New referral link' });
    await dialog.getByRole('textbox', { name: 'Destination' }).fill('https://www.lumen.example/pricing');
    const code = `nw-e2e-${Date.now().toString(36)}`;
    await dialog.getByRole('textbox', { name: 'Code' }).fill(code);
    await dialog.getByRole('button', { name: 'Make link' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const url = `${session.baseUrl}/r/${code}`;
    await page.getByRole('button', { name: `Copy ${url}` }).click();
    await eventually(() =>
      page.evaluate(() =>
        (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText(),
      ),
    ).toBe(url);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // A visitor follows the link: redirected to the vendor's page with the token, and the cookie set.
    const visitor = await openBrowser();
    try {
      // The vendor's page is not reachable from the test machine: the browser's request for it is
      // what the redirect sent it to (the cookie came with the redirect itself).
      const target = visitor.page.waitForRequest((r) => r.url().startsWith('https://www.lumen.example/'));
      await visitor.page.goto(url).catch(() => undefined);
      const landed = new URL((await target).url());
      expect(landed.origin + landed.pathname).toBe('https://www.lumen.example/pricing');
      const token = landed.searchParams.get('consort_ref') ?? '';
      expect(token.length).toBeGreaterThan(20);
      const cookies = await visitor.context.cookies(session.baseUrl);
      expect(cookies.find((c) => c.name === 'consort_ref')?.value).toBe(token);

      // The vendor's site reports the sign-up with the token.
      const domain = `e2e-${Date.now().toString(36)}.example`;
      const res = await fetch(`${session.baseUrl}/api/v1/referrals/track/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key, ref: token, customer: { id: `cus_${domain}`, domain } }),
      });
      expect(res.status).toBe(202);

      // The partner sees the click and the sign-up.
      await page.reload();
      await eventually(() => page.getByRole('table', { name: 'Sign-ups and customers' }).innerText()).toContain(domain);
      const links = await page.getByRole('table', { name: 'Referral links' }).innerText();
      expect(links).toContain(code);
    } finally {
      await visitor.close();
    }
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
