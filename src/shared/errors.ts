/**
 * One error type for the whole application. Services throw `AppError` with a string code;
 * the HTTP layer turns it into RFC 9457 problem+json using the status table below.
 * Business rules never throw: they return "no" as a value and the service decides.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_TRANSITION: 422,
  FX_RATE_MISSING: 422,
  COMPLIANCE_BLOCKED: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_IN_PROGRESS: 409,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 429,
  HEADER_FIELDS_TOO_LARGE: 431,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldError = { path: string; message: string };

const TITLES: Record<ErrorCode, string> = {
  BAD_REQUEST: 'Bad request',
  VALIDATION_FAILED: 'Validation failed',
  UNAUTHENTICATED: 'Authentication required',
  FORBIDDEN: 'Forbidden',
  CSRF_INVALID: 'Missing or invalid CSRF token',
  NOT_FOUND: 'Not found',
  REQUEST_TIMEOUT: 'Request timeout',
  CONFLICT: 'Conflict',
  PAYLOAD_TOO_LARGE: 'Payload too large',
  URI_TOO_LONG: 'URI too long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  INVALID_TRANSITION: 'Transition not allowed',
  FX_RATE_MISSING: 'No exchange rate for that date',
  COMPLIANCE_BLOCKED: 'Blocked by a compliance item',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused with a different request',
  IDEMPOTENCY_IN_PROGRESS: 'A request with this idempotency key is still in progress',
  RATE_LIMITED: 'Too many requests',
  ACCOUNT_LOCKED: 'Too many failed sign-in attempts',
  HEADER_FIELDS_TOO_LARGE: 'Request header fields too large',
  SERVICE_UNAVAILABLE: 'Service unavailable',
  INTERNAL: 'Internal server error',
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, detail?: string, options: { errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail ?? TITLES[code]);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }

  get title(): string {
    return TITLES[this.code];
  }
}

export function notFound(what = 'Record'): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
}

export function forbidden(detail = 'You do not have permission to do this', errors?: FieldError[]): AppError {
  return new AppError('FORBIDDEN', detail, { errors });
}

/** A 422 naming one field; the common case of "this input is not acceptable". */
export function invalidField(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${path}: ${message}`, { errors: [{ path, message }] });
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
};

export function toProblem(error: AppError, requestId?: string): Problem {
  return {
    type: `https://consort.dev/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(requestId ? { requestId } : {}),
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
}
