import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { Query, RequestBody } from '../../api/types';
import { uploadFile } from '../../api/upload';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type Resource = Schemas['Resource'];
export type ResourceCategory = Schemas['ResourceCategory'];
export type ResourceBody = RequestBody<'/api/v1/resources', 'post'>;
export type ResourcePatch = RequestBody<'/api/v1/resources/{id}', 'patch'>;
export type ResourceQuery = Query<'/api/v1/resources'>;

export const resourceKeys = {
  all: ['resources'] as const,
  list: (query: ResourceQuery) => ['resources', 'list', query] as const,
  one: (id: string) => ['resources', 'one', id] as const,
  preview: (id: string) => ['resources', 'preview', id] as const,
  stats: ['resources', 'stats'] as const,
  categories: ['resource-categories'] as const,
};

export function useResources(query: ResourceQuery) {
  return useQuery({
    queryKey: resourceKeys.list(query),
    queryFn: async () => (await unwrap(api.GET('/api/v1/resources', { params: { query } }))).data,
  });
}

export function useResource(id: string) {
  return useQuery({
    queryKey: resourceKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/resources/{id}', { params: { path: { id } } })),
  });
}

export function useCobrandPreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: resourceKeys.preview(id),
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/resources/{id}/cobrand-preview', { params: { path: { id } } })),
  });
}

export function useLibraryStats(enabled: boolean, partnerId?: string) {
  return useQuery({
    queryKey: [...resourceKeys.stats, partnerId ?? 'all'],
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/resources/stats', { params: { query: partnerId ? { partnerId } : {} } })),
  });
}

export function useResourceCategories() {
  return useQuery({
    queryKey: resourceKeys.categories,
    queryFn: async () => (await unwrap(api.GET('/api/v1/resource-categories'))).data,
  });
}

export function useCreateResource() {
  return useApiMutation({
    mutationFn: (body: ResourceBody) => unwrap(api.POST('/api/v1/resources', { body })),
    invalidates: [resourceKeys.all, resourceKeys.categories, ['value']],
  });
}

export function useUpdateResource() {
  return useApiMutation({
    mutationFn: ({ id, ...body }: ResourcePatch & { id: string }) =>
      unwrap(api.PATCH('/api/v1/resources/{id}', { params: { path: { id } }, body })),
    invalidates: [resourceKeys.all, resourceKeys.categories, ['value']],
  });
}

/** Opens a resource (counting a partner's download) and answers where its content is. */
export function useOpenResource() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/resources/{id}/open', { params: { path: { id } } })),
    invalidates: [resourceKeys.all],
  });
}

export function uploadResourceFile(id: string, file: File, onProgress?: (fraction: number) => void) {
  return uploadFile<Resource>('PUT', `/api/v1/resources/${id}/file`, file, onProgress);
}

export function useCreateCategory() {
  return useApiMutation({
    mutationFn: (body: RequestBody<'/api/v1/resource-categories', 'post'>) =>
      unwrap(api.POST('/api/v1/resource-categories', { body })),
    invalidates: [resourceKeys.categories],
  });
}

export function useDeleteCategory() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/resource-categories/{id}', { params: { path: { id } } })),
    invalidates: [resourceKeys.categories],
  });
}
