import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { simplePdf } from '../../src/modules/files/index.js';
import { findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('onboarding and agreements', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager starts an onboarding; the partner’s admin completes a task in the portal; overdue ones show in red', async () => {
    const { page } = session;
    const northwind = await findPartner('maria.manager@lumen.example', 'Northwind Systems');
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${northwind.id}`);
    const card = page.locator('[aria-label="Onboarding"]');
    // Northwind finished its first onboarding long ago; a new plan starts today.
    await card.getByText('Completed').first().waitFor();
    await card.getByRole('button', { name: 'Start onboarding' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start onboarding' });
    await dialog.getByRole('combobox', { name: 'Template' }).click();
    await page.getByRole('option', { name: 'Reseller onboarding' }).click();
    await dialog.getByRole('button', { name: 'Start onboarding' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => card.getByText('In progress').count()).toBe(1);
    expect(await card.getByRole('group', { name: 'Partner tasks' }).getByTestId('onboarding-task').count()).toBe(5);
    await session.close();

    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.page.getByRole('link', { name: 'Onboarding' }).click();
    const portal = session.page.locator('[aria-label="Onboarding"]');
    const task = 'Two sellers complete the sales certification';
    await portal.getByRole('button', { name: `Mark ${task} done` }).click();
    await eventually(() => portal.getByRole('button', { name: `Mark ${task} done` }).count()).toBe(0);
    expect(await portal.getByText(/Done .* by Ben Kowalski/).count()).toBe(1);
    // The vendor's tasks are there to see, with no button for the partner.
    expect(await portal.getByRole('button', { name: 'Mark Agree the joint business plan done' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // The vendor's overview lists partners onboarding today with their overdue tasks.
    await session.close();
    session = await openBrowser();
    await signIn(session, 'james.manager@lumen.example');
    await session.goto('/onboarding');
    await session.page.getByRole('table', { name: 'Partners in onboarding' }).waitFor();
    await eventually(() =>
      session.page.getByRole('table', { name: 'Overdue tasks' }).locator('tbody tr').count(),
    ).toBeGreaterThan(0);
    expect(await session.page.locator('[aria-label="Onboarding figures"]').innerText()).toMatch(
      /AVERAGE TIME TO ONBOARD\s*\d+(\.\d)? days/i,
    );
  });

  test('a manager drafts an agreement, attaches the contract and sends it; the partner’s admin signs it', async () => {
    const { page } = session;
    const northwind = await findPartner('maria.manager@lumen.example', 'Northwind Systems');
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${northwind.id}`);
    const card = page.locator('[aria-label="Agreements"]');
    await card.getByRole('button', { name: 'New agreement' }).click();
    const dialog = page.getByRole('dialog', { name: 'New agreement' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Co-marketing addendum 2027');
    await dialog.getByLabel('End', { exact: true }).fill('2027-12-31');
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByRole('link', { name: 'Co-marketing addendum 2027' }).click();
    await page.getByRole('heading', { name: 'Co-marketing addendum 2027' }).waitFor();
    await page.getByLabel('Attach a document').setInputFiles({
      name: 'co-marketing-addendum.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf(['Co-marketing addendum']),
    });
    await eventually(() => page.getByRole('link', { name: 'co-marketing-addendum.pdf' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Send for signature' }).click();
    await eventually(() => page.getByText('Sent for signature').count()).toBeGreaterThan(0);
    const url = new URL(page.url()).pathname;
    await session.close();

    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.goto(url);
    await session.page.getByRole('button', { name: 'Sign agreement' }).click();
    await eventually(() => session.page.getByText('Signed by partner').count()).toBeGreaterThan(0);
    expect(await session.page.getByRole('link', { name: 'co-marketing-addendum.pdf' }).count()).toBe(1);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
