import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { initialLogo } from '../../src/modules/files/png.js';
import { findPartner } from './support/api.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

/** Whether the image has loaded and drawn (the download's headers let an <img> show it). */
async function imageShown(session: Session, selector: string): Promise<boolean> {
  return session.page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const img = element as unknown as { complete: boolean; naturalWidth: number };
      return img.complete && img.naturalWidth > 0;
    })
    .catch(() => false);
}

describe('files', () => {
  let session: Session;
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('an admin uploads a partner logo and sees it; bytes that are not an image are refused under the field', async () => {
    const adatum = await findPartner('admin@lumen.example', 'Adatum Cloud');
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await session.goto(`/partners/${adatum.id}`);
    const logoCard = page.locator('[aria-label="Partner logo"]');
    await logoCard.waitFor();

    await page.getByLabel(/^(Upload a logo|Replace the logo)$/).setInputFiles({
      name: 'not-a-logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is text, whatever the name says'),
    });
    await eventually(() => logoCard.getByRole('alert').innerText()).toContain('PNG, JPEG, GIF or WebP');

    await page.getByLabel(/^(Upload a logo|Replace the logo)$/).setInputFiles({
      name: 'adatum.png',
      mimeType: 'image/png',
      buffer: initialLogo('A', '#0969da'),
    });
    await eventually(() => logoCard.innerText()).toContain('adatum.png');
    await eventually(() => imageShown(session, 'img[alt="Adatum Cloud logo"]')).toBe(true);
    expect(await logoCard.getByRole('alert').count()).toBe(0);
    expect(
      unexpectedProblems(session.problems, [...SIGN_IN_NOISE, { status: 415, path: `/api/v1/partners/${adatum.id}/logo` }]),
    ).toEqual([]);
  });

  test('a partner admin puts their company logo in the portal header, and reads the documents on their company page', async () => {
    const { page } = session;
    await signIn(session, 'ben.kowalski@northwind.example');
    await page.getByRole('link', { name: 'Our company' }).click();
    const logoCard = page.locator('[aria-label="Partner logo"]');
    await logoCard.waitFor();
    await page.getByLabel(/^(Upload a logo|Replace the logo)$/).setInputFiles({
      name: 'northwind.png',
      mimeType: 'image/png',
      buffer: initialLogo('N', '#1a7f37'),
    });
    await eventually(() => logoCard.innerText()).toContain('northwind.png');
    await eventually(() => imageShown(session, 'header img[alt$="logo"]')).toBe(true);
    const inHeader = await page.locator('header img[alt$="logo"]').getAttribute('src');
    expect(inHeader).toBe(await logoCard.locator('img').getAttribute('src'));
    // Documents are the vendor's to add: the partner reads them and adds none.
    const documents = page.locator('[aria-label="Partner documents"]');
    await documents.waitFor();
    expect(await documents.getByText('Add a document').count()).toBe(0);
    await eventually(() => documents.innerText()).toMatch(/No documents yet|\.pdf/);
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
