import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type Campaign = components['schemas']['Campaign'];
export type CampaignDetail = components['schemas']['CampaignDetail'];
export type CampaignStatus = Campaign['status'];
export type CampaignType = Campaign['type'];
export type OwnerSide = Campaign['ownerSide'];
export type CampaignBody = RequestBody<'/api/v1/partners/{id}/campaigns', 'post'>;

export const TYPE_LABELS: Record<CampaignType, string> = {
  webinar: 'Webinar',
  event: 'Event',
  email: 'E-mail',
  digital: 'Digital',
  content: 'Content',
  other: 'Other',
};
export const TYPES = Object.keys(TYPE_LABELS) as CampaignType[];

export const OWNER_LABELS: Record<OwnerSide, string> = { vendor: 'Vendor-led', partner: 'Partner-led', joint: 'Joint' };

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  active: 'Running',
  completed: 'Completed',
  cancelled: 'Cancelled',
  declined: 'Declined',
};
export const STATUS_COLORS: Record<CampaignStatus, string> = {
  proposed: 'yellow',
  planned: 'blue',
  active: 'green',
  completed: 'gray',
  cancelled: 'red',
  declined: 'red',
};
export const TYPE_COLORS: Record<CampaignType, string> = {
  webinar: 'violet',
  event: 'orange',
  email: 'cyan',
  digital: 'blue',
  content: 'teal',
  other: 'gray',
};

export const campaignKeys = { all: ['campaigns'] as const };

/** Campaigns running on any day from `from` to `to` (a calendar month), or all of them. */
export function useCampaigns(range: { from?: string; to?: string; partnerId?: string } = {}) {
  return useQuery({
    queryKey: [...campaignKeys.all, 'list', range],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/campaigns', { params: { query: { limit: 500, sort: 'startsOn', ...range } } }))).data,
  });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: [...campaignKeys.all, id],
    queryFn: async () => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })),
  });
}

export function useCreateCampaign() {
  return useApiMutation({
    mutationFn: ({ partnerId, ...body }: CampaignBody & { partnerId: string }) =>
      unwrap(api.POST('/api/v1/partners/{id}/campaigns', { params: { path: { id: partnerId } }, body })),
    invalidates: [campaignKeys.all, ['value']],
  });
}

export function useUpdateCampaign(id: string) {
  return useApiMutation({
    mutationFn: (body: Partial<CampaignBody>) => unwrap(api.PATCH('/api/v1/campaigns/{id}', { params: { path: { id } }, body })),
    invalidates: [campaignKeys.all, ['value']],
  });
}

export function useDecideCampaign(id: string) {
  return useApiMutation({
    mutationFn: (body: { approve: boolean; note?: string }) =>
      unwrap(api.POST('/api/v1/campaigns/{id}/decision', { params: { path: { id } }, body })),
    invalidates: [campaignKeys.all],
  });
}

export function useMoveCampaign(id: string) {
  return useApiMutation({
    mutationFn: (body: { status: 'active' | 'completed' | 'cancelled'; note?: string }) =>
      unwrap(api.POST('/api/v1/campaigns/{id}/status', { params: { path: { id } }, body })),
    invalidates: [campaignKeys.all],
  });
}

export function useWithdrawCampaign(id: string) {
  return useApiMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/campaigns/{id}/withdrawal', { params: { path: { id } } })),
    invalidates: [campaignKeys.all],
  });
}

export function useCreditCampaign(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/campaigns/{id}/credits', 'post'>) =>
      unwrap(api.POST('/api/v1/campaigns/{id}/credits', { params: { path: { id } }, body })),
    invalidates: [campaignKeys.all],
  });
}
