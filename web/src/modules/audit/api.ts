import { api, unwrap } from '../../api/client';
import type { AuditEvent, Query } from '../../api/types';
import type { PagedSource } from '../../ui/usePagedList';

export type AuditQuery = Omit<Query<'/api/v1/audit-events'>, 'limit' | 'cursor'>;

/** The audit log, newest first, for filters in the API's terms (see the page for the URL's). */
export function auditList<F>(toQuery: (filters: F) => AuditQuery): PagedSource<F, AuditEvent> {
  return {
    queryKey: (filters) => ['audit', filters],
    fetchPage: (filters, cursor) =>
      unwrap(api.GET('/api/v1/audit-events', { params: { query: { ...toQuery(filters), limit: 50, cursor } } })),
  };
}
