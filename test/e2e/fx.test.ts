import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

/** The input wrapper (label, input, error) of the field labelled `label`, inside `scope`. */
function field(scope: Page | Locator, label: string) {
  const page = 'page' in scope ? scope.page() : scope;
  return scope.locator('.mantine-InputWrapper-root', { has: page.locator('label', { hasText: new RegExp(`^${label}`) }) });
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
    await eventually(() => field(dialog, 'Currency').innerText()).toContain('ISO 4217');
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

  test('a manager converts an amount typed in the browser’s locale; a wrong number of decimals is named', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/fx-rates');
    const amount = page.getByRole('textbox', { name: 'Amount' });
    await amount.fill('2,500.50');
    await eventually(() => page.getByTestId('conversion').innerText()).toMatch(/^\$[\d,]+\.\d\d at [\d.]+, the rate of /);
    await page.getByRole('combobox', { name: 'Currency' }).fill('JPY');
    await page.getByRole('option', { name: 'JPY' }).click();
    await eventually(() => field(page, 'Amount').innerText()).toContain('Enter an amount in JPY');
    await amount.fill('250000');
    await eventually(() => page.getByTestId('conversion').innerText()).toMatch(/^\$[\d,]+\.\d\d at /);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
