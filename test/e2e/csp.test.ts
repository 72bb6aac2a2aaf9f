import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import { findPartner, type PartnerSummary } from './support/api.js';
import { openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';
import { countStylesWithoutNonce } from './support/in-page.js';

/** Every <style> element carries the nonce the server issued for this page load. */
function stylesWithoutNonce(page: Page): Promise<number> {
  return page.evaluate(countStylesWithoutNonce);
}

async function visit(session: Session, pathname: string, ready: string | RegExp) {
  await session.goto(pathname);
  await session.page.getByRole('heading', { name: ready }).first().waitFor();
  expect(await stylesWithoutNonce(session.page), `style tags without the nonce on ${pathname}`).toBe(0);
}

async function openAndClose(page: Page, button: string, dialog: string | RegExp) {
  await page.getByRole('button', { name: button }).first().click();
  await page.getByRole('dialog', { name: dialog }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'hidden' });
}

describe('strict CSP: no violations and no console errors on the main pages', () => {
  let session: Session;
  let northwind: PartnerSummary;

  beforeAll(async () => {
    northwind = await findPartner('admin@lumen.example', 'Northwind Systems');
  });
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('the server sends a nonce-based policy without unsafe-inline', async () => {
    const response = await fetch(new URL('/partners', inject('baseUrl')));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(await response.text()).toMatch(/<meta name="csp-nonce" content="[^"]+">/);
  });

  test('vendor admin pages, menus, dropdowns and dialogs', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await visit(session, '/', /^Good (morning|afternoon|evening), Alex$/);
    await page.getByText('Partners by lifecycle stage').waitFor();

    await visit(session, '/partners', 'Partners');
    await page.getByRole('combobox', { name: 'Stage' }).click();
    await page.getByRole('option', { name: 'Active', exact: true }).click();
    await page.waitForURL((url: URL) => url.searchParams.get('lifecycleStage') === 'active');

    await visit(session, `/partners/${northwind.id}`, 'Northwind Systems');
    await openAndClose(page, 'Change stage', 'Change lifecycle stage');
    await openAndClose(page, 'Add contact', 'Add a contact');
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Audit trail' }).click();
    await page.waitForURL((url: URL) => url.pathname === '/audit' && url.searchParams.get('entityId') === northwind.id);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByTestId('audit-event').first().getByRole('button', { name: 'Show details' }).click();
    await page.getByRole('table', { name: 'Changes' }).first().waitFor();
    expect(await stylesWithoutNonce(page)).toBe(0);

    await visit(session, '/partners/new', 'New partner');
    await page.getByRole('combobox', { name: 'Partner types' }).click();
    await page.getByRole('option', { name: 'White label' }).waitFor();
    await page.keyboard.press('Escape');

    await visit(session, '/users', 'Users');
    await openAndClose(page, 'New user', 'New user');

    await visit(session, '/audit', 'Audit log');
    await page.getByRole('button', { name: 'Date range' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');

    await visit(session, '/settings', 'Settings');
    await openAndClose(page, 'New tier', 'New tier');

    await visit(session, '/account', 'My account');
    await openAndClose(page, 'New token', 'New API token');

    await visit(session, '/no-such-page', 'Page not found');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('partner portal pages', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await visit(session, '/', 'Welcome, Ben');
    await visit(session, `/partners/${northwind.id}`, 'Northwind Systems');
    await visit(session, `/partners/${northwind.id}/edit`, 'Edit Northwind Systems');
    await page.getByRole('combobox', { name: 'Headquarters country' }).click();
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await visit(session, '/users', 'Northwind Systems users');
    await openAndClose(page, 'New user', 'New user');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
