import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, navLinks, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';
import { NAV } from './support/nav.js';

/**
 * The navigation, the pages a role may open and the audit log's filters are collected from the
 * web modules (web/src/modules/<m>/module.tsx); these pin down what each role is offered.
 */
type Role = {
  email: string;
  nav: string[];
  /** Pages the role opens (their heading), and pages that answer "not found" to it. */
  opens: [path: string, heading: string | RegExp][];
  notFound: string[];
};

const ROLES: Record<string, Role> = {
  'a partner manager': {
    email: 'maria.manager@lumen.example',
    nav: [...NAV.partnerManager],
    opens: [
      ['/partners/new', 'New partner'],
      ['/account', 'My account'],
    ],
    notFound: ['/users', '/audit', '/settings', '/jobs', '/webhooks'],
  },
  'an executive': {
    email: 'erin.exec@lumen.example',
    nav: [...NAV.executive],
    opens: [['/partners', 'Partners']],
    notFound: ['/partners/new', '/users', '/audit', '/settings', '/webhooks'],
  },
  'a partner user': {
    email: 'chloe.rossi@northwind.example',
    nav: [...NAV.partnerUser],
    opens: [['/account', 'My account']],
    notFound: ['/partners', '/partners/new', '/users', '/audit', '/settings'],
  },
};

async function heading(page: Page, name: string | RegExp) {
  await page
    .getByRole('heading', { level: 2, name, exact: typeof name === 'string' })
    .first()
    .waitFor();
}

async function optionsOf(page: Page, label: string): Promise<string[]> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  const options = page.getByRole('listbox').getByRole('option');
  await options.first().waitFor();
  const texts = (await options.allInnerTexts()).map((t) => t.trim());
  await page.keyboard.press('Escape');
  return texts;
}

describe('what the modules offer each role', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  for (const [who, role] of Object.entries(ROLES)) {
    test(`${who}: navigation, the pages it opens and those it is told do not exist`, async () => {
      const { page } = session;
      await signIn(session, role.email);
      await eventually(() => navLinks(page)).toEqual(role.nav);
      // The user's own pages sit apart, at the bottom.
      expect(await page.getByRole('link', { name: 'My account', exact: true }).count()).toBe(1);
      for (const [pathname, title] of role.opens) {
        await session.goto(pathname);
        await heading(page, title);
      }
      for (const pathname of role.notFound) {
        await session.goto(pathname);
        await heading(page, 'Page not found');
      }
      expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    });
  }

  test('quick links on the vendor home follow the same permissions', async () => {
    const { page } = session;
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByText('Quick links').waitFor();
    expect(await page.getByRole('link', { name: 'Partners I manage' }).count()).toBe(1);
    for (const adminOnly of ['Users', 'Audit log', 'Settings and tiers']) {
      expect(await page.locator('main').getByRole('link', { name: adminOnly, exact: true }).count()).toBe(0);
    }
  });

  test('the audit log filters by the record types and actions the modules declare, sorted by name', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto('/audit');
    await heading(page, 'Audit log');
    expect(await optionsOf(page, 'Record type')).toEqual([
      'Account',
      'Account list',
      'Account mapping sharing',
      'Account plan',
      'Account plan action',
      'Account plan goal',
      'Agreement',
      'Alliance',
      'Alliance alert',
      'Alliance alert thresholds',
      'Alliance checklist item',
      'API token',
      'Attribution period',
      'Attribution policy',
      'Attribution settings',
      'Background job',
      'Campaign',
      'Campaign launch',
      'Campaign lead',
      'Certificate',
      'Certification',
      'Co-branded asset',
      'Co-sell request',
      'Compliance item',
      'Compliance settings',
      'Conflict case',
      'Conflict case party',
      'Conflict case settings',
      'Coopetition area',
      'Cost entry',
      'Course',
      'Course enrolment',
      'Coverage segment',
      'Deal credit',
      'Deal registration',
      'Deal registration settings',
      'Directory listing',
      'Earning',
      'Exchange rate',
      'Governance action item',
      'Governance body',
      'Governance decision',
      'Governance meeting',
      'Health snapshots',
      'Health thresholds',
      'Idea',
      'Ideal Partner Profile',
      'Incentive plan',
      'Integration listing',
      'Joint business plan',
      'Joint value proposition',
      'KPI snapshot',
      'Lead',
      'Lead routing rule',
      'Lead settings',
      'Loyalty points',
      'Loyalty settings',
      'Marketing audience',
      'Marketing contact',
      'Marketing kit',
      'MDF allocation',
      'MDF claim',
      'MDF request',
      'MDF rules',
      'Milestone proposal',
      'Milestone rule',
      'Mitigation action',
      'Notification settings',
      'Off-boarding item',
      'Off-boarding runbook',
      'Onboarding',
      'Onboarding task',
      'Onboarding template',
      'Opportunity',
      'Opportunity partner',
      'Opportunity touch',
      'Partner',
      'Partner application',
      'Partner contact',
      'Partner health',
      'Payout batch',
      'Payout settings',
      'Plan commitment',
      'Points table',
      'Private account match',
      'Program',
      'Program membership',
      'Recorded value',
      'Redemption',
      'Referral',
      'Referral commission',
      'Referral link',
      'Referral settings',
      'Referral submission',
      'Resource',
      'Resource category',
      'Resource download',
      'Reward',
      'Risk',
      'Scorecard',
      'Scorecard template',
      'Session',
      'Settings',
      'Strategic qualification',
      'Suppressed address',
      'Survey',
      'Survey response',
      'Survey settings',
      'Survey template',
      'Tier',
      'Tier evaluation',
      'Tier proposal',
      'User',
      'Value calculator session',
      'Value-capture simulation',
      'Webhook',
      'Webhook delivery',
      'Whitespace cell',
    ]);
    expect(await optionsOf(page, 'Action')).toEqual([
      'Cleared',
      'Created',
      'Deleted',
      'Evaluated',
      'Flagged',
      'Locked out',
      'Redelivered',
      'Revealed',
      'Revoked',
      'Secret rotated',
      'Signed in',
      'Signed out',
      'Synchronised',
      'Taken',
      'Test sent',
      'Turned red',
      'Updated',
      'Uploaded',
    ]);
    // A choice filters the list and lands in the URL.
    await page.getByRole('combobox', { name: 'Action', exact: true }).click();
    await page.getByRole('option', { name: 'Signed in', exact: true }).click();
    await eventually(() => new URL(page.url()).searchParams.get('action')).toBe('login');
    await eventually(() => page.getByTestId('audit-event').first().innerText()).toContain('Signed in');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
