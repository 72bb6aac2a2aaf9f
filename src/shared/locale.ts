const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes DisplayNames knows that are not countries or territories. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** The code a retired or alias region code stands for today ("UK" → "GB"), from the runtime's CLDR aliases. */
function canonicalRegion(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
}

/** A two-letter code the runtime names as a country or territory, current or retired. */
function namesARegion(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code;
}

/**
 * ISO 3166-1 alpha-2 country code in current use, upper case, known to the runtime's CLDR data.
 * Retired codes and aliases (UK, DD, SU, YU, ZR…) are not: `retiredCountryCode` names their successor.
 */
export function isCountryCode(code: string): boolean {
  return namesARegion(code) && canonicalRegion(code) === code;
}

/** The current code for a retired or alias one ("UK" → "GB", "DD" → "DE", "ZR" → "CD"); null for any other. */
export function retiredCountryCode(code: string): string | null {
  if (!namesARegion(code)) return null;
  const current = canonicalRegion(code);
  return current !== code && isCountryCode(current) ? current : null;
}

/**
 * Rule: a country the API accepts is a current ISO 3166-1 alpha-2 code (any case, trimmed).
 * Null when it is; otherwise why not, with the code to use instead for a retired one
 * ("UK" → 'is a retired code: use GB'). Imports convert retired codes and names themselves
 * (`countryCell`); the API never guesses.
 */
export function countryCodeProblem(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (isCountryCode(code)) return null;
  const current = retiredCountryCode(code);
  if (current) return `is a retired code: use ${current} (${countryName(current)})`;
  return 'must be an ISO 3166-1 alpha-2 country code such as US or DE';
}

export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 currency code, upper case. */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

/** An IANA time zone name the runtime knows (UTC included). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}
