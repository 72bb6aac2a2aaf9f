import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type IncentivePlan = Schemas['IncentivePlan'];
export type Earning = Schemas['Earning'];
export type EarningsSummary = Schemas['EarningsSummary'];
export type EarningsStatement = Schemas['EarningsStatement'];
export type PayoutBatch = Schemas['PayoutBatch'];
export type PayoutBatchDetail = Schemas['PayoutBatchDetail'];
export type PlanBody = RequestBody<'/api/v1/incentive-plans', 'post'>;
export type BatchBody = RequestBody<'/api/v1/payout-batches', 'post'>;

export const incentiveKeys = {
  all: ['incentives'] as const,
  plans: ['incentives', 'plans'] as const,
  earnings: (filters: object) => ['incentives', 'earnings', filters] as const,
  summary: (partnerId: string | null) => ['incentives', 'summary', partnerId ?? 'all'] as const,
  statement: (partnerId: string | null, from: string, to: string) =>
    ['incentives', 'statement', partnerId ?? 'all', from, to] as const,
  batches: ['incentives', 'batches'] as const,
  batch: (id: string) => ['incentives', 'batches', id] as const,
  settings: ['incentives', 'settings'] as const,
};

export function usePlans() {
  return useQuery({
    queryKey: incentiveKeys.plans,
    queryFn: async () => (await unwrap(api.GET('/api/v1/incentive-plans'))).data,
  });
}

export function useCreatePlan() {
  return useApiMutation({
    mutationFn: (body: PlanBody) => unwrap(api.POST('/api/v1/incentive-plans', { body })),
    invalidates: [incentiveKeys.plans],
  });
}

export function useEndPlan() {
  return useApiMutation({
    mutationFn: (v: { id: string; effectiveTo: string }) =>
      unwrap(api.PATCH('/api/v1/incentive-plans/{id}', { params: { path: { id: v.id } }, body: { effectiveTo: v.effectiveTo } })),
    invalidates: [incentiveKeys.plans],
  });
}

export type EarningFilters = { partnerId?: string; kind?: string; status?: string; from?: string; to?: string };

export function useEarnings(filters: EarningFilters) {
  return useQuery({
    queryKey: incentiveKeys.earnings(filters),
    queryFn: async () =>
      unwrap(
        api.GET('/api/v1/earnings', {
          params: {
            query: {
              limit: 200,
              ...(filters.partnerId ? { partnerId: filters.partnerId } : {}),
              ...(filters.kind ? { kind: filters.kind } : {}),
              ...(filters.status ? { status: filters.status } : {}),
              ...(filters.from ? { from: filters.from } : {}),
              ...(filters.to ? { to: filters.to } : {}),
            } as never,
          },
        }),
      ),
  });
}

export function useEarningsSummary(partnerId: string | null) {
  return useQuery({
    queryKey: incentiveKeys.summary(partnerId),
    queryFn: async () => unwrap(api.GET('/api/v1/earnings/summary', { params: { query: partnerId ? { partnerId } : {} } })),
  });
}

export function useStatement(partnerId: string | null, from: string, to: string) {
  return useQuery({
    queryKey: incentiveKeys.statement(partnerId, from, to),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to),
    queryFn: async () =>
      unwrap(api.GET('/api/v1/earnings/statement', { params: { query: { from, to, ...(partnerId ? { partnerId } : {}) } } })),
  });
}

export function useReverseEarning() {
  return useApiMutation({
    mutationFn: (v: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/earnings/{id}/reverse', { params: { path: { id: v.id } }, body: { reason: v.reason } })),
    invalidates: [incentiveKeys.all],
  });
}

export function useBatches() {
  return useQuery({
    queryKey: incentiveKeys.batches,
    queryFn: async () => (await unwrap(api.GET('/api/v1/payout-batches', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useBatch(id: string | null) {
  return useQuery({
    queryKey: incentiveKeys.batch(id ?? ''),
    enabled: id !== null,
    queryFn: async () => unwrap(api.GET('/api/v1/payout-batches/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

export function useCreateBatch() {
  return useApiMutation({
    mutationFn: (body: BatchBody) => unwrap(api.POST('/api/v1/payout-batches', { body })),
    invalidates: [incentiveKeys.all],
  });
}

export function useApproveBatch() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/payout-batches/{id}/approve', { params: { path: { id } } })),
    invalidates: [incentiveKeys.all],
  });
}

export function useMarkPaid() {
  return useApiMutation({
    mutationFn: (v: { id: string; paymentReference: string }) =>
      unwrap(
        api.POST('/api/v1/payout-batches/{id}/mark-paid', {
          params: { path: { id: v.id } },
          body: v.paymentReference ? { paymentReference: v.paymentReference } : {},
        }),
      ),
    invalidates: [incentiveKeys.all],
  });
}

export function useCancelBatch() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/payout-batches/{id}/cancel', { params: { path: { id } }, body: {} })),
    invalidates: [incentiveKeys.all],
  });
}

export function useIncentiveSettings() {
  return useQuery({ queryKey: incentiveKeys.settings, queryFn: async () => unwrap(api.GET('/api/v1/incentive-settings')) });
}

export function useSaveIncentiveSettings() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/incentive-settings', 'patch'>) =>
      unwrap(api.PATCH('/api/v1/incentive-settings', { body })),
    invalidates: [incentiveKeys.settings],
  });
}
