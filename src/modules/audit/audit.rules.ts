/**
 * Which top-level fields differ between two versions of a record. Values are compared as JSON, so
 * arrays and nested objects compare by content and Dates by instant.
 */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])).sort();
}

/** Fields never written to the audit log, whatever record they appear on. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'csrfToken', 'logo']);

/** A record made safe and plain for the audit log: secrets dropped, Dates as ISO strings. */
export function auditSnapshot(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (SECRET_FIELDS.has(key)) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}
