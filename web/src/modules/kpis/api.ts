import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { RequestBody } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';

type Schemas = components['schemas'];
export type KpiDashboard = Schemas['KpiDashboard'];
export type KpiPoint = Schemas['KpiPoint'];
export type KpiTile = KpiDashboard['tiles'][number];
export type KpiMeasure = KpiTile['measure'];
export type KpiDrillRow = Schemas['KpiDrillRow'];
export type PartnerKpis = Schemas['PartnerKpis'];
export type RoiReport = Schemas['RoiReport'];
export type CostEntry = Schemas['CostEntry'];
export type CostBody = RequestBody<'/api/v1/cost-entries', 'post'>;
export type RoiGroup = RoiReport['groupBy'];

export type KpiFilters = {
  from?: string;
  to?: string;
  programId?: string;
  tierId?: string;
  segment?: string;
  industry?: string;
  region?: string;
  motion?: string;
};

export const kpiKeys = {
  all: ['kpis'] as const,
  dashboard: (f: KpiFilters) => ['kpis', 'dashboard', f] as const,
  drill: (month: string, measure: string, f: KpiFilters) => ['kpis', 'drill', month, measure, f] as const,
  partner: (id: string) => ['kpis', 'partner', id] as const,
  months: ['kpis', 'months'] as const,
  roi: (groupBy: string, from: string, to: string) => ['kpis', 'roi', groupBy, from, to] as const,
  costs: ['kpis', 'costs'] as const,
};

const clean = (f: KpiFilters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== '')) as KpiFilters;

export function useKpiDashboard(filters: KpiFilters) {
  const f = clean(filters);
  return useQuery({
    queryKey: kpiKeys.dashboard(f),
    placeholderData: keepPreviousData,
    queryFn: () => unwrap(api.GET('/api/v1/kpis/dashboard', { params: { query: f } })),
  });
}

export function useDrillDown(month: string | null, measure: KpiMeasure | null, filters: KpiFilters) {
  const f = clean(filters);
  return useQuery({
    queryKey: kpiKeys.drill(month ?? '', measure ?? '', f),
    enabled: month !== null && measure !== null,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/kpis/drill-down', {
            params: { query: { ...f, month: month ?? '', measure: measure ?? 'active_partners' } },
          }),
        )
      ).data,
  });
}

export function usePartnerKpis(partnerId: string) {
  return useQuery({
    queryKey: kpiKeys.partner(partnerId),
    enabled: partnerId !== '',
    queryFn: () => unwrap(api.GET('/api/v1/partners/{id}/kpis', { params: { path: { id: partnerId } } })),
  });
}

export function useSnapshotMonths() {
  return useQuery({ queryKey: kpiKeys.months, queryFn: async () => (await unwrap(api.GET('/api/v1/kpi-snapshots'))).data });
}

export function useTakeSnapshot() {
  return useApiMutation({
    mutationFn: (month: string) => unwrap(api.POST('/api/v1/kpi-snapshots', { body: { month } })),
    invalidates: [kpiKeys.all],
  });
}

export function useRoi(groupBy: RoiGroup, from: string, to: string) {
  return useQuery({
    queryKey: kpiKeys.roi(groupBy, from, to),
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(api.GET('/api/v1/roi', { params: { query: { groupBy, from: from || undefined, to: to || undefined } } })),
  });
}

export function useCostEntries() {
  return useQuery({
    queryKey: kpiKeys.costs,
    queryFn: async () => (await unwrap(api.GET('/api/v1/cost-entries', { params: { query: { limit: 100 } } }))).data,
  });
}

export function useCreateCost() {
  return useApiMutation({
    mutationFn: (body: CostBody) => unwrap(api.POST('/api/v1/cost-entries', { body })),
    invalidates: [kpiKeys.all],
  });
}

/** Records a new cost entry (`id` null) or changes one (PATCH with every field). */
export function useSaveCost(id: string | null) {
  return useApiMutation({
    mutationFn: (body: CostBody) =>
      id
        ? unwrap(api.PATCH('/api/v1/cost-entries/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/cost-entries', { body })),
    invalidates: [kpiKeys.all],
  });
}

export function useDeleteCost() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/cost-entries/{id}', { params: { path: { id } } })),
    invalidates: [kpiKeys.all],
  });
}
