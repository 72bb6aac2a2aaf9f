import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('ecosystem KPIs and ROI', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager filters the dashboard by program and drills into a tile; ROI by program shows spend and revenue', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Ecosystem KPIs' }).click();
    await page.getByRole('heading', { name: 'Ecosystem KPIs' }).waitFor();
    const active = page.getByTestId('tile-value-active_partners');
    await eventually(() => active.innerText()).toMatch(/^\d+$/);
    const all = Number(await active.innerText());
    expect(all).toBeGreaterThan(10);

    // Filter by the Technology program: fewer active partners, and the filter is in the URL.
    await page.getByRole('combobox', { name: 'Program' }).click();
    await page.getByRole('option', { name: 'Technology' }).click();
    await eventually(() => page.url()).toContain('programId=');
    await eventually(async () => Number(await active.innerText()) < all).toBe(true);
    const technology = Number(await active.innerText());
    expect(technology).toBeGreaterThan(0);

    // Drill into the tile: the partners behind it, each a link to its partner 360.
    await page.getByTestId('tile-active_partners').click();
    const drawer = page.getByRole('dialog');
    const rows = drawer.getByTestId('drill-down').locator('tbody tr');
    await eventually(() => rows.count()).toBe(technology);
    const first = drawer.getByRole('link').first();
    const name = await first.innerText();
    await first.click();
    await page.getByRole('heading', { name, level: 2 }).first().waitFor();

    // ROI per program: spend and revenue for each, with the measure named.
    await page.getByRole('link', { name: 'ROI', exact: true }).click();
    await page.getByRole('heading', { name: 'Ecosystem ROI' }).waitFor();
    await page.getByText('Per program').click();
    const table = page.getByTestId('roi-table');
    // The per-partner rows stay until the per-program answer is in (a partner's name may hold "Technology").
    await eventually(() => table.innerText()).toContain('Reseller');
    await eventually(() => table.innerText()).toContain('Technology');
    const text = await table.innerText();
    expect(text).toMatch(/Enablement \$[\d,]+/);
    expect(await page.getByTestId('roi-measure').innerText()).toContain('attribution model');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('finance records a cost entry, edits it in its dialog and deletes it after confirming', async () => {
    const { page } = session;
    await signIn(session, 'frank.finance@lumen.example');
    await session.goto('/roi');
    await page.getByRole('heading', { name: 'Ecosystem ROI' }).waitFor();
    await page.getByRole('button', { name: 'New cost' }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('textbox', { name: 'Segment' }).fill('E2E segment');
    await form.getByRole('textbox', { name: 'Amount' }).fill('123.45');
    await form.getByRole('textbox', { name: 'Note' }).fill('E2E booth');
    await form.getByRole('button', { name: 'Record cost' }).click();
    const row = page.getByRole('row').filter({ hasText: 'E2E booth' });
    await row.waitFor();
    expect(await row.innerText()).toContain('$123.45');

    // Edit: the dialog opens with the entry's values; a new amount and note are saved.
    await row.getByRole('button', { name: /Edit the cost of/ }).click();
    const edit = page.getByRole('dialog');
    expect(await edit.getByRole('textbox', { name: 'Segment' }).inputValue()).toBe('E2E segment');
    await edit.getByRole('textbox', { name: 'Amount' }).fill('200');
    await edit.getByRole('textbox', { name: 'Note' }).fill('E2E booth and travel');
    await edit.getByRole('button', { name: 'Save cost' }).click();
    const edited = page.getByRole('row').filter({ hasText: 'E2E booth and travel' });
    await eventually(() => edited.innerText()).toContain('$200.00');

    // Delete asks first; cancelling keeps the entry, confirming removes it.
    await edited.getByRole('button', { name: /Delete the cost of/ }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('leaves the ROI spend').waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await edited.getByRole('button', { name: /Delete the cost of/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete cost' }).click();
    await eventually(() => page.getByRole('row').filter({ hasText: 'E2E booth' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
