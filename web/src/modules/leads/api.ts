import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type Lead = Schemas['Lead'];
export type LeadDetail = Schemas['LeadDetail'];
export type LeadStatus = Lead['status'];
export type Motion = Schemas['CoverageSegment']['motion'];
export type RoutingRule = Schemas['LeadRoutingRule'];
export type Strategy = RoutingRule['strategy'];
export type CoverageSegment = Schemas['CoverageSegment'];
export type LeadBody = RequestBody<'/api/v1/leads', 'post'>;
export type RuleBody = RequestBody<'/api/v1/lead-routing-rules', 'post'>;
export type SegmentBody = RequestBody<'/api/v1/coverage-segments', 'post'>;

export const leadKeys = {
  all: ['leads'] as const,
  one: (id: string) => ['leads', 'one', id] as const,
  summary: ['leads', 'summary'] as const,
  rules: ['leads', 'rules'] as const,
  segments: ['leads', 'segments'] as const,
  settings: ['leads', 'settings'] as const,
};

export type LeadFilters = { status?: string; q?: string; overdue?: string; partnerId?: string; region?: string };

export const leadList: PagedSource<LeadFilters, Lead> = {
  queryKey: (filters) => [...leadKeys.all, 'list', filters],
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/leads', {
        params: {
          query: {
            q: filters.q,
            status: filters.status ? (filters.status.split(',') as LeadStatus[]) : undefined,
            partnerId: filters.partnerId ? [filters.partnerId] : undefined,
            region: filters.region ? ([filters.region] as never) : undefined,
            overdue: filters.overdue === 'true' ? 'true' : undefined,
            limit: 50,
            cursor,
          },
        },
      }),
    ),
};

export function useLead(id: string) {
  return useQuery({
    queryKey: leadKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });
}

export function useLeadSummary() {
  return useQuery({ queryKey: leadKeys.summary, queryFn: () => unwrap(api.GET('/api/v1/leads/summary')) });
}

export function useLeadsToAccept() {
  return useQuery({
    queryKey: [...leadKeys.all, 'to-accept'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/leads', { params: { query: { status: ['assigned'], sort: 'acceptDueAt', limit: 8 } } })))
        .data,
  });
}

export function useCreateLead() {
  return useApiMutation({
    mutationFn: (body: LeadBody) => unwrap(api.POST('/api/v1/leads', { body })),
    invalidates: [leadKeys.all],
  });
}

/** Corrects a lead's fields (vendor managers). */
export function useUpdateLead(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/leads/{id}', 'patch'>) =>
      unwrap(api.PATCH('/api/v1/leads/{id}', { params: { path: { id } }, body })),
    invalidates: [leadKeys.all],
  });
}

type Step =
  | { id: string; step: 'accept' | 'convert' | 'route' }
  | { id: string; step: 'decline' | 'disqualify'; reason: string }
  | { id: string; step: 'assign'; partnerId: string; reason?: string };

export function useLeadStep() {
  return useApiMutation({
    mutationFn: (s: Step) => {
      const params = { path: { id: s.id } };
      switch (s.step) {
        case 'accept':
          return unwrap(api.POST('/api/v1/leads/{id}/accept', { params }));
        case 'convert':
          return unwrap(api.POST('/api/v1/leads/{id}/convert', { params, body: {} }));
        case 'route':
          return unwrap(api.POST('/api/v1/leads/{id}/route', { params }));
        case 'decline':
          return unwrap(api.POST('/api/v1/leads/{id}/decline', { params, body: { reason: s.reason } }));
        case 'disqualify':
          return unwrap(api.POST('/api/v1/leads/{id}/disqualify', { params, body: { reason: s.reason } }));
        case 'assign':
          return unwrap(api.POST('/api/v1/leads/{id}/assign', { params, body: { partnerId: s.partnerId, reason: s.reason } }));
      }
    },
    invalidates: [leadKeys.all],
  });
}

export type ConvertBody = { id: string; title?: string; amount?: number; currency?: string; closeDate?: string };

/** Converts an accepted lead with the converter's estimate (all optional): the opportunity starts from it. */
export function useConvertLead() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: ConvertBody) =>
      unwrap(api.POST('/api/v1/leads/{id}/convert', { params: { path: { id } }, body })),
    invalidates: [leadKeys.all],
  });
}

export function useRoutingRules() {
  return useQuery({ queryKey: leadKeys.rules, queryFn: async () => (await unwrap(api.GET('/api/v1/lead-routing-rules'))).data });
}

export function useCreateRule() {
  return useApiMutation({
    mutationFn: (body: RuleBody) => unwrap(api.POST('/api/v1/lead-routing-rules', { body })),
    invalidates: [leadKeys.rules],
  });
}

export function useUpdateRule() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: { id: string } & Partial<RuleBody> & { active?: boolean }) =>
      unwrap(api.PATCH('/api/v1/lead-routing-rules/{id}', { params: { path: { id } }, body })),
    invalidates: [leadKeys.rules],
  });
}

export function useDeleteRule() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/lead-routing-rules/{id}', { params: { path: { id } } })),
    invalidates: [leadKeys.rules],
  });
}

export function useReorderRules() {
  return useApiMutation({
    mutationFn: (ids: string[]) => unwrap(api.PUT('/api/v1/lead-routing-rules/order', { body: { ids } })),
    invalidates: [leadKeys.rules],
  });
}

export function useSegments() {
  return useQuery({
    queryKey: leadKeys.segments,
    queryFn: async () => (await unwrap(api.GET('/api/v1/coverage-segments'))).data,
  });
}

export function useCreateSegment() {
  return useApiMutation({
    mutationFn: (body: SegmentBody) => unwrap(api.POST('/api/v1/coverage-segments', { body })),
    invalidates: [leadKeys.segments],
  });
}

export function useDeleteSegment() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/coverage-segments/{id}', { params: { path: { id } } })),
    invalidates: [leadKeys.segments],
  });
}

export function useLeadSettings() {
  return useQuery({ queryKey: leadKeys.settings, queryFn: () => unwrap(api.GET('/api/v1/lead-settings')) });
}

export function useUpdateLeadSettings() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/lead-settings', 'put'>) => unwrap(api.PUT('/api/v1/lead-settings', { body })),
    invalidates: [leadKeys.settings],
  });
}
