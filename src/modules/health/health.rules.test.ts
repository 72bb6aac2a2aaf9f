import { describe, expect, it } from 'vitest';
import {
  attainment,
  colourOf,
  evaluateScorecard,
  financialInputs,
  HEALTH_INDICATORS,
  healthBandProblems,
  healthScore,
  type IndicatorInput,
  periodRange,
  pointsOf,
  previousMonth,
  templateProblems,
  thresholdsOf,
  trendOf,
  turnedRed,
  weightedScore,
} from './health.rules.js';

describe('attainment of a scorecard metric', () => {
  it.each([
    ['higher is better: value over target', 50, 100, 'higher', 50],
    ['higher is better: on target is 100 %', 100, 100, 'higher', 100],
    ['higher is better: capped at 200 %', 500, 100, 'higher', 200],
    ['higher is better: a negative value is 0 %', -5, 100, 'higher', 0],
    ['lower is better: target over value', 20, 10, 'lower', 50],
    ['lower is better: zero is full marks', 0, 10, 'lower', 200],
    ['no value has no attainment', null, 100, 'higher', null],
    ['a zero target is met by any value at or above it', 0, 0, 'higher', 200],
  ] as const)('%s', (_name, value, target, direction, expected) => {
    expect(attainment(value, target, direction)).toBe(expected);
  });
});

describe('colour by thresholds', () => {
  it.each([
    ['at the green threshold is green', 90, 'green'],
    ['between yellow and green is yellow', 70, 'yellow'],
    ['at the yellow threshold is yellow', 60, 'yellow'],
    ['below yellow is red', 59.9, 'red'],
    ['no score has no colour', null, null],
  ] as const)('%s', (_name, score, colour) => {
    expect(colourOf(score, { green: 90, yellow: 60 })).toBe(colour);
  });
});

describe('weighting', () => {
  it.each([
    [
      'a weighted mean',
      [
        { score: 100, weight: 3 },
        { score: 0, weight: 1 },
      ],
      75,
    ],
    [
      'a part without a value gives its weight to the others',
      [
        { score: 80, weight: 1 },
        { score: null, weight: 5 },
      ],
      80,
    ],
    ['nothing measured is no score', [{ score: null, weight: 1 }], null],
    [
      'zero weights count for nothing',
      [
        { score: 10, weight: 0 },
        { score: 50, weight: 2 },
      ],
      50,
    ],
  ] as const)('%s', (_name, parts, expected) => {
    expect(weightedScore(parts)).toBe(expected);
  });
});

describe('a scorecard', () => {
  const dims = [
    {
      key: 'revenue',
      label: 'Revenue',
      weight: 2,
      metrics: [
        { metric: 'a', target: 100, weight: 1, direction: 'higher' as const, green: 90, yellow: 60 },
        { metric: 'b', target: 10, weight: 1, direction: 'higher' as const, green: 90, yellow: 60 },
      ],
    },
    {
      key: 'risk',
      label: 'Risk',
      weight: 1,
      metrics: [{ metric: 'c', target: 1, weight: 1, direction: 'lower' as const, green: 100, yellow: 50 }],
    },
  ];
  it('overachieving one metric does not cover a missed one (attainment counts up to 100 in the score)', () => {
    const r = evaluateScorecard(
      dims,
      new Map([
        ['a', 300],
        ['b', 0],
        ['c', 2],
      ]),
      { green: 80, yellow: 50 },
    );
    expect(r.dimensions[0]?.metrics.map((m) => [m.attainment, m.colour])).toEqual([
      [200, 'green'],
      [0, 'red'],
    ]);
    expect(r.dimensions[0]?.score).toBe(50);
    expect(r.dimensions[1]?.metrics[0]).toMatchObject({ attainment: 50, colour: 'yellow' });
    expect(r.score).toBe(50);
    expect(r.colour).toBe('yellow');
  });
  it('a metric without a value is no data: its dimension scores on the others', () => {
    const r = evaluateScorecard(dims, new Map([['a', 100]]), { green: 80, yellow: 50 });
    expect(r.dimensions[0]?.score).toBe(100);
    expect(r.dimensions[1]?.score).toBeNull();
    expect(r.score).toBe(100);
    expect(r.colour).toBe('green');
  });
  it('a template naming an unknown metric, a repeated one or yellow above green is refused, naming the field', () => {
    const bad = [
      {
        key: 'x',
        label: 'X',
        weight: 1,
        metrics: [
          { metric: 'nope', target: 1, weight: 1, direction: 'higher' as const, green: 50, yellow: 60 },
          { metric: 'nope', target: 1, weight: 1, direction: 'higher' as const, green: 90, yellow: 60 },
        ],
      },
    ];
    expect(templateProblems(bad, new Set(['a']), { green: 80, yellow: 90 }).map((p) => p.path)).toEqual([
      'thresholds.yellow',
      'dimensions.0.metrics.0.metric',
      'dimensions.0.metrics.0.yellow',
      'dimensions.0.metrics.1.metric',
      'dimensions.0.metrics.1.metric',
    ]);
  });
});

