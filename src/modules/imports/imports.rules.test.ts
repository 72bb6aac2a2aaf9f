import { describe, expect, it } from 'vitest';
import type { ImportColumn } from '../../server/importer.js';
import { mapHeaders, parseMapPairs } from './imports.rules.js';

const COLUMNS: ImportColumn[] = [
  { key: 'name', label: 'Name', required: true, aliases: ['Account Name', 'Company name'] },
  { key: 'domains', label: 'Domains', aliases: ['Company Domain Name', 'Domain'] },
  { key: 'website', label: 'Website' },
  { key: 'country', label: 'Country', aliases: ['Billing Country', 'Country/Region'] },
];

const columnsOf = (headers: string[], given?: Record<string, string | null>) =>
  mapHeaders(headers, COLUMNS, given).headers.map((h) => [h.header, h.column, h.how]);

describe('mapping a file’s headers to columns', () => {
  it.each([
    ['Salesforce headers are recognised', ['Account Name', 'Website', 'Billing Country'], ['name', 'website', 'country']],
    ['HubSpot headers are recognised', ['Company name', 'Company Domain Name', 'Country/Region'], ['name', 'domains', 'country']],
    ['our own column names, in any case and spacing', ['NAME', ' domains ', 'web_site'], ['name', 'domains', 'website']],
    ['an unknown header is ignored', ['Name', 'Annual Revenue'], ['name', null]],
    ['a second header for the same column is ignored', ['Account Name', 'Company name'], ['name', null]],
  ])('%s', (_rule, headers, expected) => {
    expect(mapHeaders(headers, COLUMNS).headers.map((h) => h.column)).toEqual(expected);
  });

  it('lets the caller fix the mapping: a given column wins, an empty one skips the header', () => {
    expect(columnsOf(['Account Name', 'Legal', 'Website'], { Legal: 'name', Website: null })).toEqual([
      ['Account Name', null, 'duplicate'],
      ['Legal', 'name', 'given'],
      ['Website', null, 'skipped'],
    ]);
  });

  it('names a required column no header fills, and a mapping to no column, on row 1', () => {
    expect(mapHeaders(['Website'], COLUMNS).problems).toEqual([
      { row: 1, column: 'name', message: 'is required: no header of the file is mapped to Name' },
    ]);
    expect(mapHeaders(['Name', 'X'], COLUMNS, { X: 'nonsense' }).problems).toEqual([
      { row: 1, column: 'X', message: 'is mapped to "nonsense", which is not a column here' },
    ]);
  });

  it('reads "Header=key" pairs, an empty key skipping the header', () => {
    expect(parseMapPairs(['Account Name=name', 'Phone=', 'a=b=domains', 'junk'])).toEqual({
      'Account Name': 'name',
      Phone: null,
      'a=b': 'domains',
    });
  });
});
