import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoSeeder, DemoStory } from '../../server/module.js';
import { addDays, addMonths, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError } from '../../shared/errors.js';
import { BUILT_IN_TEMPLATES } from './surveys.fixtures.js';
import type { Question } from './surveys.rules.js';
import { surveyRounds } from './surveys.schema.js';
import { closeRoundAt, createRound, recordResponse, runSurveysDaily, sendWave } from './surveys.service.js';

const DAY = 86_400_000;

/**
 * How each side of a strategic alliance sees it, at the start and at the end of the story (1–5):
 * Contoso is healthy with a small gap; at Woodgrove and Kestrel the vendor thinks it is going fine
 * while the partner's people grow more sceptical — the perception gap the diagnostic exists to find.
 */
const DIAGNOSTICS: Record<string, { vendor: [number, number]; partner: [number, number]; low?: string[] }> = {
  'contoso-consulting': { vendor: [4.1, 4.4], partner: [3.9, 4.3] },
  'woodgrove-dist': { vendor: [4.2, 4.0], partner: [4.6, 1.6], low: ['commitments', 'problem_resolution'] },
  'kestrel-sec': { vendor: [4.3, 4.2], partner: [3.6, 2.6], low: ['communication', 'trust'] },
};
const SCEPTICS = new Set(['woodgrove-dist', 'kestrel-sec']);
/**
 * How far from the others a partner's people score the NPS question: the healthy alliances'
 * people are promoters, Kestrel's would not recommend us (decision 0313). Woodgrove's people were
 * promoters in its first year and turned detractors once its sponsor had left (decision 0340).
 */
const NPS_MOOD: Record<string, number> = {
  'kestrel-sec': -2.5,
  'contoso-consulting': 1.5,
  'tailspin-data': 2,
};
/** Days before today that Woodgrove's sponsor left (the alliances demo: eight months). */
const WOODGROVE_SPONSOR_LEFT_DAYS = 243;
function npsMood(story: DemoStory, key: string, at: Date): number {
  if (key === 'woodgrove-dist') return at < story.daysAgo(WOODGROVE_SPONSOR_LEFT_DAYS) ? 3 : -4.5;
  return NPS_MOOD[key] ?? 0;
}

/** PX per dimension: support is the vendor's strength, ease of doing business its weak spot, improving slowly. */
const PX_OFFSET: Record<string, number> = { communication: 0, support: 0.4, enablement: 0.1, ease_of_doing_business: -0.6 };

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(n)));
}

function answersFor(story: DemoStory, questions: readonly Question[], mean: (q: Question) => number) {
  return questions.map((q) => {
    const spread = story.random.next() * 1.6 - 0.8;
    const score = q.scale === 'nps' ? clamp(mean(q) + spread * 2, 0, 10) : clamp(mean(q) + spread, 1, 5);
    return { questionId: q.id, score };
  });
}

/** A person of the story answers a round at a moment after it opened (if that moment has come). */
async function answer(
  story: DemoStory,
  personKey: string,
  round: { id: string; opensOn: string; questions: Question[] },
  opened: Date,
  mean: (q: Question) => number,
  comment?: string,
  withinDays = 12,
) {
  const person = story.people.get(personKey);
  const at = story.after(opened, story.random.int(1, withinDays));
  if (!person || !at || person.since > opened) return;
  const answers = answersFor(story, round.questions, mean);
  if (comment && answers[0]) Object.assign(answers[0], { comment });
  await recordResponse(story.as(personKey, at), round.id, answers);
}

const lerp = ([from, to]: [number, number], t: number) => from + (to - from) * t;

/**
 * The recurring waves of the last `count` periods of `months` months each (calendar quarters or
 * half-years, as the survey's cadence counts them), oldest first: a past period's in its middle, so
 * that no weekday shift moves it into the next one; this period's `recent` days ago if it began
 * before that (else as early in it as can be), so the daily job has nothing left to open today.
 */
function recurringWaves(story: DemoStory, kind: 'px' | 'nps', months: number, count: number, recent: number) {
  const today = story.now.toISOString().slice(0, 10) as IsoDate;
  const month = Number(today.slice(5, 7));
  const first = `${today.slice(0, 4)}-${String(month - ((month - 1) % months)).padStart(2, '0')}-01` as IsoDate;
  const daysTo = (day: IsoDate) => Math.round((Date.parse(today) - Date.parse(day)) / DAY);
  const waves: { kind: 'px' | 'nps'; at: Date }[] = [];
  for (let back = count - 1; back >= 1; back -= 1)
    waves.push({ kind, at: story.daysAgo(daysTo(addDays(addMonths(first, -months * back), months * 15))) });
  const since = daysTo(first);
  if (since >= 2) waves.push({ kind, at: story.daysAgo(Math.min(recent, since - 1)) });
  return waves;
}

