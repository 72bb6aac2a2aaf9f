import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('attribution', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager compares models side by side; the influenced view says it is not additive', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Attribution' }).click();
    await page.getByRole('heading', { level: 2, name: 'Attribution' }).waitFor();
    // The default model (sourced) credits partners over the last four quarters.
    await page.getByRole('button', { name: 'Last 4 quarters' }).click();
    const perPartner = page.getByRole('table', { name: 'Credited revenue per partner' });
    await eventually(() => perPartner.locator('tbody tr').count()).toBeGreaterThan(2);
    await eventually(() => page.locator('[aria-label="Credited revenue chart"] svg.recharts-surface').count()).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Compare models' }).click();
    const compare = page.getByRole('table', { name: 'Attribution by model' });
    await compare.waitFor();
    const headers = await compare.locator('thead th').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(
      [
        'Partner',
        'Sourced',
        'First touch',
        'Last touch',
        'Linear',
        'Time decay',
        'Position-based (40/20/40)',
        'Policy: Channel standard',
      ].slice(0, headers.length),
    );
    expect(headers.length).toBeGreaterThanOrEqual(7);
    await eventually(() => compare.locator('tbody tr').count()).toBeGreaterThan(2);
    // Credit moves between models: some partner's row is not the same amount in every column.
    const rows = await compare
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent?.trim() ?? '')));
    expect(rows.some((cells) => new Set(cells).size > 1)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/attribution/compare');
    expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Only the partners covering Europe: the rows shrink to those, and the URL keeps the filter.
    const api = await apiSession('maria.manager@lumen.example');
    const all = await api.get<{ data: { name: string; regions: string[] }[] }>('/api/v1/partners?limit=100');
    const european = new Set(all.data.filter((p) => p.regions.includes('europe')).map((p) => p.name));
    const everyone = await compare.locator('tbody tr').count();
    await page.getByRole('combobox', { name: 'Region', exact: true }).click();
    await page.getByRole('option', { name: 'Europe', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.searchParams.get('region') === 'europe');
    await eventually(async () => {
      const names = await compare.locator('tbody tr td:first-child').allInnerTexts();
      return names.length > 0 && names.length < everyone && names.every((n) => european.has(n.trim()));
    }).toBe(true);

    // One won deal's page shows its credit per model for each partner on it, the default model marked.
    const won = await api.get<{ data: { id: string; partnerId: string | null }[] }>(
      '/api/v1/opportunities?stage=closed_won&limit=50',
    );
    const deal = won.data.find((o) => o.partnerId);
    if (!deal) throw new Error('no won deal with a partner in the demo');
    const linear = await api.get<{ lines: { partnerName: string }[] }>(
      `/api/v1/opportunities/${deal.id}/attribution?model=linear`,
    );
    await session.goto(`/opportunities/${deal.id}`);
    const perModel = page.getByTestId('opportunity-attribution');
    await eventually(() => perModel.locator('tbody tr').count()).toBe(6);
    // The partners head the columns once the models' answers are in.
    for (const line of linear.lines) await eventually(() => perModel.innerText()).toContain(line.partnerName);
    expect(await perModel.innerText()).toContain('Time decay');
    expect(await perModel.locator('tbody tr', { hasText: 'Sourced' }).innerText()).toContain('default');
    await eventually(() => perModel.innerText()).toMatch(/\(100%\)|\(50%\)|\(\d+(\.\d)?%\)/);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/attribution/compare');

    await page.getByRole('tab', { name: 'Influenced' }).click();
    await eventually(() => page.getByTestId('influenced-note').innerText()).toContain('Not additive across partners');
    expect(await page.getByTestId('influenced-note').innerText()).toContain('never add them up across partners');
    await eventually(() =>
      page.getByRole('table', { name: 'Influenced revenue per partner' }).locator('tbody tr').count(),
    ).toBeGreaterThan(2);

    await page.getByRole('tab', { name: 'Policies and locks' }).click();
    const locks = page.getByRole('table', { name: 'Attribution period locks' });
    await eventually(() => locks.innerText()).toContain('Locked');
    // A partner manager reads; locking is finance's.
    expect(await page.getByRole('button', { name: 'Lock period' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a partner sees its own credit per model and its influenced revenue', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Attribution' }).click();
    await page.getByRole('button', { name: 'Last 4 quarters' }).click();
    const table = page.getByRole('table', { name: 'Credited revenue by model' });
    await eventually(() => table.locator('tbody tr').count()).toBe(6);
    expect(await table.innerText()).toContain('Position-based (40/20/40)');
    await eventually(() => page.getByTestId('partner-influenced').innerText()).toMatch(/\$/);
    expect(await page.getByRole('tab', { name: 'Compare models' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
