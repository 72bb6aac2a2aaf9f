import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { uploadFile, uploadPath } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type BusinessPlan = Schemas['BusinessPlan'];
export type PlanSummary = Schemas['BusinessPlanSummary'];
export type Commitment = Schemas['PlanCommitment'];
export type PlanVersion = Schemas['PlanVersion'];
export type PlanContent = Schemas['PlanContent'];
export type PlanGoal = Schemas['PlanGoal'];
export type PlanInitiative = Schemas['PlanInitiative'];
export type PlanPersona = Schemas['PlanPersona'];
export type PlanCampaign = Schemas['PlanCampaign'];
export type PlanStatus = BusinessPlan['status'];
export type CommitmentStatus = Commitment['status'];
export type Side = Commitment['side'];
export type ItemSide = PlanGoal['side'];
export type GoalKind = PlanGoal['kind'];
export type PlanAction = 'propose' | 'approve' | 'return' | 'close' | 'archive';
export type PlanPatch = RequestBody<'/api/v1/business-plans/{id}', 'patch'>;
export type PlanContentPatch = NonNullable<PlanPatch['content']>;
export type InitiativeStatus = PlanInitiative['status'];

export const planKeys = {
  all: ['business-plans'] as const,
  list: (filters: object) => ['business-plans', 'list', filters] as const,
  plan: (id: string) => ['business-plans', 'plan', id] as const,
  versions: (id: string) => ['business-plans', 'versions', id] as const,
  partner: (id: string) => ['business-plans', 'partner', id] as const,
  periods: ['business-plans', 'periods'] as const,
};

type PlanQuery = Query<'/api/v1/business-plans'>;
export type PlanFilters = { partnerId?: string; status?: string };

export const planList: PagedSource<PlanFilters, PlanSummary> = {
  queryKey: planKeys.list,
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/business-plans', {
        params: { query: { ...(filters as Omit<PlanQuery, 'limit' | 'cursor'>), limit: 50, cursor } },
      }),
    ),
};

export function usePlan(id: string) {
  return useQuery({
    queryKey: planKeys.plan(id),
    queryFn: () => unwrap(api.GET('/api/v1/business-plans/{id}', { params: { path: { id } } })),
  });
}

export function usePartnerPlans(partnerId: string) {
  return useQuery({
    queryKey: planKeys.partner(partnerId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/business-plans', { params: { query: { partnerId, limit: 20 } } }))).data,
  });
}

export function useVersions(id: string, enabled = true) {
  return useQuery({
    queryKey: planKeys.versions(id),
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/business-plans/{id}/versions', { params: { path: { id } } }))).data,
  });
}

export function usePeriods() {
  return useQuery({
    queryKey: planKeys.periods,
    queryFn: async () => (await unwrap(api.GET('/api/v1/business-plans/periods'))).data,
    staleTime: 60 * 60_000,
  });
}

export function useCreatePlan() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/business-plans', 'post'>) => unwrap(api.POST('/api/v1/business-plans', { body })),
    invalidates: [planKeys.all],
  });
}

export function useUpdatePlan(id: string) {
  return useApiMutation({
    mutationFn: (body: PlanPatch) => unwrap(api.PATCH('/api/v1/business-plans/{id}', { params: { path: { id } }, body })),
    invalidates: [planKeys.all],
  });
}

export function useTransitionPlan(id: string) {
  return useApiMutation({
    mutationFn: ({ action, comment }: { action: PlanAction; comment?: string }) =>
      unwrap(
        api.POST(`/api/v1/business-plans/{id}/${action}` as '/api/v1/business-plans/{id}/propose', {
          params: { path: { id } },
          body: { comment },
        }),
      ),
    invalidates: [planKeys.all],
  });
}

export function useDeletePlan() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/business-plans/{id}', { params: { path: { id } } })),
    invalidates: [planKeys.all],
  });
}

export function useAddCommitment(planId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/business-plans/{id}/commitments', 'post'>) =>
      unwrap(api.POST('/api/v1/business-plans/{id}/commitments', { params: { path: { id: planId } }, body })),
    invalidates: [planKeys.all],
  });
}

export function useUpdateCommitment() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/v1/commitments/{id}', 'patch'> }) =>
      unwrap(api.PATCH('/api/v1/commitments/{id}', { params: { path: { id } }, body })),
    invalidates: [planKeys.all],
  });
}

export function useDeleteCommitment() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/commitments/{id}', { params: { path: { id } } })),
    invalidates: [planKeys.all],
  });
}

export function uploadEvidence(id: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile('POST', uploadPath('/api/v1/commitments/{id}/files', { id }), file, onProgress);
}

export const EVIDENCE_ACCEPT = [
  'application/pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.txt',
  'image/png',
  'image/jpeg',
];
