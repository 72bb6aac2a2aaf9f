import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { checkDesign, emptyDesign, explicitCount, qualify } from './alliances.rules.js';
import { allianceQualifications, alliances } from './alliances.schema.js';

/**
 * Records for the authorization matrix and tests, written straight to the tables (no audit): the
 * partner's alliance (made once; a partner has one) and a qualification run of the vendor's.
 */
export async function makeTestAlliance(ctx: Ctx, partnerId: string): Promise<string> {
  return withTx(ctx, async (c) => {
    const [existing] = await c.tx.select({ id: alliances.id }).from(alliances).where(eq(alliances.partnerId, partnerId));
    if (existing) return existing.id;
    const design = emptyDesign();
    const [row] = await c.tx
      .insert(alliances)
      .values({
        partnerId,
        type: 'co_sell',
        phase: 'negotiation',
        design,
        designExplicit: explicitCount(checkDesign(design, { vendor: false, partner: false })),
        startedAt: c.now,
      })
      .returning({ id: alliances.id });
    if (!row) throw new Error('no alliance made');
    return row.id;
  });
}

export async function makeTestQualification(ctx: Ctx, partnerId: string): Promise<string> {
  return withTx(ctx, async (c) => {
    const [existing] = await c.tx
      .select({ id: allianceQualifications.id })
      .from(allianceQualifications)
      .where(eq(allianceQualifications.partnerId, partnerId));
    if (existing) return existing.id;
    const scores = { marketAccess: 4, capability: 4, commitment: 3, alignment: 4 };
    const result = qualify(scores, null);
    if (!result) throw new Error('unreachable');
    const [row] = await c.tx
      .insert(allianceQualifications)
      .values({
        partnerId,
        side: 'vendor',
        scores: Object.fromEntries(Object.entries(scores).map(([k, score]) => [k, { score, notes: '' }])) as never,
        assessedAt: c.now,
        recommendation: result.recommendation,
        provisional: result.provisional,
        scorePercent: result.scorePercent,
        reasons: result.reasons,
      })
      .returning({ id: allianceQualifications.id });
    if (!row) throw new Error('no qualification made');
    return row.id;
  });
}