export const surveysDemo: DemoSeeder = {
  // After the alliances and risks (their partners and people exist), before the alerts read metrics.
  order: 75,
  async seed(_ctx, story) {
    const start = story.daysAgo(720);
    const span = story.now.getTime() - start.getTime();
    const progressOf = (at: Date) => Math.max(0, Math.min(1, (at.getTime() - start.getTime()) / span));
    const keyOf = new Map([...story.partners.values()].map((p) => [p.id, p.key]));

    // Health diagnostics every six months for the strategic alliances, both sides asked.
    const executive = [...story.people.values()].find((p) => p.role === 'executive');
    for (const [key, profile] of Object.entries(DIAGNOSTICS)) {
      const partner = story.partners.get(key);
      const strategicAt =
        partner?.timeline.find((t) => t.stage === 'strategic')?.at ?? partner?.timeline.find((t) => t.stage === 'active')?.at;
      if (!partner || !strategicAt) continue;
      const owner = story.people.get(partner.ownerKey);
      for (let months = 3; ; months += 6) {
        const opened = story.after(strategicAt, months * 30);
        if (!opened) break;
        const closesOn = localDateOf(new Date(opened.getTime() + 21 * DAY), 'UTC');
        const closesAt = new Date(opened.getTime() + 22 * DAY);
        const vendorIds = [owner?.id, executive && executive.since <= opened ? executive.id : undefined].filter(
          (id): id is string => Boolean(id),
        );
        let round: Awaited<ReturnType<typeof createRound>>;
        try {
          round = await createRound(story.as(partner.ownerKey, opened), partner.id, {
            templateId: BUILT_IN_TEMPLATES.health_diagnostic,
            title: `Partner health diagnostic — ${partner.name}`,
            closesOn,
            vendorRecipientIds: vendorIds,
          });
        } catch (error) {
          if (error instanceof AppError && error.status === 422) continue; // nobody at the partner to ask yet
          throw error;
        }
        const t = progressOf(opened);
        const vendorMean = lerp(profile.vendor, t);
        const partnerMean = lerp(profile.partner, t);
        const low = new Set(profile.low ?? []);
        const partnerOf = (q: Question) => partnerMean - (low.has(q.dimension) ? 0.6 : 0);
        await answer(story, partner.ownerKey, round, opened, () => vendorMean);
        if (executive) await answer(story, executive.key, round, opened, () => vendorMean - 0.2);
        await answer(
          story,
          `${key}.admin`,
          round,
          opened,
          partnerOf,
          SCEPTICS.has(key) && t > 0.5 ? 'Escalations take weeks; we hear about changes from our customers first.' : undefined,
        );
        await answer(story, `${key}.user`, round, opened, partnerOf);
        if (closesAt < story.now) await closeRoundAt(story.system('surveys.daily', closesAt), round.id, 'its closing day passed');
      }
    }

    // Northwind's first joint health check is open now: Maria and Chloe answered, Ben has not yet.
    const northwind = story.partners.get('northwind');
    if (northwind) {
      const opened = story.daysAgo(3);
      const maria = story.people.get(northwind.ownerKey);
      const round = await createRound(story.as(northwind.ownerKey, opened), northwind.id, {
        templateId: BUILT_IN_TEMPLATES.health_diagnostic,
        title: `Partner health diagnostic — ${northwind.name}`,
        closesOn: localDateOf(new Date(story.now.getTime() + 18 * DAY), 'UTC'),
        vendorRecipientIds: maria ? [maria.id] : [],
      });
      // Within the round's three days so far, so both answers are in today.
      await answer(story, northwind.ownerKey, round, opened, () => 4.4, undefined, 2);
      await answer(story, 'northwind.user', round, opened, () => 3.4, undefined, 2);
    }

    // The recurring surveys: PX every quarter, NPS every half-year, to every active partner's people.
    // NPS waves stay counted back from today (every 182 days, the last 20 days ago): Woodgrove's
    // mood turns on a day counted back from today too, and its last two waves must fall after it.
    const waves = [...recurringWaves(story, 'px', 3, 8, 5)];
    for (let half = 3; half >= 0; half -= 1) waves.push({ kind: 'nps', at: story.daysAgo(half * 182 + 20) });
    for (const [index, wave] of waves.entries()) {
      story.progress(index, waves.length);
      const system = story.system('surveys.daily', wave.at);
      let sent: Awaited<ReturnType<typeof sendWave>>;
      try {
        sent = await sendWave(
          system,
          {
            templateId: BUILT_IN_TEMPLATES[wave.kind],
            closesOn: localDateOf(new Date(wave.at.getTime() + 21 * DAY), 'UTC'),
          },
          { recurring: true, quiet: new Date(wave.at.getTime() + 22 * DAY) < story.now },
        );
      } catch (error) {
        if (error instanceof AppError && error.status === 422) continue;
        throw error;
      }
      const rounds = await withTx(system, (c) =>
        c.tx
          .select({
            id: surveyRounds.id,
            partnerId: surveyRounds.partnerId,
            opensOn: surveyRounds.opensOn,
            questions: surveyRounds.questions,
          })
          .from(surveyRounds)
          .where(and(eq(surveyRounds.waveId, sent.waveId))),
      );
      const t = progressOf(wave.at);
      for (const round of rounds) {
        const key = keyOf.get(round.partnerId);
        if (!key) continue;
        const sceptic = SCEPTICS.has(key) ? -1 : 0;
        const mean =
          wave.kind === 'nps'
            ? () => 6.2 + 2.6 * t + npsMood(story, key, wave.at)
            : (q: Question) => 3.1 + 0.8 * t + (PX_OFFSET[q.dimension] ?? 0) + sceptic * 0.7;
        for (const side of ['admin', 'user']) {
          if (story.random.chance(0.75)) await answer(story, `${key}.${side}`, round, wave.at, mean);
        }
        const closesAt = new Date(wave.at.getTime() + 22 * DAY);
        if (closesAt < story.now) await closeRoundAt(story.system('surveys.daily', closesAt), round.id, 'its closing day passed');
      }
    }

    // This morning's job: reminders for what closes soon (nothing opens twice: this period's waves exist).
    await runSurveysDaily(story.system('surveys.daily', story.now));
  },
};
