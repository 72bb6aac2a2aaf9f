import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Job, Query } from '../../api/types';
import { useApiMutation } from '../../ui/useApiMutation';
import type { PagedSource } from '../../ui/usePagedList';

export const jobKeys = { all: ['jobs'] as const, schedules: ['jobs', 'schedules'] as const };

export type JobFilters = Pick<Query<'/api/v1/jobs'>, 'name' | 'status'>;

/** Runs, newest first; while one is queued or running the page refreshes every few seconds. */
export const jobList: PagedSource<{ name?: string; status?: string }, Job> = {
  queryKey: (filters) => [...jobKeys.all, 'list', filters],
  fetchPage: (filters, cursor) =>
    unwrap(api.GET('/api/v1/jobs', { params: { query: { ...(filters as JobFilters), limit: 50, cursor } } })),
};

export function useSchedules() {
  return useQuery({
    queryKey: jobKeys.schedules,
    queryFn: async () => (await unwrap(api.GET('/api/v1/jobs/schedules'))).data,
    refetchInterval: 5000,
  });
}

export function useRunNow() {
  return useApiMutation({
    mutationFn: (name: string) => unwrap(api.POST('/api/v1/jobs/schedules/{name}/run', { params: { path: { name } } })),
    invalidates: [jobKeys.all],
  });
}

export function useRetryJob() {
  return useApiMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/jobs/{id}/retry', { params: { path: { id } } })),
    invalidates: [jobKeys.all],
  });
}
