import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, navLinks, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('signing in', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a wrong password shows an error; the right one lands on the vendor home', async () => {
    const { page } = session;
    await session.goto('/');
    await eventually(() => new URL(page.url()).pathname).toBe('/sign-in');
    await eventually(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);

    await signInExpectingFailure(session, 'admin@lumen.example', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Invalid e-mail or password');
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await page.getByLabel('Password', { exact: true }).fill('consort-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /^Good (morning|afternoon|evening), Alex$/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // The portfolio count is the one /partners/stats answers (40 demo partners plus any other tests created).
    const { total } = await (await apiSession('admin@lumen.example')).get<{ total: number }>('/api/v1/partners/stats');
    expect(total).toBeGreaterThanOrEqual(40);
    expect(await page.getByLabel(`Partners: ${total}`).isVisible()).toBe(true);
    expect(await page.getByTestId('vendor-name').innerText()).toBe('Lumen Cloud');
    expect(await navLinks(page)).toEqual([
      'Home',
      'Partners',
      'Recruitment',
      'Onboarding',
      'Agreements',
      'Compliance',
      'Programs',
      'Integrations',
      'Directory listings',
      'Alliances',
      'Portfolio',
      'Business plans',
      'Governance',
      'Risks',
      'Innovation',
      'Leads',
      'Deal registrations',
      'Pipeline',
      'Conflicts',
      'Account mapping',
      'Referrals',
      'Account plans',
      'Coverage & routing',
      'Enablement',
      'Resources',
      'Through-channel marketing',
      'Campaigns',
      'Loyalty',
      'MDF',
      'Incentives',
      'Payouts',
      'Ecosystem KPIs',
      'ROI',
      'Users',
      'Audit log',
      'Exchange rates',
      'Webhooks',
      'Jobs',
      'Settings',
    ]);
    // The entries sit under headings: what a manager does, then the administration of the app.
    const headings = await page.getByRole('navigation', { name: 'Main' }).locator('.consort-nav-section-label').allInnerTexts();
    expect(headings.map((h) => h.trim().toLowerCase())).toEqual([
      'partners',
      'alliances',
      'sell',
      'enable and market',
      'measure',
      'administration',
    ]);
    expect(await page.getByText('Partners by lifecycle stage').isVisible()).toBe(true);

    expect(unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 401, path: '/api/v1/auth/login' }])).toEqual([]);
  });

  test('a deep link survives signing in, and signing out returns to the sign-in page', async () => {
    const { page } = session;
    await session.goto('/partners?lifecycleStage=strategic');
    await eventually(() => new URL(page.url()).pathname).toBe('/sign-in');
    await signIn(session, 'maria.manager@lumen.example');
    await expect
      .poll(() => `${new URL(page.url()).pathname}${new URL(page.url()).search}`)
      .toBe('/partners?lifecycleStage=strategic');
    await page.getByRole('heading', { name: 'Partners', exact: true }).waitFor();
    // Filtered by the URL: only strategic-stage partners are listed.
    const table = page.getByRole('table', { name: 'Partners' });
    await table.waitFor();
    const stages = await table.locator('tbody tr td:nth-child(4)').allInnerTexts();
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages.map((stage: string) => stage.trim()))).toEqual(new Set(['Strategic']));

    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    // The session is really gone: opening the app again asks to sign in.
    await session.goto('/partners');
    await eventually(() => new URL(page.url()).pathname).toBe('/sign-in');
  });
});

describe('repeated failures', () => {
  test('lock the address and the sign-in page says so', async () => {
    const session = await openBrowser();
    try {
      const { page } = session;
      await session.goto('/sign-in');
      // An address of its own, so the lockout touches no other test's user (the IP limit is far higher).
      const email = `nobody.${Date.now().toString(36)}@lumen.example`;
      for (let attempt = 1; attempt <= 6; attempt++) {
        await signInExpectingFailure(session, email, `wrong password ${attempt}`);
        await eventually(() => page.getByRole('alert').count()).toBe(1);
        if ((await page.getByRole('alert').innerText()).includes('temporarily locked')) break;
      }
      const alert = await page.getByRole('alert').innerText();
      expect(alert).toContain('Sign-in temporarily locked');
      expect(alert).toMatch(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
    } finally {
      await session.close();
    }
  });
});

async function signInExpectingFailure(session: Session, email: string, password: string) {
  const { page } = session;
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
