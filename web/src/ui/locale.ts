/**
 * Country, currency and time-zone lists from the browser's own CLDR data (Intl), the same source
 * the server validates against, so the UI offers exactly what the API accepts.
 */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export type Option = { value: string; label: string };

export function countryName(code: string | null | undefined): string {
  if (!code) return '—';
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

let countries: Option[] | null = null;

export function countryOptions(): Option[] {
  if (countries) return countries;
  const list: Option[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      // Retired codes the data still names (UK, DD, SU, ZR…) are refused by the API: offer only their successors.
      if (NOT_COUNTRIES.has(code) || Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) !== code) continue;
      const name = countryName(code);
      if (name !== code) list.push({ value: code, label: `${name} (${code})` });
    }
  }
  countries = list.sort((x, y) => x.label.localeCompare(y.label));
  return countries;
}

export function currencyOptions(): Option[] {
  return Intl.supportedValuesOf('currency').map((code) => ({
    value: code,
    label: `${code} — ${currencyNames.of(code) ?? code}`,
  }));
}

export function timeZoneOptions(): Option[] {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = zones.includes('UTC') ? zones : ['UTC', ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

export const MONTH_OPTIONS: Option[] = Array.from({ length: 12 }, (_, i) => ({
  value: String(i + 1),
  label: new Date(Date.UTC(2024, i, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
}));

export function monthName(month: number): string {
  return MONTH_OPTIONS[month - 1]?.label ?? String(month);
}
