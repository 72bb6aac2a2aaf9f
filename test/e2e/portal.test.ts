import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { findPartner, type PartnerSummary } from './support/api.js';
import { eventually, navLinks, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';
import { NAV } from './support/nav.js';

describe('the partner portal', () => {
  let session: Session;
  let contoso: PartnerSummary;
  let northwind: PartnerSummary;

  beforeAll(async () => {
    // Ids of two companies, learned as a vendor admin through the API.
    contoso = await findPartner('admin@lumen.example', 'Contoso Consulting Group');
    northwind = await findPartner('admin@lumen.example', 'Northwind Systems');
  });
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner admin lands on their own company and never sees another partner or vendor pages', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('heading', { name: 'Welcome, Ben' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const main = page.locator('main');
    await eventually(() => main.innerText()).toContain('Northwind Systems in the Lumen Cloud partner program.');
    expect(await main.innerText()).toContain('Maria Okafor'); // their partner manager
    await eventually(() => main.innerText()).toContain('Chloe Rossi'); // a colleague
    expect(await page.locator('body').innerText()).not.toContain('Contoso');

    // Vendor-only navigation is absent.
    expect(await navLinks(page)).toEqual([...NAV.partnerAdmin]);
    for (const vendorOnly of ['Partners', 'Audit log', 'Settings']) {
      expect(await page.getByRole('link', { name: vendorOnly, exact: true }).count()).toBe(0);
    }

    // Another company's page answers "not found" and shows none of its data.
    await session.goto(`/partners/${contoso.id}`);
    await page.getByRole('heading', { name: 'Partner not found' }).waitFor();
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Contoso');
    expect(body).not.toContain('contoso-consulting.example');

    // Vendor pages typed into the address bar do not exist for a partner user.
    for (const vendorPage of ['/partners', '/audit', '/settings']) {
      await session.goto(vendorPage);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    }

    // Their own company page works.
    await session.goto(`/partners/${northwind.id}`);
    await page.getByRole('heading', { name: 'Northwind Systems', exact: true }).waitFor();

    expect(
      unexpectedProblems(session.problems, [
        ...SIGN_IN_NOISE,
        { status: 404, path: `/api/v1/partners/${contoso.id}` },
        { status: 404, path: `/api/v1/partners/${contoso.id}/contacts` },
        { status: 404, path: `/api/v1/partners/${contoso.id}/files` },
      ]),
    ).toEqual([]);
  });

  test('a partner admin edits only the company profile; a partner user cannot edit at all', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByRole('heading', { name: 'Edit Northwind Systems' }).waitFor();
    // Vendor-managed fields are not offered.
    for (const vendorField of ['Name', 'Domains', 'Partner types', 'Tier', 'Owner (partner manager)']) {
      expect(await page.getByRole('textbox', { name: vendorField, exact: true }).count()).toBe(0);
      expect(await page.getByRole('combobox', { name: vendorField, exact: true }).count()).toBe(0);
    }
    await page.getByLabel('Legal name').fill('Northwind Systems Incorporated');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url: URL) => url.pathname === `/partners/${northwind.id}`);
    await eventually(() => page.getByLabel('Company profile').innerText()).toContain('Northwind Systems Incorporated');
    expect(await page.getByRole('button', { name: 'Change stage' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await signIn(session, 'chloe.rossi@northwind.example');
    await page.getByRole('heading', { name: 'Welcome, Chloe' }).waitFor();
    expect(await navLinks(page)).toEqual([...NAV.partnerUser]);
    expect(await page.getByRole('link', { name: 'Edit profile' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add contact' }).count()).toBe(0);
  });
  test('the portal scorecard reads as labels and formatted amounts; a renewed insurance shows as history, not as a block', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('heading', { name: 'Welcome, Ben' }).waitFor();

    // Scorecards (decision 0292): the registry's words and money with its currency, never a key or minor units.
    const scorecard = page.getByLabel('Scorecards', { exact: true });
    await eventually(() => scorecard.innerText()).toContain('Won revenue, trailing four quarters');
    const card = await scorecard.innerText();
    expect(card).toContain('Commitment fulfilment, partner side');
    expect(card).toMatch(/\$\d{1,3}(,\d{3})+\.\d\d/);
    expect(card).not.toMatch(/\b[a-z_]+\.[a-z_0-9]+\b/); // no metric key such as opportunities.won_revenue_t4q
    expect(card).not.toMatch(/\d{7,}/); // no raw minor units such as 137900840

    // Compliance (decision 0330): the renewed insurance is current; last year's is history and blocks nothing.
    const compliance = page.getByLabel('Compliance', { exact: true });
    await eventually(() => compliance.innerText()).toContain('Show history: 1 renewed item');
    expect(await compliance.innerText()).not.toContain('Blocks');
    expect(await compliance.getByTestId('compliance-item').count()).toBe(2); // the insurance in force and the DPA
    await compliance.getByRole('button', { name: /Show history/ }).click();
    await eventually(() => compliance.getByTestId('compliance-history-item').innerText()).toContain('Superseded');
    expect(await compliance.innerText()).not.toContain('Blocks');
  });

  test('the portal home answers what to do next, what was earned, what is pending and when it is paid, which certifications expire', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('heading', { name: 'Welcome, Ben' }).waitFor();
    const next = page.getByLabel('Next steps');
    const learning = page.getByLabel('Learning');
    // The company's certifications that expire soon are on the learning card, and each is a step.
    await eventually(() => learning.innerText()).toMatch(/Expires \d/);
    const names = (
      await learning.locator('a[href^="/learning/certificates/"]').evaluateAll((links) => links.map((a) => a.textContent ?? ''))
    )
      .map(
        (t) =>
          t
            .replace(/^[^A-Za-z]+/, '')
            .split(' · ')[0]
            ?.trim() ?? '',
      )
      .filter((n) => n.length > 0);
    expect(names.length).toBeGreaterThan(0);
    await eventually(() => next.innerText()).toContain(`Renew ${names[0]}`);
    for (const name of names) expect(await next.innerText()).toContain(`Renew ${name}`);
    // A step opens where it is done.
    const renew = next.getByRole('link', { name: new RegExp(`^Renew ${names[0]}`) }).first();
    expect(await renew.getAttribute('href')).toMatch(/^\/learning\/certificates\//);
    // Registrations about to lose protection are a step when the registrations card counts any.
    const soon = Number(
      /(\d+)\s*Expiring soon/.exec(await page.getByLabel('Deal registrations').first().innerText())?.[1] ?? '0',
    );
    if (soon > 0) expect(await next.innerText()).toMatch(/Close or extend \d+ deal registration/);
    // It comes before the company profile: the first thing on the page.
    const cards = await page
      .locator('main [role="region"][aria-label]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(cards[0]).toBe('Next steps');
    // Earned, pending, when paid.
    const earningsCard = page.getByLabel('Earnings').first();
    await eventually(() => earningsCard.innerText()).toContain('Earned in the last four quarters');
    const earnings = await earningsCard.innerText();
    expect(earnings).toMatch(/Pending: .*\d/);
    expect(earnings).toMatch(/Next payout: .*\d{4}/);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
