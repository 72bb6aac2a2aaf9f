import { describe, expect, it } from 'vitest';
import {
  approvalBlockedByCase,
  type CaseStanding,
  type CoverageAnswer,
  coverageConflict,
  customerKeys,
  type DealStatus,
  decideExtension,
  detectConflicts,
  type ExistingRegistration,
  endedByOffboarding,
  expiryOf,
  explainConflict,
  explainConflicts,
  formatNumber,
  hasSegmentFacts,
  isApprovalOverdue,
  isExpiringSoon,
  nextStatus,
  normaliseCompanyName,
  normaliseDomain,
  protectionDays,
  registrationAfterCase,
  remindersDue,
  withCoverage,
} from './deal-registrations.rules.js';

const TODAY = '2026-11-30';

describe('customer domains are matched on one normalised key', () => {
  it.each([
    ['case does not matter', 'ACME.com', 'acme.com'],
    ['the scheme is dropped', 'https://acme.com', 'acme.com'],
    ['a leading www is dropped', 'www.acme.com', 'acme.com'],
    ['a path, query and fragment are dropped', 'http://www.acme.com/about?x=1#top', 'acme.com'],
    ['a port is dropped', 'acme.com:8443', 'acme.com'],
    ['a trailing dot is dropped', 'acme.com.', 'acme.com'],
    ['an e-mail address counts by its domain', 'jane@Acme.com', 'acme.com'],
    ['an internationalised name is its punycode', 'https://www.Müller.de/kontakt', 'xn--mller-kva.de'],
    ['the punycode form is the same customer', 'XN--MLLER-KVA.DE.', 'xn--mller-kva.de'],
    ['a full-width domain folds to ASCII', 'ａｃｍｅ.com', 'acme.com'],
    ['white space around is ignored', '  acme.com  ', 'acme.com'],
    ['a subdomain other than www is its own customer', 'eu.acme.com', 'eu.acme.com'],
    ['no dot: not a domain', 'localhost', null],
    ['white space inside: not a domain', 'acme corp.com', null],
    ['nothing left: no key', 'https://', null],
  ])('%s', (_rule, input, expected) => {
    expect(normaliseDomain(input)).toBe(expected);
  });
});

describe('company names are matched on one normalised key', () => {
  it.each([
    ['legal suffix Inc is dropped', 'Acme Inc.', 'acme'],
    ['legal suffix LLC is dropped', 'Acme, LLC', 'acme'],
    ['legal suffix Ltd is dropped', 'ACME LTD', 'acme'],
    ['legal suffix GmbH is dropped', 'Acme GmbH', 'acme'],
    ['S.A. written with dots is dropped', 'Acme S.A.', 'acme'],
    ['S. A. written apart is dropped', 'Acme S. A.', 'acme'],
    ['AG is dropped', 'Acme AG', 'acme'],
    ['B.V. is dropped', 'Acme B.V.', 'acme'],
    ['several legal forms in a row are dropped', 'Müller GmbH & Co. KG', 'muller'],
    ['accents are folded', 'Société Générale', 'societe generale'],
    ['punctuation is a space', 'Acme-Widgets', 'acme widgets'],
    ['runs of white space are one', '  Acme \t  Widgets ', 'acme widgets'],
    ['an ampersand reads as and', 'Smith & Sons', 'smith and sons'],
    ['a leading The is dropped', 'The Acme Company', 'acme'],
    ['Cyrillic look-alike letters fold to Latin', 'Асме Inc', 'acme'],
    ['Greek look-alike letters fold to Latin', 'Αcmε', 'acme'],
    ['full-width letters fold (NFKC via NFKD)', 'Ａｃｍｅ', 'acme'],
    ['a name that is only a legal form keeps it', 'Inc.', 'inc'],
    ['initials join', 'I B M', 'ibm'],
    ['no letters or digits: no key', '—!!—', null],
  ])('%s', (_rule, input, expected) => {
    expect(normaliseCompanyName(input)).toBe(expected);
  });

  it('a customer needs a name with letters; a domain given must be one', () => {
    expect(customerKeys({ name: 'Acme Inc', domain: 'www.acme.com' })).toEqual({
      ok: true,
      keys: { name: 'acme', domain: 'acme.com' },
    });
    expect(customerKeys({ name: '...' })).toMatchObject({ ok: false, path: 'customer.name' });
    expect(customerKeys({ name: 'Acme', domain: 'not a domain' })).toMatchObject({ ok: false, path: 'customer.domain' });
    expect(customerKeys({ name: 'Acme', domain: '' })).toEqual({ ok: true, keys: { name: 'acme', domain: null } });
  });
});

