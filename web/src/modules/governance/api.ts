import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type GovernanceBody = Schemas['GovernanceBody'];
export type GovernanceMember = Schemas['GovernanceMember'];
export type DecisionRule = Schemas['GovernanceDecisionRule'];
export type Meeting = Schemas['GovernanceMeeting'];
export type MeetingDetail = Schemas['GovernanceMeetingDetail'];
export type Decision = Schemas['GovernanceDecision'];
export type ActionItem = Schemas['GovernanceAction'];
export type GovernanceSummary = Schemas['GovernanceSummary'];
export type BodyKind = GovernanceBody['kind'];
export type MemberRole = GovernanceMember['role'];
export type MeetingKind = Meeting['kind'];
export type MeetingStatus = Meeting['status'];
export type DecisionStatus = Decision['status'];
export type ActionStatus = ActionItem['status'];
export type Side = GovernanceMember['side'];
export type Vote = Decision['votes'][number]['vote'];
export type BodyInput = RequestBody<'/api/v1/partners/{id}/governance-bodies', 'post'>;
export type MeetingInput = RequestBody<'/api/v1/partners/{id}/governance-meetings', 'post'>;
export type ActionInput = RequestBody<'/api/v1/partners/{id}/governance-actions', 'post'>;

export const governanceKeys = {
  all: ['governance'] as const,
  meetings: (filter: Record<string, string | undefined>) => ['governance', 'meetings', filter] as const,
  meeting: (id: string) => ['governance', 'meeting', id] as const,
  bodies: (partnerId?: string) => ['governance', 'bodies', partnerId ?? 'all'] as const,
  actions: (partnerId?: string) => ['governance', 'actions', partnerId ?? 'all'] as const,
  summary: (partnerId: string) => ['governance', 'summary', partnerId] as const,
  people: (partnerId: string) => ['governance', 'people', partnerId] as const,
  decisions: (filters: DecisionFilters) => ['governance', 'decisions', filters] as const,
};

/** The decisions list's filters, kept in the URL (the governance page's partner, a status). */
export type DecisionFilters = { partnerId?: string; decisionStatus?: string };

/** Decisions, the latest opened first, a page at a time. */
export const decisionList: PagedSource<DecisionFilters, Decision> = {
  queryKey: governanceKeys.decisions,
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/governance-decisions', {
        params: {
          query: {
            limit: 10,
            cursor,
            ...(filters.partnerId ? { partnerId: filters.partnerId } : {}),
            ...(filters.decisionStatus ? { status: filters.decisionStatus as DecisionStatus } : {}),
          },
        },
      }),
    ),
};

/** Archive a body with a record (`active: false`) or bring it back. */
export function useArchiveBody() {
  return useApiMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      unwrap(api.PATCH('/api/v1/governance-bodies/{id}', { params: { path: { id } }, body: { active } })),
    invalidates: [governanceKeys.all],
  });
}

export function useDeleteBody() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/governance-bodies/{id}', { params: { path: { id } } })),
    invalidates: [governanceKeys.all],
  });
}

export function useDeleteMeeting() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/governance-meetings/{id}', { params: { path: { id } } })),
    removes: (_data, id) => [governanceKeys.meeting(id)],
    invalidates: [governanceKeys.all],
  });
}

export function useDeleteAction() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/governance-actions/{id}', { params: { path: { id } } })),
    invalidates: [governanceKeys.all],
  });
}

/** Meetings from `from` on (upcoming) or before it (past, latest first). */
export function useMeetings(partnerId: string | undefined, when: 'upcoming' | 'past') {
  const now = new Date();
  now.setSeconds(0, 0);
  const at = now.toISOString();
  return useQuery({
    queryKey: governanceKeys.meetings({ partnerId, when }),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/governance-meetings', {
            params: {
              query: {
                limit: 100,
                sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
                ...(partnerId ? { partnerId } : {}),
                ...(when === 'upcoming' ? { from: at } : { to: at }),
              },
            },
          }),
        )
      ).data,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: governanceKeys.meeting(id),
    queryFn: () => unwrap(api.GET('/api/v1/governance-meetings/{id}', { params: { path: { id } } })),
  });
}

export function useBodies(partnerId?: string) {
  return useQuery({
    queryKey: governanceKeys.bodies(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/governance-bodies', { params: { query: partnerId ? { partnerId } : {} } }))).data,
  });
}

export function useOpenActions(partnerId?: string) {
  return useQuery({
    queryKey: governanceKeys.actions(partnerId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/governance-actions', {
            params: { query: { limit: 200, status: 'open', ...(partnerId ? { partnerId } : {}) } },
          }),
        )
      ).data,
  });
}

