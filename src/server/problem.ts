import http from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pgErrorOf } from '../db/pg-error.js';
import { AppError, ERROR_STATUS, type ErrorCode, type FieldError, toProblem } from '../shared/errors.js';
import { newId } from '../shared/ids.js';

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
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('BAD_REQUEST', 'The request body does not have the length its Content-Length says');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('URI_TOO_LONG', 'A part of the URL is longer than any valid value');
    case 'FST_ERR_BAD_URL':
      return new AppError('BAD_REQUEST', 'The URL is not valid percent-encoding');
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
  // Other errors of Fastify and its plugins carry their status: keep it where we have a code for it.
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && ((status >= 400 && status < 500) || status === 503)) {
    return new AppError(STATUS_CODES.get(status) ?? 'BAD_REQUEST', fastifyError.message);
  }
  // The logger's `err` serializer withholds the values of a failed statement (log-errors.ts).
  request.log.error({ err: error }, 'unhandled error');
  return new AppError('INTERNAL', 'Something went wrong on our side; the request id identifies it in the logs');
}

/** Status → our code, for errors that come with a status only; the first code of a status wins. */
const STATUS_CODES = new Map<number, ErrorCode>(
  (Object.entries(ERROR_STATUS) as [ErrorCode, number][]).reverse().map(([code, status]) => [status, code]),
);

/**
 * Every answer of ours is problem+json, including those Fastify gives before a route runs:
 * - `setErrorHandler`: errors of routes, hooks, body parsing (bad JSON, 413, 415) and plugins;
 * - `frameworkErrors` (a Fastify option, see buildApp): the router's 400 for a URL that is not
 *   valid percent-encoding and 414 for a path parameter over `maxParamLength`;
 * - `clientErrorHandler` (a Fastify option): what Node's HTTP parser refuses before there is a
 *   request (431, a request line too long, bytes that are not HTTP, a request timeout);
 * - while stopping, a request that still arrives gets a 503 problem here instead of Fastify's
 *   plain JSON (`return503OnClosing: false` in buildApp).
 */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => sendProblem(reply, toAppError(error, request)));
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close');
    return sendProblem(reply, new AppError('SERVICE_UNAVAILABLE', 'Consort is stopping; try again in a moment'));
  });
}

export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // No route, so no onSend hooks: the request id header is set here.
  reply.header('x-request-id', String(request.id));
  return sendProblem(reply, toAppError(error, request));
}

/** The parser's "head too large" covers the request line too; a line that never ended is a long URI. */
function headOverflow(error: ConnectionError): AppError {
  // Typed as JSON by Fastify, a Buffer at run time: the bytes of the chunk being parsed.
  const packet: unknown = error.rawPacket;
  const parsed = Buffer.isBuffer(packet) ? packet.subarray(0, error.bytesParsed).toString('latin1') : '';
  if (/^[A-Z]+ /.test(parsed) && !parsed.includes('\r\n')) {
    return new AppError('URI_TOO_LONG', `The request line is longer than ${http.maxHeaderSize} bytes`);
  }
  return new AppError('HEADER_FIELDS_TOO_LARGE', `The request line and headers are longer than ${http.maxHeaderSize} bytes`);
}

function clientErrorToAppError(error: ConnectionError): AppError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new AppError('REQUEST_TIMEOUT', 'The request did not arrive in time');
  if (error.code === 'HPE_HEADER_OVERFLOW') return headOverflow(error);
  return new AppError('BAD_REQUEST', 'The request is not valid HTTP/1.1');
}

/**
 * Fastify's `clientErrorHandler`: Node's HTTP parser refused the bytes, so there is no request or
 * reply, only the socket. Answers with the problem written by hand (and a request id for the
 * log line), then closes the connection, as Node and Fastify do by default.
 */
export function clientErrorHandler(this: unknown, error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const appError = clientErrorToAppError(error);
  const requestId = newId();
  // Fastify calls it bound to the instance.
  (this as FastifyInstance).log.info(
    { reqId: requestId, err: error, statusCode: appError.status },
    'refused a request the HTTP parser could not read',
  );
  if (socket.writable) {
    const body = JSON.stringify(toProblem(appError, requestId));
    socket.write(
      `HTTP/1.1 ${appError.status} ${http.STATUS_CODES[appError.status] ?? appError.title}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\n` +
        'Cache-Control: no-store\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
