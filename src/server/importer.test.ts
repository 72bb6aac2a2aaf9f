import { describe, expect, it } from 'vitest';
import { CellProblem, countryCell } from './importer.js';

/** The one country cell every importer uses (partners, leads, opportunities, deal registrations, account mapping). */
describe('countryCell: an ISO code or an English country name becomes the upper-case ISO code', () => {
  it.each([
    ['DE', 'DE'],
    ['de', 'DE'],
    ['Germany', 'DE'],
    ['germany', 'DE'],
    ['United States', 'US'],
    ['united  states', 'US'],
    ['USA', 'US'],
    ['United States of America', 'US'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['United Kingdom', 'GB'],
    ['Holland', 'NL'],
    ['The Netherlands', 'NL'],
    ['Switzerland', 'CH'],
    ['South Korea', 'KR'],
    ['Russia', 'RU'],
    ['Serbia', 'RS'],
    ['DD', 'DE'],
    ['su', 'RU'],
  ])('%s → %s', (raw, code) => {
    expect(countryCell(raw)).toBe(code);
  });

  it.each([['Atlantis'], ['XX'], ['EU'], ['ZZ'], ['D'], ['DEU'], ['123']])('%s is not a country', (raw) => {
    const value = countryCell(raw);
    expect(value).toBeInstanceOf(CellProblem);
    expect((value as CellProblem).message).toBe('is not a country (an ISO code such as DE, or its English name)');
  });
});
