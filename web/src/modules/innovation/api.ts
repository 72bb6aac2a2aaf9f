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

export const STAGE_COLORS: Record<IdeaStage, string> = {
  submission: 'gray',
  feasibility: 'blue',
  prototype: 'violet',
  pilot: 'orange',
  launch: 'green',
  stopped: 'red',
};

export const ideaKeys = { all: ['ideas'] as const };

export function useIdeas(stage: IdeaStage | null) {
  return useQuery({
    queryKey: [...ideaKeys.all, 'list', stage],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/ideas', { params: { query: { limit: 200, ...(stage ? { stage } : {}) } } }))).data,
  });
}

/** Counts per stage: the caller's own (a partner's people), the portfolio's, or one partner's. */
export function useFunnel(partnerId?: string) {
  return useQuery({
    queryKey: [...ideaKeys.all, 'funnel', partnerId ?? null],
    queryFn: async () => unwrap(api.GET('/api/v1/ideas/funnel', { params: { query: partnerId ? { partnerId } : {} } })),
  });
}

/** One partner's latest ideas, for its alliance workspace. */
export function usePartnerIdeas(partnerId: string, limit = 5) {
  return useQuery({
    queryKey: [...ideaKeys.all, 'partner', partnerId, limit],
    queryFn: async () => unwrap(api.GET('/api/v1/ideas', { params: { query: { partnerId, limit } } })),
  });
}

export function useIdea(id: string) {
  return useQuery({
    queryKey: [...ideaKeys.all, id],
    queryFn: async () => unwrap(api.GET('/api/v1/ideas/{id}', { params: { path: { id } } })),
  });
}

/** Submit an idea for a partner (its people for their company; the alliance's managers on its behalf). */
export function useSubmitIdea() {
  return useApiMutation({
    mutationFn: ({ partnerId, ...body }: IdeaBody & { partnerId: string }) =>
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
