/**
 * What text the application accepts from outside. PostgreSQL refuses the NUL character in `text`
 * and `jsonb` (and the driver silently turns an unpaired UTF-16 surrogate into U+FFFD), so such
 * input would fail deep in a statement or be stored changed; other C0 control characters are never
 * typed by a person and only hide text. Tab, line feed and carriage return are ordinary text.
 */
type Flaw = 'nul' | 'control' | 'surrogate';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/** What is wrong with the UTF-16 unit at `i` of `value`, if anything. */
function flawAt(value: string, i: number): Flaw | null {
  const unit = value.charCodeAt(i);
  if (unit === 0) return 'nul';
  if (unit < 0x20 && unit !== TAB && unit !== LF && unit !== CR) return 'control';
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const next = value.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : 'surrogate';
  }
  if (unit >= 0xdc00 && unit <= 0xdfff) {
    const previous = i > 0 ? value.charCodeAt(i - 1) : 0;
    return previous >= 0xd800 && previous <= 0xdbff ? null : 'surrogate';
  }
  return null;
}

const MESSAGES: Record<Flaw, string> = {
  nul: 'must not contain the NUL character (U+0000)',
  control: 'must not contain control characters',
  surrogate: 'must be valid Unicode text (it has an unpaired surrogate)',
};

/** Why `value` is not acceptable text, or null when it is. NUL is named first wherever it is. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return MESSAGES.nul;
  for (let i = 0; i < value.length; i++) {
    const flaw = flawAt(value, i);
    if (flaw) return MESSAGES[flaw];
  }
  return null;
}

/**
 * Text taken from a request header for the record (a session's user agent): what `textProblem`
 * would refuse is dropped rather than refused, and it is cut to `max` characters without splitting
 * a character in two.
 */
export function toStorableText(value: string, max: number): string {
  let kept = '';
  for (let i = 0; i < value.length; i++) if (!flawAt(value, i)) kept += value[i];
  return Array.from(kept).slice(0, max).join('');
}
