import { mulberry32 } from '../src/shared/random.js';
import type { Weighted } from './vocabulary.js';

/**
 * A seeded pseudo-random generator (mulberry32), so every run generates the same portfolio and
 * results from two runs compare like for like.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, maxInclusive: number): number;
  chance(probability: number): boolean;
  one<T>(list: readonly T[]): T;
  weighted<T>(choices: Weighted<T>): T;
  /** `count` distinct values, by weight. */
  some<T>(choices: Weighted<T>, count: number): T[];
};

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const weighted = <T>(choices: Weighted<T>): T => {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let roll = next() * total;
    for (const [value, w] of choices) {
      roll -= w;
      if (roll < 0) return value;
    }
    const last = choices.at(-1);
    if (!last) throw new Error('weighted() needs at least one choice');
    return last[0];
  };
  return {
    next,
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    chance: (probability) => next() < probability,
    one: (list) => {
      const value = list[Math.floor(next() * list.length)];
      if (value === undefined) throw new Error('one() needs a non-empty list');
      return value;
    },
    weighted,
    some: (choices, count) => {
      const picked = new Set<(typeof choices)[number][0]>();
      const wanted = Math.min(count, choices.length);
      while (picked.size < wanted) picked.add(weighted(choices));
      return [...picked];
    },
  };
}
