const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes DisplayNames knows that are not countries or territories. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** ISO 3166-1 alpha-2 country code, upper case, known to the runtime's CLDR data. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames.of(code) !== code;
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
