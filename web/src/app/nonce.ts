/**
 * The server puts this request's CSP nonce into <meta name="csp-nonce">. Style tags Mantine
 * injects must carry it: the policy has no 'unsafe-inline'.
 */
export function readCspNonce(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
}
