import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { uploadFile, uploadPath } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type Agreement = Schemas['Agreement'];
export type AgreementStatus = Agreement['status'];
export type AgreementType = Agreement['type'];
export type RenewalType = Agreement['renewalType'];
export type Exclusivity = Agreement['exclusivity'];
export type AgreementBody = RequestBody<'/api/v1/partners/{id}/agreements', 'post'>;

export const agreementKeys = {
  all: ['agreements'] as const,
  partner: (id: string) => ['agreements', 'partner', id] as const,
  one: (id: string) => ['agreements', 'one', id] as const,
  files: (id: string) => ['agreements', 'files', id] as const,
  renewals: ['agreements', 'renewals'] as const,
  list: ['agreements', 'list'] as const,
};

export function usePartnerAgreements(partnerId: string) {
  return useQuery({
    queryKey: agreementKeys.partner(partnerId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/agreements', { params: { query: { partnerId: [partnerId], limit: 100 } } }))).data,
  });
}

export function useAgreements() {
  return useQuery({
    queryKey: agreementKeys.list,
    queryFn: async () => (await unwrap(api.GET('/api/v1/agreements', { params: { query: { limit: 200 } } }))).data,
  });
}

export function useRenewals(withinDays = 90) {
  return useQuery({
    queryKey: [...agreementKeys.renewals, withinDays],
    queryFn: async () => (await unwrap(api.GET('/api/v1/agreements/renewals', { params: { query: { withinDays } } }))).data,
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: agreementKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/agreements/{id}', { params: { path: { id } } })),
  });
}

export function useAgreementFiles(id: string) {
  return useQuery({
    queryKey: agreementKeys.files(id),
    queryFn: async () => (await unwrap(api.GET('/api/v1/agreements/{id}/files', { params: { path: { id } } }))).data,
  });
}

export function useCreateAgreement(partnerId: string) {
  return useApiMutation({
    mutationFn: (body: AgreementBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/agreements', { params: { path: { id: partnerId } }, body })),
    invalidates: [agreementKeys.all],
  });
}

export function useUpdateAgreement(id: string) {
  return useApiMutation({
    mutationFn: (body: Partial<AgreementBody>) =>
      unwrap(api.PATCH('/api/v1/agreements/{id}', { params: { path: { id } }, body })),
    invalidates: [agreementKeys.all],
  });
}

type Step = 'send' | 'sign' | 'countersign';

export function useAgreementStep() {
  return useApiMutation({
    mutationFn: ({ id, step }: { id: string; step: Step }) => {
      const params = { params: { path: { id } } };
      switch (step) {
        case 'send':
          return unwrap(api.POST('/api/v1/agreements/{id}/send', params));
        case 'sign':
          return unwrap(api.POST('/api/v1/agreements/{id}/sign', params));
        case 'countersign':
          return unwrap(api.POST('/api/v1/agreements/{id}/countersign', params));
      }
    },
    invalidates: [agreementKeys.all],
  });
}

export function useTerminateAgreement() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/agreements/{id}/terminate', { params: { path: { id } }, body: { reason } })),
    invalidates: [agreementKeys.all],
  });
}

export function useGiveNotice() {
  return useApiMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(api.POST('/api/v1/agreements/{id}/notice', { params: { path: { id } }, body: { reason } })),
    invalidates: [agreementKeys.all],
  });
}

export function useDeleteAgreement() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/agreements/{id}', { params: { path: { id } } })),
    invalidates: [agreementKeys.all],
  });
}

export function uploadAgreementDocument(id: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile('POST', uploadPath('/api/v1/agreements/{id}/files', { id }), file, onProgress);
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
