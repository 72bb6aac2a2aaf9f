import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

/**
 * The demo's "enable, market and incentivize" story as a vendor and a partner see it in the
 * browser: loyalty points about to expire, the MDF rules, ROI and a payment compliance holds, the
 * partner 360's cards, and the pipeline a co-branded campaign launch generated.
 */

type Partner = { id: string; name: string };
type Money = { amount: number; currency: string };

function region(page: Page, name: string) {
  return page.locator(`[aria-label="${name}"]`).first();
}

/** The partner admin's sign-in address of a demo partner. */
async function partnerAdminOf(partnerId: string): Promise<string> {
  const admin = await apiSession('admin@lumen.example');
  const users = await admin.get<{ data: { email: string; active?: boolean }[] }>(
    `/api/v1/users?partnerId=${partnerId}&role=partner_admin&limit=5`,
  );
  const email = users.data[0]?.email;
  if (!email) throw new Error(`no partner admin for ${partnerId}`);
  return email;
}

describe('enable, market and incentivize in the demo', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner whose points expire sees how many and when on its rewards page', async () => {
    const admin = await apiSession('admin@lumen.example');
    const { data: partners } = await admin.get<{ data: Partner[] }>('/api/v1/partners?limit=100');
    let found: { partner: Partner; points: number; on: string; email: string } | null = null;
    for (const partner of partners) {
      const s = await admin.get<{ nextExpiry: { points: number; on: string } | null }>(`/api/v1/partners/${partner.id}/loyalty`);
      if (!s.nextExpiry) continue;
      const users = await admin.get<{ data: { email: string }[] }>(
        `/api/v1/users?partnerId=${partner.id}&role=partner_admin&limit=5`,
      );
      const email = users.data[0]?.email;
      if (email) {
        found = { partner, points: s.nextExpiry.points, on: s.nextExpiry.on, email };
        break;
      }
    }
    if (!found) throw new Error('no demo partner with points about to expire');
    await signIn(session, found.email);
    await session.goto('/rewards');
    const points = region(session.page, 'Your points');
    const line = points.getByText(/points expire on/);
    await line.waitFor();
    const text = await line.innerText();
    expect(Number(text.split(' points expire on')[0]?.replace(/\D/g, ''))).toBe(found.points);
    const year = found.on.slice(0, 4);
    expect(text).toContain(year);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('the vendor saves the MDF rules, reads the ROI per program and sees the payment compliance holds', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/mdf');

    // ROI per program: the demo's paid activities with their won revenue.
    const roi = page.getByRole('table', { name: 'ROI per program' });
    await roi.waitFor();
    await eventually(() => roi.locator('tbody tr').count()).toBeGreaterThan(0);

    // The payment queue: the claim of the partner whose SOC 2 report lapsed is held.
    const queue = page.getByRole('table', { name: 'Payment queue' });
    await eventually(() => queue.getByText(/Payment held: SOC 2 expired/).count()).toBeGreaterThan(0);

    // The MDF settings card saves a change (and the change is there after a reload); then it is put back.
    const card = region(page, 'MDF settings');
    const window = card.getByRole('textbox', { name: 'Claim window (days)' });
    const before = await window.inputValue();
    const changed = before === '45' ? '46' : '45';
    await window.fill(changed);
    await card.getByRole('button', { name: 'Save MDF rules' }).click();
    await page.getByText('MDF rules saved').waitFor();
    await page.reload();
    await eventually(() => region(page, 'MDF settings').getByRole('textbox', { name: 'Claim window (days)' }).inputValue()).toBe(
      changed,
    );
    const admin = await apiSession('admin@lumen.example');
    expect((await admin.get<{ claimWindowDays: number }>('/api/v1/mdf-settings')).claimWindowDays).toBe(Number(changed));
    const again = region(page, 'MDF settings').getByRole('textbox', { name: 'Claim window (days)' });
    await again.fill(before);
    await region(page, 'MDF settings').getByRole('button', { name: 'Save MDF rules' }).click();
    await eventually(async () => (await admin.get<{ claimWindowDays: number }>('/api/v1/mdf-settings')).claimWindowDays).toBe(
      Number(before),
    );
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('the partner 360 of a demo partner shows its certified people, loyalty points and market development funds', async () => {
    const admin = await apiSession('admin@lumen.example');
    const { data } = await admin.get<{ data: Partner[] }>('/api/v1/partners?q=Northwind&limit=5');
    const northwind = data.find((p) => p.name.startsWith('Northwind'));
    if (!northwind) throw new Error('no Northwind in the demo');
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto(`/partners/${northwind.id}`);
    await page.getByRole('heading', { name: northwind.name }).first().waitFor();
    await region(page, 'Certified people').waitFor();
    await region(page, 'Loyalty points').getByText('points to spend').waitFor();
    await region(page, 'Market development funds').getByText('Available to request').waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a co-branded launch shows the leads it brought, the deals they became, its pipeline and won revenue — to the vendor and its partner', async () => {
    const admin = await apiSession('admin@lumen.example');
    const launches = await admin.get<{
      data: {
        id: string;
        partnerId: string;
        kitId: string;
        kitName: string;
        results: { won: Money | null; pipeline: Money | null };
      }[];
    }>('/api/v1/marketing-launches?limit=100');
    const launch = launches.data.find((l) => (l.results.won?.amount ?? 0) > 0 && (l.results.pipeline?.amount ?? 0) > 0);
    if (!launch) throw new Error('no demo launch with pipeline and won revenue');
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto(`/marketing/launches/${launch.id}`);
    const results = region(page, 'Pipeline and revenue');
    await results.waitFor();
    await eventually(() => results.getByTestId('results-Won revenue').innerText()).toMatch(/[1-9]/);
    await eventually(() => results.getByTestId('results-Open pipeline').innerText()).toMatch(/[1-9]/);
    const leads = page.getByRole('table', { name: 'Leads of the launch' });
    await leads.getByText('Closed won').first().waitFor();
    // The kit's page sums its launches.
    await page.getByRole('link', { name: launch.kitName }).first().click();
    await page.waitForURL((url: URL) => url.pathname === `/marketing/kits/${launch.kitId}`);
    await eventually(() => region(page, 'Pipeline and revenue').getByTestId('results-Won revenue').innerText()).toMatch(/[1-9]/);
    await page.getByRole('table', { name: 'Launches of the kit' }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // The launching partner sees the same on its portal.
    session = await openBrowser();
    await signIn(session, await partnerAdminOf(launch.partnerId));
    await session.goto(`/marketing/launches/${launch.id}`);
    const portal = region(session.page, 'Pipeline and revenue');
    await eventually(() => portal.getByTestId('results-Won revenue').innerText()).toMatch(/[1-9]/);
    await session.page.getByRole('table', { name: 'Leads of the launch' }).getByText('Closed won').first().waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