const other = (over: Partial<ExistingRegistration> = {}): ExistingRegistration => ({
  id: 'r1',
  number: 'DR-000001',
  partnerId: 'p2',
  status: 'approved',
  expiresOn: '2027-01-31',
  submittedAt: new Date('2026-10-01T09:00:00Z'),
  domainKey: 'acme.com',
  nameKey: 'acme',
  ...over,
});
const candidate = { partnerId: 'p1', keys: { domain: 'acme.com', name: 'acme' } };

describe('channel conflict: the same customer actively registered by another partner', () => {
  it.each([
    ['the same domain by another partner is a conflict', [other({ nameKey: 'acme holdings x' })], ['domain']],
    ['the same name by another partner is a conflict', [other({ domainKey: 'acme.io' })], ['name']],
    ['both domain and name match: both reasons', [other()], ['domain', 'name']],
    ['a submitted registration claims the customer', [other({ status: 'submitted', expiresOn: null })], ['domain', 'name']],
    ['the partner’s own earlier registration is no channel conflict', [other({ partnerId: 'p1' })], []],
    ['a rejected registration claims nothing', [other({ status: 'rejected' })], []],
    ['a won registration claims nothing', [other({ status: 'won' })], []],
    ['a lost registration claims nothing', [other({ status: 'lost' })], []],
    ['an expired registration claims nothing', [other({ status: 'expired' })], []],
    ['an approved one past its protection claims nothing', [other({ expiresOn: '2026-11-29' })], []],
    ['an approved one on its last protected day still claims', [other({ expiresOn: TODAY })], ['domain', 'name']],
    ['another customer is no conflict', [other({ domainKey: 'globex.com', nameKey: 'globex' })], []],
  ] as const)('%s', (_rule, existing, rules) => {
    const result = detectConflicts(candidate, existing, TODAY);
    expect(result.flagged).toBe(rules.length > 0);
    expect(result.reasons.map((r) => r.rule)).toEqual(rules);
  });

  it('a candidate without a domain matches on the name only', () => {
    const result = detectConflicts(
      { partnerId: 'p1', keys: { domain: null, name: 'acme' } },
      [other({ domainKey: null })],
      TODAY,
    );
    expect(result.reasons.map((r) => r.rule)).toEqual(['name']);
  });

  it('reasons name the earlier registration and when it was made, the oldest first', () => {
    const result = detectConflicts(
      candidate,
      [
        other({ id: 'r2', number: 'DR-000002', submittedAt: new Date('2026-11-01T00:00:00Z'), nameKey: 'x' }),
        other({ domainKey: 'x.com' }),
      ],
      TODAY,
    );
    expect(result.reasons).toEqual([
      {
        rule: 'name',
        value: 'acme',
        since: '2026-10-01T09:00:00.000Z',
        registrationId: 'r1',
        registrationNumber: 'DR-000001',
        partnerId: 'p2',
      },
      {
        rule: 'domain',
        value: 'acme.com',
        since: '2026-11-01T00:00:00.000Z',
        registrationId: 'r2',
        registrationNumber: 'DR-000002',
        partnerId: 'p2',
      },
    ]);
  });
});

