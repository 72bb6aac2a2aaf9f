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

  test('a partner admin imports referrals from a CSV: each bad line named, nothing written; a clean file shows its rows', async () => {
    const { page } = session;
    const u = Date.now().toString(36);
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Referrals' }).click();
    await page.getByRole('link', { name: 'Import referrals' }).click();
    await page.getByLabel('Choose a CSV file').waitFor({ state: 'attached' });
    const choose = async (name: string, lines: string[]) => {
      await page
        .getByLabel('Choose a CSV file')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
      await page.getByRole('combobox', { name: 'Import "Company" as' }).waitFor();
      await page.getByRole('button', { name: 'Check the file' }).click();
    };
    await choose('bad.csv', [
      'Company,Website,Contact name,Email,Partner',
      `Initech ${u},initech-${u}.example,Peter Gibbons,peter@initech-${u}.example,`,
      `Hooli ${u},hooli-${u}.example,Gavin Belson,not-an-email,`,
      `Globo ${u},not a domain!,Globo Gym,white@globo-${u}.example,`,
      `Initech ${u},initech-${u}.example,Bill Lumbergh,bill@initech-${u}.example,`,
      // Another partner's name answers exactly like a partner that does not exist.
      `Vandelay ${u},vandelay-${u}.example,Art Vandelay,art@vandelay-${u}.example,Contoso Consulting Group`,
    ]);
    const problems = page.getByRole('table', { name: 'Problems' });
    await eventually(() => problems.innerText()).toContain('must be an e-mail address');
    expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^3\s+Contact e-mail\s+must be an e-mail address/),
      expect.stringMatching(/^4\s+Domain\s+must be a domain such as example\.com/),
      expect.stringMatching(/^5\s+Company\s+is also on row 2 for the same partner/),
      expect.stringMatching(/^6\s+Partner\s+no partner "Contoso Consulting Group"/),
    ]);
    expect(await page.getByRole('button', { name: /^Import 5 / }).isDisabled()).toBe(true);

    // A clean file: the rows are the partner's own referrals, each a referred customer.
    await session.goto('/imports/referral-submissions?back=/referrals');
    await choose('referrals.csv', [
      'Company,Website,Contact name,Email',
      `Initech ${u},initech-${u}.example,Peter Gibbons,peter@initech-${u}.example`,
      `Hooli ${u},hooli-${u}.example,Gavin Belson,gavin@hooli-${u}.example`,
    ]);
    await eventually(() => page.getByLabel('Check result').innerText()).toContain('2 rows checked: no problems');
    await page.getByRole('button', { name: /^Import 2 / }).click();
    await eventually(() => page.getByLabel('Import result').innerText()).toContain('Imported 2');
    await page.getByRole('link', { name: /^Go to / }).click();
    await page.waitForURL(/\/referrals$/);
    const referred = page.getByRole('table', { name: 'Referred customers' });
    await eventually(() => referred.innerText()).toContain(`Hooli ${u}`);
    const text = await referred.innerText();
    expect(text).toContain(`Initech ${u}`);
    expect(text).not.toContain(`Vandelay ${u}`);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
