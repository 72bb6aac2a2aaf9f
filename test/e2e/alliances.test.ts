import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession, findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('the alliance workspace', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager opens the workspace from the partner page: a healthy alliance and one strategic in name only', async () => {
    const { page } = session;
    const contoso = await findPartner('james.manager@lumen.example', 'Contoso Consulting Group');
    await signIn(session, 'james.manager@lumen.example');
    await session.goto(`/partners/${contoso.id}`);
    const card = page.locator('[aria-label="Alliance"]');
    await card.getByRole('link', { name: 'Open the alliance workspace' }).click();
    await page.getByRole('heading', { name: 'Alliance with Contoso Consulting Group' }).waitFor();
    const qualification = page.locator('[aria-label="Strategic qualification"]');
    await eventually(() => qualification.innerText()).toMatch(/strategic candidate/i);
    expect(await page.locator('[aria-label="Commercial design"]').innerText()).toContain('5 of 5 dimensions designed explicitly');
    expect(await page.locator('[aria-label="Executive sponsors"]').innerText()).toContain('2 of 2 sides');
    expect(await page.locator('[aria-label="Alliance summary"]').innerText()).toContain('Launch and management');
    expect(await page.getByTestId('alliance-stage').count()).toBe(5);
    // Health, now that it exists, is on the one screen too (the vendor's assessment).
    await eventually(() => page.locator('[aria-label="Partner health"]').getByLabel('Health score').innerText()).toMatch(/\d+/);

    // The portfolio list links every alliance; Woodgrove's shows what is missing.
    await session.goto('/alliances');
    await page.getByRole('table', { name: 'Alliances' }).getByRole('link', { name: 'Woodgrove Distribution' }).click();
    const sponsors = page.locator('[aria-label="Executive sponsors"]');
    await eventually(() => sponsors.innerText()).toContain('0 of 2 sides');
    // Its managing director sponsored it until he left: the end is in the sponsor history, with why.
    expect(await sponsors.getByTestId('sponsor-history').innerText()).toMatch(/Partner: .+ ended .*left Woodgrove/);
    await eventually(() => page.locator('[aria-label="Strategic qualification"]').innerText()).toMatch(
      /premier tier only[\s\S]*re-run overdue/i,
    );
    expect(await page.locator('[aria-label="Commercial design"]').innerText()).toContain(
      'Missing: a named vendor executive sponsor',
    );
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a manager starts an alliance; the partner’s admin ticks its side in the portal and sees only its own', async () => {
    const { page } = session;
    const northwind = await findPartner('maria.manager@lumen.example', 'Northwind Systems');
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${northwind.id}`);
    await page.locator('[aria-label="Alliance"]').getByRole('link', { name: 'Start alliance' }).click();
    const start = page.locator('[aria-label="Start alliance"]');
    await start.getByRole('combobox', { name: 'Alliance type' }).click();
    await page.getByRole('option', { name: 'Reseller' }).click();
    await start.getByRole('button', { name: 'Start alliance' }).click();
    await page.locator('[aria-label="Development stages"]').waitFor();
    // The vendor ticks its side of the first item, with a note.
    page.once('dialog', (d) => d.accept('Scored in the kick-off'));
    await page.getByRole('checkbox', { name: 'Scored the four qualification dimensions: vendor' }).click();
    await eventually(() => page.locator('[aria-label="Development stages"]').innerText()).toContain('Vendor 1/3');
    await session.close();

    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    await session.page.getByRole('link', { name: 'Alliance', exact: true }).click();
    await session.page.getByRole('heading', { name: 'Our alliance' }).waitFor();
    const stages = session.page.locator('[aria-label="Development stages"]');
    await stages.waitFor();
    // The vendor's side is there to see, not to tick.
    expect(
      await session.page.getByRole('checkbox', { name: 'Scored the four qualification dimensions: vendor' }).isDisabled(),
    ).toBe(true);
    session.page.once('dialog', (d) => d.accept('Our scores are in'));
    await session.page.getByRole('checkbox', { name: 'Scored the four qualification dimensions: partner' }).click();
    await eventually(() => stages.innerText()).toContain('Partner 1/3');
    // The partner scores the qualification test in the portal: its own run, provisional until the vendor scores.
    const qualification = session.page.locator('[aria-label="Strategic qualification"]');
    await qualification.getByRole('button', { name: 'Score the test' }).click();
    const scoring = session.page.getByRole('dialog', { name: 'Strategic qualification test' });
    for (const dimension of [
      'Market-access complementarity',
      'Capability complementarity',
      'Organisational commitment signals',
      'Strategic alignment',
    ]) {
      await scoring.getByRole('combobox', { name: dimension }).click();
      await session.page.getByRole('option', { name: '4', exact: true }).click();
    }
    await scoring.getByRole('textbox', { name: 'Summary' }).fill('Strong fit in the Nordics');
    await scoring.getByRole('button', { name: 'Save the scores' }).click();
    await scoring.waitFor({ state: 'hidden' });
    await eventually(() => qualification.innerText()).toMatch(
      /Provisional[\s\S]*Partner \(Ben Kowalski\) · \d+% · .+ — Strong fit in the Nordics/,
    );
    expect(await session.page.locator('body').innerText()).not.toContain('Contoso');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    // Through the API too: another partner's alliance answers 404.
    const contoso = await findPartner('admin@lumen.example', 'Contoso Consulting Group');
    const ben = await apiSession('ben.kowalski@northwind.example');
    await expect(ben.get(`/api/v1/partners/${contoso.id}/alliance`)).rejects.toThrow(/404/);
  });
});
