import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('programs and tiers', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner user sees the tier-benefits matrix of its own program and its tier progress', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await eventually(() => page.getByText('Programs and tier progress').count()).toBe(1);
    await page.getByRole('link', { name: 'Programs', exact: true }).click();
    const programs = page.getByRole('table', { name: 'Programs' });
    await eventually(() => programs.innerText()).toContain('Reseller program');
    // Northwind is in the Reseller program only: the other programs are not listed.
    expect(await programs.innerText()).not.toContain('Referral program');
    await programs.getByRole('link', { name: 'Reseller program' }).click();
    const matrix = page.getByRole('table', { name: 'Tier benefits matrix' });
    await eventually(() => matrix.innerText()).toContain('Platinum');
    const text = await matrix.innerText();
    for (const expected of ['Registered', 'Silver', 'Gold', 'Discount', 'Deal protection', 'Certified people'])
      expect(text).toContain(expected);
    expect(await page.getByRole('table', { name: 'Members' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('an admin approves an open tier proposal: the partner moves tier', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/programs/evaluations');
    const runs = page.getByRole('table', { name: 'Evaluation runs' });
    await eventually(() => runs.innerText()).toContain('Technology Partner program');
    await runs.getByRole('link').first().click();
    const proposals = page.getByRole('table', { name: 'Proposals' });
    await eventually(() => proposals.innerText()).toContain('open');
    const approve = proposals.getByRole('button', { name: /^Approve the promotion of / }).first();
    const name = ((await approve.getAttribute('aria-label')) ?? '').replace('Approve the promotion of ', '');
    await approve.click();
    await eventually(() => proposals.innerText()).toContain('approved');
    expect(await proposals.getByRole('button', { name: `Approve the promotion of ${name}` }).count()).toBe(0);
    await proposals.getByRole('link', { name }).click();
    await eventually(() => page.getByLabel('Progress in Technology Partner program').innerText()).toContain(
      'Validated → Premier',
    );
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
