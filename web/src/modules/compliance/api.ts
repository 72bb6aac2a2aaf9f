import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { uploadFile, uploadPath } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type ComplianceItem = Schemas['ComplianceItem'];
export type ComplianceRequirement = Schemas['ComplianceRequirement'];
export type ComplianceType = ComplianceItem['type'];
export type ItemState = ComplianceItem['state'];
export type BlockableAction = ComplianceItem['blocks'][number];
export type ItemBody = RequestBody<'/api/v1/partners/{id}/compliance-items', 'post'>;

export const complianceKeys = {
  all: ['compliance'] as const,
  partner: (id: string) => ['compliance', 'partner', id] as const,
  status: (id: string) => ['compliance', 'status', id] as const,
  expiring: ['compliance', 'expiring'] as const,
  requirements: ['compliance', 'requirements'] as const,
};

export function usePartnerItems(partnerId: string) {
  return useQuery({
    queryKey: complianceKeys.partner(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/compliance-items', { params: { query: { partnerId: [partnerId], limit: 100 } } }))).data,
  });
}

export function useComplianceStatus(partnerId: string) {
  return useQuery({
    queryKey: complianceKeys.status(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/compliance-status', { params: { path: { id: partnerId } } })),
  });
}

export function useExpiring(withinDays = 60) {
  return useQuery({
    queryKey: [...complianceKeys.expiring, withinDays],
    queryFn: async () => (await unwrap(api.GET('/api/v1/compliance-items/expiring', { params: { query: { withinDays } } }))).data,
  });
}

export function useRequirements() {
  return useQuery({
    queryKey: complianceKeys.requirements,
    queryFn: async () => (await unwrap(api.GET('/api/v1/compliance-requirements'))).data,
  });
}

export function useSaveRequirements() {
  return useApiMutation({
    mutationFn: (requirements: ComplianceRequirement[]) =>
      unwrap(api.PUT('/api/v1/compliance-requirements', { body: { requirements } })),
    invalidates: [complianceKeys.all],
  });
}

export function useAddItem(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: ItemBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/compliance-items', { params: { path: { id: partnerId } }, body })),
    invalidates: [complianceKeys.all],
  });
}

export function useReviewItem() {
  return useApiMutation({
    mutationFn: ({ id, verified, reason }: { id: string; verified: boolean; reason?: string }) =>
      verified
        ? unwrap(api.POST('/api/v1/compliance-items/{id}/verify', { params: { path: { id } } }))
        : unwrap(api.POST('/api/v1/compliance-items/{id}/reject', { params: { path: { id } }, body: { reason: reason ?? '' } })),
    invalidates: [complianceKeys.all],
  });
}

/** The partner's admin sends a rejected item back for review (the server moves it to pending). */
export function useResubmitItem() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.PATCH('/api/v1/compliance-items/{id}', { params: { path: { id } }, body: {} })),
    invalidates: [complianceKeys.all],
  });
}

export function uploadEvidence(id: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile('POST', uploadPath('/api/v1/compliance-items/{id}/files', { id }), file, onProgress);
}

export const DOCUMENT_ACCEPT = [
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
