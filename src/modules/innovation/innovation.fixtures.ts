import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';
import { innovationIdeas, innovationReviews } from './innovation.schema.js';

/**
 * An idea at submission for the authorization matrix and tests, written straight to the tables:
 * submitted by the caller (a partner role) and reviewed by the caller (a vendor role).
 */
export async function makeTestIdea(ctx: Ctx, partnerId: string, role: Role, userId: string | null): Promise<string> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(innovationIdeas)
      .values({
        partnerId,
        title: 'Matrix idea',
        proposal: 'Build it together',
        submittedById: isPartnerRole(role) ? userId : null,
      })
      .returning({ id: innovationIdeas.id });
    if (!row) throw new Error('no idea made');
    if (!isPartnerRole(role) && userId)
      await c.tx.insert(innovationReviews).values({ ideaId: row.id, reviewerId: userId, partnerId });
    return row.id;
  });
}