describe('a partner never learns which partner holds the conflicting registration', () => {
  const [reason] = detectConflicts(candidate, [other({ nameKey: 'x' })], TODAY).reasons;
  it('a partner reads that another registration exists and since when, nothing more', () => {
    const seen = explainConflict(reason!, 'partner', 'Globex Partners');
    expect(seen).toEqual({
      rule: 'domain',
      value: 'acme.com',
      since: '2026-10-01T09:00:00.000Z',
      message: 'Another registration for this customer exists since 2026-10-01 (same domain: acme.com)',
    });
    expect(JSON.stringify(seen)).not.toMatch(/Globex|DR-000001|p2|r1/);
  });
  it('vendor staff read the other registration and its partner', () => {
    expect(explainConflict(reason!, 'vendor', 'Globex Partners')).toMatchObject({
      message: 'DR-000001 by Globex Partners since 2026-10-01 matches the customer domain acme.com',
      registration: { id: 'r1', number: 'DR-000001', partnerId: 'p2', partnerName: 'Globex Partners' },
    });
  });
});

describe('statuses: submitted → approved | rejected → won | lost | expired', () => {
  it.each([
    ['a submitted registration is approved', 'submitted', null, 'approve', 'approved'],
    ['a submitted registration is rejected', 'submitted', null, 'reject', 'rejected'],
    ['an approved one is not approved again', 'approved', '2027-01-01', 'approve', null],
    ['a rejected one is not approved', 'rejected', null, 'approve', null],
    ['an approved one is won', 'approved', '2027-01-01', 'win', 'won'],
    ['an approved one is lost', 'approved', '2027-01-01', 'lose', 'lost'],
    ['a submitted one is not won before approval', 'submitted', null, 'win', null],
    ['an approved one past its protection is not won', 'approved', '2026-11-29', 'win', null],
    ['an approved one past its protection expires', 'approved', '2026-11-29', 'expire', 'expired'],
    ['an approved one on its last day does not expire yet', 'approved', TODAY, 'expire', null],
    ['a won one does not expire', 'won', '2026-01-01', 'expire', null],
  ] as const)('%s', (_rule, status, expiresOn, action, expected) => {
    const next = nextStatus({ status: status as DealStatus, expiresOn }, action, TODAY);
    expect(next.allowed ? next.status : null).toBe(expected);
  });
});

describe("an off-boarding partner's registrations end", () => {
  it.each([
    ['a submitted one is rejected', 'submitted', 'rejected'],
    ['an approved one loses its protection now', 'approved', 'expired'],
    ['a won one stays won', 'won', null],
    ['a lost one stays lost', 'lost', null],
    ['a rejected one stays rejected', 'rejected', null],
    ['an expired one stays expired', 'expired', null],
  ] as const)('%s', (_rule, status, expected) => {
    expect(endedByOffboarding(status)).toBe(expected);
  });
});

describe('protection comes from the most generous tier, 90 days by default', () => {
  it.each([
    ['no program: the default', [], 90],
    ['tiers that name none: the default', [undefined, null], 90],
    ['one tier names it', [60], 60],
    ['in several programs: the most generous', [60, 180, 120], 180],
    ['a tier with zero days gives no protection', [0], 0],
  ])('%s', (_rule, days, expected) => {
    expect(protectionDays(days)).toBe(expected);
  });
  it('protection starts on the day of approval', () => {
    expect(expiryOf('2026-11-30', 90)).toBe('2027-02-28');
  });
});

describe('approval SLA and expiring soon', () => {
  const submitted = { status: 'submitted' as const, approvalDueAt: new Date('2026-11-30T10:00:00Z') };
  it.each([
    ['a submitted registration past its SLA is overdue', submitted, '2026-11-30T10:00:01Z', true],
    ['within its SLA it is not', submitted, '2026-11-30T09:59:59Z', false],
    ['an approved one is never overdue', { ...submitted, status: 'approved' as const }, '2027-01-01T00:00:00Z', false],
  ])('%s', (_rule, r, now, expected) => {
    expect(isApprovalOverdue(r, new Date(now))).toBe(expected);
  });
  it.each([
    ['ending within 14 days is expiring soon', '2026-12-14', true],
    ['ending in 15 days is not', '2026-12-15', false],
    ['ending today is', TODAY, true],
    ['already past is not (it expired)', '2026-11-29', false],
  ])('%s', (_rule, expiresOn, expected) => {
    expect(isExpiringSoon({ status: 'approved', expiresOn }, TODAY)).toBe(expected);
  });
});

