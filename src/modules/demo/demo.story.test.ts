import { describe, expect, it } from 'vitest';
import { seededRandom, storyClock } from './demo.story.js';

const NOW = new Date('2026-03-15T15:30:00.000Z'); // a Sunday afternoon

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and others for another seed', () => {
    const a = seededRandom('partners:40');
    const b = seededRandom('partners:40');
    const c = seededRandom('users:10');
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const n of first) expect(n >= 0 && n < 1).toBe(true);
  });

  it('draws integers within the bounds, both included', () => {
    const random = seededRandom('bounds');
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
  });
});

describe('the story clock', () => {
  const random = seededRandom('clock');
  const clock = storyClock(NOW, () => random);
  const weekday = (d: Date) => d.getUTCDay();

  it('counts back to office hours on working days, never after today', () => {
    for (let days = 0; days < 800; days += 1) {
      const at = clock.daysAgo(days);
      expect(at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      if (days > 1) {
        expect([0, 6]).not.toContain(weekday(at));
        expect(at.getUTCHours()).toBeGreaterThanOrEqual(13);
        expect(at.getUTCHours()).toBeLessThanOrEqual(21);
        // Within a day of the asked day (weekends move by one).
        expect(Math.abs((NOW.getTime() - at.getTime()) / 86_400_000 - days)).toBeLessThan(2);
      }
    }
  });

  it('moves forward to a later working moment, or answers null for what is still to come', () => {
    const start = clock.daysAgo(100);
    let previous = start;
    for (let step = 0; step < 30; step += 1) {
      const next = clock.after(previous, step % 3);
      if (!next) break;
      expect(next.getTime()).toBeGreaterThan(previous.getTime());
      expect(next.getTime()).toBeLessThanOrEqual(NOW.getTime());
      previous = next;
    }
    expect(clock.after(clock.daysAgo(2), 5)).toBeNull();
    expect(clock.after(NOW, 0)).toBeNull();
  });
});

describe('the story of one day', () => {
  it('has the same records and draws the same numbers whatever the time of day it is loaded', () => {
    const day = '2026-12-01'; // a Tuesday
    const run = (time: string) => {
      const now = new Date(`${day}T${time}Z`);
      const random = seededRandom('one day');
      const clock = storyClock(now, () => random);
      const seen: (string | null)[] = [];
      for (let back = 0; back < 12; back += 1) {
        const opened = clock.daysAgo(back);
        seen.push(`${back}:${opened.getTime() <= now.getTime()}`);
        for (const days of [0, 1, 2, 5]) {
          const at = clock.after(opened, days);
          seen.push(at && at.getTime() <= now.getTime() && at > opened ? at.toISOString().slice(0, 10) : at && 'wrong');
        }
      }
      return { seen, next: random.next() };
    };
    const early = run('08:05:00');
    expect(run('13:21:00')).toEqual(early);
    expect(run('13:55:00')).toEqual(early);
    expect(run('23:59:00')).toEqual(early);
    // What falls on a later day is still to come.
    expect(early.seen).toContain(null);
  });
});
