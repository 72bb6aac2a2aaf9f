/**
 * JSON laid out the way the project's formatter (Biome, 2 spaces, 130 columns) lays it out, so the
 * committed results pass `biome check .` as written: like JSON.stringify(value, null, 2), except
 * that a list of plain values stays on one line when it fits.
 */
const LINE_WIDTH = 130;
const INDENT = '  ';

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function format(value: unknown, indent: string, prefixLength: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (value.every(isPlain) && indent.length + prefixLength + inline.length + 1 <= LINE_WIDTH) return inline;
    const inner = indent + INDENT;
    return `[\n${value.map((v) => inner + format(v, inner, 0)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + INDENT;
    const lines = entries.map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return inner + key + format(v, inner, key.length);
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function formatJson(value: unknown): string {
  return `${format(value, '', 0)}\n`;
}
