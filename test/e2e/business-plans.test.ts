import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('joint business plans', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('the healthy alliance’s current plan shows both sides’ fulfilment and a history of field-level changes', async () => {
    const { page } = session;
    const contoso = await findPartner('james.manager@lumen.example', 'Contoso Consulting Group');
    await signIn(session, 'james.manager@lumen.example');
    await session.goto(`/partners/${contoso.id}`);
    const card = page.locator('[aria-label="Joint business plan"]');
    await card.getByText('current', { exact: false }).first().waitFor();
    await card.getByRole('link', { name: /joint business plan$/ }).click();
    await page.getByRole('heading', { name: /joint business plan$/, level: 2 }).waitFor();
    const commitments = page.locator('[aria-label="Commitments"]');
    await eventually(() => commitments.getByTestId('fulfilment-vendor').innerText()).toMatch(/\d+%/);
    expect(await commitments.getByTestId('fulfilment-partner').innerText()).toMatch(/\d+%/);
    await page.getByRole('button', { name: 'Show history' }).click();
    await eventually(() => page.getByTestId('plan-version').count()).toBeGreaterThan(10);
    expect(await page.locator('[aria-label="History"]').innerText()).toMatch(/Commitments › .+ › Status/);

    // The portfolio list filters by status.
    await session.goto('/business-plans?status=approved');
    await page.getByRole('table', { name: 'Joint business plans' }).waitFor();
    const rows = await page.getByRole('table', { name: 'Joint business plans' }).locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.includes('Approved'))).toBe(true);
  });

  test('a manager drafts and proposes a plan with commitments on both sides; the partner’s admin approves it and keeps its own', async () => {
    const { page } = session;
    const northwind = await findPartner('maria.manager@lumen.example', 'Northwind Systems');
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${northwind.id}`);
    const card = page.locator('[aria-label="Joint business plan"]');
    await card.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New joint business plan' });
    await dialog.getByRole('combobox', { name: 'Fiscal period' }).click();
    await page.getByRole('option', { name: /^FY\d{4} Q4/ }).click();
    const title = `Northwind Q4 push ${Date.now().toString(36)}`;
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('button', { name: 'Draft the plan' }).click();
    await page.getByRole('heading', { name: title }).waitFor();

    const commitments = page.locator('[aria-label="Commitments"]');
    const add = async (side: 'Vendor' | 'Partner', what: string, due: string, amount?: string) => {
      await commitments.getByRole('button', { name: 'Add commitment' }).click();
      const d = page.getByRole('dialog', { name: 'Add a commitment' });
      await d.getByRole('combobox', { name: 'Side' }).click();
      await page.getByRole('option', { name: side, exact: true }).click();
      await d.getByRole('textbox', { name: 'Commitment' }).fill(what);
      await d.getByLabel('Due').fill(due);
      if (amount) await d.getByRole('textbox', { name: 'Amount' }).fill(amount);
      await d.getByRole('button', { name: 'Add commitment' }).click();
      await d.waitFor({ state: 'hidden' });
    };
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await add('Vendor', 'Fund the joint webinar', later, '50000');
    await add('Partner', 'Certify two sellers', later);
    await eventually(() => commitments.getByTestId('commitment').count()).toBe(2);
    // An investment commitment shows what it is worth, formatted.
    expect(await commitments.getByTestId('commitment-amount').allInnerTexts()).toEqual([expect.stringContaining('$50,000.00')]);
    await page.getByRole('button', { name: 'Propose to the partner' }).click();
    await page.getByRole('dialog', { name: 'Propose to the partner' }).getByRole('button', { name: 'Confirm' }).click();
    await eventually(() => page.getByText('Proposed', { exact: true }).count()).toBeGreaterThan(0);
    const url = new URL(page.url()).pathname;
    await session.close();

    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.page.getByRole('link', { name: 'Business plans' }).click();
    await session.page.getByRole('link', { name: title }).first().click();
    const p = session.page;
    await p.getByRole('heading', { name: title }).waitFor();
    await p.getByRole('button', { name: 'Approve the plan' }).click();
    await p.getByRole('dialog', { name: 'Approve the plan' }).getByRole('button', { name: 'Confirm' }).click();
    await eventually(() => p.getByText('Approved', { exact: true }).count()).toBeGreaterThan(0);
    // Its own side is editable; the vendor's is read only (and its amount is shown to the partner).
    const portalCommitments = p.locator('[aria-label="Commitments"]');
    expect(await portalCommitments.getByTestId('commitment-amount').innerText()).toContain('$50,000.00');
    expect(await portalCommitments.getByRole('button', { name: 'Mark Fund the joint webinar done' }).count()).toBe(0);
    await portalCommitments.getByRole('textbox', { name: 'Evidence for Certify two sellers' }).fill('Both passed the exam');
    await portalCommitments.getByRole('button', { name: 'Mark Certify two sellers done' }).click();
    await eventually(() => portalCommitments.getByTestId('fulfilment-partner').innerText()).toContain('100%');
    expect(await portalCommitments.getByTestId('fulfilment-vendor').innerText()).toContain('Nothing due yet');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    expect(url).toMatch(/^\/business-plans\//);
  });
});
