import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type AlliancePortfolio = Schemas['AlliancePortfolio'];
export type PortfolioRow = Schemas['AlliancePortfolioRow'];
export type AllianceReason = Schemas['AllianceAlertReason'];
export type FailureMode = Schemas['AllianceFailureMode'];
export type PartnerAlerts = Schemas['PartnerAllianceAlerts'];

export const allianceAlertKeys = {
  all: ['alliance-alerts'] as const,
  portfolio: ['alliance-alerts', 'portfolio'] as const,
  partner: (id: string) => ['alliance-alerts', 'partner', id] as const,
};

export function usePortfolio() {
  return useQuery({ queryKey: allianceAlertKeys.portfolio, queryFn: () => unwrap(api.GET('/api/v1/alliances/portfolio')) });
}

export function usePartnerAlerts(partnerId: string) {
  return useQuery({
    queryKey: allianceAlertKeys.partner(partnerId),
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/alliance-alerts', { params: { path: { id: partnerId } } })),
  });
}
