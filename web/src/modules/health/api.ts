import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type PartnerHealth = Schemas['PartnerHealth'];
export type HealthEvidence = Schemas['HealthEvidence'];
export type HealthSnapshot = Schemas['HealthSnapshot'];
export type PortfolioHealth = Schemas['PortfolioHealth'];
export type PortfolioHealthRow = Schemas['PortfolioHealthRow'];
export type ScorecardTemplate = Schemas['ScorecardTemplate'];
export type Scorecard = Schemas['Scorecard'];
export type TemplateBody = RequestBody<'/api/v1/scorecard-templates', 'post'>;
export type Colour = 'green' | 'yellow' | 'red';

export const healthKeys = {
  all: ['health'] as const,
  portfolio: (status: string) => ['health', 'portfolio', status] as const,
  partner: (id: string) => ['health', 'partner', id] as const,
  history: (id: string) => ['health', 'history', id] as const,
  templates: ['health', 'templates'] as const,
  scorecards: (q: object) => ['health', 'scorecards', q] as const,
  partnerScorecards: (id: string) => ['health', 'scorecards', 'partner', id] as const,
  settings: ['health', 'settings'] as const,
};

export type HealthSettings = Schemas['HealthSettings'];

/** The organisation's status bands: green from `green`, red below `red` (decision 0284). */
export function useHealthSettings() {
  return useQuery({ queryKey: healthKeys.settings, queryFn: () => unwrap(api.GET('/api/v1/health/settings')) });
}

export function useUpdateHealthSettings() {
  return useApiMutation({
    mutationFn: (body: { green: number; red: number }) => unwrap(api.PATCH('/api/v1/health/settings', { body })),
    invalidates: [healthKeys.all],
  });
}

export function useHealthPortfolio(status: Colour | null) {
  return useQuery({
    queryKey: healthKeys.portfolio(status ?? 'all'),
    queryFn: () => unwrap(api.GET('/api/v1/health', { params: { query: status ? { status } : {} } as never })),
  });
}

export function usePartnerHealth(partnerId: string) {
  return useQuery({
    queryKey: healthKeys.partner(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/health', { params: { path: { id: partnerId } } })),
  });
}

export function useHealthHistory(partnerId: string) {
  return useQuery({
    queryKey: healthKeys.history(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/health/history', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useTakeSnapshots() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/health/snapshots', 'post'>) => unwrap(api.POST('/api/v1/health/snapshots', { body })),
    invalidates: [healthKeys.all],
  });
}

export function useScorecardTemplates() {
  return useQuery({
    queryKey: healthKeys.templates,
    queryFn: async () => (await unwrap(api.GET('/api/v1/scorecard-templates'))).data,
  });
}

export function useCreateTemplate() {
  return useApiMutation({
    mutationFn: (body: TemplateBody) => unwrap(api.POST('/api/v1/scorecard-templates', { body })),
    invalidates: [healthKeys.templates],
  });
}

export function useUpdateTemplate() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: Partial<TemplateBody> & { id: string }) =>
      unwrap(api.PATCH('/api/v1/scorecard-templates/{id}', { params: { path: { id } }, body })),
    invalidates: [healthKeys.templates],
  });
}

export function useEvaluateTemplate() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/scorecards/evaluate', 'post'>) =>
      unwrap(api.POST('/api/v1/scorecards/evaluate', { body })),
    invalidates: [healthKeys.all],
  });
}

export function useScorecards(query: { templateId?: string; period?: string }, enabled = true) {
  return useQuery({
    queryKey: healthKeys.scorecards(query),
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/scorecards', { params: { query } }))).data,
  });
}

export function usePartnerScorecards(partnerId: string) {
  return useQuery({
    queryKey: healthKeys.partnerScorecards(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/scorecards', { params: { path: { id: partnerId } } }))).data,
  });
}
