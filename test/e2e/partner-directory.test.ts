import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('applications and the public partner directory', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a company applies through the public page and a manager sees the application on the board', async () => {
    const { page } = session;
    const company = `Orchid Health Systems ${Date.now().toString(36)}`;
    await session.goto('/apply');
    await page.getByRole('heading', { name: /Become a Lumen Cloud partner/ }).waitFor();
    const form = page.getByRole('form', { name: 'Partner application' });
    await form.getByLabel(/^Company name/).fill(company);
    await form.getByLabel(/^Website/).fill(`https://${Date.now().toString(36)}.orchid-health.example`);
    await form.getByLabel(/What kind of partner/).click();
    await page.getByRole('option', { name: 'MSP' }).click();
    await page.keyboard.press('Escape');
    await form.getByLabel(/^Your name/).fill('Olivia Orchid');
    await form.getByLabel(/^E-mail/).fill('olivia@orchid-health.example');
    await form.getByRole('textbox', { name: 'Why partner with us?' }).fill('Managed IT for 25 hospitals.');
    // A person takes a few seconds; the server refuses anything faster.
    await page.waitForTimeout(3200);
    await form.getByRole('button', { name: 'Send application' }).click();
    await eventually(() => page.getByRole('status').innerText()).toContain('your application has arrived');

    await session.close();
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/recruitment');
    const column = session.page.getByRole('region', { name: 'Applications column' });
    await eventually(() => column.innerText()).toContain(company);
    await column.getByRole('link', { name: company }).click();
    await session.page.getByRole('heading', { name: company }).waitFor();
    await session.page.getByRole('button', { name: 'Accept' }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: 'Accept and make a prospect' }).click();
    await eventually(() => session.page.getByText('Accepted by').count()).toBe(1);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a partner admin opts into the directory in the portal and shows up on the public page', async () => {
    const { page } = session;
    // Northwind is active in the demo; its admin publishes a listing with a pitch of its own.
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Directory listing' }).click();
    const form = page.getByRole('form', { name: 'Directory listing' });
    await form.waitFor();
    const pitch = `Retail rollouts in 30 days ${Date.now().toString(36)}`;
    await form.getByRole('textbox', { name: 'Description' }).fill(pitch);
    const optIn = form.getByRole('switch', { name: /List our company/ });
    if (!(await optIn.isChecked())) await optIn.check({ force: true });
    await form.getByRole('button', { name: 'Save listing' }).click();
    await eventually(() => page.getByText('Listed publicly').count()).toBeGreaterThan(0);

    await session.close();
    session = await openBrowser();
    await session.goto('/partners-directory');
    await session.page.getByRole('heading', { name: /Find a Lumen Cloud partner/ }).waitFor();
    await session.page.getByRole('textbox', { name: 'Search' }).fill('Northwind');
    await session.page.keyboard.press('Enter');
    const cards = session.page.locator('.mantine-Card-root');
    await eventually(() => cards.filter({ hasText: pitch }).count()).toBe(1);
    // A dozen others opted in too (the demo): without a filter the directory lists them all.
    await session.page.getByRole('textbox', { name: 'Search' }).fill('');
    await session.page.keyboard.press('Enter');
    await eventually(async () => (await cards.count()) > 5).toBe(true);
    expect(unexpectedProblems(session.problems, [{ status: 404, path: /\/api\/v1\/directory\/partners\/.*\/logo/ }])).toEqual([]);
  });

  test('a manager sees every partner’s listing and where it stands, and filters the hidden ones', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Directory listings', exact: true }).click();
    const table = page.getByRole('table', { name: 'Directory listings' });
    await eventually(() => table.innerText()).toContain('Listed');
    const before = await table.getByRole('row').count();
    expect(before).toBeGreaterThan(5);
    await page.locator('label[for$="-listed"]').click();
    await eventually(async () => {
      const texts = await table.locator('tbody tr').allInnerTexts();
      return texts.length > 0 && texts.every((t) => t.includes('Listed'));
    }).toBe(true);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