describe('periods', () => {
  it.each([
    ['a month', '2026-11', { start: '2026-11-01', end: '2026-12-01' }],
    ['December ends in the next year', '2026-12', { start: '2026-12-01', end: '2027-01-01' }],
    ['a quarter', '2026-Q2', { start: '2026-04-01', end: '2026-07-01' }],
    ['the fourth quarter ends in the next year', '2026-Q4', { start: '2026-10-01', end: '2027-01-01' }],
    ['anything else is no period', '2026-13', null],
  ] as const)('%s', (_name, period, expected) => {
    expect(periodRange(period)).toEqual(expected);
  });
  it('the month before January is December of the year before', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });
});

describe('indicator points', () => {
  it.each([
    ['a ratio earns its share of full', 1, { kind: 'ratio', full: 2 }, 50],
    ['a ratio is capped at 100', 9, { kind: 'ratio', full: 2 }, 100],
    ['falling: at or below good is 100', 100, { kind: 'falling', good: 120, bad: 365 }, 100],
    ['falling: halfway is 50', 242.5, { kind: 'falling', good: 120, bad: 365 }, 50],
    ['falling: at bad is 0', 400, { kind: 'falling', good: 120, bad: 365 }, 0],
    ['NPS −100 is 0 and +100 is 100', 40, { kind: 'nps' }, 70],
    ['growth 0 % is 50 points', 0, { kind: 'growth' }, 50],
    ['growth −60 % is 0 points', -60, { kind: 'growth' }, 0],
  ] as const)('%s', (_name, value, scale, expected) => {
    expect(pointsOf(value, scale)).toBe(expected);
  });
});

const all = (value: number | null): Map<string, IndicatorInput> =>
  new Map(HEALTH_INDICATORS.map((i) => [i.metric, { provided: true, value }]));

