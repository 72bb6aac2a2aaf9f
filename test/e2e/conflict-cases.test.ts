import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('conflict cases', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager opens a case against the direct team and decides it; the partner reads its own side and appeals to the next tier', async () => {
    const { page } = session;
    const customer = `Tailspin Toys ${Date.now().toString(36)}`;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Conflicts', exact: true }).click();
    await page.getByRole('heading', { name: 'Conflicts' }).waitFor();
    // The demo's Globex case is on the desk, at tier 2 and past its SLA.
    await eventually(() => page.locator('main').innerText()).toContain('Globex');
    await page.getByRole('button', { name: 'Open a case' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Customer', exact: true }).fill(customer);
    await dialog.getByRole('textbox', { name: 'Customer domain' }).fill('tailspin-toys.example');
    await dialog.getByRole('combobox', { name: 'Partner', exact: true }).fill('Northwind');
    await page
      .getByRole('option', { name: /Northwind/ })
      .first()
      .click();
    await dialog.getByRole('checkbox', { name: 'The direct sales team is a party' }).check();
    await dialog.getByRole('textbox', { name: 'What happened' }).fill('Northwind pitched a named direct account.');
    await dialog.getByRole('button', { name: 'Open case' }).click();
    const heading = page.getByRole('heading', { name: new RegExp(`CC-\\d{6} · ${customer}`) });
    await heading.waitFor();
    const number = ((await heading.innerText()).match(/CC-\d{6,}/) ?? [''])[0];
    // Decide: the direct team keeps the customer.
    await page.getByRole('button', { name: 'Decide', exact: true }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: 'Decision' }).click();
    await page.getByRole('option', { name: 'Vendor direct' }).click();
    await page
      .getByRole('dialog')
      .getByRole('textbox', { name: 'Reasons' })
      .fill('Tailspin is a named direct account this year.');
    await page.getByRole('dialog').getByRole('textbox', { name: 'Internal note' }).fill('VENDOR-ONLY margin call');
    await page.getByRole('button', { name: 'Record decision' }).click();
    const decision = page.locator('[aria-label="Decision"]');
    await eventually(() => decision.innerText()).toContain('Vendor direct');
    expect(await decision.innerText()).toContain('VENDOR-ONLY margin call');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // Northwind's admin: the case, its own side, the decision as it concerns it — and appeals.
    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.page.getByRole('link', { name: 'Conflicts', exact: true }).click();
    await session.page.getByRole('link', { name: new RegExp(`${number} · ${customer}`) }).click();
    const side = session.page.locator('[aria-label="Your side"]');
    await side.waitFor();
    const portalDecision = session.page.locator('[aria-label="Decision"]');
    await eventually(() => portalDecision.innerText()).toContain('Steps back');
    const text = await session.page.locator('main').innerText();
    expect(text).not.toContain('VENDOR-ONLY');
    expect(text).not.toContain('Direct sales team');
    expect(text).not.toContain('pitched a named direct account');
    await session.page.getByRole('button', { name: 'Appeal', exact: true }).click();
    await session.page
      .getByRole('dialog')
      .getByRole('textbox', { name: 'Why you appeal' })
      .fill('Tailspin’s CTO asked us for the proposal before the direct team engaged.');
    await session.page.getByRole('dialog').getByRole('button', { name: 'Appeal the decision' }).click();
    await eventually(() => session.page.locator('main').innerText()).toContain('2 · Channel chief');
    expect(await session.page.getByRole('button', { name: 'Appeal', exact: true }).count()).toBe(0);
    expect(await session.page.locator('main').innerText()).toContain('The decision was appealed');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
