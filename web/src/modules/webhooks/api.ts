import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export const webhookKeys = {
  all: ['webhooks'] as const,
  one: (id: string) => ['webhooks', id] as const,
  deliveries: (id: string) => ['webhooks', id, 'deliveries'] as const,
  eventTypes: ['webhooks', 'event-types'] as const,
};

export type WebhookBody = RequestBody<'/api/v1/webhooks', 'post'>;
export type WebhookPatch = RequestBody<'/api/v1/webhooks/{id}', 'patch'>;

export function useWebhooks() {
  return useQuery({
    queryKey: webhookKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/v1/webhooks', { params: { query: { limit: 500 } } }))).data,
  });
}

export function useWebhook(id: string) {
  return useQuery({
    queryKey: webhookKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/{id}', { params: { path: { id } } })),
  });
}

export function useEventTypes() {
  return useQuery({
    queryKey: webhookKeys.eventTypes,
    queryFn: async () => (await unwrap(api.GET('/api/v1/webhooks/event-types'))).data,
  });
}

/** The newest deliveries; refreshed every 2 s while one is still on its way. */
export function useDeliveries(id: string) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id),
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 100 } } }))).data,
    refetchInterval: (query) =>
      query.state.data?.some((d) => d.status === 'pending' || d.status === 'delivering') ? 2000 : false,
  });
}

export function useCreateWebhook() {
  return useApiMutation({
    mutationFn: (body: WebhookBody) => unwrap(api.POST('/api/v1/webhooks', { body })),
    invalidates: [webhookKeys.all],
  });
}

export function useUpdateWebhook() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string; body: WebhookPatch }) =>
      unwrap(api.PATCH('/api/v1/webhooks/{id}', { params: { path: { id } }, body })),
    invalidates: [webhookKeys.all],
  });
}

export function useDeleteWebhook() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/webhooks/{id}', { params: { path: { id } } })),
    invalidates: [webhookKeys.all],
    removes: (_data, id) => [webhookKeys.one(id)],
  });
}

export function useRotateSecret() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id } } })),
    invalidates: [webhookKeys.all],
  });
}

export function useSendTestEvent() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/webhooks/{id}/test', { params: { path: { id } } })),
    invalidates: (_data, id) => [webhookKeys.deliveries(id)],
  });
}

export function useRedeliver() {
  return useApiMutation({
    mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) =>
      unwrap(api.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id, deliveryId } } })),
    invalidates: (_data, vars) => [webhookKeys.deliveries(vars.id)],
  });
}
