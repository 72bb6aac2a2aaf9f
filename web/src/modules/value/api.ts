import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';

type Schemas = components['schemas'];

import { useApiMutation } from '../../ui/useApiMutation';

export type ValueProposition = Schemas['ValueProposition'];
export type ValueSession = Schemas['ValueSession'];
export type ValueSimulation = Schemas['ValueSimulation'];
export type CalculatorInputs = Schemas['ValueCalculatorInputs'];
export type CalculatorResult = Schemas['ValueCalculatorResult'];
export type SimulationResult = Schemas['ValueCaptureResult'];
export type PropositionBody = RequestBody<'/api/v1/partners/{id}/value-propositions', 'post'>;
export type SimulationBody = RequestBody<'/api/v1/partners/{id}/value-simulations', 'post'>;

export const valueKeys = {
  all: ['value'] as const,
  propositions: (partnerId: string) => ['value', 'propositions', partnerId] as const,
  current: (partnerId: string) => ['value', 'current', partnerId] as const,
  sessions: (partnerId: string) => ['value', 'sessions', partnerId] as const,
  simulations: (partnerId: string) => ['value', 'simulations', partnerId] as const,
};

export function useCurrentProposition(partnerId: string) {
  return useQuery({
    queryKey: valueKeys.current(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/value-proposition', { params: { path: { id: partnerId } } }))).current,
  });
}

export function usePropositions(partnerId: string) {
  return useQuery({
    queryKey: valueKeys.propositions(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/value-propositions', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useSessions(partnerId: string) {
  return useQuery({
    queryKey: valueKeys.sessions(partnerId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/value-sessions', { params: { query: { partnerId, limit: 100 } } }))).data,
  });
}

export function useSimulations(partnerId: string) {
  return useQuery({
    queryKey: valueKeys.simulations(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners/{id}/value-simulations', { params: { path: { id: partnerId } } }))).data,
  });
}

export function useSharedPage(token: string) {
  return useQuery({
    queryKey: ['value-share', token],
    retry: false,
    queryFn: async () => unwrap(api.GET('/api/v1/value-shares/{token}', { params: { path: { token } } })),
  });
}

export function useProposeProposition(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: PropositionBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/value-propositions', { params: { path: { id: partnerId } }, body })),
    invalidates: [valueKeys.all],
  });
}

export function useUpdateProposition() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: Partial<PropositionBody> }) =>
      unwrap(api.PATCH('/api/v1/value-propositions/{id}', { params: { path: { id } }, body })),
    invalidates: [valueKeys.all],
  });
}

export function usePublishProposition() {
  return useApiMutation({
    mutationFn: ({ id }: { id: string }) =>
      unwrap(api.POST('/api/v1/value-propositions/{id}/publish', { params: { path: { id } } })),
    invalidates: [valueKeys.all],
  });
}

export function useWithdrawProposition() {
  return useApiMutation({
    mutationFn: ({ id }: { id: string }) =>
      unwrap(api.POST('/api/v1/value-propositions/{id}/withdraw', { params: { path: { id } } })),
    invalidates: [valueKeys.all],
  });
}

export function useCalculate() {
  return useApiMutation({
    mutationFn: ({ id, inputs }: { id: string; inputs: CalculatorInputs }) =>
      unwrap(api.POST('/api/v1/value-propositions/{id}/calculate', { params: { path: { id } }, body: { inputs } })),
  });
}

export function useCreateSession() {
  return useApiMutation({
    mutationFn: ({ id, customerName, inputs }: { id: string; customerName: string; inputs: CalculatorInputs }) =>
      unwrap(api.POST('/api/v1/value-propositions/{id}/sessions', { params: { path: { id } }, body: { customerName, inputs } })),
    invalidates: [valueKeys.all],
  });
}

export function useShareSession() {
  return useApiMutation({
    mutationFn: ({ id, expiresInDays }: { id: string; expiresInDays: number }) =>
      unwrap(api.POST('/api/v1/value-sessions/{id}/share', { params: { path: { id } }, body: { expiresInDays } })),
    invalidates: [valueKeys.all],
  });
}

export function useRevokeShare() {
  return useApiMutation({
    mutationFn: ({ id }: { id: string }) => unwrap(api.DELETE('/api/v1/value-sessions/{id}/share', { params: { path: { id } } })),
    invalidates: [valueKeys.all],
  });
}

export function usePreviewSimulation(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: Omit<SimulationBody, 'name'>) =>
      unwrap(api.POST('/api/v1/partners/{id}/value-simulations/preview', { params: { path: { id: partnerId } }, body })),
  });
}

export function useCreateSimulation(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: SimulationBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/value-simulations', { params: { path: { id: partnerId } }, body })),
    invalidates: [valueKeys.all],
  });
}

/** Proposes a new draft, or saves `draftId` when given. */
export function useSaveProposition(partnerId: string, draftId: string | null) {
  return useApiMutation({
    mutationFn: (body: PropositionBody) =>
      draftId
        ? unwrap(api.PATCH('/api/v1/value-propositions/{id}', { params: { path: { id: draftId } }, body }))
        : unwrap(api.POST('/api/v1/partners/{id}/value-propositions', { params: { path: { id: partnerId } }, body })),
    invalidates: [valueKeys.all],
  });
}

export type ValuePropositionRef = Schemas['ValuePropositionRef'];
export type ValuePropositionUses = Schemas['ValuePropositionUses'];

/** Where the alliance's JVP is used: the records naming it and the uses per kind in 90 days. */
export function usePropositionUses(partnerId: string) {
  return useQuery({
    queryKey: [...valueKeys.all, 'uses', partnerId] as const,
    queryFn: async () => unwrap(api.GET('/api/v1/partners/{id}/value-proposition/uses', { params: { path: { id: partnerId } } })),
  });
}
