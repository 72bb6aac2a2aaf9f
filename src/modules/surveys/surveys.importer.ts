import { and, eq, inArray, sql } from 'drizzle-orm';
import { insertFromJson } from '../../db/bulk-insert.js';
import { cellProblem, emailCell, type ImporterDef, type ImportProblem, integerCell, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { policyActor, type TxCtx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { recordChanges } from '../audit/index.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import { users } from '../users/index.js';
import { managesSurveysOf } from './surveys.policy.js';
import { type Question, roundStatusOn, type Side, scaleRange } from './surveys.rules.js';
import { type SurveyRoundRow, surveyAnswers, surveyRecipients, surveyResponses, surveyRounds } from './surveys.schema.js';

export type SurveyAnswerImportRow = {
  email: string;
  round: string;
  question: string;
  score: number;
  comment?: string;
  // Set by validate:
  roundId?: string;
  userId?: string;
  side?: Side;
};

type Respondent = { roundId: string; userId: string; side: Side; partnerId: string; title: string; kind: string };

type State = {
  /** `round id|question|user id` → the row that gave it: a question is answered once per person. */
  answered: Map<string, number>;
  /** `round id|user id` → the respondent, for every response this file makes (across batches). */
  respondents: Map<string, Respondent>;
  /** Responses this run has written already (a person's rows may span batches). */
  written: Map<string, string>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Answers collected outside Consort (a spreadsheet from a workshop, a form tool's export): one row
 * per person, round and question — respondent e-mail, the round (its id, or its title when one
 * open round has it), the question key, the score on the question's scale and an optional comment
 * — written as each person's response to an open round, as if they had answered in the app: one
 * `survey_response.submitted` per person and round, the scores per question (decision 0324). The
 * respondent is a Consort user of either side (vendor staff, or a user of the round's partner); one
 * who was not asked yet is added to the round's recipients. Someone who already answered in Consort
 * is refused (they change their own answer in the app). Admins, and the partner's manager for their
 * own partners, import. All or nothing, like every import.
 */
export const surveyAnswersImporter: ImporterDef<SurveyAnswerImportRow, State> = {
  kind: 'survey-answers',
  label: 'Survey answers',
  access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
  permission: 'surveyRound.import',
  columns: [
    {
      key: 'email',
      label: 'Respondent e-mail',
      required: true,
      aliases: ['Email', 'E-mail', 'Respondent', 'Email address', 'Respondent email'],
      hint: 'the e-mail of a Consort user: vendor staff or a user of the round’s partner',
      parse: emailCell,
    },
    {
      key: 'round',
      label: 'Survey round',
      required: true,
      aliases: ['Round', 'Round ID', 'Survey', 'Survey ID', 'Survey round ID'],
      hint: 'the round’s id (on its page), or its title when one open round has it',
      parse: textCell(300),
    },
    {
      key: 'question',
      label: 'Question key',
      required: true,
      aliases: ['Question', 'Question ID', 'Question key', 'Item'],
      hint: 'the question’s key in the round, e.g. trust or nps',
      parse: textCell(100),
    },
    {
      key: 'score',
      label: 'Score',
      required: true,
      aliases: ['Answer', 'Rating', 'Value'],
      hint: '1–5 (agreement) or 0–10 (NPS)',
      parse: (raw) => {
        const value = integerCell(raw);
        return typeof value === 'number' ? value : cellProblem('must be a whole number');
      },
    },
    { key: 'comment', label: 'Comment', aliases: ['Comments', 'Remark', 'Why'], parse: textCell(2000) },
  ],
  // The matrix sends it: no round of that title is open, so a dry run names the round (never a 403 for those allowed).
  example: (refs) =>
    `Respondent e-mail,Survey round,Question key,Score\nexample-${refs.unique}@example.com,Round ${refs.unique},trust,4\n`,
  newState: () => ({ answered: new Map(), respondents: new Map(), written: new Map() }),

  async validate(ctx, rows, state) {
    const problems: ImportProblem[] = [];
    const actor = policyActor(ctx);
    const today = localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
    const refs = [...new Set(rows.map((r) => r.values.round))];
    const ids = refs.filter((r) => UUID.test(r));
    const titles = refs.filter((r) => !UUID.test(r)).map((r) => r.toLowerCase());
    const rounds =
      refs.length === 0
        ? []
        : await ctx.tx
            .select({ round: surveyRounds, ownerId: partners.ownerId, partnerName: partners.name })
            .from(surveyRounds)
            .innerJoin(partners, eq(partners.id, surveyRounds.partnerId))
            .where(
              sql`(${ids.length ? inArray(surveyRounds.id, ids) : sql`false`} OR (${
                titles.length ? inArray(sql`lower(${surveyRounds.title})`, titles) : sql`false`
              } AND ${surveyRounds.status} <> 'closed' AND ${surveyRounds.closesOn} >= ${today}::date))`,
            );
    const emails = [...new Set(rows.map((r) => r.values.email.toLowerCase()))];
    const people = emails.length
      ? await ctx.tx
          .select({ id: users.id, email: users.email, partnerId: users.partnerId, active: users.active })
          .from(users)
          .where(inArray(sql`lower(${users.email})`, emails))
      : [];
    const personOf = new Map(people.map((p) => [p.email.toLowerCase(), p]));
    const existing = rounds.length
      ? await ctx.tx
          .select({ roundId: surveyResponses.roundId, userId: surveyResponses.userId })
          .from(surveyResponses)
          .where(
            and(
              inArray(
                surveyResponses.roundId,
                rounds.map((r) => r.round.id),
              ),
              people.length
                ? inArray(
                    surveyResponses.userId,
                    people.map((p) => p.id),
                  )
                : sql`false`,
            ),
          )
      : [];
    const answeredInApp = new Set(existing.map((e) => `${e.roundId}|${e.userId}`));

    for (const { row, values } of rows) {
      const ref = values.round;
      const matches = rounds.filter((r) =>
        UUID.test(ref) ? r.round.id === ref.toLowerCase() : r.round.title.toLowerCase() === ref.toLowerCase(),
      );
      const [found] = matches;
      if (!found) {
        problems.push({ row, column: 'round', message: `no open survey round "${ref}"` });
        continue;
      }
      if (matches.length > 1) {
        problems.push({ row, column: 'round', message: `"${ref}" names ${matches.length} open rounds; use the round’s id` });
        continue;
      }
      const round: SurveyRoundRow = found.round;
      if (!managesSurveysOf(actor, { ownerId: found.ownerId })) {
        problems.push({ row, column: 'round', message: `you may not import answers into ${found.partnerName}’s surveys` });
        continue;
      }
      const status = roundStatusOn(round, today);
      if (status !== 'open') {
        problems.push({
          row,
          column: 'round',
          message: status === 'closed' ? `the survey closed on ${round.closesOn}` : `the survey opens on ${round.opensOn}`,
        });
        continue;
      }
      const question: Question | undefined = round.questions.find((q) => q.id === values.question);
      if (!question) {
        problems.push({
          row,
          column: 'question',
          message: `is not a question of this survey (${round.questions.map((q) => q.id).join(', ')})`,
        });
      } else {
        const { min, max } = scaleRange(question.scale);
        if (values.score < min || values.score > max)
          problems.push({ row, column: 'score', message: `must be a whole number from ${min} to ${max}` });
      }
      const person = personOf.get(values.email.toLowerCase());
      if (!person?.active) {
        problems.push({ row, column: 'email', message: `no active Consort user "${values.email}"` });
        continue;
      }
      if (person.partnerId !== null && person.partnerId !== round.partnerId) {
        problems.push({ row, column: 'email', message: `works for another partner than ${found.partnerName}` });
        continue;
      }
      const key = `${round.id}|${person.id}`;
      if (answeredInApp.has(key) && !state.respondents.has(key)) {
        problems.push({ row, column: 'email', message: 'has already answered this survey in Consort' });
        continue;
      }
      if (question) {
        const once = `${round.id}|${question.id}|${person.id}`;
        const earlier = state.answered.get(once);
        if (earlier) {
          problems.push({ row, column: 'question', message: `is answered by the same person on row ${earlier}` });
          continue;
        }
        state.answered.set(once, row);
      }
      const side: Side = person.partnerId === null ? 'vendor' : 'partner';
      state.respondents.set(key, {
        roundId: round.id,
        userId: person.id,
        side,
        partnerId: round.partnerId,
        title: round.title,
        kind: round.kind,
      });
      Object.assign(values, { roundId: round.id, userId: person.id, side });
    }
    return problems;
  },

  async commit(ctx, rows, state) {
    await writeAnswers(ctx, rows, state);
  },
};

/** A batch's responses (new ones audited, with their event), recipients added where missing, and the scores. */
async function writeAnswers(ctx: TxCtx, rows: readonly { values: SurveyAnswerImportRow }[], state: State): Promise<void> {
  const keys = [...new Set(rows.map(({ values }) => `${values.roundId}|${values.userId}`))];
  const fresh = keys.filter((k) => !state.written.has(k)).map((k) => state.respondents.get(k) as Respondent);
  if (fresh.length > 0) {
    const roundIds = [...new Set(fresh.map((r) => r.roundId))];
    const asked = await ctx.tx
      .select({ roundId: surveyRecipients.roundId, userId: surveyRecipients.userId })
      .from(surveyRecipients)
      .where(inArray(surveyRecipients.roundId, roundIds));
    const isAsked = new Set(asked.map((a) => `${a.roundId}|${a.userId}`));
    const missing = fresh.filter((r) => !isAsked.has(`${r.roundId}|${r.userId}`));
    if (missing.length > 0)
      await insertFromJson(
        ctx.tx,
        surveyRecipients,
        missing.map((r) => ({ roundId: r.roundId, partnerId: r.partnerId, userId: r.userId, side: r.side })),
        { returning: false },
      );
    const inserted = (await insertFromJson(
      ctx.tx,
      surveyResponses,
      fresh.map((r) => ({
        roundId: r.roundId,
        partnerId: r.partnerId,
        userId: r.userId,
        side: r.side,
        submittedAt: ctx.now,
        updatedAt: ctx.now,
      })),
      { returning: true },
    )) as unknown as (typeof surveyResponses.$inferSelect)[];
    const answeredBy = new Map<string, number>();
    for (const { values } of rows) {
      const k = `${values.roundId}|${values.userId}`;
      answeredBy.set(k, (answeredBy.get(k) ?? 0) + 1);
    }
    for (const response of inserted) state.written.set(`${response.roundId}|${response.userId}`, response.id);
    await recordChanges(
      ctx,
      inserted.map((response) => {
        const r = state.respondents.get(`${response.roundId}|${response.userId}`) as Respondent;
        return {
          action: 'create' as const,
          entityType: 'survey_response',
          entityId: response.id,
          partnerId: response.partnerId,
          after: response,
          summary: `Imported an answer to “${r.title}”`,
          event: 'survey_response.submitted',
          eventData: {
            roundId: response.roundId,
            kind: r.kind,
            side: response.side,
            answered: answeredBy.get(`${response.roundId}|${response.userId}`) ?? 0,
            imported: true,
          },
        };
      }),
      { dispatch: 'later' },
    );
  }
  const dimensionOf = new Map<string, string>();
  const roundsOfBatch = [...new Set(rows.map(({ values }) => values.roundId as string))];
  const questions = await ctx.tx
    .select({ id: surveyRounds.id, questions: surveyRounds.questions })
    .from(surveyRounds)
    .where(inArray(surveyRounds.id, roundsOfBatch));
  for (const r of questions) for (const q of r.questions) dimensionOf.set(`${r.id}|${q.id}`, q.dimension);
  await insertFromJson(
    ctx.tx,
    surveyAnswers,
    rows.map(({ values }) => {
      const r = state.respondents.get(`${values.roundId}|${values.userId}`) as Respondent;
      return {
        responseId: state.written.get(`${values.roundId}|${values.userId}`) as string,
        roundId: r.roundId,
        partnerId: r.partnerId,
        questionId: values.question,
        dimension: dimensionOf.get(`${r.roundId}|${values.question}`) ?? '',
        side: r.side,
        score: values.score,
        comment: values.comment?.trim() ? values.comment.trim() : null,
      };
    }),
    { returning: false },
  );
}
