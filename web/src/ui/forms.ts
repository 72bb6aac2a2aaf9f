import { type FormValidateInput, type UseFormReturnType, useForm } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { capitalize, isApiError } from '../api/errors';
import { notifyError } from './notify';
import type { ApiMutation, RunOptions } from './useApiMutation';

/**
 * The values of a form that edits a request body of the generated schema
 * (`FormValues<RequestBody<'/api/v1/tiers', 'post'>>`): every field present, because inputs are
 * controlled, and none optional. Where an input holds something else than the API takes (a
 * NumberInput's '' while empty, a Select's string for a number), override that one field.
 */
export type FormValues<Body> = { -readonly [K in keyof Body]-?: Exclude<Body[K], undefined> };

/**
 * A form's values from a record the API returned: each field the record has, else the default.
 * Only the fields of `defaults` are read, so a record with more fields (ids, timestamps) fits.
 */
export function valuesFrom<V extends object>(defaults: V, record: { [K in keyof V]?: V[K] } | null | undefined): V {
  if (!record) return defaults;
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof V)[]) {
    if (Object.hasOwn(record, key)) out[key] = record[key] as V[keyof V];
  }
  return out;
}

export type FormWithErrors = { values: object; setErrors: (errors: Record<string, ReactNode>) => void };

/**
 * Puts the server's field errors under the form's inputs ("domains.0" lands on `domains`; a field
 * of a list's row, "contacts.2.email", lands on that row's input). `aliases` renames server paths
 * that the form calls differently: a whole path ('rates.0.currency'), its first segment
 * ('expiresAt') or a leading part ('valueCapture.vendor' → 'valueCapture'). Whatever no input can
 * show — or a failure with no field at all — becomes a notification with the problem's detail.
 */
export function showFormErrors(form: FormWithErrors, error: unknown, aliases: Record<string, string> = {}): void {
  if (!isApiError(error)) {
    notifyError(error);
    return;
  }
  const shown: Record<string, string> = {};
  let unplaced = 0;
  for (const { path, message } of error.errors) {
    const field = fieldOf(form.values as Record<string, unknown>, aliased(path, aliases));
    if (field) shown[field] ??= capitalize(message);
    else unplaced += 1;
  }
  if (Object.keys(shown).length > 0) form.setErrors(shown);
  if (Object.keys(shown).length === 0 || unplaced > 0) notifyError(error);
}

/** The path with its longest aliased leading part renamed (a whole-path alias is the longest). */
function aliased(path: string, aliases: Record<string, string>): string {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const alias = aliases[parts.slice(0, n).join('.')];
    if (alias !== undefined) return [alias, ...parts.slice(n)].join('.');
  }
  return path;
}

/**
 * The form field that shows a server path: its first segment, or deeper into a list of rows
 * ("contacts.2.email" when row 2 has `email`), never inside a single input's value ("amount.currency"
 * lands on `amount`). Null when the form has no such field.
 */
function fieldOf(values: Record<string, unknown>, path: string): string | null {
  const [first = path, ...rest] = path.split('.');
  if (!(first in values)) return null;
  let field = first;
  let value: unknown = values[first];
  while (rest.length >= 2 && Array.isArray(value) && /^\d+$/.test(rest[0] as string)) {
    const row: unknown = value[Number(rest[0])];
    const key = rest[1] as string;
    if (row === null || typeof row !== 'object' || Array.isArray(row) || !(key in row)) break;
    field = `${field}.${rest[0]}.${key}`;
    value = (row as Record<string, unknown>)[key];
    rest.splice(0, 2);
  }
  return field;
}

/** Keeps only the keys a form knows about: handy for building a PATCH body from form values. */
export function pick<T extends object, K extends keyof T>(values: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = values[key];
  return out;
}

export type ApiFormOptions<Values, TData, TVars> = Omit<RunOptions<TData>, 'form'> & {
  initialValues: Values;
  validate?: FormValidateInput<Values>;
  mutation: ApiMutation<TData, TVars>;
  /** The request from the form's values (trimmed, renamed, converted). */
  toVariables: (values: Values) => TVars;
};

export type ApiForm<Values> = UseFormReturnType<Values> & {
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  busy: boolean;
};

/**
 * A Mantine form whose submit runs an API mutation: validation in the browser first, then the
 * server's field errors under the same inputs, the success notification and `onSuccess`.
 */
export function useApiForm<Values extends object, TData, TVars>({
  initialValues,
  validate,
  mutation,
  toVariables,
  ...run
}: ApiFormOptions<Values, TData, TVars>): ApiForm<Values> {
  const form = useForm<Values>({ initialValues, validate });
  const submit = form.onSubmit((values) => mutation.run(toVariables(values), { ...run, form }));
  return { ...form, submit, busy: mutation.isPending };
}
