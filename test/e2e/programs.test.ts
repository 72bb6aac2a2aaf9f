import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession, findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

/** The input wrapper (label, input, error) of the field labelled `label`, inside `scope`. */
function field(scope: Locator, label: string) {
  return scope.locator('.mantine-InputWrapper-root', {
    has: scope.page().locator('label', { hasText: new RegExp(`^${label}`) }),
  });
}

/** Picks `option` in the Mantine select labelled `label` inside `scope`. */
async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

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

  test('a manager builds a program and a tier with a requirement and a benefit, enrols a partner, who sees it in the portal; then ends the membership', async () => {
    const { page } = session;
    const name = `Cloud MSP program ${Date.now()}`;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/programs');
    await page.getByRole('button', { name: 'New program' }).click();
    const dialog = page.getByRole('dialog', { name: 'New program' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await choose(page, dialog, 'Kind', 'MSP');
    await choose(page, dialog, 'Model', 'Subscription');
    // No price: the API names the field and the form shows it under the price.
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await eventually(() => field(dialog, 'Subscription price').innerText()).toContain('Is required');
    await dialog.getByRole('textbox', { name: 'Subscription price' }).fill('1,200.00');
    await choose(page, dialog, 'Billed every', 'Quarter');
    await dialog.getByRole('button', { name: 'Create program' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const programs = page.getByRole('table', { name: 'Programs' });
    await eventually(() => programs.innerText()).toContain(name);
    expect(await programs.innerText()).toContain('Subscription $1,200.00 / quarter');
    await programs.getByRole('link', { name }).click();

    // A tier with a revenue requirement typed as money and a discount.
    await page.getByRole('button', { name: 'Add tier' }).click();
    const tierDialog = page.getByRole('dialog', { name: 'Add a tier' });
    await tierDialog.getByRole('textbox', { name: 'Name' }).fill('Operator');
    await tierDialog.getByRole('button', { name: 'Add requirement' }).click();
    const requirement = tierDialog.getByRole('group', { name: 'Requirement 1' });
    await requirement.getByRole('textbox', { name: 'At least' }).fill('250,000');
    await tierDialog.getByRole('textbox', { name: 'Discount' }).fill('15');
    await tierDialog.getByLabel('Resources', { exact: true }).first().fill('NOC runbook');
    await page.keyboard.press('Enter');
    await tierDialog.getByRole('button', { name: 'Add tier' }).click();
    await tierDialog.waitFor({ state: 'hidden' });
    const matrix = page.getByRole('table', { name: 'Tier benefits matrix' });
    await eventually(() => matrix.innerText()).toContain('Operator');
    const text = await matrix.innerText();
    for (const expected of ['Revenue, trailing four quarters', '≥ $250,000.00', 'Discount', '15 %', 'NOC runbook'])
      expect(text).toContain(expected);

    // Enrol Northwind from its page, starting in the new tier.
    const northwind = await findPartner('admin@lumen.example', 'Northwind Systems');
    await session.goto(`/partners/${northwind.id}`);
    const card = page.getByLabel('Programs and tier progress', { exact: true });
    await card.getByRole('button', { name: 'Enrol' }).click();
    const enrol = page.getByRole('dialog', { name: 'Enrol in a program' });
    await choose(page, enrol, 'Program', name);
    await choose(page, enrol, 'Starting tier', 'Operator');
    await enrol.getByRole('button', { name: 'Enrol' }).click();
    await enrol.waitFor({ state: 'hidden' });
    await eventually(() => page.getByLabel(`Progress in ${name}`).innerText()).toContain('Operator');

    expect(unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 422, path: '/api/v1/programs' }])).toEqual([]);

    // Northwind's people see the program and its matrix in the portal.
    await session.close();
    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await eventually(() => session.page.getByLabel(`Progress in ${name}`).count()).toBe(1);
    await session.goto('/programs');
    await session.page.getByRole('table', { name: 'Programs' }).getByRole('link', { name }).click();
    const portalMatrix = session.page.getByRole('table', { name: 'Tier benefits matrix' });
    await eventually(() => portalMatrix.innerText()).toContain('Operator');
    expect(await portalMatrix.innerText()).toContain('15 %');
    expect(await session.page.getByRole('button', { name: 'Add tier' }).count()).toBe(0);

    // The manager ends the membership with a reason; it moves to the partner's past programs.
    await session.close();
    session = await openBrowser();
    await signIn(session, 'admin@lumen.example');
    await session.goto(`/partners/${northwind.id}`);
    await session.page.getByRole('button', { name: `End the membership of ${name}` }).click();
    const leave = session.page.getByRole('dialog', { name: `End the membership of ${name}` });
    await leave.getByRole('button', { name: 'End membership' }).click();
    await eventually(() => field(leave, 'Reason').innerText()).toContain('Say why');
    expect(await leave.isVisible()).toBe(true);
    await leave.getByRole('textbox', { name: 'Reason' }).fill('Moved to the reseller program only');
    await leave.getByRole('button', { name: 'End membership' }).click();
    await leave.waitFor({ state: 'hidden' });
    await eventually(() => session.page.getByLabel('Past programs').innerText()).toContain(name);
    expect(await session.page.getByLabel(`Progress in ${name}`).count()).toBe(0);
    const api = await apiSession('admin@lumen.example');
    const audit = await api.get<{ data: { summary: string }[] }>(
      `/api/v1/audit-events?entityType=program_membership&partnerId=${northwind.id}`,
    );
    expect(audit.data.map((e) => e.summary).join('\n')).toContain('Moved to the reseller program only');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a recorded value meets a milestone rule; the manager confirms the move on the partner page and the transition is kept', async () => {
    const { page } = session;
    const api = await apiSession('admin@lumen.example');
    const key = `e2e_ready_${Date.now()}`;
    const partner = await api.send<{ id: string; name: string }>('POST', '/api/v1/partners', {
      name: `Milestone Partner ${Date.now()}`,
      motion: 'channel',
    });
    await api.send('POST', '/api/v1/milestone-rules', {
      name: `Ready flag ${key}`,
      fromStages: ['prospect'],
      toStage: 'qualified',
      metric: `custom.${key}`,
      operator: '>=',
      threshold: 1,
    });
    await signIn(session, 'admin@lumen.example');
    await session.goto(`/partners/${partner.id}`);
    const values = page.getByLabel('Recorded values', { exact: true }).first();
    await values.getByRole('button', { name: 'Record' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Record a value' });
    await dialog.getByLabel('Value', { exact: true }).first().fill(key);
    await dialog.getByRole('textbox', { name: 'Recorded value' }).fill('1');
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Qualification call done');
    await dialog.getByRole('button', { name: 'Record value' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const recorded = await api.get<{ data: { key: string; value: number }[] }>(`/api/v1/partners/${partner.id}/custom-metrics`);
    expect(recorded.data).toMatchObject([{ key, value: 1 }]);
    await eventually(
      async () =>
        (await api.get<{ data: unknown[] }>(`/api/v1/milestone-proposals?status=open&partnerId=${partner.id}`)).data.length,
    ).toBe(1);
    // The recorded value's event re-checks the partner's rules: the proposal appears without a scheduled run.
    const milestone = page.getByLabel(`Milestone Ready flag ${key}`);
    await page.reload();
    await eventually(() => milestone.count()).toBe(1);
    expect(await milestone.innerText()).toContain('Prospect → Qualified');
    await milestone.getByRole('button', { name: 'Confirm move to Qualified' }).click();
    await eventually(() => page.getByLabel(`Milestone Ready flag ${key}`).count()).toBe(0);
    const transitions = await api.get<{ data: { fromStage: string; toStage: string; reason: string }[] }>(
      `/api/v1/partners/${partner.id}/lifecycle`,
    );
    expect(transitions.data.at(-1)).toMatchObject({ fromStage: 'prospect', toStage: 'qualified' });
    expect(transitions.data.at(-1)?.reason).toContain(`Ready flag ${key}`);
    await eventually(() => page.getByText('Prospect → Qualified').count()).toBeGreaterThan(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
  test('an admin imports a spreadsheet of program members: a bad tier is named on its row, the fixed file enrols them', async () => {
    const { page } = session;
    const admin = await apiSession('admin@lumen.example');
    const name = `Imported MSP program ${Date.now()}`;
    const created = await admin.send<{ id: string }>('POST', '/api/v1/programs', {
      name,
      kind: 'msp',
      commercialModel: { model: 'reseller_discount', discountPercent: 15 },
    });
    await admin.send('POST', `/api/v1/programs/${created.id}/tiers`, { name: 'Gold', rank: 1 });
    await signIn(session, 'admin@lumen.example');
    await session.goto('/programs');
    await page.getByRole('link', { name: 'Import memberships' }).click();
    await page.getByRole('heading', { name: 'Import program memberships' }).waitFor();
    const upload = (rows: string[]) =>
      page.getByLabel('Choose a CSV file').setInputFiles({
        name: 'members.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(['Account Name,Partner program,Partner level,Member since', ...rows].join('\n')),
      });
    await upload([`Contoso Consulting Group,${name},Gold,2025-06-01`, `Northwind Systems,${name},Diamond,`]);
    // A CRM's headers are recognised.
    const level = page.getByRole('combobox', { name: 'Import "Partner level" as' });
    await level.waitFor();
    expect(await level.inputValue()).toBe('Tier');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.getByRole('table', { name: 'Problems' });
    await eventually(() => problems.innerText()).toContain('has no tier "Diamond"');
    expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^3\s+Tier\s+/)]);

    await session.goto('/programs');
    await page.getByRole('link', { name: 'Import memberships' }).click();
    await upload([`Contoso Consulting Group,${name},Gold,2025-06-01`, `Northwind Systems,${name},,`]);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('button', { name: 'Import 2 program memberships' }).click();
    await eventually(() => page.getByLabel('Import result').innerText()).toContain('Imported 2 program memberships.');

    await session.goto(`/programs/${created.id}`);
    const members = page.getByRole('table', { name: 'Members' });
    await eventually(() => members.innerText()).toContain('Contoso Consulting Group');
    const text = await members.innerText();
    expect(text).toContain('Northwind Systems');
    expect(text).toContain('Gold');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
