import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type QbrPack = components['schemas']['QbrPack'];

export const qbrKeys = {
  pack: (partnerId: string, quarter: string | null) => ['qbr', partnerId, quarter ?? 'default'] as const,
};

/** The QBR pack of a partner for a quarter (null: the last complete one). */
export function useQbr(partnerId: string, quarter: string | null) {
  return useQuery({
    queryKey: qbrKeys.pack(partnerId, quarter),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partners/{id}/qbr', {
          params: { path: { id: partnerId }, query: quarter ? { quarter } : {} },
        }),
      ),
  });
}

/** Where the PDF of a pack downloads from. */
export function qbrPdfHref(partnerId: string, quarter: string | null): string {
  return `/api/v1/partners/${partnerId}/qbr.pdf${quarter ? `?quarter=${encodeURIComponent(quarter)}` : ''}`;
}
