import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';
import { imageNaturalWidth } from './support/in-page.js';

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function field(page: Page, label: string) {
  return page.locator('.mantine-InputWrapper-root', { has: page.locator('label', { hasText: new RegExp(`^${label}`) }) });
}

describe('admin pages: users, settings, audit and my account', () => {
  let session: Session;
  const suffix = Date.now().toString(36);
  const newUserEmail = `pat.doe.${suffix}@lumen.example`;
  const newUserPassword = 'a long initial passphrase';

  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });
  afterAll(async () => {
    // Other suites expect the demo vendor's name and no logo.
    const admin = await apiSession('admin@lumen.example');
    await admin.send('PATCH', '/api/v1/settings', { vendorName: 'Lumen Cloud' });
    await admin.send('DELETE', '/api/v1/settings/logo');
  });

  test('creating a user shows the 409 under E-mail, then creates, edits and signs the user out everywhere', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/users');
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Pat Doe');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill('maria.manager@lumen.example');
    await dialog.getByRole('textbox', { name: 'Job title' }).fill('Channel Account Manager');
    await dialog.getByLabel('Initial password').fill(newUserPassword);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await eventually(() => field(page, 'E-mail').innerText()).toContain('Is already in use');

    await dialog.getByRole('textbox', { name: 'E-mail' }).fill(newUserEmail);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('textbox', { name: 'Search users' }).fill('Pat Doe');
    const table = page.getByRole('table', { name: 'Users' });
    await eventually(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.innerText()).toContain(newUserEmail);
    expect(await table.innerText()).toContain('Partner manager');

    await page.getByRole('button', { name: 'Actions for Pat Doe' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Pat Doe' });
    await edit.getByRole('textbox', { name: 'Job title' }).fill('Senior Channel Account Manager');
    await edit.getByRole('button', { name: 'Save user' }).click();
    await edit.waitFor({ state: 'hidden' });
    await eventually(() => table.innerText()).toContain('Senior Channel Account Manager');

    await page.getByRole('button', { name: 'Actions for Pat Doe' }).click();
    await page.getByRole('menuitem', { name: 'Sign out everywhere' }).click();
    await page
      .getByRole('dialog', { name: 'Sign Pat Doe out everywhere?' })
      .getByRole('button', { name: 'Sign out everywhere' })
      .click();
    await page.getByText('Ended 0 sessions of Pat Doe').waitFor();
    expect(unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 409, path: '/api/v1/users' }])).toEqual([]);
  });

  test('a changed password hands the page a new CSRF token, so the next change still works', async () => {
    const { page } = session;
    const email = `sam.roe.${suffix}@lumen.example`;
    const admin = await apiSession('admin@lumen.example');
    await admin.send('POST', '/api/v1/users', { email, name: 'Sam Roe', role: 'finance', password: newUserPassword });
    await signIn(session, email, newUserPassword);
    await session.goto('/account');
    await page.getByLabel('Current password').fill(newUserPassword);
    await page.getByLabel('New password', { exact: true }).fill('an even longer new passphrase');
    await page.getByLabel('Repeat new password').fill('an even longer new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed. Your other sessions were signed out.').waitFor();

    // A state-changing request after the password change: refused with 403 if the old token were sent.
    await page.getByRole('textbox', { name: 'Phone' }).fill('+1 555 0100');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();
    const me = await (await apiSession(email, 'an even longer new passphrase')).get<{ user: { phone: string } }>('/api/v1/me');
    expect(me.user.phone).toBe('+1 555 0100');

    // An API token is shown once, works as a Bearer token, and stops working when revoked.
    await page.getByRole('button', { name: 'New token' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API token' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('CI sync');
    await dialog.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByTestId('new-api-token').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    const bearer = () => fetch(new URL('/api/v1/me', inject('baseUrl')), { headers: { authorization: `Bearer ${secret}` } });
    expect((await bearer()).status).toBe(200);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('CI sync').waitFor();
    await page.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog', { name: 'Revoke CI sync?' }).getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('Revoked CI sync').waitFor();
    expect((await bearer()).status).toBe(401);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('settings: vendor name and logo reach the header and the sign-in page; tiers; the audit log shows the diff', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/settings');
    // The demo's fiscal year starts in February; the server names the current quarter.
    await page.getByText(/^Current fiscal period: FY\d{4} Q[1-4] \(/).waitFor();
    await page.getByRole('textbox', { name: 'Vendor name' }).fill(`Lumen Cloud ${suffix}`);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await eventually(() => page.getByTestId('vendor-name').innerText()).toBe(`Lumen Cloud ${suffix}`);

    // The audit log has the settings change, with the changed field highlighted in the diff.
    await session.goto('/audit?entityType=organization_settings&action=update');
    const event = page.getByTestId('audit-event').filter({ hasText: 'admin@lumen.example' }).first();
    await event.getByRole('button', { name: 'Show details' }).click();
    const changed = event.locator('tr[data-changed]');
    // Before and after side by side, on the highlighted row of the changed field.
    await eventually(() => changed.allInnerTexts()).toContainEqual(
      expect.stringMatching(new RegExp(`^Vendor name\\s+Lumen Cloud\\s+Lumen Cloud ${suffix}$`)),
    );

    await session.goto('/settings');
    await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await page.getByText('Logo updated').waitFor();
    await page.getByRole('img', { name: 'Current logo' }).waitFor();
    expect(await page.locator('header img').getAttribute('src')).toMatch(/^\/api\/v1\/settings\/logo\?v=/);

    await page.getByRole('button', { name: 'New tier' }).click();
    const tierDialog = page.getByRole('dialog', { name: 'New tier' });
    await tierDialog.getByRole('textbox', { name: 'Name' }).fill(`Diamond ${suffix}`);
    await tierDialog.getByRole('button', { name: 'Create tier' }).click();
    await tierDialog.waitFor({ state: 'hidden' });
    const tiers = page.getByRole('table', { name: 'Tiers' });
    await eventually(() => tiers.innerText()).toContain(`Diamond ${suffix}`);
    await page.getByRole('button', { name: `Delete Diamond ${suffix}` }).click();
    await page.getByRole('button', { name: 'Delete tier' }).click();
    await eventually(() => tiers.innerText()).not.toContain(`Diamond ${suffix}`);

    // The sign-in page shows the vendor's name and the uploaded logo (both are public).
    const guest = await openBrowser();
    try {
      await guest.goto('/sign-in');
      await guest.page.getByRole('heading', { name: `Sign in to Lumen Cloud ${suffix}` }).waitFor();
      const logo = guest.page.getByRole('img', { name: `Lumen Cloud ${suffix} logo` });
      await logo.waitFor();
      await eventually(() => logo.evaluate(imageNaturalWidth)).toBe(1);
      expect(unexpectedProblems(guest.problems, [{ status: 401, path: '/api/v1/me' }])).toEqual([]);
    } finally {
      await guest.close();
    }
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
