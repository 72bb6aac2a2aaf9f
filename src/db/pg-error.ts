/** The PostgreSQL error behind an error, if any. Drizzle wraps driver errors in `cause`. */
export type PgError = Error & { code: string; constraint?: string; detail?: string; column?: string; table?: string };

export function pgErrorOf(error: unknown): PgError | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
  }
  return null;
}
