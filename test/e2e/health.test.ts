import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('partner health and scorecards', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager filters the health portfolio, reads a partner’s health with its evidence, and a scorecard period', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Health', exact: true }).click();
    const table = page.getByRole('table', { name: 'Partners by health' });
    await eventually(() => table.innerText()).toContain('Contoso Consulting Group');
    await page.getByText('Red', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'red');
    await eventually(async () => (await table.innerText()).includes('Contoso Consulting Group')).toBe(false);
    expect(await table.innerText()).toContain('At risk');

    const contoso = await findPartner('maria.manager@lumen.example', 'Contoso Consulting Group');
    await session.goto(`/partners/${contoso.id}`);
    const card = page.locator('[aria-label="Partner health"]');
    await eventually(() => card.innerText()).toContain('Strategic');
    expect(await card.innerText()).toMatch(/Healthy|Watch|At risk/);
    await card.getByRole('button', { name: /^Strategic/ }).click();
    const evidence = card.getByRole('table', { name: 'Evidence' }).first();
    await eventually(() => evidence.innerText()).toContain('Current joint business plan');
    expect(await evidence.innerText()).toContain('leading');
    await evidence.getByRole('link', { name: 'Current joint business plan' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/business-plans/'));

    await page.getByRole('link', { name: 'Scorecards', exact: true }).click();
    const results = page.locator('[aria-label="Scorecard template"]');
    await eventually(() => results.innerText()).toContain('Standard partner scorecard');
    await eventually(() => results.innerText()).toMatch(/Healthy|Watch|At risk/);
    await results
      .getByRole('button', { name: /^Open scorecard/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await eventually(() => dialog.innerText()).toContain('Attainment');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  }, 120_000);
});
