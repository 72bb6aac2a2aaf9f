/**
 * Absolute links to the web app, for e-mail: CONSORT_PUBLIC_URL (default http://HOST:PORT). The
 * composition root sets it when it builds the app; everything after reads it.
 */
let publicUrl = 'http://127.0.0.1:3000';

export function setPublicUrl(url: string): void {
  publicUrl = url.replace(/\/+$/, '');
}

/** `path` ("/partners/…") as a link someone can open from their mailbox. */
export function absoluteUrl(path: string): string {
  return `${publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
