import { useQuery } from '@tanstack/react-query';
import { blind, browserDomainKey, intersect, newBlindingKey } from '../../../../src/shared/psi';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type AccountMapping = Schemas['AccountMapping'];
export type AccountOverlap = Schemas['AccountOverlap'];
export type MappingAccount = Schemas['MappingAccount'];
export type Population = AccountMapping['matrix'][number]['vendorPopulation'];
export type SharingLevel = AccountMapping['sharing']['vendor']['customer'];
export const POPULATIONS: readonly Population[] = ['customer', 'prospect', 'opportunity'];
export const SHARING_LEVELS: readonly SharingLevel[] = ['full', 'overlap', 'counts', 'hidden'];

export const mappingKeys = {
  all: ['account-mapping'] as const,
  one: (partnerId: string) => ['account-mapping', 'one', partnerId] as const,
  overlaps: (partnerId: string, filters: object) => ['account-mapping', 'overlaps', partnerId, filters] as const,
  accounts: (partnerId: string, filters: object) => ['account-mapping', 'accounts', partnerId, filters] as const,
  portfolio: ['account-mapping', 'portfolio'] as const,
};

export function useAccountMapping(partnerId: string) {
  return useQuery({
    queryKey: mappingKeys.one(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/account-mapping', { params: { path: { id: partnerId } } })),
    enabled: partnerId !== '',
  });
}

export type OverlapFilters = { vendorPopulation?: Population; partnerPopulation?: Population };

export function useOverlaps(partnerId: string, filters: OverlapFilters) {
  return useQuery({
    queryKey: mappingKeys.overlaps(partnerId, filters),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{id}/account-mapping/overlaps', {
          params: { path: { id: partnerId }, query: { ...filters, limit: 200 } },
        }),
      ),
  });
}

export function useMappingAccounts(partnerId: string, side: 'vendor' | 'partner', population: Population, enabled: boolean) {
  return useQuery({
    queryKey: mappingKeys.accounts(partnerId, { side, population }),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{id}/account-mapping/accounts', {
          params: { path: { id: partnerId }, query: { side, population, limit: 200 } },
        }),
      ),
    enabled,
  });
}

export function useMappingPortfolio() {
  return useQuery({ queryKey: mappingKeys.portfolio, queryFn: () => unwrap(api.GET('/api/v1/account-mapping')) });
}

export function useSetSharing(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: Partial<Record<Population, SharingLevel>>) =>
      unwrap(api.PUT('/api/v1/partners/{id}/account-mapping/sharing', { params: { path: { id: partnerId } }, body })),
    invalidates: [mappingKeys.all],
  });
}

export function useClearAccounts(partnerId: string) {
  return useApiMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/partners/{id}/account-mapping/accounts', { params: { path: { id: partnerId } } })),
    invalidates: [mappingKeys.all],
  });
}

export type MatchRow = { domain: string; population: Population };
export type MatchFound = { domain: string; population: Population; vendorPopulations: Population[] };
export type MatchResult = { matchId: string; checked: number; skipped: number; found: MatchFound[] };

/**
 * The private match, run in this browser (src/shared/psi.ts): the domains are normalised and
 * blinded here with a secret that never leaves the page; the server sees only blinded values and
 * answers with its own; the overlap is computed here. Nothing is revealed until `useRevealMatch`.
 */
/** Values a request carries (the server takes at most 5,000). */
const PRIVATE_MATCH_CHUNK = 5_000;

export async function runPrivateMatch(
  partnerId: string,
  rows: readonly MatchRow[],
  onProgress?: (done: number, total: number) => void,
): Promise<MatchResult> {
  const keyed = new Map<string, Population>();
  let skipped = 0;
  for (const r of rows) {
    const key = browserDomainKey(r.domain);
    if (key && !keyed.has(key)) keyed.set(key, r.population);
    else skipped += 1;
  }
  const keys = [...keyed.keys()];
  const secret = newBlindingKey();
  // In chunks: the server re-blinds each with the same per-run secret; the vendor's values come a
  // page at a time (no cap on its list), asked for alongside the chunks and after them.
  const reblinded: string[] = [];
  let matchId: string | undefined;
  const vendor: { value: string; population: Population }[] = [];
  let vendorNext: number | null = 0;
  let from = 0;
  for (let first = true; first || from < keys.length || vendorNext !== null; first = false) {
    const chunk = keys.slice(from, from + PRIVATE_MATCH_CHUNK);
    const answer: Schemas['PrivateMatchAnswer'] = await unwrap(
      api.POST('/api/v1/partners/{id}/account-mapping/private-match', {
        params: { path: { id: partnerId } },
        body: {
          items: chunk.map((k) => blind(k, secret)),
          ...(matchId ? { matchId } : {}),
          ...(vendorNext !== null ? { vendorFrom: vendorNext } : {}),
        },
      }),
    );
    vendor.push(...answer.vendor);
    vendorNext = answer.vendorNext;
    matchId = answer.matchId;
    reblinded.push(...answer.items);
    from += chunk.length;
    onProgress?.(Math.min(keys.length, from), keys.length);
  }
  const answer = { matchId: matchId as string, items: reblinded, vendor };
  const found = intersect(
    keys.map((key, i) => ({ key, reblinded: answer.items[i] ?? '' })),
    answer.vendor.map((v) => ({ value: v.value, tag: v.population })),
    secret,
  );
  return {
    matchId: answer.matchId,
    checked: keys.length,
    skipped,
    found: found.map((f) => ({
      domain: f.key,
      population: keyed.get(f.key) ?? 'customer',
      vendorPopulations: [...new Set(f.tags)],
    })),
  };
}

export function useRevealMatch(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: { matchId: string; accounts: { domain: string; population: Population }[] }) =>
      unwrap(
        api.POST('/api/v1/partners/{id}/account-mapping/private-match/reveal', { params: { path: { id: partnerId } }, body }),
      ),
    invalidates: [mappingKeys.all],
  });
}

/** A CSV of name/domain/population rows as the partner's browser reads it (for the private match). */
export function parseMatchCsv(text: string): MatchRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '')
    .toLowerCase()
    .split(',')
    .map((h) => h.trim());
  const domainAt = header.findIndex((h) => ['domain', 'website', 'url', 'company domain name'].includes(h));
  const populationAt = header.findIndex((h) => ['population', 'type', 'list'].includes(h));
  const body = domainAt >= 0 ? lines.slice(1) : lines;
  return body.map((line) => {
    const cells = line.split(',').map((c) => c.trim());
    const raw = (populationAt >= 0 ? cells[populationAt] : '')?.toLowerCase() ?? '';
    const population: Population = raw.startsWith('prospect') ? 'prospect' : raw.startsWith('opp') ? 'opportunity' : 'customer';
    return { domain: (domainAt >= 0 ? cells[domainAt] : cells[0]) ?? '', population };
  });
}
