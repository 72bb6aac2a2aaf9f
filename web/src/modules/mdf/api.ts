import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { uploadFile, uploadPath } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type MdfAllocation = Schemas['MdfAllocation'];
export type MdfRequest = Schemas['MdfRequest'];
export type MdfClaim = Schemas['MdfClaim'];
export type MdfFunds = Schemas['MdfFunds'];
export type MdfRoi = Schemas['MdfRoi'];
export type ActivityType = MdfRequest['activityType'];
export type RequestStatus = MdfRequest['status'];
export type ClaimStatus = MdfClaim['status'];
export type AllocationKind = MdfAllocation['kind'];
export type RequestBodyOf = RequestBody<'/api/v1/mdf-allocations/{id}/requests', 'post'>;
export type ClaimBody = RequestBody<'/api/v1/mdf-requests/{id}/claims', 'post'>;
export type AllocationBody = RequestBody<'/api/v1/partners/{id}/mdf-allocations', 'post'>;

export const mdfKeys = {
  all: ['mdf'] as const,
  funds: (partnerId: string) => ['mdf', 'funds', partnerId] as const,
  allocations: (partnerId?: string) => ['mdf', 'allocations', partnerId ?? 'all'] as const,
  requests: (status?: RequestStatus) => ['mdf', 'requests', status ?? 'all'] as const,
  claims: (status?: ClaimStatus) => ['mdf', 'claims', status ?? 'all'] as const,
  roi: ['mdf', 'roi'] as const,
};

export function useFunds(partnerId: string) {
  return useQuery({
    queryKey: mdfKeys.funds(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/mdf-funds', { params: { path: { id: partnerId } } })),
    enabled: partnerId !== '',
  });
}

export function useAllocations() {
  return useQuery({
    queryKey: mdfKeys.allocations(),
    queryFn: async () => (await unwrap(api.GET('/api/v1/mdf-allocations', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useRequests(status?: RequestStatus) {
  return useQuery({
    queryKey: mdfKeys.requests(status),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/mdf-requests', { params: { query: { limit: 100, status: status ? [status] : undefined } } }),
        )
      ).data,
  });
}

export function useClaims(status?: ClaimStatus) {
  return useQuery({
    queryKey: mdfKeys.claims(status),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/mdf-claims', { params: { query: { limit: 100, status: status ? [status] : undefined } } })))
        .data,
  });
}

export function useRoi() {
  return useQuery({ queryKey: mdfKeys.roi, queryFn: () => unwrap(api.GET('/api/v1/mdf-roi')) });
}

export function useAllocate() {
  return useApiMutation({
    mutationFn: ({ partnerId, body }: { partnerId: string; body: AllocationBody }) =>
      unwrap(api.POST('/api/v1/partners/{id}/mdf-allocations', { params: { path: { id: partnerId } }, body })),
    invalidates: [mdfKeys.all],
  });
}

export function useRequestFunds(allocationId: string) {
  return useApiMutation({
    mutationFn: (body: RequestBodyOf) =>
      unwrap(api.POST('/api/v1/mdf-allocations/{id}/requests', { params: { path: { id: allocationId } }, body })),
    invalidates: [mdfKeys.all],
  });
}

export function useDecideRequest() {
  return useApiMutation({
    mutationFn: ({ id, approve, amount, reason }: { id: string; approve: boolean; amount?: number; reason?: string }) =>
      approve
        ? unwrap(
            api.POST('/api/v1/mdf-requests/{id}/approve', {
              params: { path: { id } },
              body: { amount, reason: reason || undefined },
            }),
          )
        : unwrap(api.POST('/api/v1/mdf-requests/{id}/reject', { params: { path: { id } }, body: { reason: reason ?? '' } })),
    invalidates: [mdfKeys.all],
  });
}

export function useCancelRequest() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/mdf-requests/{id}/cancel', { params: { path: { id } } })),
    invalidates: [mdfKeys.all],
  });
}

export function useSubmitClaim(requestId: string) {
  return useApiMutation({
    mutationFn: (body: ClaimBody) =>
      unwrap(api.POST('/api/v1/mdf-requests/{id}/claims', { params: { path: { id: requestId } }, body })),
    invalidates: [mdfKeys.all],
  });
}

export function useDecideClaim() {
  return useApiMutation({
    mutationFn: ({ id, approve, amount, reason }: { id: string; approve: boolean; amount?: number; reason?: string }) =>
      approve
        ? unwrap(
            api.POST('/api/v1/mdf-claims/{id}/approve', {
              params: { path: { id } },
              body: { amount, reason: reason || undefined },
            }),
          )
        : unwrap(api.POST('/api/v1/mdf-claims/{id}/reject', { params: { path: { id } }, body: { reason: reason ?? '' } })),
    invalidates: [mdfKeys.all],
  });
}

export function usePayClaim() {
  return useApiMutation({
    mutationFn: ({ id, reference }: { id: string; reference: string }) =>
      unwrap(api.POST('/api/v1/mdf-claims/{id}/pay', { params: { path: { id } }, body: { reference: reference || undefined } })),
    invalidates: [mdfKeys.all],
  });
}

export function uploadProof(claimId: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile('POST', uploadPath('/api/v1/mdf-claims/{id}/files', { id: claimId }), file, onProgress);
}

export const PROOF_ACCEPT = [
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

/** The MDF rules: claim window, expiry reminders, caps (reporting currency). */
export function useMdfSettings() {
  return useQuery({ queryKey: [...mdfKeys.all, 'settings'], queryFn: () => unwrap(api.GET('/api/v1/mdf-settings')) });
}

export function useSaveMdfSettings() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/mdf-settings', 'put'>) => unwrap(api.PUT('/api/v1/mdf-settings', { body })),
    invalidates: [mdfKeys.all],
  });
}
