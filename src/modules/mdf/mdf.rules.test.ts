import { describe, expect, it } from 'vitest';
import {
  accrualAmount,
  allocationFits,
  approvalFits,
  balanceOf,
  claimAllowed,
  type Entry,
  expiryReminderDue,
  parseLeadList,
  periodContaining,
  periodOf,
  previousPeriod,
  requestFits,
  requestMoveAllowed,
  roiPercent,
  utilisationPercent,
} from './mdf.rules.js';

const e = (kind: Entry['kind'], amount: number): Entry => ({ kind, amount });

describe('balances are derived from the ledger entries', () => {
  it.each([
    ['nothing allocated is nothing available', [], { allocated: 0, available: 0, committed: 0, payable: 0, paid: 0, expired: 0 }],
    ['an allocation is available in full', [e('allocation', 1000)], { allocated: 1000, available: 1000 }],
    ['an approved request commits its amount', [e('allocation', 1000), e('commitment', 300)], { available: 700, committed: 300 }],
    [
      'a claim for less than committed releases the rest',
      [e('allocation', 1000), e('commitment', 300), e('claim', 250), e('release', 50)],
      { available: 750, committed: 0, payable: 250 },
    ],
    [
      'a payment moves the claim from payable to paid',
      [e('allocation', 1000), e('commitment', 300), e('claim', 300), e('payment', 300)],
      { available: 700, committed: 0, payable: 0, paid: 300 },
    ],
    [
      'expiry takes what is still available, not what is committed',
      [e('allocation', 1000), e('commitment', 400), e('expiry', 600)],
      { available: 0, committed: 400, expired: 600 },
    ],
    [
      'a cancelled approval returns its commitment',
      [e('allocation', 1000), e('commitment', 400), e('release', 400)],
      { available: 1000, committed: 0 },
    ],
  ] as const)('%s', (_rule, entries, expected) => {
    const b = balanceOf(entries);
    expect(b).toMatchObject(expected);
    // Every unit is in exactly one place.
    expect(b.available + b.committed + b.payable + b.paid + b.expired).toBe(b.allocated);
  });
});

describe('utilisation is what was claimed of what was allocated', () => {
  it.each([
    ['nothing allocated: no value', { allocated: 0, payable: 0, paid: 0 }, null],
    ['a quarter claimed and paid', { allocated: 1000, payable: 0, paid: 250 }, 25],
    ['approved but unpaid counts', { allocated: 1000, payable: 333, paid: 0 }, 33.3],
  ] as const)('%s', (_rule, b, expected) => {
    expect(utilisationPercent(b)).toBe(expected);
  });
});

