import type { ReactNode } from 'react';
import { isApiError } from '../api/errors';
import { notifyError } from './notify';

type FormWithErrors = { setErrors: (errors: Record<string, ReactNode>) => void };

/**
 * Puts the server's field errors under the form's inputs ("domains.0" lands on `domains`); `aliases`
 * renames server paths that the form calls differently. Whatever no input can show — or a failure
 * with no field at all — becomes a notification with the problem's detail.
 */
export function showFormErrors(
  form: FormWithErrors,
  error: unknown,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): void {
  if (!isApiError(error)) {
    notifyError(error);
    return;
  }
  const shown: Record<string, string> = {};
  let unplaced = 0;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const field = aliases[path] ?? path;
    if (fields.includes(field)) shown[field] ??= message;
    else unplaced += 1;
  }
  if (Object.keys(shown).length > 0) form.setErrors(shown);
  if (Object.keys(shown).length === 0 || unplaced > 0) notifyError(error);
}

/** Keeps only the keys a form knows about: handy for building a PATCH body from form values. */
export function pick<T extends object, K extends keyof T>(values: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = values[key];
  return out;
}
