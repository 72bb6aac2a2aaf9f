import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { NotificationChannel } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

const notificationsKey = ['notifications'] as const;
const unreadKey = ['notifications', 'unread'] as const;
const preferencesKey = ['notification-preferences'] as const;

/** The bell's count: asked again every minute and whenever the window regains focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/me/notifications/unread-count'))).unread,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useInbox(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: [...notificationsKey, 'list', { unreadOnly }],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/me/notifications', {
          params: { query: { limit: 30, cursor: pageParam, ...(unreadOnly ? { unread: 'true' as const } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
  });
}

export function useMarkRead() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    invalidates: [notificationsKey],
  });
}

export function useMarkAllRead() {
  return useApiMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/notifications/read-all')),
    invalidates: [notificationsKey],
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/me/notification-preferences'))).data,
  });
}

export function useSetPreference() {
  return useApiMutation({
    mutationFn: (change: { kind: string; channel: NotificationChannel }) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences', { body: { preferences: [change] } })),
    update: (queryClient, result) => queryClient.setQueryData(preferencesKey, result.data),
  });
}

/** What an unsubscribe link turns off (public: no sign-in). */
export function useUnsubscribeLink(token: string) {
  return useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unsubscribe', { params: { query: { token } } })),
    enabled: token.length > 0,
    retry: false,
  });
}

export function useUnsubscribe() {
  return useApiMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/v1/notifications/unsubscribe', { params: { query: { token } } })),
  });
}

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  in_app: 'In the app',
  email: 'E-mail',
  digest: 'Daily digest',
  off: 'Off',
};