describe('the health score', () => {
  it('a missing input is "no data" evidence and its weight goes to the measured ones', () => {
    const inputs = all(null);
    inputs.set('plans.fulfilment_vendor', { provided: true, value: 80 });
    inputs.set('plans.fulfilment_partner', { provided: false, value: null });
    const h = healthScore(inputs);
    const op = h.dimensions.find((d) => d.key === 'operational');
    // certified people: provided, absent → 0 (absence is the evidence); review cadence: no data.
    expect(op?.evidence.find((e) => e.metric === 'plans.fulfilment_partner')).toMatchObject({
      measured: false,
      weight: 0,
      contribution: 0,
    });
    expect(op?.evidence.find((e) => e.metric === 'enablement.certified_people')).toMatchObject({
      measured: true,
      value: 0,
      points: 0,
    });
    expect(op?.score).toBe(30); // 80 × 15 / (15 + 25)
    expect(op?.evidence.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(100, 5);
  });
  it('a module not installed never crashes the score: its dimension has no data and the others carry the score', () => {
    const inputs = all(100);
    for (const key of [
      'surveys.diagnostic_score',
      'surveys.nps',
      'governance.sponsor_attendance_vendor',
      'governance.sponsor_attendance_partner',
      'resources.downloads_90d',
      'risks.high',
    ])
      inputs.set(key, { provided: false, value: null });
    const h = healthScore(inputs);
    expect(h.dimensions.find((d) => d.key === 'relationship')).toMatchObject({ score: null, status: null });
    const others = h.dimensions.filter((d) => d.key !== 'relationship').map((d) => d.score as number);
    expect(h.score).toBe(Math.round(others.reduce((a, b) => a + b, 0) / 3));
  });
  it('green at 70, yellow at 40, red below (or the thresholds given)', () => {
    const at = (score: number) => {
      const inputs = new Map<string, IndicatorInput>([['plans.fulfilment_partner', { provided: true, value: score }]]);
      return healthScore(inputs);
    };
    expect(at(70)).toMatchObject({ score: 70, status: 'green' });
    expect(at(69)).toMatchObject({ score: 69, status: 'yellow' });
    expect(at(40).status).toBe('yellow');
    expect(at(39).status).toBe('red');
    expect(
      healthScore(new Map([['plans.fulfilment_partner', { provided: true, value: 75 }]]), { green: 80, yellow: 75 }).status,
    ).toBe('yellow');
  });
  it('nothing measured at all is no score, not a red one', () => {
    expect(healthScore(new Map())).toMatchObject({ score: null, status: null });
  });
  it('losing the current plan lowers the strategic dimension', () => {
    const withPlan = all(2);
    const without = new Map(withPlan);
    without.set('plans.current_plan', { provided: true, value: 0 });
    const s = (m: Map<string, IndicatorInput>) => healthScore(m).dimensions.find((d) => d.key === 'strategic')?.score ?? 0;
    expect(s(without)).toBeLessThan(s(withPlan));
  });
  it('every dimension marks leading and lagging indicators', () => {
    for (const d of healthScore(all(1)).dimensions) {
      expect(d.evidence.some((e) => e.leading)).toBe(true);
    }
  });
});

describe('financial inputs', () => {
  it.each([
    ['growth against the year before', 150, 100, 300, { growth: 50, coverage: 200 }],
    ['no revenue the year before: no growth figure', 150, 0, 0, { growth: null, coverage: 0 }],
    ['pipeline without revenue is full coverage', 0, null, 10, { growth: null, coverage: 300 }],
    ['nothing known', null, null, null, { growth: null, coverage: null }],
  ] as const)('%s', (_name, now, before, pipeline, expected) => {
    expect(financialInputs(now, before, pipeline)).toEqual(expected);
  });
});

describe('turning red', () => {
  it.each([
    ['yellow → red alerts', 'red', 'yellow', false, true],
    ['green → red alerts', 'red', 'green', false, true],
    ['red → red does not', 'red', 'red', false, false],
    ['red at the first snapshot does not', 'red', undefined, false, false],
    ['after no data does not', 'red', null, false, false],
    ['once per transition: already alerted for the period', 'red', 'yellow', true, false],
    ['yellow is not red', 'yellow', 'green', false, false],
  ] as const)('%s', (_name, now, before, alerted, expected) => {
    expect(turnedRed(now, before, alerted)).toBe(expected);
  });
});

describe('trend', () => {
  it.each([
    ['more than 3 points up', 60, 50, 'up'],
    ['more than 3 points down', 40, 50, 'down'],
    ['within 3 points is flat', 52, 50, 'flat'],
    ['without a previous score there is no trend', 52, null, null],
  ] as const)('%s', (_name, now, before, expected) => {
    expect(trendOf(now, before)).toBe(expected);
  });
});

describe('health status bands are a setting: 0 ≤ red < green ≤ 100', () => {
  it.each([
    [{ green: 70, red: 40 }, []],
    [{ green: 100, red: 0 }, []],
    [{ green: 1, red: 0 }, []],
    [{ green: 60, red: 60 }, ['red']],
    [{ green: 50, red: 60 }, ['red']],
    [{ green: 101, red: 40 }, ['green']],
    [{ green: 70, red: -1 }, ['red']],
    [{ green: 70.5, red: 40 }, ['green']],
  ])('%o → problems on %o', (bands, paths) => {
    expect(healthBandProblems(bands).map((p) => p.path)).toEqual(paths);
  });
  it('yellow starts where red ends', () => {
    expect(thresholdsOf({ green: 80, red: 50 })).toEqual({ green: 80, yellow: 50 });
  });
});
