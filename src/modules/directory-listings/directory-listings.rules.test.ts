import { describe, expect, it } from 'vitest';
import { listingState, refusedListingFields } from './directory-listings.rules.js';

const published = { published: true, hidden: false, hiddenReason: '' };
const active = { lifecycleStage: 'active', status: 'active' };

describe('which partners the public directory shows', () => {
  it.each([
    ['an opted-in, active partner is listed', published, active, true],
    ['a strategic partner is listed', published, { ...active, lifecycleStage: 'strategic' }, true],
    ['an enabled partner is listed', published, { ...active, lifecycleStage: 'enabled' }, true],
    ['a partner that never opted in is not', null, active, false],
    ['a partner that opted out is not', { ...published, published: false }, active, false],
    ['a listing the vendor hid is not', { ...published, hidden: true, hiddenReason: 'Old details' }, active, false],
    ['a prospect is not, even opted in', published, { ...active, lifecycleStage: 'prospect' }, false],
    ['a partner in off-boarding is not', published, { ...active, lifecycleStage: 'offboarding' }, false],
    ['a partner on hold is not', published, { ...active, status: 'on_hold' }, false],
  ])('%s', (_rule, listing, partner, listed) => {
    expect(listingState(listing, partner).listed).toBe(listed);
  });

  it('says why a listing is not shown', () => {
    expect(
      listingState(
        { ...published, hidden: true, hiddenReason: 'Old details' },
        { lifecycleStage: 'onboarding', status: 'active' },
      ).reasons,
    ).toEqual(['Hidden by the vendor: Old details', 'Partners appear once enabled; this one is at the onboarding stage']);
  });
});

describe('who opts a partner in', () => {
  it.each([
    ['the partner’s own side opts in', true, false, { published: true }, []],
    ['vendor staff cannot opt a partner in', false, false, { published: true }, ['published']],
    ['vendor staff cannot opt a partner out', false, true, { published: false }, ['published']],
    ['vendor staff may send the flag unchanged', false, true, { published: true }, []],
    ['vendor staff may edit the text', false, false, {}, []],
  ])('%s', (_rule, partnerSide, current, patch, refused) => {
    expect(refusedListingFields({ partnerSide }, { published: current }, patch)).toEqual(refused);
  });
});
