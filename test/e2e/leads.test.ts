import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  DEMO_PASSWORD,
  eventually,
  openBrowser,
  type Session,
  SIGN_IN_NOISE,
  signIn,
  unexpectedProblems,
} from './support/browser.js';

/** Signs in through the API (for what the test must look up, not what it tests) and answers a GET helper. */
async function apiAs(baseUrl: string, email: string) {
  const login = await fetch(new URL('/api/v1/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (path: string) =>
    (await (await fetch(new URL(path, baseUrl), { headers: { cookie } })).json()) as { data: Record<string, string>[] };
}

/** Polls until `read` answers something (subscribers run after the commit). */
async function eventuallyValue<T>(read: () => Promise<T | null>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('never happened');
}

describe('leads', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager creates a lead, a rule routes it with the reason shown; the partner accepts it in the portal', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/leads');
    await page.getByRole('heading', { name: 'Leads' }).waitFor();
    await page.getByRole('button', { name: 'New lead' }).click();
    await page.getByRole('textbox', { name: 'Company' }).fill('Rheinwerk Analytics GmbH');
    await page.getByRole('textbox', { name: 'Country' }).fill('DE');
    await page.getByRole('textbox', { name: 'Industry' }).fill('Manufacturing');
    await page.getByRole('button', { name: 'Create and route' }).click();
    await page.getByRole('link', { name: /LD-\d{6} · Rheinwerk Analytics GmbH/ }).click();
    await page.getByRole('heading', { name: /LD-\d{6} · Rheinwerk Analytics GmbH/ }).waitFor();
    const why = page.locator('[aria-label="Why this partner"]');
    await eventually(() => why.innerText()).toContain('Rule “DACH & Benelux” matched (country DE)');
    expect(await why.innerText()).toContain('round robin');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // The partner's admin (looked up through the API) finds it on the portal home and accepts it.
    const get = await apiAs(session.baseUrl, 'maria.manager@lumen.example');
    const lead = (await get('/api/v1/leads?q=Rheinwerk')).data[0] as Record<string, string>;
    const admin = (await get(`/api/v1/users?partnerId=${lead.partnerId}&role=partner_admin`)).data[0] as Record<string, string>;
    await session.close();
    session = await openBrowser();
    await signIn(session, admin.email as string);
    const card = session.page.locator('[aria-label="Leads to accept"]');
    await card.getByRole('link', { name: new RegExp(`${lead.number} · Rheinwerk Analytics GmbH`) }).click();
    const partnerWhy = session.page.locator('[aria-label="Why this partner"]');
    await eventually(() => partnerWhy.innerText()).toContain('DACH & Benelux');
    await session.page.getByRole('button', { name: 'Accept' }).click();
    await session.page.getByRole('button', { name: 'Convert' }).waitFor();
    expect(await session.page.getByText('Accepted', { exact: true }).count()).toBeGreaterThan(0);

    // Convert with an estimate: the opportunity starts from it.
    await session.page.getByRole('button', { name: 'Convert' }).click();
    const convert = session.page.getByRole('dialog', { name: 'Convert into an opportunity' });
    await convert.getByRole('textbox', { name: 'Opportunity title' }).fill('Rheinwerk plant analytics');
    await convert.getByRole('textbox', { name: 'Expected amount' }).fill('45,000');
    await convert.getByRole('textbox', { name: 'Expected close date' }).fill('2027-03-31');
    await convert.getByRole('button', { name: 'Convert' }).click();
    await convert.waitFor({ state: 'hidden' });
    await eventually(() => session.page.locator('body').innerText()).toContain('Converted');
    const converted = await eventuallyValue(async () => {
      const l = (await get(`/api/v1/leads/${lead.id}`)) as unknown as Record<string, string | null>;
      return l.opportunityId ? l : null;
    });
    const opp = (await get(`/api/v1/opportunities/${converted.opportunityId}`)) as unknown as Record<string, unknown>;
    expect(opp).toMatchObject({ title: 'Rheinwerk plant analytics', amount: 4_500_000, closeDate: '2027-03-31' });
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a manager corrects a lead on its page (errors under the fields); an admin edits a routing rule in place', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto('/leads');
    await page.getByRole('button', { name: 'New lead' }).click();
    await page.getByRole('textbox', { name: 'Company' }).fill('Fjord Freight ehf');
    await page.getByRole('button', { name: 'Create and route' }).click();
    await page.getByRole('link', { name: /LD-\d{6} · Fjord Freight ehf/ }).click();
    await page.getByRole('heading', { name: /LD-\d{6} · Fjord Freight ehf/ }).waitFor();

    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit the lead' });
    await edit.getByRole('textbox', { name: 'Country' }).fill('I5');
    await edit.getByRole('textbox', { name: 'Industry' }).fill('Logistics');
    await edit.getByRole('textbox', { name: 'Notes' }).fill('Met at the Reykjavik roadshow');
    await edit.getByRole('button', { name: 'Save' }).click();
    await eventually(() => edit.innerText()).toContain('Must be an ISO 3166-1 alpha-2 country code such as US or DE');
    await edit.getByRole('textbox', { name: 'Country' }).fill('IS');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'hidden' });
    const card = page.locator('[aria-label="The lead"]');
    await eventually(() => card.innerText()).toContain('Logistics');
    expect(await card.innerText()).toContain('Met at the Reykjavik roadshow');
    expect(await card.innerText()).toContain('IS');
    expect(unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 422, path: /^\/api\/v1\/leads\// }])).toEqual([]);

    // Alex adds a rule, then edits its conditions, partners and strategy in place.
    await session.close();
    session = await openBrowser();
    await signIn(session, 'admin@lumen.example');
    await session.goto('/leads/routing');
    const rules = session.page.locator('[aria-label="Routing rules"]');
    await rules.getByRole('button', { name: 'Add rule' }).click();
    const add = session.page.getByRole('dialog', { name: 'New routing rule' });
    await add.getByRole('textbox', { name: 'Name' }).fill('Iceland pilot');
    await add.getByRole('combobox', { name: 'Countries' }).fill('IS');
    await add.getByRole('combobox', { name: 'Countries' }).press('Enter');
    await add.getByRole('button', { name: 'Add rule' }).click();
    await add.waitFor({ state: 'hidden' });
    await rules.getByRole('button', { name: 'Edit Iceland pilot' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Edit Iceland pilot' });
    expect(await dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('Iceland pilot');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Nordics logistics');
    await dialog.getByRole('combobox', { name: 'Countries' }).fill('NO');
    await dialog.getByRole('combobox', { name: 'Countries' }).press('Enter');
    await dialog.getByRole('combobox', { name: 'Industries' }).fill('Logistics');
    await dialog.getByRole('combobox', { name: 'Industries' }).press('Enter');
    await dialog.getByRole('combobox', { name: 'Strategy' }).click();
    await session.page.getByRole('option', { name: 'By capacity' }).click();
    await dialog.getByRole('button', { name: 'Save rule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = rules.getByRole('row', { name: /Nordics logistics/ });
    await eventually(() => row.innerText()).toContain('IS, NO');
    expect(await row.innerText()).toContain('Logistics');
    expect(await row.innerText()).toContain('By capacity');
    await rules.getByRole('button', { name: 'Delete Nordics logistics' }).click();
    await eventually(() => session.page.getByRole('table', { name: 'Routing rules' }).innerText()).not.toContain(
      'Nordics logistics',
    );
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
