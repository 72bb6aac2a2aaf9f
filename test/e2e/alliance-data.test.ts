import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('alliance data: alert thresholds and imports', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('an admin tightens the review limit on the portfolio page and the portfolio applies it; the import buttons lead to the wizards', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/alliance-portfolio');
    const card = page.locator('[aria-label="Alert thresholds"]');
    const days = card.getByLabel('Governance meeting at least every');
    await eventually(() => days.inputValue()).toBe('120 days');
    await days.fill('90');
    await card.getByRole('button', { name: 'Save thresholds' }).click();
    await eventually(() => card.innerText()).toContain('Last changed');
    const portfolio = page.locator('[aria-label="Strategic partners"]').first();
    await eventually(() => portfolio.innerText()).toContain('without a governance meeting in 90 days');
    // Relecloud's last review, three months ago, is now beyond the limit.
    await eventually(() => portfolio.innerText()).toContain('(the limit is 90)');
    // Out of range: the field says why, nothing is saved.
    await days.fill('3');
    // Enter submits the form (the first save's notification may cover the button).
    await days.press('Enter');
    await card.getByText('Enter a whole number of days from 7 to 730').waitFor();
    const admin = await apiSession('admin@lumen.example');
    expect((await admin.get<{ reviewWithinDays: number }>('/api/v1/alliances/alert-settings')).reviewWithinDays).toBe(90);
    await admin.send('PATCH', '/api/v1/alliances/alert-settings', { reviewWithinDays: 120 });

    for (const [path, name, kind] of [
      ['/alliances', 'Import', 'alliances'],
      ['/business-plans', 'Import commitments', 'plan-commitments'],
      ['/governance', 'Import actions', 'governance-actions'],
    ] as const) {
      await session.goto(path);
      await page.getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/imports/${kind}`);
    }
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a partner manager reads the portfolio without the thresholds form', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/alliance-portfolio');
    await page.locator('[aria-label="Strategic partners"]').first().waitFor();
    expect(await page.locator('[aria-label="Alert thresholds"]').count()).toBe(0);
    // Each strategic partner's alliance phase (ASAP), linking to its workspace.
    const woodgrove = page.getByRole('row').filter({ hasText: 'Woodgrove Distribution' });
    await eventually(() => woodgrove.getByRole('link', { name: 'Launch and management' }).count()).toBe(1);
    // Seed 004's failure modes, each on the partner it describes.
    const adatum = page.getByRole('row').filter({ hasText: 'Adatum Cloud' });
    expect(await adatum.locator('[data-failure-mode="jvp_without_deployment"]').innerText()).toContain(
      'Joint value proposition without deployment',
    );
    const kestrel = page.getByRole('row').filter({ hasText: 'Kestrel Security Alliance' });
    expect(await kestrel.locator('[data-failure-mode="asymmetric_commitment"]').count()).toBe(1);
    expect(await woodgrove.locator('[data-failure-mode="designation_without_governance"]').count()).toBe(1);
    // On the alliance's own workspace with the evidence.
    await woodgrove.getByRole('link', { name: 'Launch and management' }).click();
    await page.getByRole('heading', { name: 'Alliance with Woodgrove Distribution' }).waitFor();
    await eventually(() => page.locator('[data-failure-mode="designation_without_governance"]').innerText()).toContain(
      'Designation without governance',
    );
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
