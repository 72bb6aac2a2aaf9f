import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type Alliance = Schemas['Alliance'];
export type AllianceSummary = Schemas['AllianceSummary'];
export type AllianceDesign = Schemas['AllianceDesign'];
export type QualificationRun = Schemas['AllianceQualificationRun'];
export type QualificationSummary = Schemas['AllianceQualificationSummary'];
export type AllianceType = Alliance['type'];
export type AlliancePhase = Alliance['phase'];
export type DevelopmentStage = Alliance['stage'];
export type DesignDimension = Alliance['designChecks'][number]['dimension'];
export type QualificationDimension = QualificationSummary['dimensions'][number]['dimension'];
export type Recommendation = QualificationSummary['recommendation'];
export type ValueCaptureMechanism = Schemas['AllianceValueCapture']['mechanism'];
export type Cadence = NonNullable<AllianceDesign['governance']['cadence']>;
export type DesignBody = RequestBody<'/api/v1/partners/{id}/alliance/design', 'patch'>;
export type QualificationBody = RequestBody<'/api/v1/partners/{id}/qualifications', 'post'>;

export const allianceKeys = {
  all: ['alliances'] as const,
  list: ['alliances', 'list'] as const,
  one: (partnerId: string) => ['alliances', 'partner', partnerId] as const,
  qualifications: (partnerId: string) => ['alliances', 'qualifications', partnerId] as const,
};

/** The partner's alliance, or null when none was started (the API's 404). */
export function useAlliance(partnerId: string) {
  return useQuery({
    queryKey: allianceKeys.one(partnerId),
    enabled: partnerId !== '',
    // null: none started yet (asked without a 404 the browser would report).
    queryFn: async (): Promise<Alliance | null> =>
      (await unwrap(api.GET('/api/v1/partners/{id}/alliance-state', { params: { path: { id: partnerId } } }))).alliance,
  });
}

export function useAlliances() {
  return useQuery({
    queryKey: allianceKeys.list,
    queryFn: async () => (await unwrap(api.GET('/api/v1/alliances', { params: { query: { limit: 500 } } }))).data,
  });
}

export function useQualifications(partnerId: string) {
  return useQuery({
    queryKey: allianceKeys.qualifications(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/qualifications', { params: { path: { id: partnerId } } })),
  });
}

export function useStartAlliance(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/partners/{id}/alliance', 'post'>) =>
      unwrap(api.POST('/api/v1/partners/{id}/alliance', { params: { path: { id: partnerId } }, body })),
    invalidates: [allianceKeys.all],
  });
}

export function useUpdateAlliance(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/partners/{id}/alliance', 'patch'>) =>
      unwrap(api.PATCH('/api/v1/partners/{id}/alliance', { params: { path: { id: partnerId } }, body })),
    invalidates: [allianceKeys.all],
  });
}

export function useUpdateDesign(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: DesignBody) =>
      unwrap(api.PATCH('/api/v1/partners/{id}/alliance/design', { params: { path: { id: partnerId } }, body })),
    invalidates: [allianceKeys.all],
  });
}

export function useTickItem(partnerId: string) {
  return useApiMutation({
    mutationFn: ({ item, done, note }: { item: string; done: boolean; note?: string }) =>
      unwrap(
        api.PUT('/api/v1/partners/{id}/alliance/checklist/{item}', {
          params: { path: { id: partnerId, item: item as never } },
          body: { done, note },
        }),
      ),
    invalidates: [allianceKeys.all],
  });
}

export function useSubmitQualification(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: QualificationBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/qualifications', { params: { path: { id: partnerId } }, body })),
    invalidates: [allianceKeys.all],
  });
}
