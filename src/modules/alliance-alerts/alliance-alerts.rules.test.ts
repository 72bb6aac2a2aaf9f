import { describe, expect, it } from 'vitest';
import {
  type AllianceFacts,
  alertTransition,
  failureModes,
  type Measure,
  type Reason,
  strategicInNameOnly,
} from './alliance-alerts.rules.js';

const m = (value: number | null): Measure => ({ measured: true, value });

/** A healthy strategic alliance: both sponsors, a current plan, a QBR 30 days ago, 5 points apart. */
const HEALTHY: Record<string, Measure> = {
  'alliances.sponsors_named': m(2),
  'plans.current_plan': m(1),
  'governance.days_since_review': m(30),
  'plans.commitment_asymmetry': m(5),
  'value.jvp_published': m(1),
  'value.jvp_uses_90d': m(7),
};

const facts = (
  metrics: Record<string, Measure | undefined>,
  lifecycleStage = 'strategic',
  designation = lifecycleStage === 'strategic' ? 'strategic_alliance' : 'standard',
): AllianceFacts => ({
  lifecycleStage,
  designation,
  metrics: Object.fromEntries(Object.entries({ ...HEALTHY, ...metrics }).filter(([, v]) => v !== undefined)),
});
const codes = (reasons: Reason[]) => reasons.map((r) => r.code);

describe('a strategic partner is "strategic in name only" when its governance is missing', () => {
  it.each<[string, Record<string, Measure | undefined>, string[]]>([
    ['a healthy alliance is not flagged', {}, []],
    ['no sponsor on either side flags it', { 'alliances.sponsors_named': m(0) }, ['no_executive_sponsor']],
    ['a sponsor on one side is enough', { 'alliances.sponsors_named': m(1) }, []],
    ['no sponsor recorded at all (null) flags it', { 'alliances.sponsors_named': m(null) }, ['no_executive_sponsor']],
    ['no current plan flags it', { 'plans.current_plan': m(0) }, ['no_current_plan']],
    ['no plan ever (null) flags it', { 'plans.current_plan': m(null) }, ['no_current_plan']],
    ['a governance meeting 120 days ago is still in time', { 'governance.days_since_review': m(120) }, []],
    ['121 days since the last governance meeting flags it', { 'governance.days_since_review': m(121) }, ['no_recent_review']],
    ['never having met (null) flags it', { 'governance.days_since_review': m(null) }, ['no_recent_review']],
    ['asymmetry of exactly 25 points is within the limit', { 'plans.commitment_asymmetry': m(25) }, []],
    ['asymmetry of 26 points flags it', { 'plans.commitment_asymmetry': m(26) }, ['commitment_asymmetry']],
    ['no asymmetry yet (nothing due on a side) is no alarm', { 'plans.commitment_asymmetry': m(null) }, []],
    [
      'every gap at once is every reason, in order',
      {
        'alliances.sponsors_named': m(0),
        'plans.current_plan': m(0),
        'governance.days_since_review': m(400),
        'plans.commitment_asymmetry': m(60),
      },
      ['no_executive_sponsor', 'no_current_plan', 'no_recent_review', 'commitment_asymmetry'],
    ],
  ])('%s', (_rule, metrics, expected) => {
    expect(codes(strategicInNameOnly(facts(metrics)))).toEqual(expected);
  });
});

describe('a metric whose module is not installed is "not measured", never a false alarm', () => {
  it.each<[string, Record<string, Measure | undefined>, string[]]>([
    ['no alliances module: sponsors are not judged', { 'alliances.sponsors_named': undefined }, []],
    [
      'no business-plans module: plan and asymmetry are not judged',
      { 'plans.current_plan': undefined, 'plans.commitment_asymmetry': undefined },
      [],
    ],
    ['no governance module: reviews are not judged', { 'governance.days_since_review': undefined }, []],
    [
      'nothing installed but the partners module: never flagged',
      {
        'alliances.sponsors_named': undefined,
        'plans.current_plan': undefined,
        'governance.days_since_review': undefined,
        'plans.commitment_asymmetry': undefined,
      },
      [],
    ],
    [
      'an unmeasured metric hides nothing the others show',
      { 'alliances.sponsors_named': undefined, 'plans.current_plan': m(0) },
      ['no_current_plan'],
    ],
    ['measured: false with a value is still not measured', { 'alliances.sponsors_named': { measured: false, value: 0 } }, []],
  ])('%s', (_rule, metrics, expected) => {
    expect(codes(strategicInNameOnly(facts(metrics)))).toEqual(expected);
  });
});

describe('only a partner designated strategic, or in the strategic stage, and not leaving, is flagged', () => {
  const gaps = { 'alliances.sponsors_named': m(0), 'plans.current_plan': m(0) };
  it.each(['prospect', 'onboarding', 'active', 'enabled'])('a standard partner in %s is never flagged', (stage) => {
    expect(strategicInNameOnly(facts(gaps, stage, 'standard'))).toEqual([]);
  });
  it.each(['strategic', 'strategic_alliance'])('a partner designated %s is flagged in the active stage', (designation) => {
    expect(strategicInNameOnly(facts(gaps, 'active', designation)).map((r) => r.code)).toEqual(
      expect.arrayContaining(['no_executive_sponsor']),
    );
  });
  it('a standard partner in the strategic stage is flagged', () => {
    expect(strategicInNameOnly(facts(gaps, 'strategic', 'standard')).length).toBeGreaterThan(0);
  });
  it.each(['offboarding', 'terminated'])('a designated partner that is %s is no longer flagged', (stage) => {
    expect(strategicInNameOnly(facts(gaps, stage, 'strategic_alliance'))).toEqual([]);
  });
});

