import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { apiSession, findPartner, mailsTo } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

const JAMES = 'james.manager@lumen.example';

type Person = { id: string; email: string; name: string };

async function contosoLead() {
  const contoso = await findPartner(JAMES, 'Contoso Consulting Group');
  const api = await apiSession(JAMES);
  const users = await api.get<{ data: (Person & { role: string })[] }>(
    `/api/v1/users?partnerId=${contoso.id}&role=partner_admin`,
  );
  const lead = users.data[0];
  if (!lead) throw new Error('Contoso has no partner admin in the demo');
  return { contoso, lead, api };
}

describe('governance', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager reads the calendar and a JSC’s decisions, and schedules a meeting that invites both sides', async () => {
    const { page } = session;
    const { contoso, lead } = await contosoLead();
    await signIn(session, JAMES);
    await session.goto(`/governance?partnerId=${contoso.id}`);
    const upcoming = page.getByRole('table', { name: 'Upcoming meetings' });
    await eventually(() => upcoming.getByRole('link', { name: /^QBR \d+$/ }).count()).toBe(1);
    const past = page.getByRole('table', { name: 'Past meetings' });
    await past.getByRole('link', { name: 'Joint steering committee #2' }).click();
    await page.getByRole('heading', { name: 'Joint steering committee #2' }).waitFor();
    const decisions = page.locator('[aria-label="Decisions"]');
    const invest = decisions.getByTestId('governance-decision').filter({ hasText: 'Co-invest $400k' });
    await invest.getByText('Passed').waitFor();
    const expand = decisions.getByTestId('governance-decision').filter({ hasText: 'Extend the alliance' });
    await expand.getByText('Failed').waitFor();
    expect(await expand.innerText()).toMatch(/more than 75% of the voting members/);
    expect(await page.locator('[aria-label="Attendees"]').getByText('executive sponsor').count()).toBeGreaterThanOrEqual(2);

    await session.goto(`/governance?partnerId=${contoso.id}`);
    await page.getByRole('button', { name: 'Schedule a meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule a meeting' });
    await dialog.getByRole('combobox', { name: 'Body' }).click();
    await page.getByRole('option', { name: 'Joint steering committee' }).click();
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Alignment workshop: FY plan');
    await dialog.getByRole('button', { name: 'Schedule and invite' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(() => upcoming.getByRole('link', { name: 'Alignment workshop: FY plan' }).count()).toBe(1);
    // The partner's sponsor got the invitation (with its calendar part) through the mail service.
    await eventually(
      () =>
        mailsTo(lead.email.toLowerCase()).filter((m) => m.subject.startsWith('Invitation: Alignment workshop: FY plan')).length,
    ).toBe(1);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });

  test('the partner’s sponsor sees its alliance in the portal, votes, and marks its action item done', async () => {
    const { page } = session;
    const { contoso, lead, api } = await contosoLead();
    const bodies = await api.get<{ data: { id: string; name: string }[] }>(`/api/v1/governance-bodies?partnerId=${contoso.id}`);
    const jsc = bodies.data.find((b) => b.name === 'Joint steering committee');
    if (!jsc) throw new Error('no JSC');
    const meetings = await api.get<{ data: { id: string; title: string }[] }>(
      `/api/v1/governance-meetings?partnerId=${contoso.id}&status=held&sort=-startsAt&limit=1`,
    );
    const latest = meetings.data[0];
    if (!latest) throw new Error('no held meeting');
    await api.send('POST', `/api/v1/governance-bodies/${jsc.id}/decisions`, {
      meetingId: latest.id,
      title: 'Run a joint webinar series',
      decisionClass: 'operational',
    });

    await signIn(session, lead.email);
    await page.locator('[aria-label="Governance"]').getByText('Next meeting').waitFor();
    await page.getByRole('link', { name: 'Governance', exact: true }).first().click();
    await page.getByRole('table', { name: 'Upcoming meetings' }).waitFor();
    await page.getByRole('table', { name: 'Past meetings' }).getByRole('link', { name: latest.title }).click();
    await page.getByRole('heading', { name: latest.title }).waitFor();
    await page.getByRole('button', { name: 'Vote for Run a joint webinar series' }).click();
    const decision = page.getByTestId('governance-decision').filter({ hasText: 'Run a joint webinar series' });
    await eventually(async () => (await decision.innerText()).includes(`${lead.name} (partner): For`)).toBe(true);
    // Still open: the vendor's members have not voted; nobody but the rule closes it for the partner.
    expect(await decision.getByText('Vote open').count()).toBe(1);
    expect(await decision.getByRole('button', { name: 'Close the vote' }).count()).toBe(0);

    const action = 'Share the FY pipeline forecast by segment';
    await page.getByRole('button', { name: `Mark ${action} done` }).click();
    await eventually(() => page.getByRole('button', { name: `Mark ${action} done` }).count()).toBe(0);
    // The vendor's own action item is there to see, without a button for the partner.
    expect(await page.getByRole('button', { name: 'Mark Confirm the executive dinner for the next QBR done' }).count()).toBe(0);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
