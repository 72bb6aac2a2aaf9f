import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Partner, PartnerListItem, Query, RequestBody, StoredFile } from '../../api/types';
import { uploadFile, uploadPath } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

type PartnerQuery = Query<'/api/v1/partners'>;
/**
 * The list's filters as they live in the URL: one string each, comma-separated when a filter has
 * several values (the API takes that form and matches any of them).
 */
export type PartnerFilters = {
  [K in keyof Omit<PartnerQuery, 'limit' | 'cursor'>]?: K extends 'sort' ? PartnerQuery['sort'] : string;
};

function toQuery({ minFit, ...filters }: PartnerFilters) {
  return { ...filters, minFit: minFit === undefined ? undefined : Number(minFit) };
}
export type PartnerCreateBody = RequestBody<'/api/v1/partners', 'post'>;
export type PartnerPatchBody = RequestBody<'/api/v1/partners/{id}', 'patch'>;
export type ContactBody = RequestBody<'/api/v1/partners/{id}/contacts', 'post'>;
export type StageChangeBody = RequestBody<'/api/v1/partners/{id}/stage-transitions', 'post'>;

export const partnerKeys = {
  all: ['partners'] as const,
  lists: ['partners', 'list'] as const,
  list: (filters: PartnerFilters) => ['partners', 'list', filters] as const,
  stats: ['partners', 'stats'] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
  contacts: (id: string) => ['partners', 'detail', id, 'contacts'] as const,
  transitions: (id: string) => ['partners', 'detail', id, 'transitions'] as const,
  files: (id: string) => ['partners', 'detail', id, 'files'] as const,
};

export const partnerList: PagedSource<PartnerFilters, PartnerListItem> = {
  queryKey: partnerKeys.list,
  fetchPage: (filters, cursor) =>
    unwrap(api.GET('/api/v1/partners', { params: { query: { ...toQuery(filters), limit: 25, cursor } } })),
};

/** Partners matching a search, for pickers (e.g. the company of a new partner user). */
export function usePartnerSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ['partners', 'search', q],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/partners', { params: { query: { q: q || undefined, limit: 50, sort: 'name' } } }))).data,
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePartnerStats() {
  return useQuery({ queryKey: partnerKeys.stats, queryFn: () => unwrap(api.GET('/api/v1/partners/stats')) });
}

export function usePartner(id: string) {
  return useQuery({
    queryKey: partnerKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}', { params: { path: { id } } })),
    enabled: Boolean(id),
  });
}

/** The server's answer is the saved partner: its page shows it at once, before the refetches. */
const keepSaved = (queryClient: QueryClient, partner: Partner) =>
  queryClient.setQueryData(partnerKeys.detail(partner.id), partner);

export function useCreatePartner() {
  return useApiMutation({
    mutationFn: (body: PartnerCreateBody) => unwrap(api.POST('/api/v1/partners', { body })),
    update: keepSaved,
    invalidates: [partnerKeys.all],
  });
}

export function useUpdatePartner(id: string) {
  return useApiMutation({
    mutationFn: (body: PartnerPatchBody) => unwrap(api.PATCH('/api/v1/partners/{id}', { params: { path: { id } }, body })),
    update: keepSaved,
    invalidates: [partnerKeys.all],
  });
}

export function useDeletePartner() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/partners/{id}', { params: { path: { id } } })),
    removes: (_data, id) => [partnerKeys.detail(id)],
    invalidates: [partnerKeys.all],
  });
}

export function useStageTransitions(id: string) {
  return useQuery({
    queryKey: partnerKeys.transitions(id),
    queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/stage-transitions', { params: { path: { id } } }))).data,
  });
}

export function useChangeStage(id: string) {
  return useApiMutation({
    mutationFn: (body: StageChangeBody) =>
      unwrap(api.POST('/api/v1/partners/{id}/stage-transitions', { params: { path: { id } }, body })),
    // The answer is the transition, with the partner as it is now.
    update: (queryClient, transition) => keepSaved(queryClient, transition.partner),
    invalidates: [partnerKeys.transitions(id), partnerKeys.lists, partnerKeys.stats],
  });
}

export function useContacts(partnerId: string) {
  return useQuery({
    queryKey: partnerKeys.contacts(partnerId),
    queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } } }))).data,
    enabled: Boolean(partnerId),
  });
}

/** Adds a contact (`contactId` null) or changes one. */
export function useSaveContact(partnerId: string) {
  return useApiMutation({
    mutationFn: ({ contactId, body }: { contactId: string | null; body: ContactBody }) =>
      contactId
        ? unwrap(
            api.PATCH('/api/v1/partners/{id}/contacts/{contactId}', {
              params: { path: { id: partnerId, contactId } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/partners/{id}/contacts', { params: { path: { id: partnerId } }, body })),
    invalidates: [partnerKeys.contacts(partnerId)],
  });
}

export function useDeleteContact(partnerId: string) {
  return useApiMutation({
    mutationFn: (contactId: string) =>
      unwrap(api.DELETE('/api/v1/partners/{id}/contacts/{contactId}', { params: { path: { id: partnerId, contactId } } })),
    invalidates: [partnerKeys.contacts(partnerId)],
  });
}

/** The limits the server sets for a partner's files (src/modules/partners/partners.files.ts). */
export const PARTNER_LOGO = {
  maxBytes: 1024 * 1024,
  accept: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
  hint: 'PNG, JPEG, GIF or WebP, at most 1 MB',
} as const;
export const PARTNER_DOCUMENT = {
  maxBytes: 10 * 1024 * 1024,
  accept: [
    'application/pdf',
    '.docx',
    '.xlsx',
    '.pptx',
    '.odt',
    '.ods',
    '.odp',
    'text/plain',
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
  ],
  hint: 'PDF, Office, OpenDocument, image or text, at most 10 MB',
} as const;

/** A partner's logo and documents, newest first. */
export function usePartnerFiles(id: string | null | undefined) {
  return useQuery({
    queryKey: partnerKeys.files(id ?? ''),
    queryFn: async () => (await unwrap(api.GET('/api/v1/partners/{id}/files', { params: { path: { id: id ?? '' } } }))).data,
    enabled: Boolean(id),
  });
}

export function logoOf(files: readonly StoredFile[] | undefined): StoredFile | null {
  return files?.find((f) => f.kind === 'partner.logo') ?? null;
}

export function uploadPartnerLogo(id: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile<StoredFile>('PUT', uploadPath('/api/v1/partners/{id}/logo', { id }), file, onProgress);
}

export function uploadPartnerDocument(id: string, file: File, onProgress: (fraction: number) => void) {
  return uploadFile<StoredFile>('POST', uploadPath('/api/v1/partners/{id}/files', { id }), file, onProgress);
}

export function useRemovePartnerLogo(id: string) {
  return useApiMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/partners/{id}/logo', { params: { path: { id } } })),
    invalidates: [partnerKeys.files(id)],
  });
}

export function useDeletePartnerFile(partnerId: string) {
  return useApiMutation({
    mutationFn: (fileId: string) => unwrap(api.DELETE('/api/v1/files/{id}', { params: { path: { id: fileId } } })),
    invalidates: [partnerKeys.files(partnerId)],
  });
}
