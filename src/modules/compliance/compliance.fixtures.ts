import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import type { ComplianceType, ItemStatus } from './compliance.rules.js';
import { complianceItems } from './compliance.schema.js';

/** A compliance item written straight to the table (no audit), for the matrix and tests. */
export async function makeTestComplianceItem(
  ctx: Ctx,
  partnerId: string,
  options: { type?: ComplianceType; status?: ItemStatus; expiresInDays?: number } = {},
): Promise<string> {
  return withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const [row] = await c.tx
      .insert(complianceItems)
      .values({
        partnerId,
        type: options.type ?? 'soc2',
        name: 'Matrix SOC 2 report',
        status: options.status ?? 'pending',
        issuedOn: addDays(today, -300),
        expiresOn: addDays(today, options.expiresInDays ?? 65),
      })
      .returning({ id: complianceItems.id });
    if (!row) throw new Error('no compliance item made');
    return row.id;
  });
}
