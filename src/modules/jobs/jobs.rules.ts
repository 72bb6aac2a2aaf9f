import { Cron } from 'croner';

/** The delay before retry number `attempt` (1 = the first retry) and a random number in [0, 1). */
export function backoffMs(attempt: number, baseMs: number, random: number, capMs = 6 * 3_600_000): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  // ±25% jitter, so jobs that failed together do not all come back together.
  return Math.round(exponential * (0.75 + 0.5 * random));
}

/** What happens after a failed attempt: another one at `runAt`, or the job has failed for good. */
export type AfterFailure = { retry: true; runAt: Date } | { retry: false };

export function afterFailure(
  job: { attempts: number; maxAttempts: number },
  now: Date,
  baseMs: number,
  random: number,
): AfterFailure {
  if (job.attempts >= job.maxAttempts) return { retry: false };
  return { retry: true, runAt: new Date(now.getTime() + backoffMs(job.attempts, baseMs, random)) };
}

/**
 * The first tick of `cron` strictly after `after`, read in `timeZone` (an IANA name). Across a
 * daylight-saving change a wall-clock time the spring change skips runs one hour later that day
 * (02:30 → 03:30); one the autumn change repeats runs once, at its first occurrence (so an hourly
 * job waits two hours once a year).
 */
export function nextTick(cron: string, timeZone: string, after: Date): Date | null {
  return new Cron(cron, { timezone: timeZone, paused: true }).nextRun(after);
}

/** Null when `cron` is a valid expression, else why not. */
export function cronProblem(cron: string): string | null {
  try {
    new Cron(cron, { paused: true });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A job name: `<module>.<what>`, lower-case words with dashes. */
export const JOB_NAME = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*$/;

/** What is kept of an error: its message, bounded. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  return message.length > 2000 ? `${message.slice(0, 1999)}…` : message;
}

/** A handler's result as stored: JSON, or a note that it was too large or not JSON. */
export function storedResult(value: unknown, maxChars = 32_000): unknown {
  if (value === undefined) return null;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return { note: 'the result was not JSON' };
  }
  if (text === undefined) return null;
  if (text.length > maxChars) return { note: `the result had ${text.length} characters; not kept` };
  return JSON.parse(text);
}
