import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { apiSession, findPartner, type PartnerSummary } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

type User = { email: string; role: string; partnerId: string | null };

describe('risks and the alliance portfolio', () => {
  let session: Session;
  let contoso: PartnerSummary;
  let woodgrove: PartnerSummary;
  let adatum: PartnerSummary;
  let adatumAdmin: string;

  beforeAll(async () => {
    contoso = await findPartner('admin@lumen.example', 'Contoso Consulting Group');
    woodgrove = await findPartner('admin@lumen.example', 'Woodgrove Distribution');
    adatum = await findPartner('admin@lumen.example', 'Adatum Cloud');
    const admin = await apiSession('admin@lumen.example');
    const users = await admin.get<{ data: User[] }>(`/api/v1/users?partnerId=${adatum.id}&role=partner_admin`);
    adatumAdmin = users.data[0]?.email ?? '';
  });
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('the manager reads the portfolio, clicks a heat-map cell through to its risks, and raises a risk on a partner', async () => {
    const { page } = session;
    await signIn(session, 'james.manager@lumen.example');
    await page.getByRole('link', { name: 'Portfolio', exact: true }).click();
    const portfolio = page.getByRole('table', { name: 'Strategic partners' });
    await eventually(() => portfolio.innerText()).toContain('Contoso Consulting Group');
    const text = await portfolio.innerText();
    expect(text).toContain('Adatum Cloud');
    expect(text).toContain('Kestrel Security Alliance');
    // Designated strategic while still active, Woodgrove is in the portfolio too.
    expect(text).toContain('Woodgrove Distribution');
    // Woodgrove's register: two live risks, one of them high (its sponsor left).
    const woodgroveRow = portfolio.getByRole('row', { name: /Woodgrove Distribution/ });
    await eventually(() => woodgroveRow.getByRole('link', { name: /^2 \/ 1$/ }).count()).toBe(1);

    // The portfolio heat map: the 4 × 5 cell holds Woodgrove's departed sponsor.
    await page.getByRole('link', { name: 'Risks', exact: true }).click();
    const cell = page.getByRole('gridcell', { name: /^Likelihood 4, impact 5:/ });
    await cell.waitFor();
    expect(Number(await cell.getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    await cell.click();
    await page.waitForURL((url) => url.searchParams.get('likelihood') === '4' && url.searchParams.get('impact') === '5');
    const register = page.getByRole('table', { name: 'Risks' });
    await eventually(() => register.innerText()).not.toContain('Joint delivery depends on one certified architect');
    expect(await register.innerText()).toContain('Executive sponsor left Woodgrove');

    // On Woodgrove's page: its risk card with the overdue review, and the flags card.
    await session.goto(`/partners/${woodgrove.id}`);
    await eventually(() => page.locator('[aria-label="Risks"]').innerText()).toContain('Review overdue');
    await eventually(() => page.locator('[aria-label="Alliance health flags"]').innerText()).toMatch(/strategic in name only/i);

    // On Contoso's page (the healthy alliance, James's): raise a risk.
    await session.goto(`/partners/${contoso.id}`);
    const card = page.locator('[aria-label="Risks"]');
    await eventually(() => card.innerText()).toContain('Joint delivery depends on one certified architect');
    await card.getByRole('button', { name: 'Raise a risk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raise a risk' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Contoso practice reorganised under a new lead');
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Strategic' }).click();
    await dialog.getByRole('combobox', { name: 'Likelihood' }).click();
    await page.getByRole('option', { name: '5', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Impact' }).click();
    await page.getByRole('option', { name: '4', exact: true }).click();
    await dialog.getByRole('button', { name: 'Raise risk' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => card.innerText()).toContain('Contoso practice reorganised under a new lead');
    expect(await card.innerText()).toContain('20 High');

    // The new risk's page: add a mitigation action.
    await card.getByRole('link', { name: 'Contoso practice reorganised under a new lead' }).click();
    await page.getByRole('heading', { name: 'Contoso practice reorganised under a new lead' }).waitFor();
    await page.getByRole('button', { name: 'Add action' }).click();
    const adding = page.getByRole('dialog', { name: 'Add a mitigation action' });
    await adding.getByRole('textbox', { name: 'Action' }).fill('Meet the new practice lead with our CRO');
    await adding.getByRole('button', { name: 'Add action' }).click();
    await adding.waitFor({ state: 'hidden' });
    await eventually(() => page.getByRole('table', { name: 'Mitigation actions' }).innerText()).toContain(
      'Meet the new practice lead with our CRO',
    );
    await eventually(() => page.locator('main').innerText()).toContain('Mitigating');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('the partner sees only the risks shared with it on its portal home, and raises one', async () => {
    expect(adatumAdmin).not.toBe('');
    const { page } = session;
    await signIn(session, adatumAdmin);
    const card = page.locator('[aria-label="Risks"]');
    await eventually(() => card.innerText()).toContain('Regional capacity limits delay joint deployments in APAC');
    expect(await card.innerText()).not.toContain('A competing native service'); // the vendor's own view
    await card.getByRole('button', { name: 'Raise a risk' }).click();
    const dialog = page.getByRole('dialog', { name: 'Raise a risk' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Joint SKU pricing not approved for FY27');
    expect(await dialog.getByText('Share with the partner').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Raise risk' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => card.innerText()).toContain('Joint SKU pricing not approved for FY27');

    // The register page lists their risks only; the portfolio does not exist for them.
    await page.getByRole('link', { name: 'Risks', exact: true }).click();
    await eventually(() => page.getByRole('table', { name: 'Risks' }).innerText()).toContain('Joint SKU pricing');
    expect(await page.getByRole('table', { name: 'Risks' }).innerText()).not.toContain('Contoso');
    await session.goto('/alliance-portfolio');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
