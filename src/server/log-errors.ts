/**
 * What the log may say about an error. A failed statement's error carries its parameters —
 * Drizzle's message ends in "params: …", node-postgres' `detail` repeats the offending row
 * ("Failing row contains (…)", "Key (email)=(…)") — and those are the values a request sent: a
 * new user's password hash, someone's e-mail address. The log keeps the statement, the
 * PostgreSQL error code and the constraint, which are what a fault is found by, and drops the
 * values, everywhere an error is logged (the `err` serializer of the server's logger, the CLI).
 */

/** Properties of driver and ORM errors that can hold the values of a statement. */
const VALUE_BEARING = new Set(['params', 'parameters', 'detail', 'where', 'internalQuery', 'internalPosition']);

/**
 * Drizzle's "Failed query: <sql>\nparams: <values>" keeps only the statement; a PostgreSQL data
 * exception (class 22) names the value it refused ('invalid input syntax for type uuid: "…"').
 */
function withoutValues(error: Error): string {
  const at = error.message.indexOf('\nparams: ');
  if (at !== -1) return `${error.message.slice(0, at)}\nparams: [withheld from the log]`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return error.message.replace(/: ".*"$/s, ': [value withheld]');
  return error.message;
}

/** A plain object for the log: name, message, stack, code and the like, the causes, no values. */
export function serializeErrorForLog(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  if (depth > 5) return { type: error.name, message: '[cause chain cut]' };
  const message = withoutValues(error);
  const out: Record<string, unknown> = { type: error.constructor?.name || error.name, message };
  if (error.stack) out.stack = error.stack.replace(error.message, message);
  for (const [key, value] of Object.entries(error)) {
    if (VALUE_BEARING.has(key) || key === 'cause' || key === 'message' || key === 'stack') continue;
    out[key] = value instanceof Error ? serializeErrorForLog(value, depth + 1) : value;
  }
  if (error instanceof AggregateError) out.errors = error.errors.map((e) => serializeErrorForLog(e, depth + 1));
  if (error.cause !== undefined) out.cause = serializeErrorForLog(error.cause, depth + 1);
  return out;
}

/** The same as text, for a terminal (the CLI): each stack, then "Caused by:" the next. */
export function describeErrorForLog(error: unknown): string {
  const lines: string[] = [];
  let current = serializeErrorForLog(error);
  for (let depth = 0; current !== undefined && depth < 6; depth++) {
    if (current && typeof current === 'object') {
      const e = current as { stack?: unknown; message?: unknown; type?: unknown; code?: unknown; cause?: unknown };
      const text = typeof e.stack === 'string' ? e.stack : `${String(e.type)}: ${String(e.message)}`;
      lines.push(`${depth > 0 ? 'Caused by: ' : ''}${text}${e.code ? ` [${String(e.code)}]` : ''}`);
      current = e.cause;
    } else {
      lines.push(`${depth > 0 ? 'Caused by: ' : ''}${String(current)}`);
      current = undefined;
    }
  }
  return lines.join('\n');
}