describe('the thresholds are the vendor’s to set', () => {
  it.each<[string, number, number, number, number, string[]]>([
    ['a 90-day review cadence flags 100 days', 90, 25, 100, 5, ['no_recent_review']],
    ['a 180-day cadence accepts 150 days', 180, 25, 150, 5, []],
    ['a 10-point asymmetry limit flags 15 points', 120, 10, 30, 15, ['commitment_asymmetry']],
  ])('%s', (_rule, reviewWithinDays, maxAsymmetry, days, gap, expected) => {
    const reasons = strategicInNameOnly(
      facts({ 'governance.days_since_review': m(days), 'plans.commitment_asymmetry': m(gap) }),
      { reviewWithinDays, maxAsymmetry },
    );
    expect(codes(reasons)).toEqual(expected);
  });
});

describe('every reason carries the evidence value and words for people', () => {
  it('names the metric and its value', () => {
    const [reason] = strategicInNameOnly(facts({ 'governance.days_since_review': m(200) }));
    expect(reason).toEqual({
      code: 'no_recent_review',
      message: 'No governance meeting in 200 days (the limit is 120)',
      metric: 'governance.days_since_review',
      value: 200,
    });
  });
});

describe('seed 004’s three failure modes are detected from the metrics', () => {
  it.each<[string, Record<string, Measure | undefined>, string, string[]]>([
    ['a healthy alliance shows none', {}, 'strategic', []],
    [
      'designation without governance: strategic, no plan',
      { 'plans.current_plan': m(0) },
      'strategic',
      ['designation_without_governance'],
    ],
    [
      'governance gaps of a partner not designated strategic are no designation failure',
      { 'plans.current_plan': m(0) },
      'active',
      [],
    ],
    ['a JVP published and used is deployed', {}, 'strategic', []],
    [
      'a JVP published and unused in 90 days is not deployed',
      { 'value.jvp_uses_90d': m(0) },
      'strategic',
      ['jvp_without_deployment'],
    ],
    ['no use recorded (null) counts as unused', { 'value.jvp_uses_90d': m(null) }, 'active', ['jvp_without_deployment']],
    ['no JVP published is no deployment failure', { 'value.jvp_published': m(0), 'value.jvp_uses_90d': m(0) }, 'strategic', []],
    ['JVP uses not measured: no failure claimed', { 'value.jvp_uses_90d': undefined }, 'strategic', []],
    ['asymmetric commitment above 25 points', { 'plans.commitment_asymmetry': m(40) }, 'active', ['asymmetric_commitment']],
    [
      'all three together',
      { 'alliances.sponsors_named': m(0), 'value.jvp_uses_90d': m(0), 'plans.commitment_asymmetry': m(30) },
      'strategic',
      ['designation_without_governance', 'jvp_without_deployment', 'asymmetric_commitment'],
    ],
  ])('%s', (_rule, metrics, stage, expected) => {
    expect(failureModes(facts(metrics, stage)).map((f) => f.code)).toEqual(expected);
  });

  it('a JVP without deployment says what did not use it: sessions, campaigns, deals, opportunities, content', () => {
    const [mode] = failureModes(facts({ 'value.jvp_uses_90d': m(0) }, 'active'));
    expect(mode?.evidence).toEqual([
      { metric: 'value.jvp_published', value: 1, message: 'A joint value proposition is published' },
      {
        metric: 'value.jvp_uses_90d',
        value: 0,
        message: 'No value-calculator session, campaign, deal, opportunity or content used it in the last 90 days',
      },
    ]);
  });

  it('designation without governance carries each gap as evidence', () => {
    const [mode] = failureModes(facts({ 'alliances.sponsors_named': m(0), 'governance.days_since_review': m(null) }));
    expect(mode?.evidence).toEqual([
      { metric: 'alliances.sponsors_named', value: 0, message: 'No executive sponsor is named on either side' },
      {
        metric: 'governance.days_since_review',
        value: null,
        message: 'No governance meeting (QBR, JSC or executive review) has ever been held',
      },
    ]);
  });
});

describe('the owner is told only when a partner becomes flagged', () => {
  const reason: Reason = { code: 'no_current_plan', message: '', metric: 'plans.current_plan', value: 0 };
  it.each<[string, boolean | null, Reason[], string]>([
    ['first evaluation, flagged: notify', null, [reason], 'became_flagged'],
    ['was clear, now flagged: notify', false, [reason], 'became_flagged'],
    ['still flagged: no second notice', true, [reason], 'unchanged'],
    ['was flagged, now clear: cleared', true, [], 'cleared'],
    ['never flagged: nothing', null, [], 'unchanged'],
    ['still clear: nothing', false, [], 'unchanged'],
  ])('%s', (_rule, was, reasons, expected) => {
    expect(alertTransition(was, reasons)).toBe(expected);
  });
});
