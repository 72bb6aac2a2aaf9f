import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

/** The wrapper of a labelled form field (label, input, description, error). */
function field(page: Page, label: string) {
  return page.locator('.mantine-InputWrapper-root', { has: page.locator('label', { hasText: new RegExp(`^${label}`) }) });
}

async function pickOption(page: Page, label: string, option: string, search?: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (search) await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('partners', () => {
  let session: Session;
  let partnerPath = '';
  const name = `Zephyr Cloud Partners ${Date.now().toString(36)}`;

  beforeAll(async () => {
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
  });
  afterAll(async () => {
    await session?.close();
  });

  test('creating a partner shows the server’s field error under Domains, then saves and opens the partner', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await page.getByRole('link', { name: 'New partner' }).click();
    await page.getByRole('heading', { name: 'New partner' }).waitFor();

    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByLabel('Legal name').fill(`${name} GmbH`);
    await page.getByLabel('Website').fill('https://www.zephyr-cloud.example');
    const domains = page.getByRole('combobox', { name: 'Domains' });
    await domains.fill('not a domain');
    await domains.press('Enter');
    await pickOption(page, 'Partner types', 'Reseller');
    await page.keyboard.press('Escape');
    await pickOption(page, 'Headquarters country', 'Germany (DE)', 'Germ');
    await page.getByRole('button', { name: 'Create partner' }).click();

    // The API answers 422 with errors[].path "domains.0"; the form puts it under the Domains input.
    const domainsField = field(page, 'Domains');
    await eventually(() => domainsField.innerText()).toContain('"not a domain" is not a domain name');
    expect(await domains.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/partners/new');

    await domains.press('Backspace'); // removes the last pill
    await eventually(() => domainsField.innerText()).not.toContain('not a domain\n');
    await domains.fill('zephyr-cloud.example');
    await domains.press('Enter');
    await page.getByRole('button', { name: 'Create partner' }).click();

    await page.getByRole('heading', { name, exact: true }).waitFor();
    partnerPath = new URL(page.url()).pathname;
    expect(partnerPath).toMatch(/^\/partners\/[0-9a-f-]{36}$/);
    const profile = page.getByLabel('Company profile');
    expect(await profile.innerText()).toContain('zephyr-cloud.example');
    expect(await profile.innerText()).toContain('Reseller');
    expect(await profile.innerText()).toContain('Germany');
    // A partner manager who names no other owner owns what they create.
    expect(await page.getByText('Partner manager (owner)').locator('..').innerText()).toContain('Maria Okafor');
    expect(await page.getByLabel('Stage history').innerText()).toContain('Created as Prospect');
  });

  test('editing the partner changes what the partner page shows', async () => {
    const { page } = session;
    expect(partnerPath).not.toBe('');
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: `Edit ${name}` }).waitFor();
    await page.getByLabel('Description').fill('Cloud security reseller for the DACH mid-market.');
    await page.getByRole('combobox', { name: 'Segment' }).fill('Mid-market');
    await pickOption(page, 'Tier', 'Silver');
    await page.getByRole('button', { name: 'Save changes' }).click();

    await eventually(() => new URL(page.url()).pathname).toBe(partnerPath);
    const profile = page.getByLabel('Company profile');
    await eventually(() => profile.innerText()).toContain('Cloud security reseller for the DACH mid-market.');
    expect(await profile.innerText()).toContain('Mid-market');
    expect(await page.locator('.mantine-Badge-root', { hasText: /^Silver$/ }).count()).toBeGreaterThan(0);
  });

  test('adding a contact and changing the lifecycle stage shows up in the contacts and the stage history', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a contact' });
    await dialog.getByLabel('Name').fill('Dana Whitfield');
    await dialog.getByLabel('Job title').fill('VP Alliances');
    await dialog.getByLabel('E-mail').fill('dana.whitfield@zephyr-cloud.example');
    await dialog.getByRole('combobox', { name: 'Role in the partnership' }).fill('Champion');
    await dialog.getByText('High', { exact: true }).click();
    await dialog.getByLabel('Executive sponsor').check();
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const contacts = page.getByRole('table', { name: 'Contacts' });
    await eventually(() => contacts.innerText()).toContain('Dana Whitfield');
    expect(await contacts.innerText()).toMatch(/Champion[\s\S]*High/);
    // An executive-sponsor contact on the partner side appears in the relationship card.
    expect(await page.getByText('Executive sponsor — partner side').locator('..').innerText()).toContain('Dana Whitfield');

    // Forward one stage: no reason needed.
    await changeStage(page, 'Qualified');
    const history = page.getByLabel('Stage history');
    await eventually(() => history.innerText()).toContain('Prospect → Qualified');

    // Only the moves the lifecycle rule allows are offered: no termination without off-boarding.
    await page.getByRole('button', { name: 'Change stage' }).click();
    let dialogStage = page.getByRole('dialog', { name: 'Change lifecycle stage' });
    await page.getByRole('combobox', { name: 'New stage', exact: true }).click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toContain('Onboarding');
    expect(offered).toContain('Off-boarding (reason needed)');
    expect(offered).not.toContain('Terminated');
    expect(offered.some((o) => o.startsWith('Terminated'))).toBe(false);

    // Back one stage needs a reason: first refused under the Reason field, then accepted with one.
    await page.getByRole('option', { name: 'Prospect (reason needed)', exact: true }).click();
    await dialogStage.getByRole('button', { name: 'Change stage' }).click();
    await eventually(() => field(page, 'Reason').innerText()).toContain('Is required to move from qualified to prospect');
    await dialogStage.getByLabel('Reason').fill('Paused until their security review completes');
    await dialogStage.getByRole('button', { name: 'Change stage' }).click();
    await dialogStage.waitFor({ state: 'hidden' });
    await eventually(() => history.innerText()).toContain('Qualified → Prospect');
    expect(await history.innerText()).toContain('Paused until their security review completes');
    expect(await history.innerText()).toContain('Maria Okafor');

    dialogStage = page.getByRole('dialog', { name: 'Change lifecycle stage' });
    expect(await dialogStage.count()).toBe(0);
    expect(unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 422, path: /^\/api\/v1\/partners/ }])).toEqual([]);
  });

  test('a partner manager reads partners they do not own but is offered no changes', async () => {
    const { page } = session;
    const adatum = await findPartner('admin@lumen.example', 'Adatum Cloud');
    expect(adatum.ownerId).not.toBeNull();
    await session.goto(`/partners/${adatum.id}`);
    await page.getByRole('heading', { name: 'Adatum Cloud', exact: true }).waitFor();
    expect(await page.getByText('Partner manager (owner)').locator('..').innerText()).toContain('James Larsen');
    await page.getByLabel('Stage history').waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Change stage' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add contact' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Actions for / }).count()).toBe(0);
    // Typing the edit address explains instead of offering a form the server would refuse.
    await session.goto(`/partners/${adatum.id}/edit`);
    await page.getByText('You cannot edit this partner').waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
  });

  test('the partner list searches, filters and keeps its filters in the URL', async () => {
    const { page } = session;
    await session.goto('/partners');
    await page.getByRole('textbox', { name: 'Search partners' }).fill('Zephyr');
    await eventually(() => new URL(page.url()).searchParams.get('q')).toBe('Zephyr');
    const table = page.getByRole('table', { name: 'Partners' });
    await eventually(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.innerText()).toContain(name);

    await pickOption(page, 'Stage', 'Active');
    await eventually(() => new URL(page.url()).searchParams.get('lifecycleStage')).toBe('active');
    await page.getByText('No partners match').waitFor();

    // The URL alone reproduces the view: a shared link shows the same list.
    await session.goto('/partners?lifecycleStage=prospect&q=Zephyr');
    await eventually(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.innerText()).toContain(name);
  });

  test('Export downloads the list with its current filters, as CSV or Excel', async () => {
    const { page } = session;
    const problemsBefore = session.problems.length;
    await session.goto('/partners?lifecycleStage=prospect&q=Zephyr');
    const table = page.getByRole('table', { name: 'Partners' });
    await eventually(() => table.locator('tbody tr').count()).toBe(1);
    const download = async (format: 'CSV' | 'Excel (.xlsx)') => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: format }).click()]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const csv = await download('CSV');
    expect(csv.name).toMatch(/^partners-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    // The header and the one partner the filtered list shows, not the whole portfolio.
    expect(lines).toHaveLength(2);
    expect(lines[0]?.split(',')).toContain('name');
    expect(lines[1]).toContain(name);
    const xlsx = await download('Excel (.xlsx)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(unexpectedProblems(session.problems.slice(problemsBefore), SIGN_IN_NOISE)).toEqual([]);
  });
});

async function changeStage(page: Page, stage: string) {
  await page.getByRole('button', { name: 'Change stage' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change lifecycle stage' });
  await pickOption(page, 'New stage', stage);
  await dialog.getByRole('button', { name: 'Change stage' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
