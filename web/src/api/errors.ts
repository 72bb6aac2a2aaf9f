import type { FieldError, Problem } from './types';

/**
 * Every failed API call becomes one of these. `fieldErrors` maps the first segment of each
 * problem path to its message ("domains.0" → "domains"), which is how forms address their fields.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly errors: FieldError[];
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Partial<Problem>, retryAfter: string | null = null) {
    super(problem.detail || problem.title || `Request failed (${status})`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? 'UNKNOWN';
    this.title = problem.title ?? 'Request failed';
    this.errors = problem.errors ?? [];
    this.fieldErrors = toFieldErrors(this.errors);
    const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
    this.retryAfterSeconds = Number.isFinite(seconds) ? seconds : null;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function toFieldErrors(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { path, message } of errors) {
    const field = path.split('.')[0] ?? path;
    out[field] ??= capitalize(message);
  }
  return out;
}

/** A field error as a form shows it under its input: "Is required". */
export function capitalize(text: string): string {
  return text.length > 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A sentence for a notification: the problem's detail, or something honest when the network failed. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'The server could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong';
}

export async function readProblem(response: Response): Promise<ApiError> {
  let problem: Partial<Problem> = {};
  try {
    const text = await response.text();
    if (text) problem = JSON.parse(text) as Partial<Problem>;
  } catch {
    problem = { detail: response.statusText };
  }
  return new ApiError(response.status, problem, response.headers.get('retry-after'));
}
