import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type AlliancePortfolio = Schemas['AlliancePortfolio'];
export type PortfolioRow = Schemas['AlliancePortfolioRow'];
export type AllianceReason = Schemas['AllianceAlertReason'];
export type FailureMode = Schemas['AllianceFailureMode'];
export type PartnerAlerts = Schemas['PartnerAllianceAlerts'];
export type AlertSettings = Schemas['AllianceAlertSettings'];
export type AlertSettingsPatch = RequestBody<'/api/v1/alliances/alert-settings', 'patch'>;

export const allianceAlertKeys = {
  all: ['alliance-alerts'] as const,
  portfolio: ['alliance-alerts', 'portfolio'] as const,
  partner: (id: string) => ['alliance-alerts', 'partner', id] as const,
  settings: ['alliance-alerts', 'settings'] as const,
};

export function useAlertSettings() {
  return useQuery({ queryKey: allianceAlertKeys.settings, queryFn: () => unwrap(api.GET('/api/v1/alliances/alert-settings')) });
}

/** New limits change every flag: the portfolio and the partners' cards are read again. */
export function useUpdateAlertSettings() {
  return useApiMutation({
    mutationFn: (body: AlertSettingsPatch) => unwrap(api.PATCH('/api/v1/alliances/alert-settings', { body })),
    invalidates: [allianceAlertKeys.all],
  });
}

export function usePortfolio() {
  return useQuery({ queryKey: allianceAlertKeys.portfolio, queryFn: () => unwrap(api.GET('/api/v1/alliances/portfolio')) });
}

export function usePartnerAlerts(partnerId: string) {
  return useQuery({
    queryKey: allianceAlertKeys.partner(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/alliance-alerts', { params: { path: { id: partnerId } } })),
  });
}