describe('reminders before expiry (14 and 3 days)', () => {
  it.each([
    ['14 days before: the 14-day reminder', '2026-12-14', [{ days: 14, daysLeft: 14 }]],
    ['15 days before: none yet', '2026-12-15', []],
    ['10 days before (a missed day): the 14-day one', '2026-12-10', [{ days: 14, daysLeft: 10 }]],
    ['3 days before: the 3-day reminder', '2026-12-03', [{ days: 3, daysLeft: 3 }]],
    ['the last day: the 3-day one', TODAY, [{ days: 3, daysLeft: 0 }]],
    ['past its protection: none', '2026-11-29', []],
  ])('%s', (_rule, expiresOn, expected) => {
    expect(remindersDue({ status: 'approved', expiresOn }, TODAY, [14, 3])).toEqual(expected);
  });
  it('only approved registrations are reminded of', () => {
    expect(remindersDue({ status: 'won', expiresOn: '2026-12-03' }, TODAY)).toEqual([]);
  });
});

describe('an extension moves the expiry later, by at most a year', () => {
  it.each([
    ['a later day is granted', 'approved', '2026-12-31', '2027-01-31', true],
    ['the same day is not an extension', 'approved', '2026-12-31', '2026-12-31', false],
    ['an earlier day is not', 'approved', '2026-12-31', '2026-12-01', false],
    ['more than a year later is not', 'approved', '2026-12-31', '2028-01-01', false],
    ['an expired registration is not extended', 'approved', '2026-11-01', '2027-01-31', false],
    ['a won registration is not extended', 'won', '2026-12-31', '2027-01-31', false],
  ] as const)('%s', (_rule, status, expiresOn, to, allowed) => {
    expect(decideExtension({ status, expiresOn }, to, TODAY).allowed).toBe(allowed);
  });
});

describe('numbers are readable', () => {
  it.each([
    ['six digits, zero-padded', 123, 'DR-000123'],
    ['more digits when the sequence grows past six', 1234567, 'DR-1234567'],
  ])('%s', (_rule, n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });
});

describe('a vendor-direct opportunity on the customer is a conflict: "the vendor is already working this customer"', () => {
  const vendorClaim = other({
    id: 'o1',
    number: 'OPP-000007',
    partnerId: null,
    status: 'vendor_opportunity',
    expiresOn: null,
    nameKey: 'x',
  });
  const [reason] = detectConflicts(candidate, [vendorClaim], TODAY).reasons;
  it('is flagged whatever its age (it holds while the opportunity is open)', () => {
    expect(reason).toMatchObject({ rule: 'domain', claim: 'vendor_opportunity', partnerId: null });
  });
  it('a partner reads only that the vendor works the customer', () => {
    const seen = explainConflict(reason!, 'partner', '');
    expect(seen.message).toBe('The vendor is already working this customer (same domain: acme.com)');
    expect(JSON.stringify(seen)).not.toMatch(/OPP-000007|o1/);
  });
  it('vendor staff read the opportunity', () => {
    expect(explainConflict(reason!, 'vendor', '')).toMatchObject({
      message: 'Vendor-direct opportunity OPP-000007 since 2026-10-01 matches the customer domain acme.com',
      opportunity: { id: 'o1', number: 'OPP-000007' },
    });
  });
});

