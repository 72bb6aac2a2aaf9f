import { createContext, type ReactNode, useContext } from 'react';
import type { Me, User } from '../../api/types';

/**
 * The signed-in user as pages see it: their own record, plus what the server says they may do
 * app-wide (`app`, from `GET /api/v1/me`'s `can`) and the roles they may hand out.
 */
export type SessionUser = User & { app: Me['can']; assignableRoles: Me['assignableRoles'] };

const SessionContext = createContext<SessionUser | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const user: SessionUser = { ...me.user, app: me.can, assignableRoles: me.assignableRoles };
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

/** The signed-in user. Only pages behind RequireSession render, so there always is one. */
export function useCurrentUser(): SessionUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useCurrentUser outside a signed-in page');
  return user;
}
