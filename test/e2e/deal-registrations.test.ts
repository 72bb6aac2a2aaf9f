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

  test('a partner registers a deal in the portal and learns of a conflict without whose; the manager sees the other registration, and Approve waits on the open conflict case', async () => {
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

    // Northwind's manager sees the conflict with the other registration linked; its conflict case
    // is open, so Approve says to decide the case first instead of approving.
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/deal-registrations?conflict=true');
    await session.page.getByRole('link', { name: new RegExp(`${number} · Analytics rollout at Globex`) }).click();
    const alert = session.page.locator('[aria-label="Possible channel conflict"]');
    await eventually(() => alert.getByRole('link').count()).toBeGreaterThan(1);
    expect(await alert.innerText()).toMatch(/DR-\d{6}.*by .+, registered/);
    const caseLine = session.page.locator('[aria-label="Conflict case"]');
    await eventually(() => caseLine.innerText()).toMatch(
      /Conflict case CC-\d{6,} is still open: decide it before approving this registration/,
    );
    const approve = session.page.getByRole('button', { name: 'Approve' });
    expect(await approve.getAttribute('aria-disabled')).toBe('true');
    await approve.hover();
    await eventually(() => session.page.getByRole('tooltip').innerText()).toContain('decide it before approving');
    expect(await session.page.getByText('Protected until').count()).toBe(0);
    // The other registration opens from the conflict.
    await alert.getByRole('link').first().click();
    await session.page.getByRole('heading', { name: /DR-\d{6} · .*Globex/ }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a partner registers a deal with the customer’s segment; the vendor sees country, region, industry and size', async () => {
    const { page } = session;
    const u = Date.now().toString(36);
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.goto('/deal-registrations/new');
    await page.getByRole('textbox', { name: 'Customer company' }).fill(`Initrode ${u}`);
    await page.getByRole('textbox', { name: 'Customer web domain' }).fill(`initrode-${u}.example`);
    await page.getByRole('textbox', { name: 'Customer country' }).fill('de');
    await page.getByRole('combobox', { name: 'Customer region' }).click();
    await page.getByRole('option', { name: 'Europe' }).click();
    await page.getByRole('textbox', { name: 'Customer industry' }).fill('Manufacturing');
    await page.getByRole('combobox', { name: 'Customer size' }).click();
    await page.getByRole('option', { name: '1,001–5,000 employees' }).click();
    await page.getByRole('textbox', { name: 'Deal title' }).fill(`Plant analytics at Initrode ${u}`);
    await page.getByRole('textbox', { name: 'Amount' }).fill('120000');
    await page.getByLabel('Expected close date').fill(new Date(Date.now() + 45 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Register deal' }).click();
    await page.getByRole('heading', { name: new RegExp(`DR-\\d{6} · Plant analytics at Initrode ${u}`) }).waitFor();
    const segment = 'DE · Europe · Manufacturing · 1001-5000 employees';
    const deal = page.locator('[aria-label="The deal"]');
    await eventually(() => deal.innerText()).toContain(segment);
    const path = new URL(page.url()).pathname;
    expect(path).toMatch(/^\/deal-registrations\/[0-9a-f-]{36}$/);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // The partner's manager sees the same segment on the registration.
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(path);
    await eventually(() => session.page.locator('[aria-label="The deal"]').innerText()).toContain(segment);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
