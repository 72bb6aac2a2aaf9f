import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { OrganizationSettings, RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export const settingsKey = ['settings'] as const;
export const tiersKey = ['tiers'] as const;

export type SettingsPatch = RequestBody<'/api/v1/settings', 'patch'>;
/** The tier fields this card edits (requirements, benefits and other programs: the Programs pages). */
export type TierBody = Pick<RequestBody<'/api/v1/tiers', 'post'>, 'name' | 'rank' | 'description' | 'color'>;

/**
 * The default program (migration 0015): the ladder a partner's `tierId` answers for, which this
 * card and the partner form show. Other programs' ladders are on the Programs pages.
 */
export const DEFAULT_PROGRAM_ID = '00000000-0000-7000-8000-000000000001';

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => unwrap(api.GET('/api/v1/settings')), staleTime: 60_000 });
}

/** The logo URL changes with the settings' update time, so a new upload is not hidden by the cache. */
export function logoUrl(settings: Pick<OrganizationSettings, 'hasLogo' | 'updatedAt'> | undefined): string | null {
  return settings?.hasLogo ? `/api/v1/settings/logo?v=${encodeURIComponent(settings.updatedAt)}` : null;
}

/** The server answers with the whole settings record: it replaces the cached one. */
const keepSettings = (queryClient: QueryClient, settings: OrganizationSettings) =>
  queryClient.setQueryData(settingsKey, settings);

export function useUpdateSettings() {
  return useApiMutation({
    mutationFn: (body: SettingsPatch) => unwrap(api.PATCH('/api/v1/settings', { body })),
    update: keepSettings,
  });
}

export function useUploadLogo() {
  return useApiMutation({
    mutationFn: (dataUrl: string) => unwrap(api.PUT('/api/v1/settings/logo', { body: { dataUrl } })),
    update: keepSettings,
  });
}

export function useRemoveLogo() {
  return useApiMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/settings/logo')),
    invalidates: [settingsKey],
  });
}

export function useTiers() {
  return useQuery({
    queryKey: tiersKey,
    queryFn: async () => (await unwrap(api.GET('/api/v1/tiers', { params: { query: { programId: DEFAULT_PROGRAM_ID } } }))).data,
    staleTime: 60_000,
  });
}

/** Creates a tier (`id` null) or changes one. */
export function useSaveTier() {
  return useApiMutation({
    mutationFn: ({ id, body }: { id: string | null; body: TierBody }) =>
      id
        ? unwrap(api.PATCH('/api/v1/tiers/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/tiers', { body })),
    invalidates: [tiersKey],
  });
}

/** Partners in the tier become untiered, so partner queries refetch too. */
export function useDeleteTier() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/tiers/{id}', { params: { path: { id } } })),
    invalidates: [tiersKey, ['partners']],
  });
}