export function useGovernanceSummary(partnerId: string) {
  return useQuery({
    queryKey: governanceKeys.summary(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/governance', { params: { path: { id: partnerId } } })),
  });
}

export type PersonOption = { value: string; label: string };

/** Who may take part in an alliance's governance: vendor staff and the partner's own active users. */
export function useGovernancePeople(partnerId: string | undefined) {
  return useQuery({
    queryKey: governanceKeys.people(partnerId ?? ''),
    enabled: Boolean(partnerId),
    queryFn: async (): Promise<PersonOption[]> => {
      const [vendor, partner] = await Promise.all([
        unwrap(api.GET('/api/v1/users', { params: { query: { side: 'vendor', active: 'true', limit: 500 } } })),
        unwrap(api.GET('/api/v1/users', { params: { query: { partnerId: partnerId ?? '', active: 'true', limit: 500 } } })),
      ]);
      return [
        ...vendor.data.map((u) => ({ value: u.id, label: `${u.name} (vendor)` })),
        ...partner.data.map((u) => ({ value: u.id, label: `${u.name} (partner)` })),
      ];
    },
  });
}

export function useSaveBody(partnerId: string) {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string | null; body: BodyInput }) =>
      id
        ? unwrap(api.PATCH('/api/v1/governance-bodies/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/partners/{id}/governance-bodies', { params: { path: { id: partnerId } }, body })),
    invalidates: [governanceKeys.all],
  });
}

export function useScheduleMeeting() {
  return useApiMutation({
    mutationFn: ({ partnerId, body }: { partnerId: string; body: MeetingInput }) =>
      unwrap(api.POST('/api/v1/partners/{id}/governance-meetings', { params: { path: { id: partnerId } }, body })),
    invalidates: [governanceKeys.all],
  });
}

export function useCancelMeeting() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/governance-meetings/{id}/cancel', { params: { path: { id } }, body: { reason } })),
    invalidates: [governanceKeys.all],
  });
}

export function useHoldMeeting() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/v1/governance-meetings/{id}/hold', 'post'> }) =>
      unwrap(api.POST('/api/v1/governance-meetings/{id}/hold', { params: { path: { id } }, body })),
    invalidates: [governanceKeys.all],
  });
}

export function useRecordAttendance() {
  return useApiMutation({
    mutationFn: ({ id, attendance }: { id: string; attendance: { userId: string; attended: boolean }[] }) =>
      unwrap(api.PUT('/api/v1/governance-meetings/{id}/attendance', { params: { path: { id } }, body: { attendance } })),
    invalidates: [governanceKeys.all],
  });
}

export function useWriteMinutes() {
  return useApiMutation({
    mutationFn: ({ id, minutes }: { id: string; minutes: string }) =>
      unwrap(api.PUT('/api/v1/governance-meetings/{id}/minutes', { params: { path: { id } }, body: { minutes } })),
    invalidates: [governanceKeys.all],
  });
}

export function useOpenDecision() {
  return useApiMutation({
    mutationFn: ({ bodyId, body }: { bodyId: string; body: RequestBody<'/api/v1/governance-bodies/{id}/decisions', 'post'> }) =>
      unwrap(api.POST('/api/v1/governance-bodies/{id}/decisions', { params: { path: { id: bodyId } }, body })),
    invalidates: [governanceKeys.all],
  });
}

export function useVote() {
  return useApiMutation({
    mutationFn: ({ id, vote }: { id: string; vote: Vote }) =>
      unwrap(api.PUT('/api/v1/governance-decisions/{id}/vote', { params: { path: { id } }, body: { vote } })),
    invalidates: [governanceKeys.all],
  });
}

export function useCloseDecision() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/governance-decisions/{id}/close', { params: { path: { id } } })),
    invalidates: [governanceKeys.all],
  });
}

export function useCreateAction() {
  return useApiMutation({
    mutationFn: ({ partnerId, body }: { partnerId: string; body: ActionInput }) =>
      unwrap(api.POST('/api/v1/partners/{id}/governance-actions', { params: { path: { id: partnerId } }, body })),
    invalidates: [governanceKeys.all],
  });
}

export function useUpdateAction() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: RequestBody<'/api/v1/governance-actions/{id}', 'patch'> }) =>
      unwrap(api.PATCH('/api/v1/governance-actions/{id}', { params: { path: { id } }, body })),
    invalidates: [governanceKeys.all],
  });
}

/** Partners to choose from (vendor staff): the calendar's filter and the schedule form. */
export function usePartnerOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['governance', 'partner-options'],
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners', { params: { query: { limit: 500, sort: 'name' } } }))).data.map((p) => ({
        value: p.id,
        label: p.name,
      })),
  });
}
