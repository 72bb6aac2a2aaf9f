import type { AuditEntity, ColorSets, LabelSets } from '../app/module';
import { WEB_MODULES } from '../app/modules';

/**
 * Human text for what the API says, collected from the modules (`labels`, `colors` and `audit` of
 * each module.tsx); this file names no module. Read a set as `LABELS.lifecycleStage[value]`: the
 * set names and their value unions are typed by the modules' declarations (see app/module.ts).
 */
function collect<T>(
  pick: (module: (typeof WEB_MODULES)[number]) => Readonly<Record<string, T>> | undefined,
  what: string,
  shared = false,
) {
  const out: Record<string, T> = {};
  for (const module of WEB_MODULES) {
    for (const [key, value] of Object.entries(pick(module) ?? {})) {
      if (key in out && !shared) throw new Error(`Two modules define the ${what} "${key}" (the second is ${module.name})`);
      out[key] ??= value;
    }
  }
  return out;
}

// Each module declares its sets' types from the very objects it registers, so the casts below hold.
export const LABELS = collect(
  (m) => m.labels as Record<string, Record<string, string>> | undefined,
  'label set',
) as unknown as LabelSets;
export const COLORS = collect(
  (m) => m.colors as Record<string, Record<string, string>> | undefined,
  'colour set',
) as unknown as ColorSets;

/** Record types of the audit log, by `entityType`. */
export const AUDIT_ENTITIES: Readonly<Record<string, AuditEntity>> = collect((m) => m.audit?.entities, 'audit record type');
/** Actions of the audit log, by `action`. */
export const AUDIT_ACTIONS: Readonly<Record<string, { label: string; color: string }>> = collect(
  (m) => m.audit?.actions,
  'audit action',
);
/** Field names of audited records, for the before/after diff (modules sharing a field name share its label). */
export const FIELD_LABELS: Readonly<Record<string, string>> = collect((m) => m.audit?.fields, 'field', true);

export function labelOf<K extends string>(labels: Record<K, string>, key: K | null | undefined): string {
  if (key === null || key === undefined) return '—';
  return labels[key] ?? key;
}

/** A label for a string the API returns without a declared union (audit entity types, actions). */
export function looseLabel(labels: Readonly<Record<string, string | { label: string }>>, key: string): string {
  const label = labels[key];
  if (label === undefined) return key.replaceAll('_', ' ');
  return typeof label === 'string' ? label : label.label;
}

export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}

/** Options for values without a declared union, sorted by label: modules add to these lists. */
export function sortedOptionsOf(
  labels: Readonly<Record<string, string | { label: string }>>,
): { value: string; label: string }[] {
  return Object.keys(labels)
    .map((value) => ({ value, label: looseLabel(labels, value) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function isKeyOf<K extends string>(labels: Record<K, string>, value: string | null | undefined): value is K {
  return typeof value === 'string' && Object.hasOwn(labels, value);
}

/** Two upper-case letters; the server checks the code itself. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;
