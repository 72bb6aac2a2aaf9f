import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

function field(page: Page, label: string) {
  return page.locator('.mantine-InputWrapper-root', { has: page.locator('label', { hasText: new RegExp(`^${label}`) }) });
}

describe('exchange rates', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('finance adds a rate; an unknown currency is named under its field; a manager only reads', async () => {
    const { page } = session;
    await signIn(session, 'frank.finance@lumen.example');
    await page.getByRole('link', { name: 'Exchange rates' }).click();
    await page.getByRole('button', { name: 'New rate' }).waitFor();
    await page.getByRole('button', { name: 'New rate' }).click();
    const dialog = page.getByRole('dialog', { name: 'New exchange rate' });
    await dialog.getByRole('textbox', { name: 'Currency' }).fill('EUX');
    await dialog.getByRole('textbox', { name: 'Rate' }).fill('1.0845');
    await dialog.getByRole('button', { name: 'Save rate' }).click();
    await eventually(() => field(page, 'Currency').innerText()).toContain('ISO 4217');
    await dialog.getByRole('textbox', { name: 'Currency' }).fill('eur');
    await dialog.getByRole('textbox', { name: 'Source' }).fill('ECB reference rate');
    await dialog.getByRole('button', { name: 'Save rate' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const table = page.getByRole('table', { name: 'Exchange rates' });
    await eventually(() => table.innerText()).toContain('EUR → USD');
    expect(await table.innerText()).toContain('1.0845');
    expect(unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 422, path: '/api/v1/fx-rates' }])).toEqual([]);

    await session.close();
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/fx-rates');
    await eventually(() => session.page.getByRole('table', { name: 'Exchange rates' }).innerText()).toContain('1.0845');
    expect(await session.page.getByRole('button', { name: 'New rate' }).count()).toBe(0);
  });
});
