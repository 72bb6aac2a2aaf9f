import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays, addMonths } from '../../shared/dates.js';
import type { AgreementStatus } from './agreements.rules.js';
import { agreements } from './agreements.schema.js';

let made = 0;

/**
 * An agreement in the given status, written straight to the table (no audit), for the
 * authorization matrix and tests: an active one runs from a year ago to two months ahead and
 * renews automatically (its notice deadline a month ahead).
 */
export async function makeTestAgreement(ctx: Ctx, partnerId: string, status: AgreementStatus = 'draft'): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const [row] = await c.tx
      .insert(agreements)
      .values({
        partnerId,
        title: `Matrix agreement ${made}`,
        type: 'reseller',
        status,
        startOn: addMonths(today, -10),
        endOn: addDays(today, 60),
        renewalType: 'auto',
        noticeDays: 30,
        sentAt: status === 'draft' ? null : c.now,
        partnerSignedAt: ['draft', 'sent'].includes(status) ? null : c.now,
        countersignedAt: ['active', 'countersigned'].includes(status) ? c.now : null,
      })
      .returning({ id: agreements.id });
    if (!row) throw new Error('no agreement made');
    return row.id;
  });
}
