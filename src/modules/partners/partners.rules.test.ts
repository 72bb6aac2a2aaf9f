import { describe, expect, it } from 'vitest';
import {
  decideStageTransition,
  fieldsPartnerMayNotEdit,
  isNearDuplicateName,
  type LifecycleStage,
  nextStages,
  normalizeDomain,
} from './partners.rules.js';

describe('lifecycle stage transitions', () => {
  const cases: [LifecycleStage, LifecycleStage, 'allowed' | 'allowed with reason' | 'refused'][] = [
    ['prospect', 'qualified', 'allowed'],
    ['prospect', 'onboarding', 'allowed'], // a partner signed on the first call skips "qualified"
    ['enabled', 'strategic', 'allowed'],
    ['active', 'enabled', 'allowed with reason'], // back one stage
    ['strategic', 'active', 'allowed with reason'],
    ['active', 'qualified', 'refused'], // back more than one stage
    ['active', 'active', 'refused'],
    ['prospect', 'offboarding', 'allowed with reason'],
    ['strategic', 'offboarding', 'allowed with reason'],
    ['active', 'terminated', 'refused'], // termination goes through off-boarding
    ['offboarding', 'terminated', 'allowed with reason'],
    ['offboarding', 'active', 'allowed with reason'], // retained
    ['offboarding', 'qualified', 'refused'],
    ['terminated', 'prospect', 'allowed with reason'], // re-recruited
    ['terminated', 'active', 'refused'],
    ['terminated', 'offboarding', 'refused'],
  ];
  it.each(cases)('%s → %s is %s', (from, to, outcome) => {
    const decision = decideStageTransition(from, to);
    if (outcome === 'refused') {
      expect(decision.allowed).toBe(false);
      expect(decision.allowed === false && decision.reason.length > 10).toBe(true);
    } else {
      expect(decision).toEqual({ allowed: true, needsReason: outcome === 'allowed with reason' });
    }
  });
});

describe('the moves offered from a stage', () => {
  it('are exactly the allowed transitions, with the reason flag', () => {
    expect(nextStages('active')).toEqual([
      { toStage: 'enabled', needsReason: true },
      { toStage: 'strategic', needsReason: false },
      { toStage: 'offboarding', needsReason: true },
    ]);
    expect(nextStages('terminated')).toEqual([{ toStage: 'prospect', needsReason: true }]);
  });
});

describe('domain normalisation (used to match the same company across records)', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['https://www.example.com/about?x=1', 'example.com'],
    ['http://shop.example.co.uk:8080/', 'shop.example.co.uk'],
    ['sales@northwind.example', 'northwind.example'],
    ['  www.Tailspin-Data.io.  ', 'tailspin-data.io'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });
  it.each(['not a domain', 'localhost', '-bad-.com', 'exa_mple.com', '', 'http://'])('refuses %j', (input) => {
    expect(normalizeDomain(input)).toBeNull();
  });
});

describe('what a partner may edit of its own record', () => {
  it('allows profile fields and names everything else', () => {
    expect(fieldsPartnerMayNotEdit({ description: 'x', regions: ['europe'], website: '' })).toEqual([]);
    expect(fieldsPartnerMayNotEdit({ description: 'x', designation: 'strategic', ownerId: 'u', tierId: null })).toEqual([
      'designation',
      'ownerId',
      'tierId',
    ]);
    expect(fieldsPartnerMayNotEdit({ tags: undefined })).toEqual([]);
  });
});

describe('a partner name near-duplicates another when it names the same company up to legal form, punctuation, case, accents and spacing', () => {
  it.each([
    ['Acme', 'Acme Inc', true],
    ['Acme Inc.', 'ACME, Inc', true],
    ['Acme Corporation', 'acme corp.', true],
    ['Northwind Systems GmbH', 'Northwind Systems', true],
    ['Northwind-Systems Ltd', 'NorthWind Systems Limited', true],
    ['Fabrikam GmbH & Co. KG', 'Fabrikam', true],
    ['Contoso S.A.', 'Contoso SA', true],
    ['Müller Technik AG', 'Muller Technik', true],
    ['Margie’s Travel', "Margie's Travel Pty Ltd", true],
    ['The Phone Company', 'Phone Company', true], // "the" goes, but a last word is kept
    ['Company Ltd', 'Company', true],
    ['AT&T', 'AT and T', true],
    ['Acme', 'Acme Resellers', false], // a different business line is a different name
    ['Acme Cloud', 'Acme Security', false],
    ['Tailspin Data', 'Tailspin Toys', false],
    ['Adatum', 'Adatum Two', false],
    ['Ltd', 'Limited', false], // nothing but a legal form is kept as it is, not equated
    ['', '', false],
  ])('"%s" and "%s": %s', (a, b, near) => {
    expect(isNearDuplicateName(a, b)).toBe(near);
    expect(isNearDuplicateName(b, a)).toBe(near);
  });
});
