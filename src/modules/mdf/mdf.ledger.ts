import { and, inArray, type SQL, sql } from 'drizzle-orm';
import { partnerFilter } from '../../db/scope.js';
import type { TxCtx } from '../../shared/context.js';
import { type Balance, ZERO_BALANCE } from './mdf.rules.js';
import { mdfLedger } from './mdf.schema.js';

/**
 * Balances from the ledger, set-based: one grouped sum per allocation, with exactly the equations
 * of `balanceOf` (mdf.rules.ts; a test holds the two to each other). `asOf` (a day) counts only
 * entries dated on or before it.
 */
export async function balancesByAllocation(
  c: TxCtx,
  filter: { allocationIds?: readonly string[]; partnerIds?: readonly string[]; asOf?: string } = {},
): Promise<Map<string, Balance & { currency: string; partnerId: string }>> {
  if (filter.allocationIds?.length === 0 || filter.partnerIds?.length === 0) return new Map();
  const s = (kind: string) => sql`coalesce(sum(${mdfLedger.amount}) filter (where ${mdfLedger.kind} = ${kind}), 0)`;
  const where: (SQL | undefined)[] = [
    partnerFilter(c, mdfLedger.partnerId),
    filter.allocationIds ? inArray(mdfLedger.allocationId, [...filter.allocationIds]) : undefined,
    filter.partnerIds ? inArray(mdfLedger.partnerId, [...filter.partnerIds]) : undefined,
    filter.asOf ? sql`${mdfLedger.onDate} <= ${filter.asOf}::date` : undefined,
  ];
  const rows = await c.tx
    .select({
      allocationId: mdfLedger.allocationId,
      partnerId: mdfLedger.partnerId,
      currency: sql<string>`min(${mdfLedger.currency})`,
      allocated: sql<string>`${s('allocation')}::text`,
      committed: sql<string>`(${s('commitment')} - ${s('release')} - ${s('claim')})::text`,
      payable: sql<string>`(${s('claim')} - ${s('payment')})::text`,
      paid: sql<string>`${s('payment')}::text`,
      expired: sql<string>`${s('expiry')}::text`,
      available: sql<string>`(${s('allocation')} - ${s('commitment')} + ${s('release')} - ${s('expiry')})::text`,
    })
    .from(mdfLedger)
    .where(and(...where))
    .groupBy(mdfLedger.allocationId, mdfLedger.partnerId);
  return new Map(
    rows.map((r) => [
      r.allocationId,
      {
        partnerId: r.partnerId,
        currency: r.currency,
        allocated: Number(r.allocated),
        committed: Number(r.committed),
        payable: Number(r.payable),
        paid: Number(r.paid),
        expired: Number(r.expired),
        available: Number(r.available),
      },
    ]),
  );
}

export async function balanceOfAllocation(c: TxCtx, allocationId: string): Promise<Balance> {
  return (await balancesByAllocation(c, { allocationIds: [allocationId] })).get(allocationId) ?? { ...ZERO_BALANCE };
}

export type LedgerInput = {
  partnerId: string;
  allocationId: string;
  requestId?: string | null;
  claimId?: string | null;
  kind: (typeof mdfLedger.$inferInsert)['kind'];
  amount: number;
  currency: string;
  onDate: string;
  key: string;
  actorId: string | null;
};

/**
 * Appends one movement; its `key` makes it happen once. Answers false when that movement was
 * already recorded (a retried job, a lost race), so the caller knows nothing changed.
 */
export async function appendEntry(c: TxCtx, entry: LedgerInput): Promise<boolean> {
  if (entry.amount <= 0) return false;
  const inserted = await c.tx
    .insert(mdfLedger)
    .values({ ...entry, requestId: entry.requestId ?? null, claimId: entry.claimId ?? null, createdAt: c.now })
    .onConflictDoNothing({ target: mdfLedger.key })
    .returning({ id: mdfLedger.id });
  return inserted.length > 0;
}
