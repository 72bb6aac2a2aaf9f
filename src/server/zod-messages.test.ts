import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZId, zText } from './schemas.js';

/** The first message a schema gives for an input, with the global wording installed by schemas.ts. */
function messageOf(schema: z.ZodType, input: unknown): string | undefined {
  const result = schema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('validation messages continue "<field> …" in plain words, never Zod’s own English', () => {
  it.each([
    ['a missing field', z.object({ name: z.string() }), {}, 'is required'],
    ['null where text is wanted', z.string(), null, 'must not be null'],
    ['a number where text is wanted', z.string(), 42, 'must be a string'],
    ['text where a number is wanted', z.number(), 'x', 'must be a number'],
    ['text where a list is wanted', z.array(z.string()), 'x', 'must be a list'],
    ['a word where true/false is wanted', z.boolean(), 'yes', 'must be true or false'],
    ['a value outside an enumeration', z.enum(['channel', 'alliance']), 'direct', 'must be one of channel, alliance'],
    ['another literal', z.literal('on'), 'off', 'must be on'],
    ['an empty string where text is required', z.string().min(1), '', 'must not be empty'],
    ['too short', z.string().min(3), 'ab', 'must have at least 3 characters'],
    ['too long', z.string().max(3), 'abcd', 'must have at most 3 characters'],
    ['too many items', z.array(z.number()).max(1), [1, 2], 'must have at most 1 item'],
    ['too small a number', z.number().min(1), 0, 'must be at least 1'],
    ['not above a strict bound', z.number().gt(0), 0, 'must be more than 0'],
    ['not an e-mail address', z.email(), 'nope', 'must be an e-mail address'],
    ['not a UUID (a schema’s own message wins)', ZId, 'nope', 'must be a UUID'],
    ['not a date-time', z.iso.datetime(), 'nope', 'must be an RFC 3339 date-time such as 2026-11-22T18:40:00Z'],
    [
      'a union whose telling option explains',
      z.union([z.literal(''), z.url({ error: 'must be an http(s) URL' })]),
      'ftp',
      'must be an http(s) URL',
    ],
    ['a union of types', z.union([z.string(), z.array(z.string())]), 5, 'is not valid'],
    ['a schema’s own message', zText(10), '   ', 'must not be empty'],
  ])('%s', (_what, schema, input, message) => {
    expect(messageOf(schema, input)).toBe(message);
  });
});