describe('funds are granted per calendar quarter', () => {
  it.each([
    ['Q1 runs January to March', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['Q4 ends on New Year’s Eve', '2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s', (_rule, key, start, end) => {
    expect(periodOf(key)).toEqual({ key, start, end });
  });
  it('a key that is not a quarter is refused', () => {
    expect(periodOf('2026-Q5')).toBeNull();
    expect(periodOf('2026-10')).toBeNull();
  });
  it('a day belongs to its quarter, and the accrual looks at the one before', () => {
    expect(periodContaining('2026-12-01').key).toBe('2026-Q4');
    expect(previousPeriod('2026-01-01').key).toBe('2025-Q4');
    expect(previousPeriod('2026-07-15').key).toBe('2026-Q2');
  });
});

describe('allocations stay within the partner cap and the program pool', () => {
  const base = { amount: 500, partnerPeriodTotal: 0, partnerCap: null, poolPeriodTotal: 0, pool: null };
  it.each([
    ['no caps: any positive amount', base, true],
    ['up to the partner cap exactly', { ...base, partnerPeriodTotal: 500, partnerCap: 1000 }, true],
    ['over the partner cap', { ...base, partnerPeriodTotal: 600, partnerCap: 1000 }, false],
    ['over the program pool', { ...base, poolPeriodTotal: 9600, pool: 10000 }, false],
    ['zero is no allocation', { ...base, amount: 0 }, false],
  ] as const)('%s', (_rule, input, allowed) => {
    const d = allocationFits(input);
    expect(d.allowed).toBe(allowed);
    if (!d.allowed) expect(d.path).toBe('amount');
  });
});

describe('accrual is the tier percent of the revenue, rounded half up, capped', () => {
  it.each([
    ['2% of 1,000.00', 100_000, 2, null, 2_000],
    ['1.5% rounds half up to a whole minor unit', 333, 1.5, null, 5],
    ['no revenue accrues nothing', 0, 3, null, 0],
    ['no percent accrues nothing', 100_000, 0, null, 0],
    ['the cap leaves less room', 100_000, 3, 1_000, 1_000],
    ['no room left accrues nothing', 100_000, 3, -50, 0],
  ] as const)('%s', (_rule, revenue, percent, room, expected) => {
    expect(accrualAmount(revenue, percent, room)).toBe(expected);
  });
});

describe('a request fits the available funds of an open allocation', () => {
  const base = { amount: 500, available: 500, allocationExpiresOn: '2027-01-31', today: '2026-12-01' };
  it.each([
    ['all that is available', base, null],
    ['more than is available', { ...base, amount: 501 }, 'amount'],
    ['from an expired allocation', { ...base, allocationExpiresOn: '2026-11-30' }, 'allocationId'],
    ['on the expiry day itself', { ...base, allocationExpiresOn: '2026-12-01' }, null],
    ['nothing', { ...base, amount: 0 }, 'amount'],
  ] as const)('%s', (_rule, input, path) => {
    const d = requestFits(input);
    expect(d.allowed ? null : d.path).toBe(path);
  });
  it.each([
    ['approve in full', 500, 500, true],
    ['approve in part', 500, 200, true],
    ['approve more than asked', 500, 501, false],
    ['approve nothing (reject instead)', 500, 0, false],
  ] as const)('%s', (_rule, requested, approved, allowed) => {
    expect(approvalFits(requested, approved).allowed).toBe(allowed);
  });
});

describe('a claim is made within the claim window, for at most the approved amount', () => {
  const base = { endsOn: '2026-10-01', windowDays: 60, today: '2026-11-01', amount: 400, committed: 500 };
  it.each([
    ['inside the window', base, null],
    ['on the activity’s last day', { ...base, today: '2026-10-01' }, null],
    ['before the activity ended', { ...base, today: '2026-09-30' }, 'claimWindow'],
    ['on the window’s last day', { ...base, today: '2026-11-30' }, null],
    ['the day after the window closed', { ...base, today: '2026-12-01' }, 'claimWindow'],
    ['more than was approved', { ...base, amount: 501 }, 'amount'],
  ] as const)('%s', (_rule, input, path) => {
    const d = claimAllowed(input);
    expect(d.allowed ? null : d.path).toBe(path);
  });
});

describe('requests move through their lifecycle', () => {
  it.each([
    ['a submitted request is approved', 'submitted', 'approve', true],
    ['an approved one is not approved twice', 'approved', 'approve', false],
    ['an approved one is claimed', 'approved', 'claim', true],
    ['a submitted one is not claimed', 'submitted', 'claim', false],
    ['an approved one may be withdrawn', 'approved', 'cancel', true],
    ['a claimed one may not be withdrawn', 'claimed', 'cancel', false],
  ] as const)('%s', (_rule, status, move, allowed) => {
    expect(requestMoveAllowed(status, move)).toBe(allowed);
  });
});

describe('expiry reminders and ROI', () => {
  it.each([
    ['funds left, 30 days to go', { expiresOn: '2026-12-31', today: '2026-12-01', available: 1, days: 30 }, true],
    ['funds left, 31 days to go', { expiresOn: '2027-01-01', today: '2026-12-01', available: 1, days: 30 }, false],
    ['nothing left to lose', { expiresOn: '2026-12-31', today: '2026-12-01', available: 0, days: 30 }, false],
  ] as const)('%s', (_rule, input, due) => {
    expect(expiryReminderDue(input)).toBe(due);
  });
  it.each([
    ['nothing paid: no ROI', 0, 5000, null],
    ['won ten times what was paid', 1000, 10000, 900],
    ['won nothing yet', 1000, 0, -100],
  ] as const)('%s', (_rule, paid, won, expected) => {
    expect(roiPercent(paid, won)).toBe(expected);
  });
});

describe('a claim’s lead list is a CSV with a company column', () => {
  it('reads quoted fields and common header names', () => {
    const { rows, problems } = parseLeadList(
      'Company,Contact Name,Email,Website,Country\n"Acme, Inc.",Ann Lee,ann@acme.example,acme.example,de\n\nGlobex,,,,\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { company: 'Acme, Inc.', contactName: 'Ann Lee', contactEmail: 'ann@acme.example', domain: 'acme.example', country: 'DE' },
      { company: 'Globex', contactName: '', contactEmail: '', domain: null, country: null },
    ]);
  });
  it('names the line of each problem', () => {
    expect(parseLeadList('company,email\n,x@y.example\nAcme,not-an-email\n').problems).toEqual([
      { line: 2, message: 'company is empty' },
      { line: 3, message: '"not-an-email" is not an e-mail address' },
    ]);
    expect(parseLeadList('name,email\n').problems[0]?.message).toContain('company');
  });
  it('converts a retired country code as every import does and refuses a code that is no country', () => {
    const { rows, problems } = parseLeadList('company,country\nAcme,uk\nGlobex,XY\n');
    expect(rows.map((r) => r.country)).toEqual(['GB']);
    expect(problems).toEqual([{ line: 3, message: 'country must be an ISO 3166-1 alpha-2 code such as DE' }]);
  });
});