describe('a partner reads one reason per matched key and kind of claim, the earliest; vendor staff read every claim', () => {
  const vendorWork = (id: string, at: string) =>
    other({
      id,
      number: id,
      partnerId: null,
      status: 'vendor_opportunity',
      expiresOn: null,
      nameKey: 'x',
      submittedAt: new Date(at),
    });
  const registration = (id: string, partnerId: string, at: string) =>
    other({ id, number: id, partnerId, submittedAt: new Date(at) });
  const names = (id: string) => ({ p2: 'Globex Partners', p3: 'Initech Partners' })[id] ?? '';
  it.each([
    [
      'two vendor opportunities on the domain: one sentence, since the earlier',
      [vendorWork('OPP-000009', '2026-11-11T00:00:00Z'), vendorWork('OPP-000007', '2026-10-02T00:00:00Z')],
      ['The vendor is already working this customer (same domain: acme.com) @2026-10-02'],
      2,
    ],
    [
      'two other partners’ registrations: one per key, since the earlier, neither partner named',
      [registration('DR-000005', 'p3', '2026-11-20T00:00:00Z'), registration('DR-000002', 'p2', '2026-10-05T00:00:00Z')],
      [
        'Another registration for this customer exists since 2026-10-05 (same domain: acme.com) @2026-10-05',
        'Another registration for this customer exists since 2026-10-05 (same company name: acme) @2026-10-05',
      ],
      4,
    ],
    [
      'a registration and the vendor’s own work are two kinds: both shown',
      [registration('DR-000002', 'p2', '2026-10-05T00:00:00Z'), vendorWork('OPP-000007', '2026-10-02T00:00:00Z')],
      [
        'The vendor is already working this customer (same domain: acme.com) @2026-10-02',
        'Another registration for this customer exists since 2026-10-05 (same domain: acme.com) @2026-10-05',
        'Another registration for this customer exists since 2026-10-05 (same company name: acme) @2026-10-05',
      ],
      3,
    ],
  ])('%s', (_name, claims, partnerReads, vendorReasons) => {
    const { reasons } = detectConflicts(candidate, claims, TODAY);
    const seen = explainConflicts(reasons, 'partner', names);
    expect(seen.map((r) => `${r.message} @${r.since.slice(0, 10)}`)).toEqual(partnerReads);
    expect(JSON.stringify(seen)).not.toMatch(/OPP-|DR-|Globex|Initech|p2|p3/);
    const vendor = explainConflicts(reasons, 'vendor', names);
    expect(vendor).toHaveLength(vendorReasons);
  });
  it('vendor staff read the partner behind each claim', () => {
    const { reasons } = detectConflicts(candidate, [registration('DR-000002', 'p2', '2026-10-05T00:00:00Z')], TODAY);
    expect(explainConflicts(reasons, 'vendor', names)[0]?.message).toBe(
      'DR-000002 by Globex Partners since 2026-10-05 matches the customer domain acme.com',
    );
  });
});

describe('coverage conflict: a direct segment flags the registration, hybrid notes it, partner-led says nothing', () => {
  const at = new Date('2026-11-30T10:00:00Z');
  const segment = { id: '00000000-0000-4000-8000-000000000001', name: 'DACH enterprise' };
  const claim = {
    rule: 'domain' as const,
    value: 'acme.com',
    since: '2026-11-01T00:00:00.000Z',
    registrationId: 'r1',
    registrationNumber: 'DR-000001',
    partnerId: 'B',
    claim: 'registration' as const,
  };
  const cases: [string, CoverageAnswer | null, readonly (typeof claim)[], { flagged: boolean; coverage: string | null }][] = [
    [
      'a direct segment flags a registration no one else claims',
      { motion: 'direct', segment },
      [],
      { flagged: true, coverage: 'hard' },
    ],
    [
      'the default motion direct flags it too (no segment matched)',
      { motion: 'direct', segment: null },
      [],
      { flagged: true, coverage: 'hard' },
    ],
    [
      'a hybrid segment adds a soft reason but does not flag',
      { motion: 'hybrid', segment },
      [],
      { flagged: false, coverage: 'soft' },
    ],
    ['a partner-led segment adds nothing', { motion: 'partner_led', segment }, [], { flagged: false, coverage: null }],
    ['no segment facts given: the coverage model is not consulted', null, [], { flagged: false, coverage: null }],
    [
      'a hybrid note beside another partner’s claim stays flagged by the claim',
      { motion: 'hybrid', segment },
      [claim],
      { flagged: true, coverage: 'soft' },
    ],
    [
      'a direct segment and a claim: both reasons, the claim first',
      { motion: 'direct', segment },
      [claim],
      { flagged: true, coverage: 'hard' },
    ],
  ];
  it.each(cases)('%s', (_name, coverage, claims, expected) => {
    const result = withCoverage({ reasons: claims }, coverageConflict(coverage, at));
    expect(result.flagged).toBe(expected.flagged);
    const reason = result.reasons.find((r) => r.rule === 'coverage');
    expect(reason?.severity ?? null).toBe(expected.coverage);
    expect(result.reasons.length).toBe(claims.length + (expected.coverage ? 1 : 0));
    if (claims.length > 0) expect(result.reasons[0]).toEqual(claim);
    if (reason) expect(reason).toMatchObject({ value: coverage?.motion, since: at.toISOString(), partnerId: null });
  });

  it('explains itself: partners learn the segment is covered directly, never the segment; staff see which', () => {
    const direct = coverageConflict({ motion: 'direct', segment }, at);
    const hybrid = coverageConflict({ motion: 'hybrid', segment }, at);
    if (!direct || !hybrid) throw new Error('expected reasons');
    const partnerView = explainConflict(direct, 'partner', '');
    expect(partnerView.message).toContain('This segment is covered directly by the vendor');
    expect(partnerView.segment).toBeUndefined();
    expect(JSON.stringify(partnerView)).not.toContain('DACH');
    const staffView = explainConflict(direct, 'vendor', '');
    expect(staffView).toMatchObject({ rule: 'coverage', severity: 'hard', segment });
    expect(staffView.message).toBe('Segment “DACH enterprise”: this segment is covered directly by the vendor');
    expect(explainConflict(hybrid, 'partner', '')).toMatchObject({
      severity: 'soft',
      message: expect.stringContaining('hybrid'),
    });
  });

  it.each([
    ['nothing given', { country: null, region: null, industry: null, size: null }, false],
    ['a country alone', { country: 'DE', region: null, industry: null, size: null }, true],
    ['a size alone', { country: null, region: null, industry: null, size: '5001+' }, true],
  ])('segment facts: %s', (_name, facts, expected) => {
    expect(hasSegmentFacts(facts)).toBe(expected);
  });
});

