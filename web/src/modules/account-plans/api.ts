import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type AccountPlan = Schemas['AccountPlan'];
export type AccountPlanSummary = Schemas['AccountPlanSummary'];
export type AccountPlanGoal = Schemas['AccountPlanGoal'];
export type AccountPlanAction = Schemas['AccountPlanAction'];
export type AccountPlanStatus = AccountPlan['status'];
export type TeamRole = AccountPlan['team'][number]['role'];
export type PlanSide = AccountPlan['team'][number]['side'];
export type GoalStatus = AccountPlanGoal['status'];
export type GoalState = AccountPlanGoal['progress']['state'];
export type ActionStatus = AccountPlanAction['status'];
export type CellStatus = AccountPlan['whitespace'][number]['status'];
export type AccountPlanPatch = RequestBody<'/api/v1/account-plans/{id}', 'patch'>;

export const accountPlanKeys = {
  all: ['account-plans'] as const,
  list: (filters: object) => ['account-plans', 'list', filters] as const,
  plan: (id: string) => ['account-plans', 'plan', id] as const,
  ofAccount: (id: string) => ['account-plans', 'account', id] as const,
  accounts: (q: string) => ['account-plans', 'account-search', q] as const,
};

type PlanQuery = Query<'/api/v1/account-plans'>;
export type AccountPlanFilters = { partnerId?: string; status?: string; q?: string };

export const accountPlanList: PagedSource<AccountPlanFilters, AccountPlanSummary> = {
  queryKey: accountPlanKeys.list,
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/account-plans', {
        params: {
          query: {
            ...(filters as Omit<PlanQuery, 'limit' | 'cursor' | 'status'>),
            status: filters.status ? (filters.status.split(',') as AccountPlanStatus[]) : undefined,
            limit: 50,
            cursor,
          },
        },
      }),
    ),
};

export function useAccountPlan(id: string) {
  return useQuery({
    queryKey: accountPlanKeys.plan(id),
    queryFn: () => unwrap(api.GET('/api/v1/account-plans/{id}', { params: { path: { id } } })),
  });
}

export function useAccountPlansOf(accountId: string) {
  return useQuery({
    queryKey: accountPlanKeys.ofAccount(accountId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/account-plans', { params: { query: { accountId, limit: 50 } } }))).data,
  });
}

/** The vendor's accounts by name or domain, for choosing a key account. */
export function useAccountSearch(q: string) {
  return useQuery({
    queryKey: accountPlanKeys.accounts(q),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/accounts', { params: { query: { q: q || undefined, limit: 20 } } }))).data,
  });
}

const invalidates = [accountPlanKeys.all];

export function useCreateAccountPlan() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/account-plans', 'post'>) => unwrap(api.POST('/api/v1/account-plans', { body })),
    invalidates,
  });
}

export function useUpdateAccountPlan(id: string) {
  return useApiMutation({
    mutationFn: (body: AccountPlanPatch) => unwrap(api.PATCH('/api/v1/account-plans/{id}', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useTransitionAccountPlan(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/account-plans/{id}/status', 'post'>) =>
      unwrap(api.POST('/api/v1/account-plans/{id}/status', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useSetTeam(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/account-plans/{id}/team', 'put'>) =>
      unwrap(api.PUT('/api/v1/account-plans/{id}/team', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useSetCell(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/account-plans/{id}/whitespace', 'put'>) =>
      unwrap(api.PUT('/api/v1/account-plans/{id}/whitespace', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useAddGoal(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/account-plans/{id}/goals', 'post'>) =>
      unwrap(api.POST('/api/v1/account-plans/{id}/goals', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useUpdateGoal() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/v1/account-plan-goals/{id}', 'patch'> }) =>
      unwrap(api.PATCH('/api/v1/account-plan-goals/{id}', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useDeleteGoal() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/account-plan-goals/{id}', { params: { path: { id } } })),
    invalidates,
  });
}

export function useAddAction(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/account-plans/{id}/actions', 'post'>) =>
      unwrap(api.POST('/api/v1/account-plans/{id}/actions', { params: { path: { id } }, body })),
    invalidates,
  });
}

export function useUpdateAction() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/v1/account-plan-actions/{id}', 'patch'> }) =>
      unwrap(api.PATCH('/api/v1/account-plan-actions/{id}', { params: { path: { id } }, body })),
    invalidates,
  });
}

/** Add a goal (no id) or change one (its id): one mutation for the goal form. */
export function useSaveGoal(planId: string) {
  return useApiMutation({
    mutationFn: ({ id, body }: { id?: string; body: RequestBody<'/api/v1/account-plans/{id}/goals', 'post'> }) =>
      id
        ? unwrap(api.PATCH('/api/v1/account-plan-goals/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/account-plans/{id}/goals', { params: { path: { id: planId } }, body })),
    invalidates,
  });
}
