import { z } from 'zod';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../shared/paging.js';
import { installFriendlyMessages } from './zod-messages.js';

// Every route's schemas are built from this file, so installing the wording here reaches them all.
installFriendlyMessages();

/** Shared request/response building blocks. Module routes compose these. */

export const ZId = z.uuid({ error: 'must be a UUID' });
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

export const ZCursor = z.string().max(2000).optional();

/** `?active=true|false` — query strings carry text, so booleans are spelled out. */
export const ZQueryBoolean = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

export function zPage<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() });
}

/** Non-empty trimmed text. */
export const zText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** Optional free text, trimmed, may be empty. */
export const zOptionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const ZEmail = z
  .email({ error: 'must be an e-mail address' })
  .max(254)
  .transform((e) => e.trim().toLowerCase());

export const ZOk = z.object({ ok: z.literal(true) });

/**
 * A list filter that takes one or more values: `?stage=active`, `?stage=active,strategic` or
 * `?stage=active&stage=strategic` all work, and mean "any of these".
 */
function zOneOrMore(check: (value: string) => boolean, described: string) {
  const message = `must be one or more of ${described}, comma-separated or repeated`;
  return z
    .union([z.string(), z.array(z.string())])
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
