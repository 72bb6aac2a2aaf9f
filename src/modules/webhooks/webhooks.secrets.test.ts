import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { newSigningSecret, openSecret, SecretUnavailableError, sealSecret, signatureOf } from './webhooks.secrets.js';

const KEY = 'an operator key of at least thirty-two characters';

describe('signing secrets', () => {
  it('sign as the Standard Webhooks reference verifier expects', () => {
    const secret = newSigningSecret();
    const body = '{"type":"partner.created"}';
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureOf(secret, 'msg_1', timestamp, body),
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual({ type: 'partner.created' });
  });

  it('are stored encrypted when a key is set, and open only with that key', () => {
    const secret = newSigningSecret();
    const sealed = sealSecret(secret, KEY);
    expect(sealed).toMatch(/^enc1:/);
    expect(sealed).not.toContain(secret.slice(6));
    expect(openSecret(sealed, KEY)).toBe(secret);
    expect(() => openSecret(sealed, `${KEY} but another`)).toThrow(SecretUnavailableError);
    expect(() => openSecret(sealed, null)).toThrow(/CONSORT_WEBHOOK_SECRET_KEY/);
  });

  it('stored without a key stay readable after one is set', () => {
    const secret = newSigningSecret();
    expect(openSecret(sealSecret(secret, null), KEY)).toBe(secret);
  });
});
