import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession } from './support/api.js';
import {
  DEMO_PASSWORD,
  eventually,
  openBrowser,
  type Session,
  SIGN_IN_NOISE,
  signIn,
  unexpectedProblems,
} from './support/browser.js';

type Task = { id: string; title: string };

/** A fresh partner owned by Maria with a partner admin, its onboarding started today from a one-off template. */
async function onboardingPartner(tag: string) {
  const maria = await apiSession('maria.manager@lumen.example');
  const admin = await apiSession('admin@lumen.example');
  const unique = `${tag}${Date.now().toString(36)}`;
  const partner = await maria.send<{ id: string; name: string }>('POST', '/api/v1/partners', {
    name: `Steer ${unique}`,
    domains: [`steer-${unique}.example`],
    types: ['reseller'],
    motion: 'channel',
    designation: 'standard',
    country: 'US',
  });
  const email = `pat.${unique}@steer-${unique}.example`;
  await admin.send('POST', '/api/v1/users', {
    email,
    name: `Pat ${unique}`,
    role: 'partner_admin',
    partnerId: partner.id,
    password: DEMO_PASSWORD,
  });
  const template = await maria.send<{ id: string }>('POST', '/api/v1/onboarding-templates', {
    name: `Steer ${unique}`,
    steps: [
      { title: 'Kick-off call', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 3 },
      { title: 'Sign the NDA', ownerSide: 'partner', ownerRole: 'partner_admin', dueOffsetDays: 5 },
      { title: 'Host a reseller webinar', ownerSide: 'partner', ownerRole: 'partner_admin', dueOffsetDays: 20 },
    ],
  });
  const onboarding = await maria.send<{ id: string; tasks: Task[] }>('POST', `/api/v1/partners/${partner.id}/onboardings`, {
    templateId: template.id,
  });
  return { partner, email, onboarding };
}

