import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type LoyaltySummary = components['schemas']['LoyaltySummary'];
export type LoyaltyReward = components['schemas']['LoyaltyReward'];
export type LoyaltyRedemption = components['schemas']['LoyaltyRedemption'];
export type LoyaltyEntry = components['schemas']['LoyaltyEntry'];
export type LoyaltyRules = components['schemas']['LoyaltyRules'];
export type RedemptionStatus = LoyaltyRedemption['status'];

export const REDEMPTION_LABELS: Record<RedemptionStatus, string> = {
  requested: 'Waiting for approval',
  approved: 'Approved',
  fulfilled: 'Sent',
  rejected: 'Not granted',
};
export const REDEMPTION_COLORS: Record<RedemptionStatus, string> = {
  requested: 'yellow',
  approved: 'blue',
  fulfilled: 'green',
  rejected: 'red',
};

export const loyaltyKeys = { all: ['loyalty'] as const };

export function useLoyaltySummary(partnerId: string) {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'summary', partnerId],
    queryFn: async () => unwrap(api.GET('/api/v1/partners/{id}/loyalty', { params: { path: { id: partnerId } } })),
    enabled: partnerId !== '',
  });
}

export function useLoyaltyEntries(partnerId: string) {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'entries', partnerId],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/partners/{id}/loyalty/entries', { params: { path: { id: partnerId }, query: { limit: 100 } } }),
        )
      ).data,
    enabled: partnerId !== '',
  });
}

export function useRewards(includeInactive = false) {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'rewards', includeInactive],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/loyalty/rewards', { params: { query: includeInactive ? { includeInactive: 'true' } : {} } }),
        )
      ).data,
  });
}

export function useRedemptions(status?: RedemptionStatus[]) {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'redemptions', status ?? null],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/loyalty/redemptions', {
            params: { query: { limit: 200, ...(status ? { status: status.join(',') } : {}) } },
          }),
        )
      ).data,
  });
}

export function useLeaderboard() {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'leaderboard'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/loyalty/leaderboard', { params: { query: { limit: 20 } } }))).data,
  });
}

export function useLoyaltyRules() {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'rules'],
    queryFn: async () => unwrap(api.GET('/api/v1/loyalty/rules')),
  });
}

export function useSaveRules() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/loyalty/rules', 'put'>) => unwrap(api.PUT('/api/v1/loyalty/rules', { body })),
    invalidates: [loyaltyKeys.all],
  });
}

export function useCreateReward() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/loyalty/rewards', 'post'>) => unwrap(api.POST('/api/v1/loyalty/rewards', { body })),
    invalidates: [loyaltyKeys.all],
  });
}

export function useUpdateReward() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: RequestBody<'/api/v1/loyalty/rewards/{id}', 'patch'> & { id: string }) =>
      unwrap(api.PATCH('/api/v1/loyalty/rewards/{id}', { params: { path: { id } }, body })),
    invalidates: [loyaltyKeys.all],
  });
}

export function useRedeem() {
  return useApiMutation({
    mutationFn: ({ rewardId, note }: { rewardId: string; note?: string }) =>
      unwrap(
        api.POST('/api/v1/loyalty/rewards/{id}/redemptions', { params: { path: { id: rewardId } }, body: note ? { note } : {} }),
      ),
    invalidates: [loyaltyKeys.all],
  });
}

export function useMoveRedemption() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: { id: string; status: 'approved' | 'fulfilled' | 'rejected'; note?: string }) =>
      unwrap(api.POST('/api/v1/loyalty/redemptions/{id}/status', { params: { path: { id } }, body })),
    invalidates: [loyaltyKeys.all],
  });
}

/** How many months points live (0: for ever). */
export function useLoyaltySettings() {
  return useQuery({
    queryKey: [...loyaltyKeys.all, 'settings'],
    queryFn: async () => unwrap(api.GET('/api/v1/loyalty/settings')),
  });
}

export function useSaveLoyaltySettings() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/loyalty/settings', 'put'>) => unwrap(api.PUT('/api/v1/loyalty/settings', { body })),
    invalidates: [loyaltyKeys.all],
  });
}
