import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { simplePdf } from '../../src/modules/files/index.js';
import { apiSession } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

type Membership = {
  programId: string;
  leftAt: string | null;
  program: { name: string };
  tier: { id: string; name: string; rank: number } | null;
};
type User = { email: string; partnerId: string | null; active: boolean };

/** Northwind's tier, and a portal admin of another partner below it in that program (or in it with no tier). */
async function arrange() {
  const admin = await apiSession('admin@lumen.example');
  const ben = await admin.get<{ data: User[] }>('/api/v1/users?q=ben.kowalski');
  const northwindId = ben.data[0]?.partnerId ?? '';
  const memberships = (await admin.get<{ data: Membership[] }>(`/api/v1/partners/${northwindId}/programs`)).data;
  const placed = memberships.find((m) => !m.leftAt && m.tier && m.tier.rank > 0);
  if (!placed?.tier) throw new Error('Northwind holds no tier above the lowest');
  const admins = (await admin.get<{ data: User[] }>('/api/v1/users?role=partner_admin&active=true&limit=200')).data;
  for (const candidate of admins) {
    if (!candidate.partnerId || candidate.partnerId === northwindId) continue;
    const theirs = (await admin.get<{ data: Membership[] }>(`/api/v1/partners/${candidate.partnerId}/programs`)).data;
    const inProgram = theirs.find((m) => !m.leftAt && m.programId === placed.programId);
    if (inProgram && (inProgram.tier?.rank ?? -1) < placed.tier.rank)
      return { program: placed.program.name, tier: placed.tier.name, below: candidate.email };
  }
  throw new Error('no partner admin below Northwind’s tier');
}

describe('resource library', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a manager publishes a file gated to a tier; a partner at the tier downloads it and its co-branded one-pager; one below never sees it', async () => {
    const { program, tier, below } = await arrange();
    const title = `Gold playbook ${Date.now()}`;
    const { page } = session;

    // The vendor: a draft with a co-brand template and an audience, then the file, then publish.
    await signIn(session, 'maria.manager@lumen.example');
    await page.getByRole('link', { name: 'Resources' }).click();
    await page.getByRole('button', { name: 'Add resource' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add resource' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog
      .getByRole('textbox', { name: 'Co-brand template' })
      .fill('<h1>{{partner.name}} sells Lumen</h1><p>Ask {{partner.contactEmail}}</p>');
    await dialog.getByRole('checkbox', { name: program }).check();
    await dialog.getByRole('combobox', { name: `Lowest tier in ${program}` }).click();
    await page.getByRole('option', { name: `${tier} and above` }).click();
    await dialog.getByRole('button', { name: 'Add resource' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: title }).waitFor();
    await eventually(() => page.locator('[aria-label="Audience"]').innerText()).toContain('No partner until it is published');
    await page.getByLabel(/^(Upload a file|Replace the file)$/).setInputFiles({
      name: 'gold-playbook.pdf',
      mimeType: 'application/pdf',
      buffer: simplePdf(['Gold playbook']),
    });
    await eventually(() => page.locator('[aria-label="About"]').innerText()).toContain('gold-playbook.pdf');
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit resource' });
    await edit.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Published' }).click();
    await edit.getByRole('button', { name: 'Save resource' }).click();
    await edit.waitFor({ state: 'hidden' });
    await eventually(() => page.locator('[aria-label="Audience"]').innerText()).toContain(`${tier} and above`);
    const resourceUrl = new URL(page.url()).pathname;
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // A partner at the tier: finds it, downloads the file, previews and downloads its one-pager.
    session = await openBrowser();
    await signIn(session, 'ben.kowalski@northwind.example');
    const p = session.page;
    await p.getByRole('link', { name: 'Resources' }).click();
    await p.getByRole('textbox', { name: 'Search resources' }).fill(title);
    await p.getByRole('textbox', { name: 'Search resources' }).press('Enter');
    await p.getByRole('link', { name: title }).click();
    await p.getByRole('heading', { name: title }).waitFor();
    const [file] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('gold-playbook.pdf');
    await eventually(() => p.getByLabel('Downloads').innerText()).toContain('1 in all');
    const preview = p.frameLocator('iframe[title="Co-branded preview"]');
    await eventually(() => preview.locator('h1').innerText()).toContain('Northwind');
    const [onePager] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('link', { name: 'Download one-pager' }).click(),
    ]);
    expect(onePager.suggestedFilename()).toMatch(/^gold-playbook-\d+-northwind.*\.html$/);
    await eventually(() => p.getByLabel('Downloads').innerText()).toContain('2 in all');
    // The same one-pager as a PDF: a real PDF file, counted like the HTML one.
    const [pdf] = await Promise.all([p.waitForEvent('download'), p.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^gold-playbook-\d+-northwind.*\.pdf$/);
    const pdfPath = await pdf.path();
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    await eventually(() => p.getByLabel('Downloads').innerText()).toContain('3 in all');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    await session.close();

    // A partner below the tier: not in the library, and its page is "not found".
    session = await openBrowser();
    await signIn(session, below);
    await session.page.getByRole('link', { name: 'Resources' }).click();
    await session.page
      .getByRole('table', { name: 'Resources' })
      .or(session.page.getByText('No resources match'))
      .first()
      .waitFor();
    expect(await session.page.getByRole('link', { name: title }).count()).toBe(0);
    await session.goto(resourceUrl);
    await eventually(() => session.page.locator('main').innerText()).toMatch(/not found/i);
    expect(
      unexpectedProblems(session.problems, [
        ...SIGN_IN_NOISE,
        { status: 404, path: resourceUrl.replace('/resources', '/api/v1/resources') },
      ]),
    ).toEqual([]);

    // The vendor sees the three downloads (the file, the HTML and the PDF one-pager).
    const maria = await apiSession('maria.manager@lumen.example');
    const found = await maria.get<{ data: { title: string; downloads: { total: number; partners: number } }[] }>(
      `/api/v1/resources?q=${encodeURIComponent(title)}`,
    );
    expect(found.data[0]?.downloads).toMatchObject({ total: 3, partners: 1 });
  });
});
