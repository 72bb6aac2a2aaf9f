import { setNonce } from 'get-nonce';

/**
 * The server puts this request's CSP nonce into <meta name="csp-nonce">; the policy has no
 * 'unsafe-inline', so every <style> the app injects must carry it. Mantine takes it through
 * MantineProvider's getStyleNonce; react-remove-scroll (Mantine's modals and drawers) reads it
 * from get-nonce.
 */
export function applyCspNonce(): string {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
  if (nonce) setNonce(nonce);
  return nonce;
}
