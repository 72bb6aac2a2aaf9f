import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession, findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

async function contosoAdminEmail(partnerId: string): Promise<string> {
  const admin = await apiSession('admin@lumen.example');
  const users = await admin.get<{ data: { email: string; role: string }[] }>(`/api/v1/users?partnerId=${partnerId}&limit=50`);
  const lead = users.data.find((u) => u.role === 'partner_admin');
  if (!lead) throw new Error('Contoso has no partner admin in the demo');
  return lead.email;
}

describe('joint value and the innovation funnel', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager runs the value calculator in a workshop and shares the result; the customer opens it without signing in', async () => {
    const contoso = await findPartner('james.manager@lumen.example', 'Contoso Consulting Group');
    await signIn(session, 'james.manager@lumen.example');
    await session.goto(`/partners/${contoso.id}`);
    const card = session.page.locator('[aria-label="Joint value proposition"]');
    await card.getByText('Fraud and regulatory analytics for regional banks').waitFor();
    await card.getByRole('link', { name: 'Open' }).click();
    const page = session.page;
    await page.getByRole('heading', { name: 'Joint value' }).waitFor();
    expect(await page.locator('[aria-label="Joint value proposition"]').innerText()).toMatch(
      /Together Lumen Cloud and Contoso Consulting Group enable lower fraud losses/,
    );
    // The versions: v2 proposed by the partner is current, v1 superseded.
    const versions = page.getByRole('table', { name: 'Versions' });
    await eventually(() => versions.locator('tr').count()).toBe(2);
    const calculator = page.locator('[aria-label="Value calculator"]');
    await calculator.getByLabel('Customer', { exact: true }).fill('Harborview Bank');
    await calculator.getByLabel('Customer size (branches)').fill('20');
    await calculator.getByLabel('Current annual cost').fill('4000000');
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    const result = calculator.locator('[aria-label="Calculator result"]');
    await result.waitFor();
    // 23 % of 4,000,000 is 920,000 a year; 90,000 once and 36,000 a year for 20 branches.
    expect(await result.innerText()).toMatch(/Payback\s*2 months/);
    await calculator.getByRole('button', { name: 'Save session' }).click();
    const sessions = page.locator('[aria-label="Calculator sessions"]');
    const row = sessions.getByRole('row').filter({ hasText: 'Harborview Bank' });
    await row.waitFor();
    await row.getByRole('button', { name: 'Share page' }).click();
    const link = await page.getByTestId('share-link').innerText();
    expect(link).toMatch(/\/value-shares\/[A-Za-z0-9_-]{32}$/);
    // The value-capture simulator: each side's earnings per price and volume scenario, charted, with a fairness verdict.
    const simulator = page.locator('[aria-label="Value-capture simulator"]');
    await simulator.getByRole('button', { name: 'Simulate', exact: true }).click();
    const simulation = simulator.locator('[aria-label="Simulation result"]');
    await simulation.waitFor();
    expect(await simulation.innerText()).toMatch(/Investment not known[\s\S]*Partner earns \d[\s\S]*totals: vendor .+, partner /);
    expect(await simulation.locator('svg.recharts-surface').count()).toBeGreaterThan(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // The customer opens the link in a browser with no session.
    const customer = await openBrowser();
    try {
      await customer.page.goto(link.trim());
      await customer.page.getByRole('heading', { name: 'Fraud and regulatory analytics for regional banks' }).waitFor();
      const text = await customer.page.locator('body').innerText();
      expect(text).toContain('Prepared for Harborview Bank');
      expect(text).toMatch(/Payback\s*2 months/);
      expect(text).not.toContain('james.manager@lumen.example');
    } finally {
      await customer.close();
    }
  });

  test('the partner sees its joint value in the portal and submits an idea; the manager moves it on', async () => {
    const contoso = await findPartner('admin@lumen.example', 'Contoso Consulting Group');
    const email = await contosoAdminEmail(contoso.id);
    await signIn(session, email);
    await session.page.getByRole('link', { name: 'Joint value' }).click();
    await session.page
      .locator('[aria-label="Joint value proposition"]')
      .getByText(/Together Lumen Cloud and Contoso/)
      .waitFor();
    // The partner proposes an edit: a draft of its side, prefilled from the current version.
    await session.page.getByRole('button', { name: 'Propose a new version' }).click();
    const proposal = session.page.getByRole('dialog', { name: 'Joint value proposition' });
    expect(await proposal.getByLabel('Title').inputValue()).toBe('Fraud and regulatory analytics for regional banks');
    await proposal.getByLabel('Title').fill('Fraud, AML and regulatory analytics for regional banks');
    await proposal.getByRole('button', { name: 'Propose draft' }).click();
    await proposal.waitFor({ state: 'hidden' });
    const draftRow = session.page.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ hasText: 'Fraud, AML' });
    await draftRow.getByText('Proposed by the partner').waitFor();
    expect(await draftRow.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await session.page.getByRole('link', { name: 'Innovation' }).click();
    const funnel = session.page.locator('[aria-label="Funnel"]');
    await funnel.getByLabel(/^Launch: 1$/).waitFor();
    const before = Number((await funnel.getByLabel(/^Submission: \d+$/).getAttribute('aria-label'))?.split(': ')[1]);
    await session.page.getByRole('button', { name: 'Submit an idea' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Submit an idea' });
    await dialog.getByLabel('Title').fill('Branch-level churn signals');
    await dialog.getByLabel('What to build together').fill('Predict which branches lose deposits next quarter');
    await dialog.getByRole('button', { name: 'Submit idea' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await funnel.getByLabel(`Submission: ${before + 1}`).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    session = await openBrowser();
    await signIn(session, 'james.manager@lumen.example');
    await session.goto('/innovation');
    await session.page.getByRole('link', { name: 'Branch-level churn signals' }).click();
    await session.page.getByRole('button', { name: 'Record decision' }).click();
    await session.page.locator('[aria-label="Decisions"]').getByText('Submission → Feasibility').waitFor();
    expect(await session.page.getByText('Feasibility', { exact: true }).first().isVisible()).toBe(true);
  });

  test('a manager names the joint value proposition on an opportunity; it shows under "Used in" on the JVP’s page', async () => {
    const contoso = await findPartner('james.manager@lumen.example', 'Contoso Consulting Group');
    const api = await apiSession('james.manager@lumen.example');
    const title = `Basel IV reporting ${Date.now().toString(36)}`;
    const made = await api.send<{ id: string; number: string }>('POST', '/api/v1/opportunities', {
      title,
      customer: { name: `Harbor Savings ${Date.now().toString(36)}` },
      amount: 9_600_000,
      currency: 'USD',
      stage: 'qualification',
      closeDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      partner: { partnerId: contoso.id, role: 'sourced' },
    });
    await signIn(session, 'james.manager@lumen.example');
    const page = session.page;
    await session.goto(`/opportunities/${made.id}`);
    await page.getByRole('heading', { name: `${made.number} · ${title}` }).waitFor();
    const facts = page.locator('[aria-label="The opportunity"]');
    await facts.getByText('Joint value proposition').waitFor();
    await facts.getByRole('button', { name: 'Change' }).click();
    const dialog = page.getByRole('dialog', { name: 'Joint value proposition' });
    await dialog.getByRole('combobox', { name: 'Joint value proposition' }).click();
    await page.getByRole('option', { name: /Fraud and regulatory analytics for regional banks \(v2, current\)/ }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const link = facts.getByRole('link', { name: /Fraud and regulatory analytics for regional banks \(v2\)/ });
    await link.click();
    await page.getByRole('heading', { name: 'Joint value', exact: true }).waitFor();
    const usedIn = page.locator('[aria-label="Used in"]').getByRole('table', { name: 'Records using it' });
    const row = usedIn.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/Opportunity[\s\S]*v2/);
    await row.getByRole('link', { name: new RegExp(title) }).click();
    await page.getByRole('heading', { name: `${made.number} · ${title}` }).waitFor();
    expect(page.url()).toContain(`/opportunities/${made.id}`);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
