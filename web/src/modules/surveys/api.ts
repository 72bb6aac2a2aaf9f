import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type SurveyRound = Schemas['SurveyRound'];
export type SurveyResults = Schemas['SurveyResults'];
export type SurveyTemplate = Schemas['SurveyTemplate'];
export type SurveyTrends = Schemas['SurveyTrends'];
export type SurveySettings = Schemas['SurveySettings'];
export type PartnerSurveySummary = Schemas['PartnerSurveySummary'];
export type RoundQuery = Query<'/api/v1/survey-rounds'>;
export type RoundBody = RequestBody<'/api/v1/survey-rounds', 'post'>;
export type WaveBody = RequestBody<'/api/v1/survey-waves', 'post'>;
export type AnswerBody = RequestBody<'/api/v1/survey-rounds/{id}/response', 'put'>;
export type TemplateBody = RequestBody<'/api/v1/survey-templates', 'post'>;
export type TemplatePatch = RequestBody<'/api/v1/survey-templates/{id}', 'patch'>;
export type SettingsPatch = RequestBody<'/api/v1/survey-settings', 'patch'>;

export const surveyKeys = {
  all: ['surveys'] as const,
  list: (query: RoundQuery) => ['surveys', 'list', query] as const,
  one: (id: string) => ['surveys', 'one', id] as const,
  results: (id: string) => ['surveys', 'results', id] as const,
  responses: (id: string) => ['surveys', 'responses', id] as const,
  summary: (partnerId: string) => ['surveys', 'summary', partnerId] as const,
  trends: ['surveys', 'trends'] as const,
  templates: ['surveys', 'templates'] as const,
  settings: ['surveys', 'settings'] as const,
};

export function useRounds(query: RoundQuery) {
  return useQuery({
    queryKey: surveyKeys.list(query),
    queryFn: async () => (await unwrap(api.GET('/api/v1/survey-rounds', { params: { query } }))).data,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: surveyKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/survey-rounds/{id}', { params: { path: { id } } })),
  });
}

export function useResults(id: string) {
  return useQuery({
    queryKey: surveyKeys.results(id),
    queryFn: () => unwrap(api.GET('/api/v1/survey-rounds/{id}/results', { params: { path: { id } } })),
  });
}

export function useNamedResponses(id: string, enabled: boolean) {
  return useQuery({
    queryKey: surveyKeys.responses(id),
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/survey-rounds/{id}/responses', { params: { path: { id } } }))).data,
  });
}

export function useSurveySummary(partnerId: string) {
  return useQuery({
    queryKey: surveyKeys.summary(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/survey-summary', { params: { path: { id: partnerId } } })),
  });
}

export function useTrends(enabled = true) {
  return useQuery({
    queryKey: surveyKeys.trends,
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/survey-trends')),
  });
}

export function useTemplates(enabled = true) {
  return useQuery({
    queryKey: surveyKeys.templates,
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/survey-templates'))).data,
  });
}

export function useSurveySettings(enabled = true) {
  return useQuery({
    queryKey: surveyKeys.settings,
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/survey-settings')),
  });
}

export function useSendRound() {
  return useApiMutation({
    mutationFn: (body: RoundBody) => unwrap(api.POST('/api/v1/survey-rounds', { body })),
    invalidates: [surveyKeys.all],
  });
}

export function useSendWave() {
  return useApiMutation({
    mutationFn: (body: WaveBody) => unwrap(api.POST('/api/v1/survey-waves', { body })),
    invalidates: [surveyKeys.all],
  });
}

export function useAnswer(id: string) {
  return useApiMutation({
    mutationFn: (body: AnswerBody) => unwrap(api.PUT('/api/v1/survey-rounds/{id}/response', { params: { path: { id } }, body })),
    invalidates: [surveyKeys.all],
  });
}

export function useCloseRound(id: string) {
  return useApiMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/survey-rounds/{id}/close', { params: { path: { id } } })),
    invalidates: [surveyKeys.all],
  });
}

export function useCreateTemplate() {
  return useApiMutation({
    mutationFn: (body: TemplateBody) => unwrap(api.POST('/api/v1/survey-templates', { body })),
    invalidates: [surveyKeys.templates],
  });
}

export function useUpdateTemplate() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: TemplatePatch & { id: string }) =>
      unwrap(api.PATCH('/api/v1/survey-templates/{id}', { params: { path: { id } }, body })),
    invalidates: [surveyKeys.templates],
  });
}

export function useUpdateSurveySettings() {
  return useApiMutation({
    mutationFn: (body: SettingsPatch) => unwrap(api.PATCH('/api/v1/survey-settings', { body })),
    invalidates: [surveyKeys.settings],
  });
}
