import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type Schemas = components['schemas'];
export type ConflictCase = Schemas['ConflictCase'];
export type ConflictCaseDetail = Schemas['ConflictCaseDetail'];
export type ConflictParty = Schemas['ConflictCaseParty'];
export type CaseStatus = ConflictCase['status'];
export type PartyOutcome = NonNullable<ConflictParty['outcome']>;
export type DecisionOutcome = NonNullable<NonNullable<ConflictCase['decision']>['outcome']>;
export type OpenCaseBody = RequestBody<'/api/v1/conflict-cases', 'post'>;
export type DecideBody = RequestBody<'/api/v1/conflict-cases/{id}/decide', 'post'>;

export const caseKeys = {
  all: ['conflict-cases'] as const,
  one: (id: string) => ['conflict-cases', 'one', id] as const,
  summary: ['conflict-cases', 'summary'] as const,
  ofRegistration: (id: string) => ['conflict-cases', 'registration', id] as const,
};

export type CaseFilters = { status?: string; tier?: string; q?: string; overdue?: string; partnerId?: string };

/** The list, filters in the URL (status, tier, overdue, partner, search). */
export const caseList: PagedSource<CaseFilters, ConflictCase> = {
  queryKey: (filters) => [...caseKeys.all, 'list', filters],
  fetchPage: (filters, cursor) =>
    unwrap(
      api.GET('/api/v1/conflict-cases', {
        params: {
          query: {
            ...(filters as Pick<Query<'/api/v1/conflict-cases'>, 'q'>),
            status: filters.status ? (filters.status.split(',') as CaseStatus[]) : undefined,
            tier: filters.tier ? (filters.tier.split(',') as ('1' | '2' | '3')[]) : undefined,
            partnerId: filters.partnerId ? [filters.partnerId] : undefined,
            overdue: filters.overdue === 'true' ? 'true' : undefined,
            limit: 50,
            cursor,
          },
        },
      }),
    ),
};

export function useConflictCase(id: string) {
  return useQuery({
    queryKey: caseKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/conflict-cases/{id}', { params: { path: { id } } })),
  });
}

/** The case a registration is a party of (its latest), or null: what the registration's page shows. */
export function useCaseOfRegistration(registrationId: string) {
  return useQuery({
    queryKey: caseKeys.ofRegistration(registrationId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/conflict-cases', { params: { query: { registrationId, limit: 1 } } }))).data[0] ?? null,
  });
}

export function useConflictSummary() {
  return useQuery({ queryKey: caseKeys.summary, queryFn: () => unwrap(api.GET('/api/v1/conflict-cases/summary')) });
}

export function useOpenCase() {
  return useApiMutation({
    mutationFn: (body: OpenCaseBody) => unwrap(api.POST('/api/v1/conflict-cases', { body })),
    invalidates: [caseKeys.all],
  });
}

type Step =
  | { id: string; step: 'escalate'; reason?: string }
  | ({ id: string; step: 'decide' } & DecideBody)
  | { id: string; step: 'notes'; note: string }
  | { id: string; step: 'close'; outcomeNote?: string }
  | { id: string; step: 'statement'; statement: string }
  | { id: string; step: 'appeal'; statement: string };

export function useCaseStep() {
  return useApiMutation({
    mutationFn: (s: Step) => {
      const params = { path: { id: s.id } };
      switch (s.step) {
        case 'escalate':
          return unwrap(api.POST('/api/v1/conflict-cases/{id}/escalate', { params, body: { reason: s.reason } }));
        case 'decide': {
          const { id: _id, step: _step, ...body } = s;
          return unwrap(api.POST('/api/v1/conflict-cases/{id}/decide', { params, body }));
        }
        case 'notes':
          return unwrap(api.POST('/api/v1/conflict-cases/{id}/notes', { params, body: { note: s.note } }));
        case 'close':
          return unwrap(api.POST('/api/v1/conflict-cases/{id}/close', { params, body: { outcomeNote: s.outcomeNote } }));
        case 'statement':
          return unwrap(api.POST('/api/v1/conflict-cases/{id}/statement', { params, body: { statement: s.statement } }));
        case 'appeal':
          return unwrap(api.POST('/api/v1/conflict-cases/{id}/appeal', { params, body: { statement: s.statement } }));
      }
    },
    invalidates: [caseKeys.all],
  });
}
