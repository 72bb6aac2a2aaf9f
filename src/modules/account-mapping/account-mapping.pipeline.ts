import { inArray } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { accounts, opportunities } from '../opportunities/index.js';
import type { Population } from './account-mapping.rules.js';
import { type AccountRowInput, syncVendorAccounts } from './account-mapping.service.js';

/** The vendor list's source for the records the opportunities module keeps (decision 0223). */
export const PIPELINE_SOURCE = 'opportunities';

type Row = AccountRowInput & { externalId: string };

/**
 * What the vendor's pipeline says of some accounts, for account mapping (decisions 0198, 0223):
 * an account with a won opportunity is a customer, any other a prospect; each open opportunity
 * is an `opportunity` row on its account's name and domain. Pure: the rows to upsert and the
 * external ids to remove (closed opportunities, accounts gone).
 */
export function pipelineRows(
  accountIds: readonly string[],
  found: readonly { id: string; name: string; domain: string | null; industry: string; country: string | null }[],
  opps: readonly { id: string; accountId: string; stage: string }[],
): { upsert: Row[]; remove: string[] } {
  const upsert: Row[] = [];
  const remove: string[] = [];
  const byId = new Map(found.map((a) => [a.id, a]));
  for (const id of accountIds) {
    const account = byId.get(id);
    const mine = opps.filter((o) => o.accountId === id);
    if (!account) {
      remove.push(`account:${id}`, ...mine.map((o) => `opportunity:${o.id}`));
      continue;
    }
    const facts = { name: account.name, domain: account.domain, industry: account.industry || null, country: account.country };
    const population: Population = mine.some((o) => o.stage === 'closed_won') ? 'customer' : 'prospect';
    upsert.push({ externalId: `account:${id}`, population, ...facts });
    for (const o of mine) {
      if (o.stage === 'closed_won' || o.stage === 'closed_lost') remove.push(`opportunity:${o.id}`);
      else upsert.push({ externalId: `opportunity:${o.id}`, population: 'opportunity', ...facts });
    }
  }
  return { upsert, remove };
}

/**
 * Keeps the vendor's side of account mapping in step with its accounts and opportunities: the
 * accounts named, or the accounts of the opportunities named, are read and their rows synced
 * (`syncVendorAccounts`, source `opportunities`). Run by the subscribers as the system.
 */
export async function syncPipelineAccounts(
  ctx: Ctx,
  ids: { accountIds?: readonly string[]; opportunityIds?: readonly string[] },
): Promise<void> {
  await withTx(ctx, async (c) => {
    const accountIds = new Set(ids.accountIds ?? []);
    if (ids.opportunityIds?.length) {
      const rows = await c.tx
        .select({ accountId: opportunities.accountId })
        .from(opportunities)
        .where(inArray(opportunities.id, [...ids.opportunityIds]));
      for (const r of rows) accountIds.add(r.accountId);
    }
    if (accountIds.size === 0) return;
    const wanted = [...accountIds];
    const found = await c.tx
      .select({
        id: accounts.id,
        name: accounts.name,
        domain: accounts.domain,
        industry: accounts.industry,
        country: accounts.country,
      })
      .from(accounts)
      .where(inArray(accounts.id, wanted));
    const opps = await c.tx
      .select({ id: opportunities.id, accountId: opportunities.accountId, stage: opportunities.stage })
      .from(opportunities)
      .where(inArray(opportunities.accountId, wanted));
    const change = pipelineRows(wanted, found, opps);
    await syncVendorAccounts(c, PIPELINE_SOURCE, change);
  });
}
