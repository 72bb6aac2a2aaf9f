import { z } from 'zod';
import { countryCodeProblem } from '../shared/locale.js';
import { isCurrency } from '../shared/money.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../shared/paging.js';
import { textProblem } from '../shared/text.js';
import { installFriendlyMessages } from './zod-messages.js';

// Every route's schemas are built from this file, so installing the wording here reaches them all.
installFriendlyMessages();

/**
 * Shared request/response building blocks. Module routes compose these.
 *
 * Every string a request carries (body, query, path) passes `TEXT_CHECK` and has a maximum length:
 * build input strings from `zString`, `zText`, `zOptionalText`, `ZEmail`, `ZId`, `zDateTime` or add
 * `.check(TEXT_CHECK)` to another string format. test/api/routes.test.ts walks every route's input
 * schemas and fails on a string that does not, so a NUL byte is a 422 naming the field instead of
 * a PostgreSQL error (a 500, with the statement's parameters in the log).
 */

/** Refuses NUL, control characters and unpaired surrogates (src/shared/text.ts), naming why. */
export const TEXT_CHECK = z.refine((value: unknown) => typeof value !== 'string' || textProblem(value) === null, {
  error: (issue) => textProblem(String(issue.input)) ?? 'is not valid text',
  abort: true,
});

/** Any input text, as sent (not trimmed), of at most `max` characters. */
export const zString = (max: number) => z.string().check(TEXT_CHECK).max(max, `must be at most ${max} characters`);

export const ZId = z.uuid({ error: 'must be a UUID' }).check(TEXT_CHECK);
export const ZIdParams = z.object({ id: ZId });

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const ZLimit = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
  .default(DEFAULT_LIMIT);

export const ZCursor = zString(2000).optional();

/** An RFC 3339 timestamp with its offset, as text (the handler turns it into a Date). */
/** A calendar date, `YYYY-MM-DD`. */
export const zDate = () => z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).check(TEXT_CHECK);

/** An ISO 4217 currency code such as USD (upper case). */
export const ZCurrency = zString(3).refine(isCurrency, 'must be an ISO 4217 currency code such as USD or EUR');

/**
 * A country: a current ISO 3166-1 alpha-2 code in any case, trimmed and upper-cased ("de" → "DE").
 * A retired code is refused with its successor named ("UK": 'is a retired code: use GB …'), an
 * unknown one with an example; the one rule is `countryCodeProblem` (src/shared/locale.ts).
 */
export const zCountry = () =>
  zString(20)
    .transform((code) => code.trim().toUpperCase())
    .check(
      z.refine((code: string) => countryCodeProblem(code) === null, {
        error: (issue) => countryCodeProblem(String(issue.input)) ?? 'is not a country code',
      }),
    );

export const zDateTime = () => z.iso.datetime({ offset: true, error: 'must be an RFC 3339 timestamp' }).check(TEXT_CHECK);

/** `?active=true|false` — query strings carry text, so booleans are spelled out. */
export const ZQueryBoolean = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** Non-empty trimmed text. */
export const zText = (max: number) =>
  z.string().check(TEXT_CHECK).trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Optional free text, trimmed, may be empty. */
export const zOptionalText = (max: number) => z.string().check(TEXT_CHECK).trim().max(max, `must be at most ${max} characters`);

export const ZEmail = z
  .email({ error: 'must be an e-mail address' })
  .max(254, 'must be at most 254 characters')
  .check(TEXT_CHECK)
  .transform((e) => e.trim().toLowerCase());

export const ZOk = z.object({ ok: z.literal(true) });

/**
 * A list filter that takes one or more values: `?stage=active`, `?stage=active,strategic` or
 * `?stage=active&stage=strategic` all work, and mean "any of these".
 */
export function zOneOrMore(check: (value: string) => boolean, described: string) {
  const message = `must be one or more of ${described}, comma-separated or repeated`;
  return z
    .union([zString(2000), z.array(zString(2000))])
    .transform((raw, ctx) => {
      const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim());
      if (values.length === 0 || values.some((v) => !check(v))) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return [...new Set(values)];
    })
    .meta({ description: `One or more of ${described}, comma-separated or repeated` });
}

export function zAnyOf<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return zOneOrMore((v) => allowed.has(v), values.join(', ')).transform((list) => list as T[number][]);
}

export const ZIdList = zOneOrMore((v) => z.uuid().safeParse(v).success, 'record ids (UUIDs)');
