import { describe, expect, it } from 'vitest';
import { countryCodeProblem, isCountryCode, retiredCountryCode } from './locale.js';

describe('a country the API accepts is a current ISO 3166-1 alpha-2 code; a retired one names its successor', () => {
  const RETIRED = 'is a retired code: use';
  const UNKNOWN = 'must be an ISO 3166-1 alpha-2 country code such as US or DE';
  it.each([
    // raw input, the problem (null: accepted)
    ['DE', null],
    ['de', null],
    [' GB ', null],
    ['XK', null], // Kosovo: user-assigned, but what every CRM uses
    ['UK', `${RETIRED} GB (United Kingdom)`],
    ['uk', `${RETIRED} GB (United Kingdom)`],
    ['DD', `${RETIRED} DE (Germany)`],
    ['SU', `${RETIRED} RU (Russia)`],
    ['YU', `${RETIRED} RS (Serbia)`],
    ['ZR', `${RETIRED} CD (Congo - Kinshasa)`],
    ['XY', UNKNOWN],
    ['EU', UNKNOWN], // a union, not a country
    ['ZZ', UNKNOWN],
    ['GBR', UNKNOWN], // alpha-3 is not alpha-2
    ['Germany', UNKNOWN],
    ['', UNKNOWN],
  ])('%j → %j', (raw, problem) => {
    expect(countryCodeProblem(raw)).toBe(problem);
  });

  it('isCountryCode takes current upper-case codes only; retiredCountryCode maps the retired ones', () => {
    expect([isCountryCode('GB'), isCountryCode('UK'), isCountryCode('gb')]).toEqual([true, false, false]);
    expect([retiredCountryCode('UK'), retiredCountryCode('GB'), retiredCountryCode('XY')]).toEqual(['GB', null, null]);
  });
});
