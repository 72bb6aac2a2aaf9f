import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('joint account plans', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager plans a key account with a partner (a goal, a whitespace cell, a partner action); the partner completes its action in the portal', async () => {
    const { page } = session;
    const title = `Litware × Northwind ${Date.now().toString(36)}`;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Account plans', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Account plans' }).first().waitFor();
    await page.getByRole('button', { name: 'New account plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New account plan' });
    await dialog.getByRole('combobox', { name: 'Key account' }).fill('Litware');
    await page
      .getByRole('option', { name: /Litware/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: 'Partner' }).fill('Northwind');
    await page
      .getByRole('option', { name: /Northwind Systems/ })
      .first()
      .click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Business units' }).fill('Finance, IT');
    await dialog.getByRole('textbox', { name: 'Solution areas' }).fill('Lumen Analytics, Lumen Security');
    await dialog.getByRole('button', { name: 'Draft the plan' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('button', { name: 'Activate' }).click();
    await eventually(() => page.getByText('Active', { exact: true }).count()).toBeGreaterThan(0);

    // A goal: target revenue by a date.
    const goals = page.locator('[aria-label="Goals"]');
    await goals.getByRole('button', { name: 'Add goal' }).click();
    const goalDialog = page.getByRole('dialog', { name: 'Add a goal' });
    await goalDialog.getByRole('textbox', { name: 'Goal' }).fill('Land analytics in Finance');
    await goalDialog.getByRole('textbox', { name: 'Target revenue' }).fill('250000');
    await goalDialog.getByRole('button', { name: 'Add goal' }).click();
    await goalDialog.waitFor({ state: 'hidden' });
    await eventually(() => goals.getByTestId('account-plan-goal').count()).toBe(1);

    // A whitespace cell, set on its own.
    const whitespace = page.locator('[aria-label="Whitespace"]');
    await whitespace.getByRole('button', { name: 'Finance × Lumen Analytics' }).click();
    const cell = page.getByRole('dialog', { name: 'Finance × Lumen Analytics' });
    await cell.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Joint opportunity' }).click();
    await cell.getByRole('textbox', { name: 'Vendor notes' }).fill('Budget approved for H2');
    await cell.getByRole('button', { name: 'Save cell' }).click();
    await cell.waitFor({ state: 'hidden' });
    await eventually(() => whitespace.innerText()).toContain('Joint opportunity');

    // An action for the partner's side, owned by its admin.
    const actions = page.locator('[aria-label="Actions"]');
    await actions.getByRole('button', { name: 'Add action' }).click();
    const actionDialog = page.getByRole('dialog', { name: 'Add an action' });
    await actionDialog.getByRole('textbox', { name: 'Action' }).fill('Map the ERP landscape');
    await actionDialog.getByRole('combobox', { name: 'Side' }).click();
    await page.getByRole('option', { name: 'Partner', exact: true }).click();
    await actionDialog.getByRole('combobox', { name: 'Owner' }).click();
    await page.getByRole('option', { name: /Ben Kowalski/ }).click();
    await actionDialog.getByLabel('Due').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
    await actionDialog.getByRole('button', { name: 'Add action' }).click();
    await actionDialog.waitFor({ state: 'hidden' });
    await eventually(() => actions.getByTestId('account-plan-action').count()).toBe(1);
    const path = new URL(page.url()).pathname;
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // The partner's admin finds it in the portal and completes its action.
    session = await openBrowser();
    const p = session.page;
    await signIn(session, 'ben.kowalski@northwind.example');
    await p.getByRole('link', { name: 'Account plans', exact: true }).click();
    await p.getByRole('link', { name: title }).first().click();
    await p.getByRole('heading', { name: title }).waitFor();
    expect(new URL(p.url()).pathname).toBe(path);
    expect(await p.locator('[aria-label="Whitespace"]').innerText()).toContain('Joint opportunity');
    const portalActions = p.locator('[aria-label="Actions"]');
    await portalActions.getByRole('button', { name: 'Mark done' }).click();
    await eventually(() => portalActions.innerText()).toContain('Done');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
