import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Signing secrets and signatures in the Standard Webhooks format (standardwebhooks.com): a secret
 * is `whsec_` and the base64 of random bytes, the key is those bytes, and a signature is
 * `v1,<base64 of HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>`.
 */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function signatureOf(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/**
 * Secrets at rest (docs/decisions/0057). The server must sign, so it needs each secret itself,
 * not a hash. With CONSORT_WEBHOOK_SECRET_KEY set, a secret is stored AES-256-GCM encrypted
 * under a key derived from it (`enc1:<iv>:<tag>:<ciphertext>`), so a copy of the database alone
 * does not let anyone forge our webhooks; without it, as `plain:<secret>`. A plain secret stays
 * readable after a key is configured (it is sealed at its next rotation).
 */
function keyFrom(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'consort', 'webhook signing secrets', 32));
}

export function sealSecret(secret: string, secretKey: string | null): string {
  if (!secretKey) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(secretKey), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `enc1:${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${ciphertext.toString('base64')}`;
}

export class SecretUnavailableError extends Error {}

export function openSecret(stored: string, secretKey: string | null): string {
  if (stored.startsWith('plain:')) return stored.slice('plain:'.length);
  const [scheme, iv, tag, ciphertext] = stored.split(':');
  if (scheme !== 'enc1' || !iv || !tag || !ciphertext)
    throw new SecretUnavailableError('the stored signing secret is unreadable');
  if (!secretKey) throw new SecretUnavailableError('the signing secret is encrypted and CONSORT_WEBHOOK_SECRET_KEY is not set');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(secretKey), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnavailableError('the signing secret does not open with CONSORT_WEBHOOK_SECRET_KEY (was the key changed?)');
  }
}
