import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export const referralKeys = { all: ['referrals'] as const };

export type LinkBody = RequestBody<'/api/v1/referral-links', 'post'>;
export type SubmissionBody = RequestBody<'/api/v1/referral-submissions', 'post'>;
export type SettingsBody = RequestBody<'/api/v1/referrals/settings', 'put'>;

export function useReferralSummary(partnerId?: string) {
  return useQuery({
    queryKey: [...referralKeys.all, 'summary', partnerId ?? 'all'],
    queryFn: async () =>
      unwrap(api.GET('/api/v1/referrals/summary', { params: { query: partnerId ? { partnerId: [partnerId] } : {} } })),
  });
}

export function useReferralLinks(partnerId?: string) {
  return useQuery({
    queryKey: [...referralKeys.all, 'links', partnerId ?? 'all'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/referral-links', {
            params: { query: { limit: 200, ...(partnerId ? { partnerId: [partnerId] } : {}) } },
          }),
        )
      ).data,
  });
}

export function useReferralConversions() {
  return useQuery({
    queryKey: [...referralKeys.all, 'conversions'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/referral-conversions', { params: { query: { limit: 50 } } }))).data,
  });
}

export function useReferralCommissions() {
  return useQuery({
    queryKey: [...referralKeys.all, 'commissions'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/referral-commissions', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useReferralSubmissions() {
  return useQuery({
    queryKey: [...referralKeys.all, 'submissions'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/referral-submissions', { params: { query: { limit: 50 } } }))).data,
  });
}

export function useReferralSettings(enabled: boolean) {
  return useQuery({
    queryKey: [...referralKeys.all, 'settings'],
    enabled,
    queryFn: async () => unwrap(api.GET('/api/v1/referrals/settings')),
  });
}

export function useCreateLink() {
  return useApiMutation({
    mutationFn: (body: LinkBody) => unwrap(api.POST('/api/v1/referral-links', { body })),
    invalidates: [referralKeys.all],
  });
}

export function useArchiveLink() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/referral-links/{id}/archive', { params: { path: { id } } })),
    invalidates: [referralKeys.all],
  });
}

export function useSubmitReferral() {
  return useApiMutation({
    mutationFn: (body: SubmissionBody) => unwrap(api.POST('/api/v1/referral-submissions', { body })),
    invalidates: [referralKeys.all],
  });
}

export function useSaveReferralSettings() {
  return useApiMutation({
    mutationFn: (body: SettingsBody) => unwrap(api.PUT('/api/v1/referrals/settings', { body })),
    invalidates: [referralKeys.all],
  });
}

export function useRotateTrackingKey() {
  return useApiMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/referrals/settings/tracking-key')),
    invalidates: [referralKeys.all],
  });
}

export function useApproveCommission() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/referral-commissions/{id}/approve', { params: { path: { id } } })),
    invalidates: [referralKeys.all],
  });
}
