import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('deal registration', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner registers a deal in the portal and learns of a conflict without whose; the manager sees the other registration and approves', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    // The portal home shows the company's registrations.
    await page.locator('[aria-label="Deal registrations"]').waitFor();
    await page.getByRole('link', { name: 'Deal registrations' }).first().click();
    await page.getByRole('heading', { name: 'Deal registrations' }).waitFor();
    await page.getByRole('link', { name: 'Register a deal' }).click();
    await page.getByRole('textbox', { name: 'Customer company' }).fill('GLOBEX Corp');
    await page.getByRole('textbox', { name: 'Customer web domain' }).fill('http://www.Globex.com/contact');
    await page.getByRole('textbox', { name: 'Deal title' }).fill('Analytics rollout at Globex');
    await page.getByRole('textbox', { name: 'Amount' }).fill('250000');
    const close = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Expected close date').fill(close);
    await page.getByRole('combobox', { name: 'Products' }).fill('Lumen Analytics');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Register deal' }).click();
    const heading = page.getByRole('heading', { name: /DR-\d{6} · Analytics rollout at Globex/ });
    await heading.waitFor();
    const number = ((await heading.innerText()).match(/DR-\d{6,}/) ?? [''])[0];
    const conflict = page.locator('[aria-label="Possible channel conflict"]');
    await eventually(() => conflict.innerText()).toContain('Another registration for this customer exists since');
    // Never whose: no partner named, no other registration's number, no link to it.
    const text = await conflict.innerText();
    expect(text).not.toMatch(/DR-\d{6}/);
    expect(await conflict.getByRole('link').count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // Northwind's manager sees the conflict with the other registration linked, and approves.
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/deal-registrations?conflict=true');
    await session.page.getByRole('link', { name: new RegExp(`${number} · Analytics rollout at Globex`) }).click();
    const alert = session.page.locator('[aria-label="Possible channel conflict"]');
    await eventually(() => alert.getByRole('link').count()).toBeGreaterThan(1);
    expect(await alert.innerText()).toMatch(/DR-\d{6}.*by .+, registered/);
    await session.page.getByRole('button', { name: 'Approve' }).click();
    await eventually(() => session.page.getByText('Protected until').count()).toBeGreaterThan(0);
    expect(await session.page.getByText('Approved', { exact: true }).count()).toBeGreaterThan(0);
    // The other registration opens from the conflict.
    await alert.getByRole('link').first().click();
    await session.page.getByRole('heading', { name: /DR-\d{6} · .*Globex/ }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
