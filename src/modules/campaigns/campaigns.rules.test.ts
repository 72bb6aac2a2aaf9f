import { describe, expect, it } from 'vitest';
import { money } from '../../shared/money.js';
import { type CampaignStatus, campaignMove, campaignReturn, checkCampaignDates, splitBudget } from './campaigns.rules.js';

describe('the budget split adds up to the budget exactly, in minor units', () => {
  it.each([
    ['60 % of 10,000.01 gives the vendor the odd cent', money(1_000_001, 'USD'), { vendorPercent: 60 }, 600_001, 400_000],
    ['50 % of ¥1,001 splits 501 / 500', money(1001, 'JPY'), { vendorPercent: 50 }, 501, 500],
    ['two decimals of a percent are kept: 33.33 %', money(1_000_000, 'EUR'), { vendorPercent: 33.33 }, 333_300, 666_700],
    ['0 % leaves it all to the partner', money(5000, 'USD'), { vendorPercent: 0 }, 0, 5000],
    ['100 % leaves it all to the vendor', money(5000, 'USD'), { vendorPercent: 100 }, 5000, 0],
    ['amounts that add up are taken as given', money(1000, 'USD'), { vendorAmount: 999, partnerAmount: 1 }, 999, 1],
    ['a zero budget splits into zeros', money(0, 'USD'), { vendorPercent: 70 }, 0, 0],
  ])('%s', (_rule, budget, split, vendor, partner) => {
    const r = splitBudget(budget, split);
    expect(r).toEqual({ ok: true, vendor: money(vendor, budget.currency), partner: money(partner, budget.currency) });
  });

  it.each([
    [
      'amounts that do not add up are refused on the partner share',
      { vendorAmount: 600, partnerAmount: 300 },
      'split.partnerAmount',
    ],
    ['a negative share is refused', { vendorAmount: -100, partnerAmount: 1100 }, 'split.vendorAmount'],
    ['a fractional minor unit is refused', { vendorAmount: 500.5, partnerAmount: 499.5 }, 'split.vendorAmount'],
    ['more than 100 % is refused', { vendorPercent: 101 }, 'split.vendorPercent'],
    ['more than two decimals of a percent is refused', { vendorPercent: 12.345 }, 'split.vendorPercent'],
  ])('%s', (_rule, split, field) => {
    expect(splitBudget(money(1000, 'USD'), split)).toMatchObject({ ok: false, field });
  });
});

describe('a campaign moves proposed → planned → active → completed; proposals may be declined, unfinished ones cancelled', () => {
  it.each<[string, CampaignStatus, CampaignStatus, boolean]>([
    ['the vendor approves a proposal', 'proposed', 'planned', true],
    ['the vendor declines a proposal', 'proposed', 'declined', true],
    ['a planned campaign starts', 'planned', 'active', true],
    ['a running campaign completes', 'active', 'completed', true],
    ['a running campaign may be cancelled', 'active', 'cancelled', true],
    ['a proposal cannot start before it is approved', 'proposed', 'active', false],
    ['a planned campaign cannot complete without running', 'planned', 'completed', false],
    ['a completed campaign is final', 'completed', 'cancelled', false],
    ['a declined proposal is final', 'declined', 'planned', false],
    ['a status does not move to itself', 'active', 'active', false],
  ])('%s', (_rule, from, to, allowed) => {
    expect(campaignMove(from, to).allowed).toBe(allowed);
  });
});

describe('campaign dates: the end on or after the start, at most two years', () => {
  it.each([
    ['a one-day event', '2027-05-01', '2027-05-01', true],
    ['a quarter-long programme', '2027-01-01', '2027-03-31', true],
    ['an end before the start is refused', '2027-05-02', '2027-05-01', false],
    ['three years is too long', '2027-01-01', '2030-01-01', false],
  ])('%s', (_rule, start, end, allowed) => {
    expect(checkCampaignDates(start, end).allowed).toBe(allowed);
  });
});

describe('results against budget: cost per lead and ROI, or nothing where they cannot be computed', () => {
  it.each([
    [
      '10,000 spent for 4 leads is 2,500 a lead; 30,000 won is +200 %',
      { budget: 1_000_000, leads: 4, pipeline: 0, won: 3_000_000 },
      250_000,
      200,
    ],
    ['nothing won yet is −100 %', { budget: 1_000_000, leads: 1, pipeline: 500, won: 0 }, 1_000_000, -100],
    ['no leads: no cost per lead', { budget: 1_000_000, leads: 0, pipeline: 0, won: 0 }, null, -100],
    ['no budget: no ROI', { budget: 0, leads: 2, pipeline: 0, won: 100 }, 0, null],
    ['a missing rate: neither', { budget: null, leads: 2, pipeline: null, won: null }, null, null],
  ])('%s', (_rule, figures, costPerLead, roiPercent) => {
    expect(campaignReturn(figures)).toEqual({ costPerLead, roiPercent });
  });
});
