import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('incentives and payouts', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('finance cannot approve its own batch; another approves, finance pays it; the partner sees the payout on its statement', async () => {
    // Frank made this month's batch: he may not approve it himself (four eyes).
    await signIn(session, 'frank.finance@lumen.example');
    await session.page.getByRole('link', { name: 'Payouts' }).click();
    const table = session.page.getByRole('table', { name: 'Payout batches' });
    await eventually(() => table.innerText()).toContain('Awaiting approval');
    const waitingRow = table.getByRole('row').filter({ hasText: 'Awaiting approval' });
    const number = (await waitingRow.locator('td').first().innerText()).trim();
    expect(await waitingRow.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // Alex approves it.
    session = await openBrowser();
    await signIn(session, 'admin@lumen.example');
    await session.goto('/payouts');
    const row = session.page.getByRole('table', { name: 'Payout batches' }).getByRole('row').filter({ hasText: number });
    await row.getByRole('button', { name: 'Approve' }).click();
    await eventually(() => row.innerText()).toContain('Approved');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // Frank marks it paid.
    session = await openBrowser();
    await signIn(session, 'frank.finance@lumen.example');
    await session.goto('/payouts');
    const paidRow = session.page.getByRole('table', { name: 'Payout batches' }).getByRole('row').filter({ hasText: number });
    await paidRow.getByRole('button', { name: 'Mark paid' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Mark paid' });
    await dialog.getByRole('textbox', { name: 'Payment reference' }).fill('WIRE-E2E');
    await dialog.getByRole('button', { name: 'Mark paid' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => paidRow.innerText()).toContain('Paid');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // Northwind's admin sees its earnings, the payout and its statement.
    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await eventually(() => session.page.getByLabel('Earnings').first().innerText()).toContain('Earned in the last four quarters');
    await session.page.getByRole('link', { name: 'Earnings' }).first().click();
    await eventually(() => session.page.getByRole('table', { name: 'Earnings per period' }).innerText()).toMatch(/\d{4}-Q\d/);
    await eventually(() => session.page.getByRole('table', { name: 'Payouts' }).innerText()).toContain('Paid');
    expect(await session.page.getByRole('table', { name: 'Earnings ledger' }).innerText()).not.toContain('Contoso');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
