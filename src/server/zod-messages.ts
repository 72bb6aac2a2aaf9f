import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';

/**
 * The wording of validation errors, in the voice of the messages our schemas spell out
 * themselves ("must be a UUID", "must not be empty"): a field error reads "<path> <message>",
 * so every message continues a sentence whose subject is the field. Zod's own English
 * ("Invalid input: expected string, received undefined") would otherwise appear beside them.
 * A message given in a schema still wins; this only replaces Zod's defaults.
 */
export function friendlyMessage(issue: $ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.input === null) return 'must not be null';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${show(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => show(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'must not be empty';
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'must have at least one item';
      return bound('at least', issue.minimum, issue.origin, issue.inclusive ?? true, 'more than');
    case 'too_big':
      return bound('at most', issue.maximum, issue.origin, issue.inclusive ?? true, 'less than');
    case 'invalid_format':
      return `must be ${FORMAT_NAMES[issue.format] ?? 'in the expected format'}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return issue.keys.length === 1 ? `has an unknown field ${issue.keys[0]}` : `has unknown fields ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return unionMessage(issue.errors);
    case 'invalid_key':
    case 'invalid_element':
      return 'has an entry that is not valid';
    default:
      return 'is not valid';
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
  null: 'null',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'an e-mail address',
  url: 'a URL',
  uuid: 'a UUID',
  uuidv4: 'a UUID',
  uuidv6: 'a UUID',
  uuidv7: 'a UUID',
  guid: 'a UUID',
  datetime: 'an RFC 3339 date-time such as 2026-11-22T18:40:00Z',
  date: 'a date such as 2026-11-22',
  time: 'a time such as 18:40',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  starts_with: 'in the expected format',
  regex: 'in the expected format',
};

const UNITS: Record<string, string> = { string: 'characters', array: 'items', set: 'items', file: 'bytes' };

function bound(word: string, limit: unknown, origin: string, inclusive: boolean, strict: string): string {
  const units = UNITS[origin];
  const unit = units && Number(limit) === 1 ? units.slice(0, -1) : units;
  const phrase = inclusive ? word : strict;
  return unit ? `must have ${phrase} ${String(limit)} ${unit}` : `must be ${phrase} ${String(limit)}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/**
 * A union failed every option. Options that failed only because the value had another type
 * or was not a listed literal say nothing useful ("must be """); an option that got as far as
 * checking the value's content does ("must be an http(s) URL"), so its message is the answer.
 */
function unionMessage(errors: readonly (readonly { code: string; message: string }[])[]): string {
  const telling = errors.flat().filter((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value');
  return telling[0]?.message ?? 'is not valid';
}

let installed = false;

/** Makes `friendlyMessage` Zod's wording for every schema in the process; called once, at import. */
export function installFriendlyMessages(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: friendlyMessage });
}
