import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export const programKeys = {
  all: ['programs'] as const,
  one: (id: string) => ['programs', id] as const,
  tiers: (id: string) => ['programs', id, 'tiers'] as const,
  members: (id: string) => ['programs', id, 'members'] as const,
  progress: (partnerId: string) => ['tier-progress', partnerId] as const,
  memberships: (partnerId: string) => ['partner-programs', partnerId] as const,
  runs: ['tier-evaluations'] as const,
  run: (id: string) => ['tier-evaluations', id] as const,
  rules: ['milestone-rules'] as const,
  milestones: ['milestone-proposals'] as const,
};

export type ProgramBody = RequestBody<'/api/v1/programs', 'post'>;

export function usePrograms() {
  return useQuery({ queryKey: programKeys.all, queryFn: async () => (await unwrap(api.GET('/api/v1/programs'))).data });
}

export function useProgram(id: string) {
  return useQuery({
    queryKey: programKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/programs/{id}', { params: { path: { id } } })),
  });
}

export function useProgramTiers(id: string, enabled = true) {
  return useQuery({
    queryKey: programKeys.tiers(id),
    enabled: enabled && id !== '',
    queryFn: async () => (await unwrap(api.GET('/api/v1/programs/{id}/tiers', { params: { path: { id } } }))).data,
  });
}

export function useProgramMembers(id: string, enabled: boolean) {
  return useQuery({
    queryKey: programKeys.members(id),
    enabled,
    queryFn: async () => (await unwrap(api.GET('/api/v1/programs/{id}/members', { params: { path: { id } } }))).data,
  });
}

export function useCreateProgram() {
  return useApiMutation({
    mutationFn: (body: ProgramBody) => unwrap(api.POST('/api/v1/programs', { body })),
    invalidates: [programKeys.all],
  });
}

export function useTierProgress(partnerId: string) {
  return useQuery({
    queryKey: programKeys.progress(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/tier-progress', { params: { path: { id: partnerId } } })),
  });
}

export function useRuns() {
  return useQuery({ queryKey: programKeys.runs, queryFn: async () => (await unwrap(api.GET('/api/v1/tier-evaluations'))).data });
}

export function useRun(id: string) {
  return useQuery({
    queryKey: programKeys.run(id),
    queryFn: () => unwrap(api.GET('/api/v1/tier-evaluations/{id}', { params: { path: { id } } })),
  });
}

export function useRunEvaluation() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/tier-evaluations', 'post'>) => unwrap(api.POST('/api/v1/tier-evaluations', { body })),
    invalidates: [programKeys.runs],
  });
}

/** Approve or reject: tiers, memberships and partners change, so their queries refetch. */
export function useDecideProposal() {
  return useApiMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: 'approve' | 'reject'; note?: string }) =>
      decision === 'approve'
        ? unwrap(api.POST('/api/v1/tier-proposals/{id}/approve', { params: { path: { id } }, body: { note } }))
        : unwrap(api.POST('/api/v1/tier-proposals/{id}/reject', { params: { path: { id } }, body: { note } })),
    invalidates: [programKeys.runs, ['tier-progress'], ['partner-programs'], ['partners']],
  });
}

export function useMilestoneRules() {
  return useQuery({ queryKey: programKeys.rules, queryFn: async () => (await unwrap(api.GET('/api/v1/milestone-rules'))).data });
}

export function useMetrics() {
  return useQuery({
    queryKey: ['metrics'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/metrics'))).data,
    staleTime: 300_000,
  });
}

export function useCreateMilestoneRule() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/milestone-rules', 'post'>) => unwrap(api.POST('/api/v1/milestone-rules', { body })),
    invalidates: [programKeys.rules],
  });
}

export function useDeleteMilestoneRule() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/milestone-rules/{id}', { params: { path: { id } } })),
    invalidates: [programKeys.rules, programKeys.milestones],
  });
}

export function useMilestoneProposals() {
  return useQuery({
    queryKey: programKeys.milestones,
    queryFn: async () => (await unwrap(api.GET('/api/v1/milestone-proposals', { params: { query: { status: 'open' } } }))).data,
  });
}

