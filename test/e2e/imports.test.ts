import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

const MANAGER = 'maria.manager@lumen.example';

async function partnersNamed(q: string): Promise<string[]> {
  const api = await apiSession(MANAGER);
  const page = await api.get<{ data: { name: string }[] }>(`/api/v1/partners?limit=500&q=${encodeURIComponent(q)}`);
  return page.data.map((p) => p.name);
}

describe('CSV import wizard', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a file with a bad row lists its row, column and problem, and imports nothing', async () => {
    const { page } = session;
    await signIn(session, MANAGER);
    await session.goto('/partners');
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import partners' }).waitFor();
    const csv = [
      'Account Name,Website,Billing Country',
      'Wizard Bad One,https://wizard-bad-1.example,Germany',
      'Wizard Bad Two,https://wizard-bad-2.example,Atlantis',
    ].join('\n');
    await page
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // Salesforce's headers are recognised and preselected.
    const name = page.getByRole('combobox', { name: 'Import "Account Name" as' });
    await name.waitFor();
    expect(await name.inputValue()).toBe('Name (required)');
    expect(await page.getByRole('combobox', { name: 'Import "Billing Country" as' }).inputValue()).toBe('Country');
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.getByRole('table', { name: 'Problems' });
    await eventually(() => problems.innerText()).toContain('is not a country');
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows).toEqual([expect.stringMatching(/^3\s+Country\s+is not a country/)]);
    expect(await page.getByText('1 problem in 2 rows').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Import 2 partners' }).isDisabled()).toBe(true);
    expect(await partnersNamed('Wizard Bad')).toEqual([]);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('fixing the mapping and importing a large file shows its progress, then the new partners', {
    timeout: 120_000,
  }, async () => {
    const { page } = session;
    await signIn(session, MANAGER);
    await session.goto('/partners');
    await page.getByRole('link', { name: 'Import' }).click();
    // Over 2 MB: it runs in the background, as a job.
    const padding = 'p'.repeat(900);
    const lines = ['Org,description'];
    for (let i = 0; i < 2600; i += 1) lines.push(`Wizard Partner ${String(i).padStart(4, '0')},${padding}`);
    await page
      .getByLabel('Choose a CSV file')
      .setInputFiles({ name: 'orgs.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    const org = page.getByRole('combobox', { name: 'Import "Org" as' });
    await org.waitFor();
    expect(await org.inputValue()).toBe('Ignore this column');
    await eventually(() => page.getByRole('status').first().innerText()).toContain('No column is imported as Name');
    await org.click();
    await page.getByRole('option', { name: 'Name (required)' }).click();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await eventually(() => page.getByLabel('Check result').innerText()).toContain('2,600 rows checked: no problems');
    await page.getByRole('button', { name: 'Import 2,600 partners' }).click();
    await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Import result').innerText(), { timeout: 60_000, interval: 200 })
      .toContain('Imported 2,600 partners.');
    await page.getByRole('link', { name: 'Go to partners' }).click();
    await page.waitForURL(/\/partners(\?|$)/);
    expect(await partnersNamed('Wizard Partner')).toHaveLength(500);
    // It ran as a job of the queue, which admins see.
    const admin = await apiSession('admin@lumen.example');
    const jobs = await admin.get<{ data: { name: string; status: string }[] }>('/api/v1/jobs?name=imports.run');
    expect(jobs.data.map((j) => j.status)).toContain('succeeded');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
