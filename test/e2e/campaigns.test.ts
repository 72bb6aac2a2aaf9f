import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

const DAY = 86_400_000;

describe('campaigns and rewards', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager plans a joint campaign with a budget split; the partner sees it on its calendar with its share', async () => {
    const { page } = session;
    const name = `Spring security webinar ${Date.now().toString(36)}`;
    const start = new Date(Date.now() + 70 * DAY);
    const month = start.toISOString().slice(0, 7);
    const startsOn = `${month}-10`;
    const endsOn = `${month}-12`;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'Plan a campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan a campaign' });
    await dialog.getByRole('combobox', { name: 'With partner' }).fill('Northwind');
    await page
      .getByRole('option', { name: /Northwind/ })
      .first()
      .click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByLabel('Starts').fill(startsOn);
    await dialog.getByLabel('Ends').fill(endsOn);
    await dialog.getByRole('textbox', { name: 'Total budget' }).fill('25000');
    await dialog.getByRole('textbox', { name: 'Vendor share (%)' }).fill('60');
    await eventually(() => dialog.getByLabel('Budget split').innerText()).toContain('15,000.00');
    expect(await dialog.getByLabel('Budget split').innerText()).toContain('10,000.00');
    await dialog.getByRole('button', { name: 'Plan campaign' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    session = await openBrowser();
    await signIn(session, 'chloe.rossi@northwind.example');
    await session.page.getByRole('link', { name: 'Campaigns' }).click();
    await session.goto(`/campaigns?month=${month}`);
    const link = session.page.getByRole('link', { name });
    await eventually(() => link.count()).toBeGreaterThan(0);
    await link.first().click();
    await session.page.getByRole('heading', { name }).waitFor();
    const split = session.page.locator('[aria-label="Budget split"]');
    await eventually(() => split.innerText()).toContain('10,000.00');
    expect(await split.innerText()).toContain('15,000.00');
    // The partner reads the plan; running it is the vendor's.
    expect(await session.page.getByRole('button', { name: 'Start' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a partner user redeems points for a reward; it waits for the vendor and the balance drops by its cost', async () => {
    const { page } = session;
    await signIn(session, 'chloe.rossi@northwind.example');
    await page.locator('[aria-label="Loyalty points"]').waitFor();
    await page.getByRole('link', { name: 'Rewards' }).first().click();
    const points = page.locator('[aria-label="Your points"]');
    await eventually(() => points.innerText()).toMatch(/Balance\s+[\d,]+/);
    const balanceOf = async () => Number(((await points.innerText()).match(/Balance\s+([\d,]+)/)?.[1] ?? '').replaceAll(',', ''));
    const before = await balanceOf();
    expect(before).toBeGreaterThanOrEqual(800);
    const swag = page.locator('[aria-label="Branded swag pack"]');
    await swag.getByRole('button', { name: 'Redeem' }).click();
    await eventually(balanceOf).toBe(before - 800);
    await eventually(() => page.getByRole('table', { name: 'Redemptions' }).innerText()).toContain('Branded swag pack');
    expect(await page.getByRole('table', { name: 'Redemptions' }).innerText()).toContain('Waiting for approval');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
