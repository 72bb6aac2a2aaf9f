import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import type { RiskCategory, RiskStatus } from './risks.rules.js';
import { riskActions, risks } from './risks.schema.js';

/** A risk written straight to the table (no audit), for the matrix and tests: by default one the partner raised (shared). */
export async function makeTestRisk(
  ctx: Ctx,
  partnerId: string,
  options: {
    title?: string;
    likelihood?: number;
    impact?: number;
    status?: RiskStatus;
    category?: RiskCategory;
    shared?: boolean;
    raisedBy?: 'vendor' | 'partner';
    reviewOn?: string | null;
    ownerId?: string | null;
  } = {},
): Promise<string> {
  return withTx(ctx, async (c) => {
    const raisedBy = options.raisedBy ?? 'partner';
    const [row] = await c.tx
      .insert(risks)
      .values({
        partnerId,
        title: options.title ?? 'Matrix risk: key engineer leaves the partner',
        category: options.category ?? 'operational',
        likelihood: options.likelihood ?? 3,
        impact: options.impact ?? 4,
        status: options.status ?? 'open',
        shared: options.shared ?? raisedBy === 'partner',
        raisedBy,
        reviewOn: options.reviewOn ?? null,
        ownerId: options.ownerId ?? null,
      })
      .returning({ id: risks.id });
    if (!row) throw new Error('no risk made');
    return row.id;
  });
}

/** A mitigation action on a fresh partner-raised risk, for the matrix. */
export async function makeTestRiskAction(ctx: Ctx, partnerId: string): Promise<string> {
  const riskId = await makeTestRisk(ctx, partnerId);
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(riskActions)
      .values({ riskId, partnerId, title: 'Matrix action: name a deputy' })
      .returning({ id: riskActions.id });
    if (!row) throw new Error('no action made');
    return row.id;
  });
}
