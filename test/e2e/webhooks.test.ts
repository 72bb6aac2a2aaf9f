import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Receiver, startReceiver } from '../support/webhook-receiver.js';
import { eventually, openBrowser, type Session, SIGN_IN_NOISE, signIn, unexpectedProblems } from './support/browser.js';

describe('webhooks', () => {
  let session: Session;
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => receiver?.close());
  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session.close();
  });

  test('an admin creates a webhook, sees its secret once, sends a test event and finds it in the log', async () => {
    const { page } = session;
    await signIn(session, 'admin@lumen.example');
    await page.getByRole('link', { name: 'Webhooks' }).click();
    // The demo's CRM sync, switched off after its endpoint went down.
    const table = page.getByRole('table', { name: 'Webhooks' });
    await eventually(() => table.innerText()).toContain('crm-sync.lumen.example');

    await page.getByRole('button', { name: 'New webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'New webhook' });
    await dialog.getByRole('textbox', { name: 'URL' }).fill(receiver.url('/e2e'));
    const events = dialog.getByPlaceholder('partner.created');
    await events.fill('partner.created');
    await events.press('Enter');
    // Close the suggestions, which cover the dialog's buttons.
    await dialog.getByRole('textbox', { name: 'URL' }).click();
    await dialog.getByRole('button', { name: 'Create webhook' }).click();
    const shown = page.getByTestId('webhook-secret');
    await shown.waitFor();
    const secret = (await shown.innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    expect(await page.getByText('only time it is shown').count()).toBe(1);
    await page.getByRole('button', { name: 'Done' }).click();

    // Its own page: the secret is nowhere to be seen again.
    await page.getByRole('button', { name: 'Send test event' }).waitFor();
    expect(await page.content()).not.toContain(secret.slice(6));
    await page.getByRole('button', { name: 'Send test event' }).click();
    const [got] = await receiver.waitFor('/e2e', 1);
    const payload = new Webhook(secret).verify(got!.body, got!.headers) as { type: string };
    expect(payload.type).toBe('webhook.test');
    const log = page.getByRole('table', { name: 'Deliveries' });
    await eventually(() => log.innerText()).toContain('webhook.test');
    await eventually(() => log.innerText()).toContain('Delivered');
    await log
      .getByRole('button', { name: /^Details/ })
      .first()
      .click();
    const details = page.getByRole('dialog', { name: 'Delivery of webhook.test' });
    await eventually(() => details.innerText()).toContain('Attempt 1');
    expect(await details.innerText()).toContain('webhook-signature: v1,');
    expect(unexpectedProblems(session.problems, SIGN_IN_NOISE)).toEqual([]);
  });
});
