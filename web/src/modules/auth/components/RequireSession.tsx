import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, PageLoader } from '../../../ui/States';
import { useMe } from '../api';
import { SessionProvider } from '../session';

/** Renders its children for a signed-in user; sends everyone else to the sign-in page and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader label="Opening Consort…" />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  return <SessionProvider me={me.data}>{children}</SessionProvider>;
}
