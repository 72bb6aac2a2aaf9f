import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('recruitment', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager sees prospects by stage with their fit, and the reasons on a partner’s page', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Recruitment' }).click();
    const prospects = page.getByRole('region', { name: 'Prospect column' });
    await eventually(() => prospects.innerText()).toMatch(/Fit \d+/);
    const first = prospects.locator('.mantine-Card-root').first();
    const name = (await first.locator('a').first().innerText()).trim();
    await first.locator('a').first().click();
    await page.getByRole('heading', { name }).waitFor();
    await eventually(() => page.getByText('Against the Ideal Partner Profile; partners never see it.').isVisible()).toBe(true);
    await eventually(() => page.locator('main').innerText()).toMatch(/Service-led partner · \d+\/30/);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a manager reweights the profile and the partners list ranks by fit; a partner never sees it', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/recruitment/profile');
    const weight = page.getByRole('textbox', { name: 'Weight' }).first();
    await weight.waitFor();
    await weight.fill('90');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await eventually(() => page.getByText('Saved the Ideal Partner Profile').count()).toBe(1);
    await session.goto('/partners?sort=-fit');
    const table = page.getByRole('table', { name: 'Partners' });
    await eventually(() => table.innerText()).toMatch(/Fit \d+/);
    const scores = (
      await table.locator('[aria-label^="Fit "]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
    ).map((label) => Number(/Fit (\d+)/.exec(label ?? '')?.[1]));
    expect(scores.length).toBeGreaterThan(3);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    await session.close();
    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.goto('/recruitment');
    await eventually(() => session.page.getByText(/not found/i).count()).toBeGreaterThan(0);
    expect(await session.page.getByText(/Fit \d+/).count()).toBe(0);
  });
});
