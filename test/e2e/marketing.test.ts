import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('through-channel marketing', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('a partner uploads an audience, launches a kit and sees it sent; a landing-page form becomes its lead', async () => {
    const { page } = session;
    const unique = Date.now().toString(36);
    const addresses = [`ana.${unique}@initech.example`, `bo.${unique}@globex.example`];
    const file = path.join(os.tmpdir(), `audience-${unique}.csv`);
    fs.writeFileSync(
      file,
      `Email,First name,Last name,Company\n${addresses[0]},Ana,Lima,Initech\n${addresses[1]},Bo,Berg,Globex\n`,
    );

    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Marketing', exact: true }).click();
    await page.getByRole('heading', { name: 'Marketing', level: 2 }).first().waitFor();

    // The audience, from a CSV as a CRM exports it.
    await page.getByRole('button', { name: 'Upload audience' }).click();
    const upload = page.getByRole('dialog', { name: 'Upload an audience' });
    await upload.getByRole('textbox', { name: 'Name' }).fill(`Event visitors ${unique}`);
    await upload.locator('input[type="file"]').setInputFiles(file);
    await upload.getByRole('button', { name: 'Upload audience' }).click();
    await upload.waitFor({ state: 'hidden' });
    await eventually(() => page.getByRole('table', { name: 'Audiences' }).innerText()).toContain(`Event visitors ${unique}`);

    // A preview with the partner's name merged in, then the launch.
    const kit = page.getByLabel('Analytics in 30 minutes — webinar invitation');
    await kit.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('dialog', { name: 'Preview' });
    await eventually(() => preview.innerText()).toContain('Northwind');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'hidden' });
    await kit.getByRole('button', { name: 'Launch' }).click();
    const launch = page.getByRole('dialog', { name: 'Launch campaign' });
    // The newest audience is chosen already.
    expect(await launch.getByRole('combobox', { name: 'Audience' }).inputValue()).toContain(`Event visitors ${unique}`);
    await launch.getByRole('button', { name: 'Launch', exact: true }).click();
    await launch.waitFor({ state: 'hidden', timeout: 10_000 }).catch(async (error: unknown) => {
      throw new Error(`the launch dialog stayed open: ${await launch.innerText()} (${String(error)})`);
    });

    // The first e-mail goes out (the job, then the mail worker): the launch page counts it.
    await page.getByRole('table', { name: 'Launches' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Analytics in 30 minutes — webinar invitation' }).waitFor();
    await eventually(async () => {
      await page.reload();
      await page.getByLabel('Sent').first().waitFor();
      return page.getByLabel('Sent').first().innerText();
    }).toContain('2');
    const landingUrl = await page.getByRole('link', { name: /\/m\// }).innerText();
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);

    // A visitor fills in the landing page's form.
    const visitor = await openBrowser();
    try {
      await visitor.page.goto(landingUrl);
      await visitor.page.getByRole('heading', { name: /Analytics in 30 minutes with Northwind/ }).waitFor();
      await visitor.page.getByRole('textbox', { name: 'Name' }).fill('Dee Ray');
      await visitor.page.getByRole('textbox', { name: 'Work e-mail' }).fill(`dee.${unique}@initech.example`);
      await visitor.page.getByRole('textbox', { name: 'Company' }).fill('Initech');
      await visitor.page.getByRole('button', { name: 'Save my seat' }).click();
      await visitor.page.getByRole('status').getByText('Thank you').waitFor();
      expect(unexpectedProblems(visitor.problems)).toEqual([]);
    } finally {
      await visitor.close();
    }

    // The partner sees the lead on the launch, and in its leads.
    await page.reload();
    await eventually(() => page.getByLabel('Leads').first().innerText()).toContain('1');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
    fs.rmSync(file, { force: true });
  });
});