export function useCheckMilestones() {
  return useApiMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/milestone-rules/check', { body: {} })),
    invalidates: [programKeys.milestones],
  });
}

export function useDecideMilestone() {
  return useApiMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'confirm' | 'dismiss' }) =>
      decision === 'confirm'
        ? unwrap(api.POST('/api/v1/milestone-proposals/{id}/confirm', { params: { path: { id } }, body: {} }))
        : unwrap(api.POST('/api/v1/milestone-proposals/{id}/dismiss', { params: { path: { id } }, body: {} })),
    invalidates: [programKeys.milestones, ['partners']],
  });
}

// ————— The program editor —————

export type TierBody = RequestBody<'/api/v1/programs/{id}/tiers', 'post'>;

export function useUpdateProgram(id: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/programs/{id}', 'patch'>) =>
      unwrap(api.PATCH('/api/v1/programs/{id}', { params: { path: { id } }, body })),
    invalidates: [programKeys.all],
  });
}

export function useCreateTier(programId: string) {
  return useApiMutation({
    mutationFn: (body: TierBody) =>
      unwrap(api.POST('/api/v1/programs/{id}/tiers', { params: { path: { id: programId } }, body })),
    invalidates: [programKeys.all, ['tier-progress']],
  });
}

export function useUpdateTier(programId: string) {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/v1/tiers/{id}', 'patch'> }) =>
      unwrap(api.PATCH('/api/v1/tiers/{id}', { params: { path: { id } }, body })),
    invalidates: [programKeys.tiers(programId), ['tier-progress'], ['partners']],
  });
}

export function useDeleteTier() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tiers/{id}', { params: { path: { id } } })),
    invalidates: [programKeys.all, ['tier-progress']],
  });
}

export function useReorderTiers(programId: string) {
  return useApiMutation({
    mutationFn: (tierIds: string[]) =>
      unwrap(api.PUT('/api/v1/programs/{id}/tier-order', { params: { path: { id: programId } }, body: { tierIds } })),
    invalidates: [programKeys.tiers(programId), ['tier-progress']],
  });
}

// ————— A partner's programs —————

export function usePartnerMemberships(partnerId: string) {
  return useQuery({
    queryKey: programKeys.memberships(partnerId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/programs', { params: { path: { id: partnerId } } }))).data,
  });
}

/** Joining or leaving changes the partner's progress, its tier badge and the programs' member counts. */
const MEMBERSHIP_KEYS = (partnerId: string) => [
  programKeys.memberships(partnerId),
  programKeys.progress(partnerId),
  programKeys.all,
  ['partners', partnerId],
];

export function useJoinProgram(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/partners/{id}/programs', 'post'>) =>
      unwrap(api.POST('/api/v1/partners/{id}/programs', { params: { path: { id: partnerId } }, body })),
    invalidates: MEMBERSHIP_KEYS(partnerId),
  });
}

export function useLeaveProgram(partnerId: string) {
  return useApiMutation({
    mutationFn: ({ membershipId, reason }: { membershipId: string; reason?: string }) =>
      unwrap(
        api.POST('/api/v1/partners/{id}/programs/{membershipId}/leave', {
          params: { path: { id: partnerId, membershipId } },
          body: { reason },
        }),
      ),
    invalidates: MEMBERSHIP_KEYS(partnerId),
  });
}

export function useCustomValues(partnerId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['custom-metrics', partnerId],
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/custom-metrics', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useSetCustomValue(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/partners/{id}/custom-metrics', 'put'>) =>
      unwrap(api.PUT('/api/v1/partners/{id}/custom-metrics', { params: { path: { id: partnerId } }, body })),
    invalidates: [['custom-metrics', partnerId], programKeys.progress(partnerId), programKeys.milestones],
  });
}

/** Open milestone proposals about one partner (its page shows them to confirm or dismiss). */
export function usePartnerMilestones(partnerId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...programKeys.milestones, partnerId],
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/milestone-proposals', { params: { query: { status: 'open', partnerId } } }))).data,
  });
}
