import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

export const fxKeys = { all: ['fx-rates'] as const };

export type RatesBody = RequestBody<'/api/v1/fx-rates', 'put'>;

/** The most recent rates, newest first (a page of 200 covers months of daily rates for a few currencies). */
export function useFxRates() {
  return useQuery({
    queryKey: fxKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/v1/fx-rates', { params: { query: { limit: 200 } } }))).data,
  });
}

export function useSetRates() {
  return useApiMutation({
    mutationFn: (body: RatesBody) => unwrap(api.PUT('/api/v1/fx-rates', { body })),
    invalidates: [fxKeys.all],
  });
}

/** `value` in the reporting currency on `date` (no request until both are complete). */
export function useConversion(value: { amount: number; currency: string } | null, date: string) {
  return useQuery({
    queryKey: [...fxKeys.all, 'convert', value?.amount, value?.currency, date],
    enabled: value !== null && /^\d{4}-\d{2}-\d{2}$/.test(date),
    retry: false,
    queryFn: async () =>
      unwrap(
        api.GET('/api/v1/fx-rates/convert', {
          params: { query: { amount: value?.amount ?? 0, currency: value?.currency ?? 'USD', date } },
        }),
      ),
  });
}
