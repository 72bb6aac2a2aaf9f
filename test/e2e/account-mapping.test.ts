import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('account mapping', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner matches privately in the portal: the overlap appears, the rest of its list never reaches the server', async () => {
    const { page } = session;
    const unique = Date.now().toString(36);
    const secret = [`northwind-secret-${unique}.example`, `quiet-prospect-${unique}.example`];
    // Everything the browser sends, as sent.
    const sent: string[] = [];
    page.on('request', (request) => {
      sent.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
    });
    await signIn(session, 'ben.kowalski@northwind.example');
    // The portal home's card, then the page from the navigation.
    await eventually(() => page.locator('[aria-label="Account mapping"]').innerText()).toContain('overlapping accounts');
    await page.getByRole('link', { name: 'Account mapping' }).first().click();
    await page.getByRole('heading', { name: 'Account mapping', exact: true }).waitFor();
    await eventually(() => page.getByRole('table', { name: 'Overlap matrix table' }).innerText()).toContain('Customers');

    // Two of the vendor's customers (one typed as a URL), two accounts the vendor must never learn.
    await page
      .getByRole('textbox', { name: 'Your accounts' })
      .fill(
        [
          'Domain,Population',
          'https://www.GlobexRetail.com/',
          `${secret[0]},customer`,
          'initechretail.com,prospect',
          `${secret[1]},prospect`,
        ].join('\n'),
      );
    await page.getByRole('button', { name: 'Match privately' }).click();
    const overlap = page.getByRole('list', { name: 'Private match overlap' });
    await eventually(() => overlap.innerText()).toContain('globexretail.com');
    expect(await overlap.innerText()).toContain('initechretail.com');
    expect(await page.getByText('2 of 4 accounts overlap').count()).toBe(1);
    const match = sent.find((s) => s.includes('/account-mapping/private-match'));
    expect(match).toMatch(/"items":\["[A-Za-z0-9_-]{43}"/);
    // Until the partner reveals, not even the overlap went out in the clear.
    expect(sent.join('\n')).not.toContain('globexretail');

    await page.getByRole('button', { name: /Reveal the overlap/ }).click();
    await eventually(() => sent.some((s) => s.includes('/private-match/reveal'))).toBe(true);
    const reveal = sent.find((s) => s.includes('/private-match/reveal')) ?? '';
    expect(reveal).toContain('globexretail.com');
    await eventually(() => page.getByText(/Shared 2 overlapping accounts/).count()).toBeGreaterThan(0);
    // The rest of the list never reached the server, in any request.
    for (const domain of secret) expect(sent.join('\n')).not.toContain(domain);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // What the server stored: an admin sees the match and the revealed overlap, nothing else.
    session = await openBrowser();
    await signIn(session, 'admin@lumen.example');
    await session.goto('/account-mapping');
    await session.page
      .getByRole('link', { name: /Northwind/ })
      .first()
      .click();
    await session.page.getByRole('heading', { name: 'Account mapping', exact: true }).waitFor();
    const base = inject('baseUrl');
    const partnerId = new URL(session.page.url()).pathname.split('/')[2];
    const stored = await session.page.evaluate(
      async ([url, id]) => {
        const get = async (path: string) => (await fetch(`${url}${path}`, { credentials: 'include' })).text();
        return [
          await get(`/api/v1/partners/${id}/account-mapping`),
          await get(`/api/v1/partners/${id}/account-mapping/overlaps/export?format=csv`),
          await get(`/api/v1/partners/${id}/account-mapping/accounts/export?format=csv&side=partner&population=customer`),
          await get('/api/v1/audit-events?limit=200'),
        ].join('\n');
      },
      [base, partnerId] as const,
    );
    expect(stored).toContain('"revealed":2');
    expect(stored).toContain('globexretail.com');
    for (const domain of secret) expect(stored).not.toContain(domain);
    await eventually(() => session.page.getByRole('table', { name: 'Overlapping accounts table' }).innerText()).toContain(
      'Globex',
    );
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
