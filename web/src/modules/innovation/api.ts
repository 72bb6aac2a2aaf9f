import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export type Idea = components['schemas']['InnovationIdea'];
export type IdeaStage = Idea['stage'];
export type IdeaBody = RequestBody<'/api/v1/partners/{id}/ideas', 'post'>;

export const STAGES: IdeaStage[] = ['submission', 'feasibility', 'prototype', 'pilot', 'launch', 'stopped'];
export const STAGE_LABELS: Record<IdeaStage, string> = {
  submission: 'Submission',
  feasibility: 'Feasibility',
  prototype: 'Prototype',
  pilot: 'Pilot',
  launch: 'Launch',
  stopped: 'Stopped',
};

export const ideaKeys = { all: ['ideas'] as const };

export function useIdeas(stage: IdeaStage | null) {
  return useQuery({
    queryKey: [...ideaKeys.all, 'list', stage],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/ideas', { params: { query: { limit: 200, ...(stage ? { stage } : {}) } } }))).data,
  });
}

export function useFunnel() {
  return useQuery({
    queryKey: [...ideaKeys.all, 'funnel'],
    queryFn: async () => unwrap(api.GET('/api/v1/ideas/funnel', { params: { query: {} } })),
  });
}

export function useIdea(id: string) {
  return useQuery({
    queryKey: [...ideaKeys.all, id],
    queryFn: async () => unwrap(api.GET('/api/v1/ideas/{id}', { params: { path: { id } } })),
  });
}

export function useSubmitIdea(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: IdeaBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/ideas', { params: { path: { id: partnerId } }, body })),
    invalidates: [ideaKeys.all],
  });
}

export function useDecideIdea(id: string) {
  return useApiMutation({
    mutationFn: (body: { stage: IdeaStage; reason?: string }) =>
      unwrap(api.POST('/api/v1/ideas/{id}/decisions', { params: { path: { id } }, body })),
    invalidates: [ideaKeys.all],
  });
}

export function useScoreIdea(id: string) {
  return useApiMutation({
    mutationFn: (body: { value: number; feasibility: number; comment?: string }) =>
      unwrap(api.PUT('/api/v1/ideas/{id}/score', { params: { path: { id } }, body })),
    invalidates: [ideaKeys.all],
  });
}

export function useSetReviewers(id: string) {
  return useApiMutation({
    mutationFn: (reviewerIds: string[]) =>
      unwrap(api.PUT('/api/v1/ideas/{id}/reviewers', { params: { path: { id } }, body: { reviewerIds } })),
    invalidates: [ideaKeys.all],
  });
}