describe('steering the partner lifecycle', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager assigns an onboarding task, moves its due date (overdue on both sides), cancels a task and the plan', async () => {
    const { page } = session;
    const { partner, email } = await onboardingPartner('a');
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${partner.id}`);
    const card = page.locator('[aria-label="Onboarding"]');
    await card.getByText('In progress').waitFor();

    // Assign the NDA to the partner's admin.
    await card.getByRole('button', { name: 'Actions for Sign the NDA' }).click();
    await page.getByRole('menuitem', { name: 'Assign…' }).click();
    const assign = page.getByRole('dialog', { name: 'Assign Sign the NDA' });
    await assign.getByRole('combobox', { name: 'Partner user' }).click();
    await page.getByRole('option', { name: new RegExp(email.replace(/[.]/g, '\\.')) }).click();
    await assign.getByRole('button', { name: 'Assign' }).click();
    await assign.waitFor({ state: 'hidden' });
    await eventually(() => card.getByText(/Due .* · Pat /).count()).toBe(1);

    // Move it into the past: overdue.
    await card.getByRole('button', { name: 'Actions for Sign the NDA' }).click();
    await page.getByRole('menuitem', { name: 'Move due date…' }).click();
    const move = page.getByRole('dialog', { name: 'Move Sign the NDA' });
    await move.getByLabel('Due on').fill('2026-11-02');
    await move.getByRole('button', { name: 'Move due date' }).click();
    await move.waitFor({ state: 'hidden' });
    await eventually(() => card.getByText('Overdue', { exact: true }).count()).toBe(1);
    await card.getByText(/Overdue: was due/).waitFor();

    // Cancel the webinar task: it does not apply.
    await card.getByRole('button', { name: 'Actions for Host a reseller webinar' }).click();
    await page.getByRole('menuitem', { name: 'Cancel task…' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel Host a reseller webinar' });
    await cancel.getByLabel('Reason').fill('They run no events');
    await cancel.getByRole('button', { name: 'Cancel it' }).click();
    await cancel.waitFor({ state: 'hidden' });
    await card.getByText('Cancelled: They run no events').waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // The partner's admin sees the overdue task flagged in the portal.
    session = await openBrowser();
    await signIn(session, email);
    await session.page.getByRole('link', { name: 'Onboarding' }).click();
    const portal = session.page.locator('[aria-label="Onboarding"]');
    await eventually(() => portal.getByText('Overdue', { exact: true }).count()).toBe(1);
    expect(await portal.getByRole('button', { name: /Actions for/ }).count()).toBe(0);
    await session.close();

    // The manager cancels the whole plan with the reason.
    session = await openBrowser();
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${partner.id}`);
    const again = session.page.locator('[aria-label="Onboarding"]');
    await again.getByRole('button', { name: 'Cancel onboarding' }).click();
    const plan = session.page.getByRole('dialog', { name: /^Cancel Steer / });
    await plan.getByLabel('Reason').fill('The partner chose another vendor');
    await plan.getByRole('button', { name: 'Cancel it' }).click();
    await plan.waitFor({ state: 'hidden' });
    await again.getByText(/Cancelled .*: The partner chose another vendor/).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('a manager rejects a compliance item with a reason; the partner’s admin reads it and submits again', async () => {
    const { partner, email } = await onboardingPartner('c');
    const portalApi = await apiSession(email);
    await portalApi.send('POST', `/api/v1/partners/${partner.id}/compliance-items`, { type: 'soc2', name: 'SOC 2 Type II 2026' });

    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${partner.id}`);
    const card = session.page.locator('[aria-label="Compliance"]');
    await card.getByRole('button', { name: 'Reject' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Reject SOC 2' });
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.getByText('Say why, so the partner can fix it').waitFor();
    await dialog.getByLabel('Reason').fill('The report covers another legal entity');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Rejected: The report covers another legal entity').waitFor();
    await session.close();

    session = await openBrowser();
    await signIn(session, email);
    await session.page.getByRole('link', { name: 'Compliance' }).click();
    const portal = session.page.locator('[aria-label="Compliance"]');
    await portal.getByText('Rejected: The report covers another legal entity').waitFor();
    await portal.getByRole('button', { name: 'Submit again for review' }).click();
    await eventually(() => portal.getByTestId('rejection-reason').count()).toBe(0);
    await portal.getByText('Awaiting review').first().waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('off-boarding: the runbook card, an item done with a note, termination only once it is finished', async () => {
    const { partner, email } = await onboardingPartner('o');
    const maria = await apiSession('maria.manager@lumen.example');
    await maria.send('POST', `/api/v1/partners/${partner.id}/stage-transitions`, {
      toStage: 'offboarding',
      reason: 'Did not go ahead',
    });
    await signIn(session, 'maria.manager@lumen.example');
    await session.goto(`/partners/${partner.id}`);
    const card = session.page.locator('[aria-label="Off-boarding runbook"]');
    await card.getByText('0 of 5 done', { exact: false }).waitFor();
    await card.getByRole('button', { name: 'Mark End portal access done' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'End portal access' });
    await dialog.getByLabel('Note').fill('Exit call held');
    await dialog.getByRole('button', { name: 'Mark done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText(/Done .* by Maria .*: Exit call held \(1 user deactivated\)/).waitFor();
    await card.getByText('1 of 5 done', { exact: false }).waitFor();

    // The transfer names the partner taking over (searched by name).
    await card.getByRole('button', { name: 'Mark Transfer open deals and leads done' }).click();
    const transfer = session.page.getByRole('dialog', { name: 'Transfer open deals and leads' });
    await transfer.getByText('No partner chosen: open leads go back to your queue').waitFor();
    await transfer.getByLabel('Partner taking over').fill('Northwind');
    await session.page.getByRole('option', { name: 'Northwind Systems' }).click();
    await transfer.getByText('Its open leads go to this partner to accept').waitFor();
    await transfer.getByLabel('Note').fill('Northwind takes the accounts');
    await transfer.getByRole('button', { name: 'Mark done' }).click();
    await transfer.waitFor({ state: 'hidden' });
    await card
      .getByText(/Northwind takes the accounts \(0 open leads to Northwind Systems; 0 open opportunities to Northwind Systems;/)
      .waitFor();
    await card.getByText('2 of 5 done', { exact: false }).waitFor();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // The partner's admin can no longer sign in.
    const login = await fetch(new URL('/api/v1/auth/login', session.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(401);
  });
});
