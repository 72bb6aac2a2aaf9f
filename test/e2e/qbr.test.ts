import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('the QBR pack', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('the alliance workspace leads to the partner’s QBR pack', async () => {
    const { page } = session;
    await signIn(session, 'james.manager@lumen.example');
    const contoso = await findPartner('james.manager@lumen.example', 'Contoso Consulting Group');
    await session.goto(`/alliances/${contoso.id}`);
    await page.getByRole('link', { name: 'QBR pack' }).click();
    await page.waitForURL((url) => url.pathname === `/partners/${contoso.id}/qbr`);
    await page.getByRole('heading', { name: 'QBR — Contoso Consulting Group' }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a manager opens the QBR from the partner 360, switches quarter, sees the charts and downloads the PDF', async () => {
    const { page } = session;
    await signIn(session, 'james.manager@lumen.example');
    const contoso = await findPartner('james.manager@lumen.example', 'Contoso Consulting Group');
    await session.goto(`/partners/${contoso.id}`);
    const card = page.locator('[aria-label="QBR pack"]');
    await eventually(() => card.innerText()).toMatch(/Q[1-4] \d{4}: .* won/);
    await card.getByRole('link', { name: 'Open QBR' }).click();
    await page.waitForURL((url) => url.pathname === `/partners/${contoso.id}/qbr`);
    await page.getByRole('heading', { name: 'QBR — Contoso Consulting Group' }).waitFor();
    const revenue = page.locator('[aria-label="Revenue and pipeline"]');
    await eventually(() => revenue.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await eventually(() => page.locator('[aria-label="Attribution"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await eventually(() => page.locator('[aria-label="Partner health"] .recharts-line-curve').count()).toBeGreaterThan(0);
    expect(await page.locator('[aria-label="Highlights"]').innerText()).toContain('Highlights');
    expect(await page.getByRole('table', { name: 'Open risks' }).innerText()).toContain('×');

    // Another quarter: the URL and the header follow.
    const quarter = page.getByRole('combobox', { name: 'Quarter' });
    const before = await quarter.inputValue();
    await quarter.click();
    const options = page.getByRole('option');
    await eventually(() => options.count()).toBeGreaterThan(2);
    const other = (await options.allInnerTexts()).find((o) => o.trim() !== before);
    if (!other) throw new Error('no other quarter');
    await page.getByRole('option', { name: other.trim(), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('quarter') !== null);
    await eventually(() => page.getByText(new RegExp(`^${other.trim()} \\(`)).count()).toBe(1);
    await eventually(() => revenue.locator('.recharts-surface').count()).toBeGreaterThan(0);

    // The PDF of the quarter shown.
    const key = new URL(page.url()).searchParams.get('quarter') ?? '';
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`QBR-contoso-consulting-group-${key}.pdf`);
    const file = await download.path();
    expect(statSync(file).size).toBeGreaterThan(20_000);
    const fetched = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
    }, `/api/v1/partners/${contoso.id}/qbr.pdf?quarter=${key}`);
    expect(fetched.status).toBe(200);
    expect(fetched.type).toBe('application/pdf');
    expect(fetched.size).toBeGreaterThan(20_000);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  }, 180_000);
});
