import { describe, expect, it } from 'vitest';
import {
  cellCount,
  checkReveal,
  privateMatchPopulations,
  type Sharing,
  sharingFrom,
  visibility,
} from './account-mapping.rules.js';

const sharing: Sharing = sharingFrom([
  { side: 'vendor', population: 'customer', level: 'full' },
  { side: 'vendor', population: 'prospect', level: 'overlap' },
  { side: 'vendor', population: 'opportunity', level: 'counts' },
  { side: 'partner', population: 'customer', level: 'counts' },
]);

describe('account mapping rules', () => {
  it.each([
    ['a side always sees its own lists whole', 'partner', 'partner', 'opportunity', [true, true, true]],
    ['full shares the whole population', 'partner', 'vendor', 'customer', [true, true, true]],
    [
      'overlap shares the overlapping accounts and their count, not the rest',
      'partner',
      'vendor',
      'prospect',
      [true, true, false],
    ],
    ['counts shares only how many', 'partner', 'vendor', 'opportunity', [true, false, false]],
    ['a population nobody chose for is hidden', 'vendor', 'partner', 'prospect', [false, false, false]],
    ["the partner's counts-only customers show the vendor their count", 'vendor', 'partner', 'customer', [true, false, false]],
  ] as const)('%s', (_rule, viewer, listSide, population, [counts, overlapRows, fullList]) => {
    expect(visibility(sharing, viewer, listSide, population)).toEqual({ counts, overlapRows, fullList });
  });

  it.each([
    ['the partner sees a cell when the vendor shares its population', 'partner', 'customer', 'prospect', 7],
    ['the partner sees the count of a vendor population shared as counts only', 'partner', 'opportunity', 'customer', 7],
    ['the vendor sees a cell when the partner shares its population as counts', 'vendor', 'prospect', 'customer', 7],
    ['the vendor sees no cell of a partner population the partner hides', 'vendor', 'customer', 'opportunity', null],
  ] as const)('%s', (_rule, viewer, vendorPopulation, partnerPopulation, expected) => {
    const shown = cellCount(sharing, viewer, { vendorPopulation, partnerPopulation, count: 7 });
    expect(shown).toBe(expected);
  });

  it('the partner sees no cell of a vendor population the vendor hides', () => {
    const hidden = sharingFrom([{ side: 'vendor', population: 'customer', level: 'hidden' }]);
    expect(cellCount(hidden, 'partner', { vendorPopulation: 'customer', partnerPopulation: 'customer', count: 3 })).toBeNull();
  });

  it('a private match runs against the vendor populations shared at least as overlap', () => {
    expect(privateMatchPopulations(sharing)).toEqual(['customer', 'prospect']);
    expect(privateMatchPopulations(sharingFrom([]))).toEqual([]);
  });

  it('a reveal holds only domains of the overlap, each once', () => {
    const keys = new Set(['a.example', 'b.example']);
    expect(
      checkReveal(
        [{ domainKey: 'a.example' }, { domainKey: 'c.example' }, { domainKey: null }, { domainKey: 'a.example' }],
        keys,
      ),
    ).toEqual([
      { index: 1, message: 'is not in the overlap of the private match' },
      { index: 2, message: 'must be a domain such as acme.com' },
      { index: 3, message: 'is listed twice' },
    ]);
  });
});
