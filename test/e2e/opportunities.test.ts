import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('opportunities and co-sell', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager creates an opportunity and records a partner touch; the partner sees it in the portal', async () => {
    const { page } = session;
    const title = `Data platform at Initrode ${Date.now().toString(36)}`;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Pipeline', exact: true }).first().waitFor();
    await page.getByRole('link', { name: 'New opportunity' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('textbox', { name: 'Customer company' }).fill('Initrode GmbH');
    await page.getByRole('textbox', { name: 'Customer web domain' }).fill('www.initrode-e2e.example');
    await page.getByRole('textbox', { name: 'Amount' }).fill('180000');
    await page.getByLabel('Close date').fill(new Date(Date.now() + 75 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Create opportunity' }).click();
    await page.getByRole('heading', { name: new RegExp(`OPP-\\d{6,} · ${title}`) }).waitFor();
    expect(await page.locator('[aria-label="Partners involved"]').innerText()).toContain('Vendor-direct');

    await page.getByRole('button', { name: 'Add partner touch' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a partner touch' });
    await dialog.getByRole('combobox', { name: 'Partner' }).fill('Northwind');
    await page
      .getByRole('option', { name: /Northwind/ })
      .first()
      .click();
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Joint discovery call with the CIO');
    await dialog.getByRole('button', { name: 'Record touch' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => page.locator('[aria-label="Partners involved"]').innerText()).toContain('Co-sell');
    expect(await page.locator('[aria-label="Partner touches"]').innerText()).toContain('Joint discovery call with the CIO');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // Northwind's people: on the portal home, then under "Shared opportunities", with what is shared.
    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    const card = session.page.locator('[aria-label="Shared opportunities"]');
    await eventually(() => card.innerText()).toContain(title);
    await session.page.getByRole('link', { name: 'Shared opportunities', exact: true }).click();
    await session.page.getByRole('heading', { level: 2, name: 'Shared opportunities', exact: true }).first().waitFor();
    await session.page.getByRole('link', { name: new RegExp(title) }).click();
    await session.page.getByRole('heading', { name: new RegExp(title) }).waitFor();
    const facts = await session.page.locator('[aria-label="The opportunity"]').innerText();
    expect(facts).toContain('Initrode GmbH');
    expect(facts).toContain('180,000');
    expect(await session.page.locator('[aria-label="Partners involved"]').innerText()).toContain('Co-sell');
    expect(await session.page.getByRole('button', { name: 'Add partner touch' }).count()).toBe(0);
    expect(await session.page.locator('[aria-label="Stage history"]').count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
  test('the pipeline board shows open deals by stage; a manager moves one with its stage menu', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Pipeline', exact: true }).first().waitFor();
    await page.getByText('Board', { exact: true }).click();
    const board = page.getByRole('list', { name: 'Pipeline board' });
    await board.waitFor();
    const prospecting = board.getByRole('listitem', { name: 'Prospecting' });
    const qualification = board.getByRole('listitem', { name: 'Qualification' });
    const card = prospecting.locator('.mantine-Card-root').first();
    await card.waitFor();
    const name = (await card.getAttribute('aria-label')) as string;
    const number = name.split(' ')[0] as string;
    await card.getByRole('button', { name: `Move ${number} to another stage` }).click();
    await page.getByRole('menuitem', { name: 'Qualification' }).click();
    await eventually(() => qualification.innerText()).toContain(number);
    expect(await prospecting.innerText()).not.toContain(number);
    // The view is in the address: a reload keeps the board.
    expect(page.url()).toContain('view=board');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
