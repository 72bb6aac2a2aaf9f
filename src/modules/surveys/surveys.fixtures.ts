import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { periodOf, type SurveyKind } from './surveys.rules.js';
import { surveyRecipients, surveyRounds, surveyTemplates } from './surveys.schema.js';

/** The built-in templates the migration writes (decision 0285). */
export const BUILT_IN_TEMPLATES = {
  health_diagnostic: '5a7e0000-0000-4000-8000-000000000001',
  nps: '5a7e0000-0000-4000-8000-000000000002',
  px: '5a7e0000-0000-4000-8000-000000000003',
} as const satisfies Record<SurveyKind, string>;

/**
 * An open round written straight to the tables (no audit, no notification), for the matrix and
 * tests: by default a health diagnostic of the partner, open for 30 days, asking `askIds`.
 */
export async function makeTestRound(
  ctx: Ctx,
  partnerId: string,
  askIds: readonly { userId: string; side: 'vendor' | 'partner' }[] = [],
  options: { kind?: SurveyKind } = {},
): Promise<string> {
  return withTx(ctx, async (c) => {
    const kind = options.kind ?? 'health_diagnostic';
    const [template] = await c.tx.select().from(surveyTemplates).where(eq(surveyTemplates.id, BUILT_IN_TEMPLATES[kind]));
    if (!template) throw new Error('built-in survey template missing');
    const today = localDateOf(c.now, 'UTC');
    const opensOn = addDays(today, -1);
    const [row] = await c.tx
      .insert(surveyRounds)
      .values({
        partnerId,
        templateId: template.id,
        kind,
        title: `Matrix ${template.name}`,
        questions: template.questions,
        period: periodOf(opensOn, kind === 'nps' ? 'half_yearly' : 'quarterly'),
        opensOn,
        closesOn: addDays(today, 30),
        status: 'open',
      })
      .returning({ id: surveyRounds.id });
    if (!row) throw new Error('no survey round made');
    if (askIds.length > 0) {
      await c.tx
        .insert(surveyRecipients)
        .values(askIds.map((a) => ({ roundId: row.id, partnerId, userId: a.userId, side: a.side, notifiedAt: c.now })))
        .onConflictDoNothing();
    }
    return row.id;
  });
}
