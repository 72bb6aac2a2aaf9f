import { useQueries, useQuery } from '@tanstack/react-query';
import { minorUnits } from '../../../../src/shared/money';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiMutation } from '../../ui/useApiMutation';

export type AttributionReport = components['schemas']['AttributionReport'];
export type InfluencedReport = components['schemas']['InfluencedReport'];
export type AttributionPolicy = components['schemas']['AttributionPolicy'];
export type AttributionPeriod = components['schemas']['AttributionPeriod'];
export type AttributionSettings = components['schemas']['AttributionSettings'];
export type OpportunityAttribution = components['schemas']['OpportunityAttribution'];
export type AttributionModel = AttributionReport['model'];

export const BUILT_IN_MODELS = ['sourced', 'first_touch', 'last_touch', 'linear', 'time_decay', 'position_based'] as const;

export const MODEL_LABELS: Record<AttributionModel, string> = {
  sourced: 'Sourced',
  first_touch: 'First touch',
  last_touch: 'Last touch',
  linear: 'Linear',
  time_decay: 'Time decay',
  position_based: 'Position-based (40/20/40)',
  custom: 'Custom policy',
};

export const MODEL_HELP: Record<AttributionModel, string> = {
  sourced: 'All of a deal to the partner that sourced it; none where no partner sourced it.',
  first_touch: 'All of a deal to the partner of its earliest touch.',
  last_touch: 'All of a deal to the partner of its latest touch.',
  linear: 'A deal split equally between the partners that touched it.',
  time_decay: 'Touches closer to the close weigh more: a touch one half-life older weighs half.',
  position_based: '40% to the first partner in, 40% to the last, 20% shared by those between (50/50 with two).',
  custom: 'Weights per role (sourced, co-sell, technical…), normalised over the roles present on each deal.',
};

export const ROLE_LABELS: Record<string, string> = {
  sourced: 'Sourced',
  co_sell: 'Co-sell',
  technical: 'Technical',
  delivery: 'Delivery',
  referral: 'Referral',
  influence: 'Influence',
};

export const attributionKeys = {
  all: ['attribution'] as const,
  report: (q: object) => ['attribution', 'report', q] as const,
  influenced: (q: object) => ['attribution', 'influenced', q] as const,
  opportunity: (id: string, q: object) => ['attribution', 'opportunity', id, q] as const,
  settings: ['attribution', 'settings'] as const,
  policies: ['attribution', 'policies'] as const,
  periods: ['attribution', 'periods'] as const,
};

export type ModelChoice = { model: AttributionModel; policyId?: string | undefined; halfLifeDays?: number | undefined };
/** Which partners a report shows (comma-separated lists, as in the URL): by program, tier, segment, region, country. */
export const PARTNER_FILTERS = ['programId', 'tierId', 'segment', 'region', 'country'] as const;
export type PartnerFilterKey = (typeof PARTNER_FILTERS)[number];
export type Range = { from: string; to: string; partnerId?: string | undefined } & Partial<Record<PartnerFilterKey, string>>;

function filtersOf(range: Range) {
  return {
    ...(range.partnerId ? { partnerId: range.partnerId } : {}),
    ...Object.fromEntries(PARTNER_FILTERS.filter((k) => range[k]).map((k) => [k, range[k]])),
  };
}

function reportQuery(range: Range, choice: ModelChoice) {
  return {
    from: range.from,
    to: range.to,
    model: choice.model,
    ...(choice.policyId ? { policyId: choice.policyId } : {}),
    ...(choice.halfLifeDays ? { halfLifeDays: choice.halfLifeDays } : {}),
    ...filtersOf(range),
  };
}

