import type { ReactNode } from 'react';
import { capitalize, isApiError } from '../../api/errors';
import { notifyError } from '../../ui/notify';

type NestedForm = { values: object; setErrors: (errors: Record<string, ReactNode>) => void };

function valueAt(values: unknown, path: readonly string[]): unknown {
  let at: unknown = values;
  for (const segment of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

const isMoney = (v: unknown) => v !== null && typeof v === 'object' && 'amount' in v && 'currency' in v;

/**
 * The server's field errors under a nested form's inputs ("commercialModel.components.1.ratePercent",
 * "requirements.0.min"): each lands on the deepest path the form holds a value at; an amount's
 * "fee.amount" on the money input "fee". What no input shows is notified. Returns true (handled),
 * for `onError`.
 */
export function placeNestedErrors(form: NestedForm, error: unknown): true {
  if (!isApiError(error) || error.errors.length === 0) {
    notifyError(error);
    return true;
  }
  const shown: Record<string, string> = {};
  let unplaced = 0;
  for (const { path, message } of error.errors) {
    let segments = path.split('.');
    while (segments.length > 0 && valueAt(form.values, segments) === undefined) segments = segments.slice(0, -1);
    if (segments.length > 1 && isMoney(valueAt(form.values, segments.slice(0, -1)))) segments = segments.slice(0, -1);
    if (segments.length === 0) unplaced += 1;
    else shown[segments.join('.')] ??= capitalize(message);
  }
  if (Object.keys(shown).length > 0) form.setErrors(shown);
  if (Object.keys(shown).length === 0 || unplaced > 0) notifyError(error);
  return true;
}
