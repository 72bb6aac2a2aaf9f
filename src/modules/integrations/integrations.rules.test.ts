import { describe, expect, it } from 'vitest';
import { integrationPermissions } from './integrations.policy.js';
import {
  type CertificationStatus,
  compatibilityMatrix,
  decideCertification,
  hasLapsed,
  repeatedProduct,
} from './integrations.rules.js';

const TODAY = '2026-11-30';
const at = (certification: CertificationStatus, certifiedAt: string | null = null, expiresAt: string | null = null) => ({
  certification,
  certifiedAt,
  expiresAt,
});

describe('integration certification moves', () => {
  it.each([
    ['the vendor starts reviewing a proposed integration', at('none'), 'in_review', true],
    ['a proposed integration is not certified without a review', at('none'), 'certified', false],
    ['a review ends in certification', at('in_review'), 'certified', true],
    ['a review may send it back to none', at('in_review'), 'none', true],
    [
      'a certified integration is reviewed again for a new release',
      at('certified', '2026-01-10', '2027-01-10'),
      'in_review',
      true,
    ],
    ['a certified integration can be withdrawn (expired)', at('certified', '2026-01-10', '2027-01-10'), 'expired', true],
    ['an expired integration is renewed', at('expired', '2025-01-10', '2026-01-10'), 'certified', true],
    ['an expired integration is reviewed again or renewed, not reset to none', at('expired'), 'none', false],
    ['a move to the same status is refused', at('in_review'), 'in_review', false],
  ] as const)('%s', (_rule, from, to, allowed) => {
    expect(decideCertification(from, to, TODAY).allowed).toBe(allowed);
  });

  it('certifying dates it today and lasts a year by default', () => {
    expect(decideCertification(at('in_review'), 'certified', TODAY)).toEqual({
      allowed: true,
      certifiedAt: TODAY,
      expiresAt: '2027-11-30',
    });
  });

  it('a year from 29 February ends on 28 February', () => {
    expect(decideCertification(at('in_review'), 'certified', '2028-02-29')).toMatchObject({ expiresAt: '2029-02-28' });
  });

  it('certifying needs an expiry after today', () => {
    expect(decideCertification(at('in_review'), 'certified', TODAY, TODAY)).toEqual({
      allowed: false,
      path: 'expiresAt',
      reason: 'must be after today',
    });
  });

  it('withdrawing a certification ends it today', () => {
    expect(decideCertification(at('certified', '2026-01-10', '2027-01-10'), 'expired', TODAY)).toMatchObject({
      expiresAt: TODAY,
    });
  });

  it.each([
    ['a certification past its expiry date has lapsed', at('certified', '2025-11-01', '2026-11-29'), true],
    ['it holds through its expiry day', at('certified', '2025-11-30', TODAY), false],
    ['only certified listings lapse', at('in_review', null, '2026-01-01'), false],
  ])('%s', (_rule, listing, lapsed) => {
    expect(hasLapsed(listing, TODAY)).toBe(lapsed);
  });
});

describe('the compatibility matrix', () => {
  it('lists products alphabetically against integrations, with a gap where a listing says nothing', () => {
    const matrix = compatibilityMatrix([
      { id: 'a', compatibility: [{ product: 'Cloud', versions: '3.x', status: 'supported' }] },
      {
        id: 'b',
        compatibility: [
          { product: 'Edge', versions: '1.2', status: 'planned' },
          { product: 'Cloud', versions: '2.x', status: 'partial' },
        ],
      },
    ]);
    expect(matrix.products).toEqual(['Cloud', 'Edge']);
    expect(matrix.cells.Cloud).toEqual({
      a: { status: 'supported', versions: '3.x' },
      b: { status: 'partial', versions: '2.x' },
    });
    expect(matrix.cells.Edge).toEqual({ a: null, b: { status: 'planned', versions: '1.2' } });
  });

  it('a product is listed once per integration', () => {
    expect(
      repeatedProduct([
        { product: 'Cloud', versions: '', status: 'supported' },
        { product: 'cloud ', versions: '', status: 'partial' },
      ]),
    ).toBe(1);
  });
});

describe('who changes an integration listing', () => {
  const listing = { partnerId: 'p1' };
  it.each([
    [
      'the partner’s admin edits but never certifies',
      { userId: 'u', role: 'partner_admin' as const, partnerId: 'p1' },
      { edit: true, delete: true, certify: false },
    ],
    [
      'another partner’s admin does nothing',
      { userId: 'u', role: 'partner_admin' as const, partnerId: 'p2' },
      { edit: false, delete: false, certify: false },
    ],
    [
      'the partner’s own manager certifies',
      { userId: 'pm', role: 'partner_manager' as const, partnerId: null },
      { edit: true, delete: true, certify: true },
    ],
    [
      'an admin does everything',
      { userId: 'a', role: 'admin' as const, partnerId: null },
      { edit: true, delete: true, certify: true },
    ],
    [
      'a partner user reads only',
      { userId: 'u', role: 'partner_user' as const, partnerId: 'p1' },
      { edit: false, delete: false, certify: false },
    ],
  ])('%s', (_rule, actor, can) => {
    expect(integrationPermissions(actor, listing, { ownerId: 'pm' })).toEqual(can);
  });
});
