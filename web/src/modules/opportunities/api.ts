import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type Opportunity = Schemas['Opportunity'];
export type OpportunityDetail = Schemas['OpportunityDetail'];
export type OpportunityStage = NonNullable<Opportunity['stage']>;
export type InvolvementRole = OpportunityDetail['touches'][number]['role'];
export type CoSellRequest = Schemas['CoSellRequest'];
export type Account = Schemas['Account'];
export type OpportunityBody = RequestBody<'/api/v1/opportunities', 'post'>;
export type OpportunityPatch = RequestBody<'/api/v1/opportunities/{id}', 'patch'>;
export type TouchBody = RequestBody<'/api/v1/opportunities/{id}/touches', 'post'>;
export type CoSellBody = RequestBody<'/api/v1/co-sell-requests', 'post'>;

export const opportunityKeys = {
  all: ['opportunities'] as const,
  one: (id: string) => ['opportunities', 'one', id] as const,
  recent: ['opportunities', 'recent'] as const,
  coSell: ['opportunities', 'co-sell'] as const,
  account: (id: string) => ['opportunities', 'account', id] as const,
};

export type OpportunityFilters = { q?: string; stage?: string; open?: string; direct?: string; accountId?: string };

export const opportunityList: PagedSource<OpportunityFilters, Opportunity> = {
  queryKey: (filters) => [...opportunityKeys.all, 'list', filters],
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/opportunities', {
        params: {
          query: {
            q: filters.q,
            stage: filters.stage ? (filters.stage.split(',') as OpportunityStage[]) : undefined,
            open: filters.open === 'true' ? 'true' : undefined,
            direct: filters.direct === 'true' ? 'true' : undefined,
            accountId: filters.accountId,
            limit: 50,
            cursor,
          },
        },
      }),
    ),
};

export function useRecentOpportunities() {
  return useQuery({
    queryKey: opportunityKeys.recent,
    queryFn: async () => (await unwrap(api.GET('/api/v1/opportunities', { params: { query: { limit: 5, open: 'true' } } }))).data,
  });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: opportunityKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/opportunities/{id}', { params: { path: { id } } })),
  });
}

export function useAccount(id: string) {
  return useQuery({
    queryKey: opportunityKeys.account(id),
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id } } })),
  });
}

export function useCoSellRequests() {
  return useQuery({
    queryKey: opportunityKeys.coSell,
    queryFn: async () => (await unwrap(api.GET('/api/v1/co-sell-requests', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useCreateOpportunity() {
  return useApiMutation({
    mutationFn: (body: OpportunityBody) => unwrap(api.POST('/api/v1/opportunities', { body })),
    invalidates: [opportunityKeys.all, ['value']],
  });
}

export function useUpdateOpportunity(id: string) {
  return useApiMutation({
    mutationFn: (body: OpportunityPatch) => unwrap(api.PATCH('/api/v1/opportunities/{id}', { params: { path: { id } }, body })),
    // The JVP it names shows under "Used in" on the alliance's joint value page.
    invalidates: [opportunityKeys.all, ['value']],
  });
}

/** The open pipeline for the board: every open opportunity (up to 200), by stage on the client. */
export function useOpenPipeline() {
  return useQuery({
    queryKey: [...opportunityKeys.all, 'board'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/opportunities', { params: { query: { open: 'true', limit: 200, sort: 'closeDate' } } })))
        .data,
  });
}

/** Moves an opportunity to another stage (the board's menu). */
export function useMoveStage() {
  return useApiMutation({
    mutationFn: ({ id, stage }: { id: string; stage: OpportunityStage }) =>
      unwrap(api.PATCH('/api/v1/opportunities/{id}', { params: { path: { id } }, body: { stage } })),
    invalidates: [opportunityKeys.all],
  });
}

export function useAddTouch(id: string) {
  return useApiMutation({
    mutationFn: (body: TouchBody) => unwrap(api.POST('/api/v1/opportunities/{id}/touches', { params: { path: { id } }, body })),
    invalidates: [opportunityKeys.all],
  });
}

export function useInviteCoSell(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/opportunities/{id}/co-sell-requests', 'post'>) =>
      unwrap(api.POST('/api/v1/opportunities/{id}/co-sell-requests', { params: { path: { id } }, body })),
    invalidates: [opportunityKeys.all],
  });
}

export function useRequestCoSell() {
  return useApiMutation({
    mutationFn: (body: CoSellBody) => unwrap(api.POST('/api/v1/co-sell-requests', { body })),
    invalidates: [opportunityKeys.all],
  });
}

export function useDecideCoSell() {
  return useApiMutation({
    mutationFn: (d: { id: string; accept: true } | { id: string; accept: false; reason: string }) =>
      d.accept
        ? unwrap(api.POST('/api/v1/co-sell-requests/{id}/accept', { params: { path: { id: d.id } }, body: {} }))
        : unwrap(
            api.POST('/api/v1/co-sell-requests/{id}/decline', { params: { path: { id: d.id } }, body: { reason: d.reason } }),
          ),
    invalidates: [opportunityKeys.all],
  });
}
