import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pgErrorOf } from '../db/pg-error.js';
import { AppError, type FieldError, toProblem } from '../shared/errors.js';

export function sendProblem(reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send(toProblem(error, String(reply.request.id)));
}

/** "/domains/0" → "domains.0"; the root ("/") becomes the part that was validated ("body"). */
function fieldPath(instancePath: string, part: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return path || part;
}

/**
 * Maps every error to RFC 9457 problem+json. Bad input is a 4xx naming the field; only a real
 * fault is a 500, and its detail never leaks internals (the log has them, under the request id).
 */
export function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const part = fastifyError.validationContext ?? 'body';
    const errors: FieldError[] = fastifyError.validation.flatMap((issue) => {
      // Unknown fields are reported once for the object; name each of them instead.
      const keys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        const base = fieldPath(issue.instancePath, '');
        return keys.map((key) => ({ path: base ? `${base}.${String(key)}` : String(key), message: 'is not a known field' }));
      }
      return [{ path: fieldPath(issue.instancePath, part), message: issue.message ?? 'is not valid' }];
    });
    // A malformed id in the path names no record: the answer is the same as for a missing one.
    if (part === 'params') return new AppError('NOT_FOUND', 'Not found');
    return new AppError('VALIDATION_FAILED', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('BAD_REQUEST', 'The request body is not valid JSON', {
        errors: [{ path: 'body', message: 'is not valid JSON' }],
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    default:
      break;
  }
  const pgError = pgErrorOf(error);
  if (pgError) {
    switch (pgError.code) {
      case '23505':
        return new AppError('CONFLICT', 'A record with these values already exists');
      case '23503':
        return new AppError('VALIDATION_FAILED', 'A referenced record does not exist');
      case '23001':
        return new AppError('CONFLICT', 'Other records still refer to this one');
      case '22021':
      case '22P05':
        // Defence in depth: TEXT_CHECK (schemas.ts) refuses such text in every request field.
        return new AppError('BAD_REQUEST', 'A text value contains a character that cannot be stored (such as NUL, U+0000)');
      case '22P02':
      case '22007':
      case '22008':
      case '23514':
      case '22001':
        return new AppError('VALIDATION_FAILED', 'A value is not valid for its field');
      default:
        break;
    }
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError(fastifyError.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', fastifyError.message);
  }
  // The logger's `err` serializer withholds the values of a failed statement (log-errors.ts).
  request.log.error({ err: error }, 'unhandled error');
  return new AppError('INTERNAL', 'Something went wrong on our side; the request id identifies it in the logs');
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendProblem(reply, toAppError(error, request)));
}