describe('a registration in a conflict case is approved only once the case lets its partner keep the deal', () => {
  const standing = (status: CaseStanding['status'], outcome: CaseStanding['outcome']): CaseStanding => ({
    number: 'CC-000007',
    status,
    outcome,
  });
  it.each<[string, CaseStanding | null, string | null]>([
    ['no case: nothing in the way', null, null],
    [
      'an open case blocks it, naming the case',
      standing('open', null),
      'Conflict case CC-000007 is still open: decide it before approving this registration',
    ],
    [
      'an open case re-opened by an appeal blocks it too',
      standing('open', 'keeps'),
      'Conflict case CC-000007 is still open: decide it before approving this registration',
    ],
    ['decided: the keeper may be approved', standing('decided', 'keeps'), null],
    ['decided: a sharer may be approved', standing('decided', 'shares'), null],
    ['decided: no conflict, every party proceeds', standing('decided', 'proceeds'), null],
    [
      'decided: told to step back, never approved',
      standing('decided', 'steps_back'),
      'Conflict case CC-000007 told this partner to step back: the registration cannot be approved',
    ],
    [
      'closed: told to step back, never approved',
      standing('closed', 'steps_back'),
      'Conflict case CC-000007 told this partner to step back: the registration cannot be approved',
    ],
    ['closed: the keeper may be approved', standing('closed', 'keeps'), null],
  ])('%s', (_name, input, expected) => {
    expect(approvalBlockedByCase(input)).toBe(expected);
  });
});

describe('a final conflict-case decision rejects the registrations of the partners told to step back', () => {
  it.each<[DealStatus, CaseStanding['outcome'], 'rejected' | null]>([
    ['submitted', 'steps_back', 'rejected'],
    ['approved', 'steps_back', 'rejected'],
    ['rejected', 'steps_back', null],
    ['won', 'steps_back', null],
    ['lost', 'steps_back', null],
    ['expired', 'steps_back', null],
    ['submitted', 'keeps', null],
    ['approved', 'keeps', null],
    ['submitted', 'shares', null],
    ['approved', 'proceeds', null],
    ['submitted', null, null],
  ])('%s, %s → %s', (status, outcome, expected) => {
    expect(registrationAfterCase(status, outcome)).toBe(expected);
  });
});
