import type { z } from 'zod';
import { TEXT_CHECK } from '../../src/server/schemas.js';

/** Formats whose own pattern bounds their length (a UUID, a timestamp). */
const BOUNDED_FORMATS = new Set(['uuid', 'guid', 'datetime', 'date', 'time']);

type Def = {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string } } }[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  getter?: () => z.ZodType;
};

/**
 * The input strings of a request schema that could carry what the database cannot store: every
 * string must pass `TEXT_CHECK` (src/server/schemas.ts) and have a maximum length, and nothing may
 * accept an arbitrary value (`any`, `unknown`). Answers one line per offending place.
 */
export function unsafeInputStrings(schema: z.ZodType, path = '', seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const at = path || '(root)';
  const walk = (child: z.ZodType | null | undefined, childPath = path) =>
    child ? unsafeInputStrings(child, childPath, seen) : [];
  switch (def.type) {
    case 'string': {
      const checks = def.checks ?? [];
      const problems: string[] = [];
      if (!checks.includes(TEXT_CHECK as never)) problems.push(`${at}: a string without TEXT_CHECK (use zString/zText/…)`);
      const bounded = checks.some((c) => c._zod.def.check === 'max_length') || BOUNDED_FORMATS.has(def.format ?? '');
      if (!bounded) problems.push(`${at}: a string without a maximum length`);
      return problems;
    }
    case 'any':
    case 'unknown':
    case 'custom':
      return [`${at}: accepts anything (${def.type})`];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => walk(child, path ? `${path}.${key}` : key));
    case 'array':
      return walk(def.element, `${path}[]`);
    case 'tuple':
      return [...(def.items ?? []).flatMap((item, i) => walk(item, `${path}.${i}`)), ...walk(def.rest, `${path}[]`)];
    case 'record':
      return [...walk(def.keyType, `${path}{key}`), ...walk(def.valueType, `${path}{}`)];
    case 'union':
      return (def.options ?? []).flatMap((option) => walk(option));
    case 'intersection':
      return [...walk(def.left), ...walk(def.right)];
    case 'pipe':
      return [...walk(def.in), ...walk(def.out)];
    case 'lazy':
      return walk(def.getter?.());
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return walk(def.innerType);
    default:
      // Numbers, booleans, enums, literals, dates, transforms: no free text.
      return [];
  }
}
