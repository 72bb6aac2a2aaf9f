import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function rowOf(page: Page, table: string, text: string) {
  return page.getByRole('table', { name: table }).locator('tr', { hasText: text });
}

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

describe('market development funds', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner requests funds, the vendor approves, the partner claims with proof, finance pays and the balance moves', async () => {
    // Funds for next year's first quarter, so the row is this test's own among the demo's.
    const admin = await apiSession('admin@lumen.example');
    const { data } = await admin.get<{ data: { id: string; name: string }[] }>('/api/v1/partners?q=Northwind&limit=5');
    const northwind = data.find((p) => p.name.startsWith('Northwind'));
    if (!northwind) throw new Error('no Northwind in the demo');
    const period = `${new Date().getUTCFullYear() + 1}-Q1`;
    const existing = await admin.get<{ data: { period: string }[] }>(
      `/api/v1/mdf-allocations?partnerId=${northwind.id}&period=${period}`,
    );
    if (existing.data.length === 0) {
      await admin.send('POST', `/api/v1/partners/${northwind.id}/mdf-allocations`, {
        period,
        amount: { amount: 500_000, currency: 'USD' },
      });
    }
    const title = `Launch webinar ${Date.now().toString(36)}`;

    // The partner requests 1,200.00 from that quarter's funds.
    const { page } = session;
    await signIn(session, 'chloe.rossi@northwind.example');
    await page.getByRole('link', { name: 'MDF', exact: true }).click();
    await page.getByRole('heading', { name: 'Market development funds' }).first().waitFor();
    const available = page.getByTestId('mdf-available');
    await available.waitFor();
    const before = await available.innerText();
    await rowOf(page, 'MDF allocations', period).first().getByRole('button', { name: 'Request funds' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request funds' });
    await dialog.getByRole('textbox', { name: 'Activity', exact: true }).fill(title);
    await dialog.getByLabel('Starts').fill(yesterday());
    await dialog.getByLabel('Ends').fill(yesterday());
    await dialog.getByRole('textbox', { name: 'Amount' }).fill('1,200');
    await dialog.getByRole('button', { name: 'Submit request' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => rowOf(page, 'MDF requests', title).innerText()).toContain('Awaiting approval');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // The vendor approves 1,000.00 of it.
    session = await openBrowser();
    await signIn(session, 'admin@lumen.example');
    await session.goto('/mdf');
    await rowOf(session.page, 'MDF requests', title).getByRole('button', { name: 'Approve' }).click();
    const approve = session.page.getByRole('dialog', { name: 'Approve MDF request' });
    await approve.getByRole('textbox', { name: 'Approved amount' }).fill('1,000');
    await approve.getByRole('textbox', { name: 'Reason' }).fill('Venue capped at 1,000');
    await approve.getByRole('button', { name: 'Approve' }).click();
    await approve.waitFor({ state: 'hidden' });
    await eventually(() => rowOf(session.page, 'MDF requests', title).count()).toBe(0);
    await session.close();

    // The partner claims it and uploads the proof.
    session = await openBrowser();
    await signIn(session, 'chloe.rossi@northwind.example');
    await session.goto('/mdf');
    await rowOf(session.page, 'MDF requests', title).getByRole('button', { name: 'Claim' }).click();
    const claim = session.page.getByRole('dialog', { name: 'Claim reimbursement' });
    await claim.getByRole('textbox', { name: 'Results' }).fill('64 attendees');
    await claim.getByRole('button', { name: 'Submit claim' }).click();
    await claim.waitFor({ state: 'hidden' });
    const claimRow = rowOf(session.page, 'Your claims', title);
    await eventually(() => claimRow.innerText()).toContain('Awaiting review');
    await claimRow.getByLabel('Upload proof').setInputFiles({ name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PDF });
    await eventually(() => claimRow.innerText()).toContain('1 file');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // The vendor approves the claim; finance marks it paid.
    session = await openBrowser();
    await signIn(session, 'admin@lumen.example');
    await session.goto('/mdf');
    await rowOf(session.page, 'Claims to decide', title).getByRole('button', { name: 'Approve claim' }).click();
    const approveClaim = session.page.getByRole('dialog', { name: 'Approve claim' });
    await approveClaim.getByRole('button', { name: 'Approve claim' }).click();
    await approveClaim.waitFor({ state: 'hidden' });
    await session.close();

    session = await openBrowser();
    await signIn(session, 'frank.finance@lumen.example');
    await session.goto('/mdf');
    await rowOf(session.page, 'Payment queue', title).getByRole('button', { name: 'Mark paid' }).click();
    const pay = session.page.getByRole('dialog', { name: 'Mark claim paid' });
    await pay.getByRole('textbox', { name: 'Payment reference' }).fill('PAY-E2E-1');
    await pay.getByRole('button', { name: 'Mark paid' }).click();
    await pay.waitFor({ state: 'hidden' });
    await eventually(() => rowOf(session.page, 'Payment queue', title).count()).toBe(0);
    await session.close();

    // The partner sees it paid, and its available funds 1,000.00 lower than before it asked.
    session = await openBrowser();
    await signIn(session, 'chloe.rossi@northwind.example');
    await session.goto('/mdf');
    await eventually(() => rowOf(session.page, 'Your claims', title).innerText()).toContain('Paid');
    const after = await session.page.getByTestId('mdf-available').innerText();
    const amount = (text: string) => Number(text.replace(/[^\d.]/g, ''));
    expect(amount(before) - amount(after)).toBeCloseTo(1000, 2);
    expect((await session.page.locator('main').innerText()).toLowerCase()).toContain('paid to date');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  }, 240_000);
});
