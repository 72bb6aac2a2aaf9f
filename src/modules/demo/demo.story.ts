import type { DemoPerson, DemoRandom, DemoStory } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { mulberry32, seedOf } from '../../shared/random.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The story's random source for one seeder, from the seeder's name (shared/random.ts). */
export function seededRandom(seed: string): DemoRandom {
  const next = mulberry32(seedOf(seed));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    chance: (probability) => next() < probability,
  };
}

function startOfUtcDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/** A moment in the working day starting at `day` (UTC midnight): 13:00–21:59 UTC, office hours in New York. */
function workingMoment(day: number, random: DemoRandom): number {
  return day + 13 * 60 * MINUTE + random.int(0, 9 * 60 - 1) * MINUTE + random.int(0, 59) * 1000;
}

/** Nobody works at the weekend: Saturday moves to the Friday before, Sunday to the Monday after. */
function workingDay(day: number): number {
  const weekday = new Date(day).getUTCDay();
  return weekday === 6 ? day - DAY : weekday === 0 ? day + DAY : day;
}

/**
 * A moment of today that has not come yet, moved to a little before `now` (and after `from`, if
 * that can be): by minutes derived from the moment itself, not drawn from the random source, so the
 * draws a seeder makes — and so every record after it — do not depend on the time of day the demo
 * is loaded (docs/decisions/0313).
 */
function earlierToday(at: number, now: number, from = Number.NEGATIVE_INFINITY): number {
  const back = (1 + (Math.floor(at / MINUTE) % 30)) * MINUTE;
  return Math.min(now, Math.max(from + MINUTE, now - back));
}

/**
 * The clock of a story whose "today" is `now`: working-hours moments counted back from today, or
 * forward from an earlier moment — and then perhaps not yet come. What exists depends on the day
 * only: a moment later today (its office hours still to come) happens a little before `now`
 * instead, a later day's is still to come (null).
 */
export function storyClock(now: Date, random: () => DemoRandom) {
  const today = startOfUtcDay(now.getTime());
  return {
    daysAgo(days: number): Date {
      const day = workingDay(today - Math.max(0, Math.round(days)) * DAY);
      const at = workingMoment(day, random());
      // Today (or a Sunday moved to today), before the chosen hour has come: a little earlier instead.
      return new Date(at < now.getTime() ? at : earlierToday(at, now.getTime()));
    },
    after(moment: Date, days: number): Date | null {
      const from = moment.getTime();
      const day = workingDay(startOfUtcDay(from) + Math.max(0, Math.round(days)) * DAY);
      let at = workingMoment(day, random());
      // The same day, after its office hours, or earlier than `moment`: a little after `moment` (a
      // moment of today may itself have been moved by the time of day: not drawn then, as above).
      if (at <= from)
        at = from + (startOfUtcDay(from) === today ? 5 + (Math.floor(at / MINUTE) % 86) : random().int(5, 90)) * MINUTE;
      if (at <= now.getTime()) return new Date(at);
      // Later today: it happens before the load, unless `moment` is the load's own moment.
      if (startOfUtcDay(at) === today && from < now.getTime()) return new Date(earlierToday(at, now.getTime(), from));
      return null;
    },
  };
}

/**
 * A fresh story for one load. Its contexts join `base`, the load's one transaction; the runner
 * sets `random` and `progress` for each seeder in turn.
 */
export function createStory(base: Ctx, options: { now: Date; password: string }): DemoStory {
  let requests = 0;
  const story: DemoStory = {
    now: options.now,
    password: options.password,
    random: seededRandom('demo'),
    ...storyClock(options.now, () => story.random),
    as(personKey: string, at: Date): Ctx {
      const person: DemoPerson | undefined = story.people.get(personKey);
      if (!person) throw new Error(`The demo story has no person "${personKey}" yet`);
      if (at.getTime() < person.since.getTime()) {
        throw new Error(`${personKey} cannot act on ${at.toISOString()}, before their account was made`);
      }
      if (at.getTime() > story.now.getTime()) throw new Error(`${personKey} cannot act in the future (${at.toISOString()})`);
      requests += 1;
      return {
        ...base,
        actor: {
          kind: 'user',
          userId: person.id,
          role: person.role,
          partnerId: person.partnerId,
          email: person.email,
          name: person.name,
          sessionId: null,
          tokenId: null,
        },
        requestId: `demo:${requests}`,
        now: at,
      };
    },
    system(reason: string, at: Date): Ctx {
      if (at.getTime() > story.now.getTime()) throw new Error(`The system cannot act in the future (${at.toISOString()})`);
      requests += 1;
      return { ...base, actor: { kind: 'system', reason }, requestId: `demo:${requests}`, now: at };
    },
    people: new Map(),
    partners: new Map(),
    refs: new Map(),
    beforeStage: new Map(),
    logins: [],
    progress: () => {},
  };
  return story;
}