/** The programs and every program's tiers, for the partner filters. */
export function useFilterChoices(enabled: boolean) {
  const programs = useQuery({
    queryKey: ['attribution', 'filter-programs'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => (await unwrap(api.GET('/api/v1/programs'))).data,
  });
  const tiers = useQuery({
    queryKey: ['attribution', 'filter-tiers'],
    enabled,
    staleTime: 60_000,
    queryFn: async () => (await unwrap(api.GET('/api/v1/tiers', { params: { query: {} } }))).data,
  });
  return { programs: programs.data ?? [], tiers: tiers.data ?? [] };
}

export function useAttribution(range: Range, choice: ModelChoice | null) {
  const query = choice ? reportQuery(range, choice) : null;
  return useQuery({
    queryKey: attributionKeys.report(query ?? {}),
    enabled: query !== null && range.from <= range.to,
    queryFn: async () => unwrap(api.GET('/api/v1/attribution', { params: { query: query as never } })),
  });
}

/** Several models over the same range, for the comparison (one request each, in parallel). */
export function useAttributionByModels(range: Range, choices: readonly ModelChoice[]) {
  return useQueries({
    queries: choices.map((choice) => {
      const query = reportQuery(range, choice);
      return {
        queryKey: attributionKeys.report(query),
        enabled: range.from <= range.to,
        queryFn: async () => unwrap(api.GET('/api/v1/attribution', { params: { query: query as never } })),
      };
    }),
  });
}

export function useInfluenced(range: Range) {
  const query = { from: range.from, to: range.to, ...filtersOf(range) };
  return useQuery({
    queryKey: attributionKeys.influenced(query),
    enabled: range.from <= range.to,
    queryFn: async () => unwrap(api.GET('/api/v1/attribution/influenced', { params: { query: query as never } })),
  });
}

export function useOpportunityAttribution(id: string, model: AttributionModel | undefined) {
  return useQuery({
    queryKey: attributionKeys.opportunity(id, { model }),
    queryFn: async () =>
      unwrap(api.GET('/api/v1/opportunities/{id}/attribution', { params: { path: { id }, query: model ? { model } : {} } })),
  });
}

export function useAttributionSettings() {
  return useQuery({
    queryKey: attributionKeys.settings,
    queryFn: async () => unwrap(api.GET('/api/v1/attribution/settings')),
  });
}

export function useUpdateAttributionSettings() {
  return useApiMutation({
    mutationFn: (body: { defaultModel?: AttributionModel; defaultPolicyId?: string | null; halfLifeDays?: number }) =>
      unwrap(api.PATCH('/api/v1/attribution/settings', { body })),
    invalidates: [attributionKeys.all],
  });
}

export function usePolicies(enabled = true) {
  return useQuery({
    queryKey: attributionKeys.policies,
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/attribution-policies'))).data,
  });
}

export type PolicyBody = { name: string; description?: string; roleWeights: Record<string, number> };

export function useSavePolicy() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string | null; body: PolicyBody & { archived?: boolean } }) =>
      id
        ? unwrap(api.PATCH('/api/v1/attribution-policies/{id}', { params: { path: { id } }, body: body as never }))
        : unwrap(api.POST('/api/v1/attribution-policies', { body: body as never })),
    invalidates: [attributionKeys.all],
  });
}

export function usePeriods(enabled = true) {
  return useQuery({
    queryKey: attributionKeys.periods,
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/attribution-periods'))).data,
  });
}

export function useLockPeriod() {
  return useApiMutation({
    mutationFn: (period: string) => unwrap(api.POST('/api/v1/attribution-periods', { body: { period } })),
    invalidates: [attributionKeys.all],
  });
}

export function useUnlockPeriod() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/attribution-periods/{id}/unlock', { params: { path: { id } }, body: { reason } })),
    invalidates: [attributionKeys.all],
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today and the first day of its year, as YYYY-MM-DD (the page's default range). */
export function yearToDate(now = new Date()): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` };
}

/** The four quarters up to today (the 365 days the metrics count). */
export function trailingFourQuarters(now = new Date()): { from: string; to: string } {
  const to = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const from = new Date(to.getTime() - 364 * 86_400_000);
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

/** The quarters that have ended, newest first (for the lock picker). */
export function closedQuarters(count: number, now = new Date()): string[] {
  const out: string[] = [];
  let year = now.getFullYear();
  let q = Math.floor(now.getMonth() / 3); // the current quarter's index is q+1; start with the one before
  for (let i = 0; i < count; i += 1) {
    if (q === 0) {
      year -= 1;
      q = 4;
    }
    out.push(`${year}-Q${q}`);
    q -= 1;
  }
  return out;
}

/** An amount in major units of its currency (for a chart axis), by the currency's own decimals. */
export function toMajor(value: { amount: number; currency: string }): number {
  return value.amount / 10 ** (minorUnits(value.currency) ?? 2);
}
