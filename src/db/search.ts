/**
 * The ILIKE pattern for "contains `q`": `%`, `_` and `\` in what the user typed match themselves.
 */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, '\\$&')}%`;
}
