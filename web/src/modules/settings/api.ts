import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { OrganizationSettings } from '../../api/types';
import type { TierColor } from './labels';

export const settingsKey = ['settings'] as const;
export const tiersKey = ['tiers'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.GET('/api/v1/settings')), staleTime: 60_000 });
}

/** The logo URL changes with the settings' update time, so a new upload is not hidden by the cache. */
export function logoUrl(settings: Pick<OrganizationSettings, 'hasLogo' | 'updatedAt'> | undefined): string | null {
  return settings?.hasLogo ? `/api/v1/settings/logo?v=${encodeURIComponent(settings.updatedAt)}` : null;
}

export type SettingsPatch = {
  vendorName?: string;
  fiscalYearStartMonth?: number;
  reportingCurrency?: string;
  timeZone?: string;
};

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsPatch) => unwrap(api.PATCH('/api/v1/settings', { body })),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}

export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dataUrl: string) => unwrap(api.PUT('/api/v1/settings/logo', { body: { dataUrl } })),
    onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings),
  });
}

export function useRemoveLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/settings/logo')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey }),
  });
}

export function useTiers() {
  return useQuery({
    queryKey: tiersKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/tiers'))).data,
    staleTime: 60_000,
  });
}

export type TierInput = { name: string; rank: number; description?: string; color?: TierColor };

export function useSaveTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TierInput }) =>
      id
        ? unwrap(api.PATCH('/api/v1/tiers/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/tiers', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tiersKey }),
  });
}

export function useDeleteTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tiers/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: tiersKey });
      queryClient.invalidateQueries({ queryKey: ['partners'] });
    },
  });
}
